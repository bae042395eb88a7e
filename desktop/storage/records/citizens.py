"""Reads and writes of citizens, belief ratings and handovers (inside the caller's transaction)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, fields
from datetime import UTC, date, datetime

from sqlalchemy import Connection, TextClause, text

from desktop.domain.citizen import (
    BeliefEntry,
    CaseloadRow,
    CaseStatus,
    CitizenDraft,
    CitizenProfile,
    HandoverEntry,
)
from desktop.storage.records.bulk import select_in
from desktop.storage.records.columns import column_list, column_names, insert_sql, select_sql, update_sql
from desktop.storage.records.stored_tables import BeliefRating, Citizen, Handover
from desktop.storage.vault import early_caseload
from desktop.storage.vault.codec import stored_date

# The table's profile columns are the draft's fields (``tables.Citizen``), so one list serves both.
DRAFT_COLUMNS = [f.name for f in fields(CitizenDraft)]
_INSERT_CITIZEN = insert_sql(Citizen, [*DRAFT_COLUMNS, "id", "created_at", "updated_at", "status"])
_UPDATE_CITIZEN = update_sql(Citizen, [*DRAFT_COLUMNS, "updated_at"])
_GET_CITIZEN = text(
    f"SELECT {column_list(Citizen, [*DRAFT_COLUMNS, 'status', 'created_at', 'updated_at', 'closed_at'])}, "  # noqa: S608
    "(SELECT max(held_on) FROM meeting_note m WHERE m.citizen_id = citizen.id AND m.deleted_at IS NULL) "
    "FROM citizen WHERE id = :id AND deleted_at IS NULL"
)
# Entries are appended whole, except a belief's meeting, which ``notes.link_belief`` sets later.
_INSERT_BELIEF = insert_sql(BeliefRating, column_names(BeliefRating, without=["note_id"]))
_INSERT_HANDOVER = insert_sql(Handover, column_names(Handover))
_LIST_BELIEFS = text(
    select_sql(BeliefRating, [f.name for f in fields(BeliefEntry)])
    + " WHERE citizen_id = :id ORDER BY rated_on DESC, created_at DESC"
)
_LIST_HANDOVERS = text(
    select_sql(Handover, [f.name for f in fields(HandoverEntry)])
    + " WHERE citizen_id = :id ORDER BY handed_over_on DESC, created_at DESC"
)


def now_iso() -> str:
    """The current UTC time as stored."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _draft_params(draft: CitizenDraft) -> dict:
    params = {name: getattr(draft, name) for name in DRAFT_COLUMNS}
    params["cpr"] = draft.cpr or None
    params["next_follow_up"] = draft.next_follow_up.isoformat() if draft.next_follow_up else None
    return params


def insert_citizen(conn: Connection, draft: CitizenDraft, citizen_id: str | None = None) -> str:
    """Insert a new, active citizen and return its id."""
    citizen_id = citizen_id or str(uuid.uuid4())
    stamp = now_iso()
    params = _draft_params(draft) | {
        "id": citizen_id,
        "created_at": stamp,
        "updated_at": stamp,
        "status": CaseStatus.ACTIVE.value,
    }
    conn.execute(_INSERT_CITIZEN, params)
    return citizen_id


def update_citizen(conn: Connection, citizen_id: str, draft: CitizenDraft) -> None:
    """Store the editable fields of a citizen."""
    conn.execute(_UPDATE_CITIZEN, _draft_params(draft) | {"id": citizen_id, "updated_at": now_iso()})


def set_status(conn: Connection, citizen_id: str, status: CaseStatus) -> None:
    """Close or reopen a case."""
    stamp = now_iso()
    conn.execute(
        text("UPDATE citizen SET status = :status, closed_at = :closed_at, updated_at = :now WHERE id = :id"),
        {
            "status": status.value,
            "closed_at": stamp if status is CaseStatus.CLOSED else None,
            "now": stamp,
            "id": citizen_id,
        },
    )


def get_citizen(conn: Connection, citizen_id: str) -> CitizenProfile | None:
    """One citizen with ratings and handovers, or ``None``."""
    row = conn.execute(_GET_CITIZEN, {"id": citizen_id}).first()
    if row is None:
        return None
    values = dict(zip(DRAFT_COLUMNS, row[: len(DRAFT_COLUMNS)], strict=True))
    values["cpr"] = values["cpr"] or ""
    values["next_follow_up"] = stored_date(values["next_follow_up"])
    status, created_at, updated_at, closed_at, last_contact = row[len(DRAFT_COLUMNS) :]
    return CitizenProfile(
        id=citizen_id,
        draft=CitizenDraft(**values),
        status=status,
        created_at=created_at,
        updated_at=updated_at,
        closed_at=closed_at,
        last_contact=stored_date(last_contact),
        beliefs=tuple(list_beliefs(conn, citizen_id)),
        handovers=tuple(list_handovers(conn, citizen_id)),
    )


def caseload(conn: Connection) -> list[CaseloadRow]:
    """Every citizen that is not deleted, for the caseload list (one query, the one the early read at
    startup runs before the database code is loaded)."""
    return early_caseload.caseload_rows(conn.exec_driver_sql(early_caseload.CASELOAD_SQL))


def caseload_rows(conn: Connection, citizen_ids: Sequence[str]) -> list[CaseloadRow]:
    """The caseload rows of these citizens, with the caseload's own query; a citizen deleted or erased
    has none (a save redraws the row it changed, not the list)."""
    return early_caseload.caseload_rows(
        select_in(conn, early_caseload.CASELOAD_SQL + " AND id IN ({in})", citizen_ids)
    )


def citizens_of_notes(conn: Connection, note_ids: Sequence[str]) -> set[str]:
    """The citizens these notes belong to (a deleted note's too: its citizen's last contact changed)."""
    return {
        r[0]
        for r in select_in(conn, "SELECT DISTINCT citizen_id FROM meeting_note WHERE id IN ({in})", note_ids)
    }


def find_by_cpr(conn: Connection, cpr: str, excluding: str | None = None) -> list[tuple[str, str]]:
    """``(id, name)`` of every citizen with this CPR, except ``excluding``."""
    rows = conn.execute(
        text("SELECT id, name FROM citizen WHERE cpr = :cpr AND deleted_at IS NULL AND id != :excluding"),
        {"cpr": cpr, "excluding": excluding or ""},
    )
    return [(r[0], r[1]) for r in rows]


def add_belief(
    conn: Connection, citizen_id: str, rater: str, value: int, rated_on: date, comment: str
) -> str:
    """Append a belief rating."""
    return _append(conn, _INSERT_BELIEF, citizen_id, BeliefEntry(_new_id(), rater, value, rated_on, comment))


def _append(conn: Connection, insert: TextClause, citizen_id: str, entry: BeliefEntry | HandoverEntry) -> str:
    """Insert a citizen's entry (its columns are the entry's fields), created now; returns its id."""
    values = {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(entry).items()}
    conn.execute(insert, values | {"citizen_id": citizen_id, "created_at": now_iso()})
    return entry.id


def _new_id() -> str:
    """A new record id."""
    return str(uuid.uuid4())


def list_beliefs(conn: Connection, citizen_id: str) -> list[BeliefEntry]:
    """Belief ratings, newest first."""
    rows = conn.execute(_LIST_BELIEFS, {"id": citizen_id})
    return [BeliefEntry(r[0], r[1], r[2], date.fromisoformat(r[3]), r[4]) for r in rows]


def add_handover(
    conn: Connection, citizen_id: str, from_caseworker: str, to_caseworker: str, on: date, reason: str
) -> str:
    """Append a handover and make ``to_caseworker`` responsible."""
    entry = HandoverEntry(_new_id(), from_caseworker, to_caseworker, on, reason)
    handover_id = _append(conn, _INSERT_HANDOVER, citizen_id, entry)
    conn.execute(
        text("UPDATE citizen SET responsible_caseworker = :to_cw, updated_at = :now WHERE id = :id"),
        {"to_cw": to_caseworker, "now": now_iso(), "id": citizen_id},
    )
    return handover_id


def list_handovers(conn: Connection, citizen_id: str) -> list[HandoverEntry]:
    """Handovers, newest first."""
    rows = conn.execute(_LIST_HANDOVERS, {"id": citizen_id})
    return [HandoverEntry(r[0], r[1], r[2], date.fromisoformat(r[3]), r[4]) for r in rows]
