"""Keeping the search index in step with records that arrived from another device.

The services index what they write; records written by sync arrive as rows, so they are indexed here
with the same functions, one per kind. A record that is gone leaves the index.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection

from desktop.services.citizens import PROFILE_KIND, profile_text
from desktop.services.goals import GOAL_KIND, goal_index_text
from desktop.services.notes import NOTE_KIND, note_index_text
from desktop.services.reflections import discretion_text, reflection_text
from desktop.storage.records import goals, index_sources, notes, search_index
from desktop.storage.records.bulk import select_in

# A child's changes change its parent's text in the index: (child table, parent column, parent table).
_PARENTS = {"agreement": ("note_id", "meeting_note"), "activity": ("goal_id", "goal")}


def reindex(
    conn: Connection,
    touched: Iterable[tuple[str, str]],
    written: Mapping[tuple[str, str], Mapping[str, Any]],
) -> int:
    """Re-index every record in ``touched`` (``(table, id)`` pairs); returns how many texts.

    ``written``: rows among them known as they now stand in the vault (a pull wrote them as they
    arrived), keyed like ``touched`` (it may be empty); notes among them are indexed from these, not read back."""
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
        count += _reindex_notes(conn, note_ids, written)
    goal_ids = sorted(wanted.pop("goal", set()))
    if goal_ids:
        count += _reindex_goals(conn, goal_ids)
    for table, ids in wanted.items():
        count += _reindex_many(conn, table, sorted(ids))
    return count


def _reindex_notes(
    conn: Connection, note_ids: list[str], written: Mapping[tuple[str, str], Mapping[str, Any]]
) -> int:
    """Notes in bulk: a first sync brings tens of thousands of them. Those a pull wrote as they
    arrived are indexed from their content (reading them back took a seventh of a first pull)."""
    given, unknown = [], []
    for note_id in note_ids:
        row = written.get(("meeting_note", note_id))
        # A row from an older program may lack a field the vault kept: that note is read back.
        if row is not None and all(name in row for name in notes.INDEX_COLUMNS):
            given.append(row)
        else:
            unknown.append(note_id)
    found = notes.index_drafts_from_rows(given) + (notes.index_drafts(conn, unknown) if unknown else [])
    search_index.replace_entries(
        conn,
        [(citizen_id, NOTE_KIND, note_id, *note_index_text(draft)) for note_id, citizen_id, draft in found],
    )
    present = {note_id for note_id, _citizen_id, _draft in found}
    for missing in (note_id for note_id in note_ids if note_id not in present):
        search_index.remove_entry(conn, NOTE_KIND, missing)
    return len(found)


def _reindex_goals(conn: Connection, goal_ids: list[str]) -> int:
    """Goals in bulk too: a first sync brings a few for every citizen (one by one they took
    a tenth of its time)."""
    found = goals.get_goals(conn, goal_ids)
    search_index.replace_entries(
        conn, [(goal.citizen_id, GOAL_KIND, goal.id, *goal_index_text(goal.draft)) for goal in found]
    )
    present = {goal.id for goal in found}
    for missing in (goal_id for goal_id in goal_ids if goal_id not in present):
        search_index.remove_entry(conn, GOAL_KIND, missing)
    return len(found)


def _reindex_many(conn: Connection, table: str, ids: list[str]) -> int:
    """Profiles, reflections and discretion records in bulk: one read and one write per chunk."""
    if table == "citizen":
        kind = PROFILE_KIND
        entries = [
            (citizen_id, kind, citizen_id, draft.name, profile_text(draft))
            for citizen_id, draft in index_sources.profile_drafts(conn, ids)
        ]
    elif table == "reflection":
        kind = "reflection"
        entries = [
            (citizen_id, kind, record_id, "", reflection_text(draft))
            for record_id, citizen_id, draft in index_sources.reflection_drafts(conn, ids)
        ]
    elif table == "discretion_record":
        kind = "discretion"
        entries = [
            (citizen_id, kind, record_id, "", discretion_text(draft))
            for record_id, citizen_id, draft in index_sources.discretion_drafts(conn, ids)
        ]
    else:
        return 0  # not searchable (ratings, contacts, settings)
    search_index.replace_entries(conn, entries)
    present = {entry[2] for entry in entries}
    for missing in (record_id for record_id in ids if record_id not in present):
        search_index.remove_entry(conn, kind, missing)
    return len(entries)
