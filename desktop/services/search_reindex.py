"""Keeping the search index in step with records that arrived from another device.

The services index what they write; records written by sync arrive as rows, so they are indexed here
with the same functions, one per kind. A record that is gone leaves the index.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

from desktop.services.citizens import PROFILE_KIND, index_profile
from desktop.services.goals import GOAL_KIND, goal_index_text
from desktop.services.notes import NOTE_KIND, note_index_text
from desktop.services.reflections import index_discretion, index_reflection
from desktop.storage import citizens, goals, notes, reflections, search_index
from desktop.storage.bulk import select_in

# A child's changes change its parent's text in the index: (child table, parent column, parent table).
_PARENTS = {"agreement": ("note_id", "meeting_note"), "activity": ("goal_id", "goal")}


def reindex(conn: Connection, touched: Iterable[tuple[str, str]]) -> int:
    """Re-index every record in ``touched`` (``(table, id)`` pairs); returns how many texts."""
    wanted: dict[str, set[str]] = {}
    children: dict[str, set[str]] = {}
    for table, record_id in touched:
        (children if table in _PARENTS else wanted).setdefault(table, set()).add(record_id)
    for table, ids in children.items():
        column, parent_table = _PARENTS[table]
        for (parent,) in select_in(
            conn,
            f"SELECT {column} FROM {table} WHERE id IN ({{in}})",  # noqa: S608 (constants)
            sorted(ids),
        ):
            wanted.setdefault(parent_table, set()).add(parent)
    count = 0
    note_ids = sorted(wanted.pop("meeting_note", set()))
    if note_ids:
        count += _reindex_notes(conn, note_ids)
    goal_ids = sorted(wanted.pop("goal", set()))
    if goal_ids:
        count += _reindex_goals(conn, goal_ids)
    for table, ids in wanted.items():
        for record_id in sorted(ids):
            count += _reindex_one(conn, table, record_id)
    return count


def _reindex_notes(conn: Connection, note_ids: list[str]) -> int:
    """Notes in bulk: a first sync brings tens of thousands of them."""
    found = notes.index_drafts(conn, note_ids)
    search_index.replace_entries(
        conn,
        [(citizen_id, NOTE_KIND, note_id, *note_index_text(draft)) for note_id, citizen_id, draft in found],
    )
    present = {note_id for note_id, _citizen_id, _draft in found}
    for missing in (note_id for note_id in note_ids if note_id not in present):
        search_index.remove_entry(conn, NOTE_KIND, missing)
    return len(found)


def _reindex_goals(conn: Connection, goal_ids: list[str]) -> int:
    """Goals in bulk too: a first sync brings a few for every citizen (issue 8: one by one they took
    a tenth of its time)."""
    found = goals.get_goals(conn, goal_ids)
    search_index.replace_entries(
        conn, [(goal.citizen_id, GOAL_KIND, goal.id, *goal_index_text(goal.draft)) for goal in found]
    )
    present = {goal.id for goal in found}
    for missing in (goal_id for goal_id in goal_ids if goal_id not in present):
        search_index.remove_entry(conn, GOAL_KIND, missing)
    return len(found)


def _reindex_one(conn: Connection, table: str, record_id: str) -> int:
    if table == "citizen":
        profile = citizens.get_citizen(conn, record_id)
        if profile is None:
            search_index.remove_entry(conn, PROFILE_KIND, record_id)
            return 0
        index_profile(conn, record_id, profile.draft)
    elif table == "reflection":
        reflection = reflections.get_reflection(conn, record_id)
        if reflection is None:
            search_index.remove_entry(conn, "reflection", record_id)
            return 0
        index_reflection(conn, reflection.citizen_id, record_id, reflection.draft)
    elif table == "discretion_record":
        citizen_id = conn.execute(
            text("SELECT citizen_id FROM discretion_record WHERE id = :id"), {"id": record_id}
        ).scalar_one_or_none()
        found = [d for i, d, _at in reflections.discretion_of(conn, citizen_id or "") if i == record_id]
        if citizen_id is None or not found:
            search_index.remove_entry(conn, "discretion", record_id)
            return 0
        index_discretion(conn, citizen_id, record_id, found[0])
    else:
        return 0  # not searchable (ratings, contacts, settings)
    return 1
