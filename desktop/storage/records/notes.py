"""Reads and writes of meeting notes and their agreements (inside the caller's transaction)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.notes import Agreement, FilingStatus, FollowUp, NoteDraft
from desktop.storage.records.bulk import select_in
from desktop.storage.records.child_rows import replace_children
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.columns import insert_sql, select_sql, update_sql
from desktop.storage.records.stored_tables import MeetingNote

# A correction carries the agreements forward, so those of the note it corrects no longer count.
_NOT_SUPERSEDED = (
    "NOT EXISTS (SELECT 1 FROM meeting_note k WHERE k.corrects_id = a.note_id AND k.deleted_at IS NULL)"
)
# A note's stored fields are its draft's: its agreements are rows of ``agreement`` too, and the note's
# column keeps their summary (for search, and for notes written before agreements were rows).
_NOTE_FIELDS = [f.name for f in fields(NoteDraft)]
_NOTE_STATE = ["filing_status", "filed_at", "corrects_id", "created_at", "updated_at"]
_INSERT_NOTE = insert_sql(
    MeetingNote,
    ["id", "citizen_id", *_NOTE_FIELDS, "filing_status", "corrects_id", "created_at", "updated_at"],
)
_UPDATE_NOTE = update_sql(MeetingNote, [*_NOTE_FIELDS, "updated_at"])
_NOTE_COLUMNS = ["id", "citizen_id", *_NOTE_FIELDS, *_NOTE_STATE]
_GET_NOTES = select_sql(MeetingNote, _NOTE_COLUMNS) + " WHERE id IN ({in}) AND deleted_at IS NULL"


@dataclass(frozen=True)
class StoredNote:
    """A note as stored, with its filing state."""

    id: str
    citizen_id: str
    draft: NoteDraft
    filing_status: str
    filed_at: str | None
    corrects_id: str | None
    created_at: str
    updated_at: str


def agreements_summary(agreements: list[Agreement]) -> str:
    """The agreements as one text (kept on the note for search and older readers)."""
    return "\n".join(a.text.strip() for a in agreements if a.text.strip())


def insert_note(conn: Connection, citizen_id: str, draft: NoteDraft, corrects_id: str | None = None) -> str:
    """Store a new draft note and its agreements; returns the id."""
    note_id = str(uuid.uuid4())
    stamp = now_iso()
    params = _params(draft) | {
        "id": note_id,
        "citizen_id": citizen_id,
        "created_at": stamp,
        "updated_at": stamp,
        "filing_status": FilingStatus.DRAFT.value,
        "corrects_id": corrects_id,
    }
    conn.execute(_INSERT_NOTE, params)
    _replace_agreements(conn, citizen_id, note_id, draft.agreements, done_from=corrects_id)
    return note_id


def update_note(conn: Connection, note_id: str, citizen_id: str, draft: NoteDraft) -> None:
    """Store edits to a note that is not filed (the service checks that)."""
    conn.execute(_UPDATE_NOTE, _params(draft) | {"id": note_id, "updated_at": now_iso()})
    _replace_agreements(conn, citizen_id, note_id, draft.agreements)


def set_filing_status(conn: Connection, note_id: str, status: FilingStatus) -> str | None:
    """Move the note; returns the filing time when it became filed."""
    filed_at = now_iso() if status is FilingStatus.FILED else None
    conn.execute(
        text(
            "UPDATE meeting_note SET filing_status = :status, filed_at = :filed_at, updated_at = :now WHERE id = :id"
        ),
        {"status": status.value, "filed_at": filed_at, "now": now_iso(), "id": note_id},
    )
    return filed_at


def get_note(conn: Connection, note_id: str) -> StoredNote | None:
    """One note with its agreements, or ``None``."""
    found = get_notes(conn, [note_id])
    return found[0] if found else None


def get_notes(conn: Connection, note_ids: list[str]) -> list[StoredNote]:
    """The notes (not deleted) among ``note_ids``, with their agreements."""
    agreements: dict[str, list[Agreement]] = {}
    for r in select_in(
        conn,
        "SELECT note_id, text, who, due_on FROM agreement WHERE note_id IN ({in}) ORDER BY position",
        note_ids,
    ):
        agreements.setdefault(r[0], []).append(
            Agreement(r[1], r[2], date.fromisoformat(r[3]) if r[3] else None)
        )
    rows = select_in(conn, _GET_NOTES, note_ids)
    return [_stored_note(row, agreements.get(row[0], [])) for row in rows]


INDEX_COLUMNS = (
    "id",
    "citizen_id",
    "held_on",
    "agenda",
    "participants",
    "citizen_view",
    "agreements",
    "next_steps",
    "tool_answers",
    "tool_evaluation",
    "account",
    "assessment",
    "read_back",
)


def index_drafts(conn: Connection, note_ids: list[str]) -> list[tuple[str, str, NoteDraft]]:
    """``(id, citizen id, draft)`` of the notes among ``note_ids``, read for the search index only:
    the agreements come from the summary kept on the note, which is what the index holds anyway."""
    rows = select_in(
        conn,
        f"SELECT {', '.join(INDEX_COLUMNS)} FROM meeting_note "  # noqa: S608 (constants)
        "WHERE id IN ({in}) AND deleted_at IS NULL",
        note_ids,
    )
    return [_index_draft(row) for row in rows]


def index_drafts_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[tuple[str, str, NoteDraft]]:
    """``index_drafts`` of notes given as whole rows (as a pull writes them), without reading them
    back; a note deleted (``deleted_at`` set) is left out, as ``index_drafts`` leaves it."""
    return [
        _index_draft(tuple(row.get(name) for name in INDEX_COLUMNS))
        for row in rows
        if row.get("deleted_at") is None
    ]


def _index_draft(r: Sequence[Any]) -> tuple[str, str, NoteDraft]:
    """One row of ``INDEX_COLUMNS`` as ``(id, citizen id, draft)``."""
    draft = NoteDraft(
        held_on=date.fromisoformat(r[2]),
        agenda=r[3],
        participants=r[4],
        citizen_view=r[5],
        agreements=[Agreement(line) for line in (r[6] or "").splitlines() if line.strip()],
        next_steps=r[7],
        tool_answers=_tool_answers(r[8]),
        tool_evaluation=r[9],
        account=r[10],
        assessment=r[11],
        read_back=r[12],
    )
    return r[0], r[1], draft


def _tool_answers(stored: str | None) -> dict:
    """A note's tool answers as stored (JSON); answers that cannot be read are none."""
    try:
        answers = json.loads(stored or "{}")
    except ValueError:
        return {}
    return answers if isinstance(answers, dict) else {}


def _stored_note(row: Sequence[Any], agreements: list[Agreement]) -> StoredNote:
    values = dict(zip(_NOTE_COLUMNS, row, strict=True))
    if not agreements and values["agreements"]:
        # Notes written before agreements were structured (and demo notes) keep theirs as plain text.
        agreements = [Agreement(line) for line in values["agreements"].splitlines() if line.strip()]
    draft = NoteDraft(
        **{name: values[name] for name in _NOTE_FIELDS}
        | {
            "held_on": date.fromisoformat(values["held_on"]),
            "agreements": agreements,
            "tool_answers": _tool_answers(values["tool_answers"]),
        }
    )
    return StoredNote(values["id"], values["citizen_id"], draft, *(values[name] for name in _NOTE_STATE))


def list_notes(conn: Connection, citizen_id: str) -> list[tuple[str, date, str, str, str | None]]:
    """``(id, held_on, agenda, filing_status, corrects_id)`` of a citizen's notes, newest first."""
    rows = conn.execute(
        text(
            "SELECT id, held_on, agenda, filing_status, corrects_id FROM meeting_note "
            "WHERE citizen_id = :id AND deleted_at IS NULL ORDER BY held_on DESC, created_at DESC"
        ),
        {"id": citizen_id},
    )
    return [(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4]) for r in rows]


def follow_ups(conn: Connection, until: date) -> list[FollowUp]:
    """Open agreements due on or before ``until`` across the caseload, earliest first."""
    rows = conn.execute(
        text(
            "SELECT a.id, a.citizen_id, c.name, a.note_id, a.text, a.who, a.due_on FROM agreement a "  # noqa: S608 (constants only)
            "JOIN citizen c ON c.id = a.citizen_id "
            "WHERE a.done_at IS NULL AND a.due_on IS NOT NULL AND a.due_on <= :until AND c.deleted_at IS NULL "
            f"AND {_NOT_SUPERSEDED} "
            "ORDER BY a.due_on, c.name"
        ),
        {"until": until.isoformat()},
    )
    return [FollowUp(r[0], r[1], r[2], r[3], r[4], r[5], date.fromisoformat(r[6])) for r in rows]


def mark_done(conn: Connection, agreement_id: str) -> str | None:
    """Mark an agreement done; returns its citizen id (``None`` if there is no such agreement)."""
    row = conn.execute(text("SELECT citizen_id FROM agreement WHERE id = :id"), {"id": agreement_id}).first()
    if row is None:
        return None
    conn.execute(
        text("UPDATE agreement SET done_at = :now WHERE id = :id"), {"now": now_iso(), "id": agreement_id}
    )
    return row[0]


def _params(draft: NoteDraft) -> dict:
    params = {name: getattr(draft, name) for name in _NOTE_FIELDS}
    params["held_on"] = draft.held_on.isoformat()
    params["agreements"] = agreements_summary(draft.agreements)
    params["tool_answers"] = json.dumps(draft.tool_answers, ensure_ascii=False, sort_keys=True, default=str)
    return params


def _replace_agreements(
    conn: Connection, citizen_id: str, note_id: str, agreements: list[Agreement], done_from: str | None = None
) -> None:
    """Store the note's agreements; one that was already done (here, or in the note a correction
    corrects) stays done, so editing or correcting a note never reopens a finished follow-up."""
    done = {
        (r[0], r[1], r[2]): r[3]
        for r in conn.execute(
            text(
                "SELECT text, who, due_on, done_at FROM agreement "
                "WHERE note_id IN (:id, :other) AND done_at IS NOT NULL"
            ),
            {"id": note_id, "other": done_from or note_id},
        )
    }
    rows = []
    for index, agreement in enumerate(agreements):
        due_on = agreement.due.isoformat() if agreement.due else None
        key = (agreement.text.strip(), agreement.who.strip(), due_on)
        rows.append(
            {
                "citizen_id": citizen_id,
                "position": index,
                "text": key[0],
                "who": key[1],
                "due_on": due_on,
                "done_at": done.get(key),
            }
        )
    replace_children(conn, "agreement", "note_id", note_id, rows, created_at=now_iso())


def _agreements(conn: Connection, note_id: str) -> list[Agreement]:
    rows = conn.execute(
        text("SELECT text, who, due_on FROM agreement WHERE note_id = :id ORDER BY position"), {"id": note_id}
    )
    return [Agreement(r[0], r[1], date.fromisoformat(r[2]) if r[2] else None) for r in rows]


def open_agreements(conn: Connection, citizen_id: str) -> list[tuple[str, str, date | None]]:
    """``(text, who, due)`` of a citizen's agreements not yet done, by due date (undated last)."""
    rows = conn.execute(
        text(
            "SELECT a.text, a.who, a.due_on FROM agreement a JOIN meeting_note m ON m.id = a.note_id "  # noqa: S608 (constants only)
            "WHERE a.citizen_id = :id AND a.done_at IS NULL AND m.deleted_at IS NULL "
            f"AND {_NOT_SUPERSEDED} "
            "ORDER BY a.due_on IS NULL, a.due_on, a.position"
        ),
        {"id": citizen_id},
    )
    return [(r[0], r[1], date.fromisoformat(r[2]) if r[2] else None) for r in rows]


def note_beliefs(conn: Connection, note_id: str) -> dict[str, str]:
    """``rater -> belief rating id`` of the ratings asked at the meeting of ``note_id``."""
    rows = conn.execute(
        text("SELECT rater, id FROM belief_rating WHERE note_id = :id ORDER BY created_at"), {"id": note_id}
    )
    return {r[0]: r[1] for r in rows}


def link_belief(conn: Connection, belief_id: str, note_id: str) -> None:
    """Tie a belief rating to the meeting it was asked at."""
    conn.execute(
        text("UPDATE belief_rating SET note_id = :note WHERE id = :id"), {"note": note_id, "id": belief_id}
    )


def change_belief(conn: Connection, belief_id: str, value: int, rated_on: date) -> None:
    """Change a rating asked at a meeting whose note is still a draft (the note is not filed yet)."""
    conn.execute(
        text("UPDATE belief_rating SET value = :value, rated_on = :on WHERE id = :id"),
        {"value": value, "on": rated_on.isoformat(), "id": belief_id},
    )


def drop_belief(conn: Connection, belief_id: str) -> None:
    """Remove a rating asked at a meeting, when the draft note no longer has it."""
    conn.execute(text("DELETE FROM belief_rating WHERE id = :id"), {"id": belief_id})
