"""Everything stored about one citizen, found in one place: for the access export and for erasure.

``CITIZEN_TABLES`` names every table that holds a citizen's data and how its rows are tied to the
citizen, children before parents (the order a deletion must take). A test checks that every table
with a citizen's data is listed, so a table added later cannot be forgotten by the export or by
``erase_citizen``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from desktop.storage.records import drafts


@dataclass(frozen=True)
class CitizenTable:
    """A table whose rows belong to one citizen, and the SQL condition that picks them (``:cid``)."""

    table: str
    owned_by: str = "citizen_id = :cid"
    order_by: str = "created_at, id"


# Children before parents: the order in which rows can be deleted with foreign keys on.
CITIZEN_TABLES: tuple[CitizenTable, ...] = (
    CitizenTable("agreement", order_by="note_id, position"),
    CitizenTable("reflection"),
    CitizenTable("discretion_record"),  # may point at a meeting note
    CitizenTable("network_decision", order_by="meeting_id, position"),
    CitizenTable("network_meeting", order_by="held_on, created_at, id"),
    CitizenTable("contact_log", order_by="contacted_on, id"),
    CitizenTable("consent", order_by="given_on, id"),
    CitizenTable("actor"),
    CitizenTable("meeting_note", order_by="held_on, created_at, id"),
    CitizenTable(
        "activity",
        owned_by="goal_id IN (SELECT id FROM goal WHERE citizen_id = :cid)",
        order_by="goal_id, position",
    ),
    CitizenTable(
        "goal_revision",
        owned_by="goal_id IN (SELECT id FROM goal WHERE citizen_id = :cid)",
        order_by="goal_id, revised_at, id",
    ),
    CitizenTable("goal", order_by="parent_id IS NOT NULL, created_at, id"),
    CitizenTable("measurement", order_by="rated_on, id"),
    CitizenTable("belief_rating", order_by="rated_on, id"),
    CitizenTable("handover", order_by="handed_over_on, id"),
    CitizenTable("citizen", owned_by="id = :cid", order_by="id"),
)
BY_NAME = {t.table: t for t in CITIZEN_TABLES}
# Sub-goals point at their parent goal: they go first when goals are deleted one statement at a time.
_GOALS_CHILDREN_FIRST = "DELETE FROM goal WHERE citizen_id = :cid AND parent_id IS NOT NULL"


def rows_about(conn: Connection, citizen_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table about the citizen, deleted (tombstoned) rows and drafts of unsaved
    typing included."""
    found: dict[str, list[dict[str, Any]]] = {}
    for spec in CITIZEN_TABLES:
        rows = conn.execute(
            text(f"SELECT * FROM {spec.table} WHERE {spec.owned_by} ORDER BY {spec.order_by}"),  # noqa: S608
            {"cid": citizen_id},
        )
        found[spec.table] = [dict(row._mapping) for row in rows]
    found["draft"] = drafts.drafts_about(conn, citizen_id)
    return found


def ids_about(conn: Connection, citizen_id: str) -> dict[str, list[str]]:
    """The primary keys of the citizen's rows, table by table."""
    return {
        spec.table: list(
            conn.execute(
                text(f"SELECT id FROM {spec.table} WHERE {spec.owned_by}"),  # noqa: S608
                {"cid": citizen_id},
            ).scalars()
        )
        for spec in CITIZEN_TABLES
    }


def erase_citizen(conn: Connection, citizen_id: str) -> dict[str, int]:
    """Delete every row about the citizen inside the caller's transaction; returns rows per table.

    Also removes what other bookkeeping holds about those rows: search-index entries, drafts of
    unsaved typing, the sync merge bases (they hold the content as it was agreed) and conflicts.
    The sync triggers mark each deleted row as waiting, so the deletion travels to other devices.
    The access log is not touched here: its events hold ids and actions, never content.
    """
    ids = ids_about(conn, citizen_id)
    record_ids = [(table, record_id) for table, found in ids.items() for record_id in found]
    for spec in CITIZEN_TABLES:
        if spec.table == "goal":
            conn.execute(text(_GOALS_CHILDREN_FIRST), {"cid": citizen_id})
        conn.execute(text(f"DELETE FROM {spec.table} WHERE {spec.owned_by}"), {"cid": citizen_id})  # noqa: S608
    _erase_bookkeeping(conn, citizen_id, record_ids)
    return {table: len(found) for table, found in ids.items()}


def _erase_bookkeeping(conn: Connection, citizen_id: str, record_ids: list[tuple[str, str]]) -> None:
    docs: Iterable[int] = conn.execute(
        text("SELECT rowid FROM search_fts WHERE citizen_id = :cid"), {"cid": citizen_id}
    ).scalars()
    rowids = [{"rowid": rowid} for rowid in docs]
    if rowids:
        conn.execute(text("DELETE FROM search_fts WHERE rowid = :rowid"), rowids)
        conn.execute(text("DELETE FROM search_doc WHERE rowid = :rowid"), rowids)
    drafts.delete_drafts_about(conn, citizen_id)
    keyed = [{"type": table, "id": record_id} for table, record_id in record_ids]
    if keyed:
        # The merge base is the record's content as last agreed. It is emptied, not removed: a base
        # (even an empty one) is what tells the push that the server has the record to delete.
        conn.execute(
            text("UPDATE sync_record SET base = '{}' WHERE record_type = :type AND record_id = :id"), keyed
        )
        conn.execute(text("DELETE FROM sync_conflict WHERE record_type = :type AND record_id = :id"), keyed)
        conn.execute(text("DELETE FROM sync_quarantine WHERE record_type = :type AND record_id = :id"), keyed)


def owns_any(conn: Connection, citizen_id: str, table: str, ids: tuple[str, ...]) -> bool:
    """Whether any of the rows ``ids`` of ``table`` (one of ``CITIZEN_TABLES``) belongs to the citizen."""
    spec = BY_NAME[table]
    for start in range(0, len(ids), 500):  # within SQLite's limit on bound parameters
        chunk = ids[start : start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        found = conn.execute(
            text(f"SELECT 1 FROM {spec.table} WHERE id IN ({marks}) AND {spec.owned_by} LIMIT 1"),  # noqa: S608
            {"cid": citizen_id, **{f"i{n}": i for n, i in enumerate(chunk)}},
        ).first()
        if found is not None:
            return True
    return False
