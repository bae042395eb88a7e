"""Unsaved typing kept inside the encrypted vault: written often, read when a form opens again."""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

from desktop.storage.records.citizens import now_iso


def save_draft(conn: Connection, key: str, payload: dict) -> str:
    """Store (or replace) the draft under ``key``; returns the time stamp."""
    stamp = now_iso()
    conn.execute(
        text(
            "INSERT INTO draft (key, payload, updated_at) VALUES (:key, :payload, :stamp) "
            "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at"
        ),
        {"key": key, "payload": json.dumps(payload, ensure_ascii=False, default=str), "stamp": stamp},
    )
    return stamp


def load_draft(conn: Connection, key: str) -> tuple[dict, str] | None:
    """``(payload, updated_at)`` or ``None``."""
    row = conn.execute(text("SELECT payload, updated_at FROM draft WHERE key = :key"), {"key": key}).first()
    if row is None:
        return None
    try:
        return json.loads(row[0]), row[1]
    except ValueError:
        return None


def delete_draft(conn: Connection, key: str) -> None:
    """Forget the draft (after the real record was saved, or the person discarded it)."""
    conn.execute(text("DELETE FROM draft WHERE key = :key"), {"key": key})


def profile_draft_key(citizen_id: str | None) -> str:
    """Where the unsaved edits of a profile (or of a new citizen) are kept."""
    return f"citizen:{citizen_id or 'new'}"


def note_draft_key(citizen_id: str, note_id: str | None) -> str:
    """Where the typing of a note (or of a new note for a citizen) is kept."""
    return f"note:{citizen_id}:{note_id or 'new'}"


# Every draft about one citizen: their profile's and those of their notes (the keys above).
_ABOUT_CITIZEN = "key = :profile OR key LIKE :notes ESCAPE '\\'"


def drafts_about(conn: Connection, citizen_id: str) -> list[dict]:
    """Every stored draft about the citizen, as rows (key, payload, updated_at)."""
    rows = conn.execute(
        text(f"SELECT * FROM draft WHERE {_ABOUT_CITIZEN} ORDER BY key"),  # noqa: S608 (a constant)
        _keys_about(citizen_id),
    )
    return [dict(row._mapping) for row in rows]


def delete_drafts_about(conn: Connection, citizen_id: str) -> None:
    """Forget every draft about the citizen."""
    conn.execute(text(f"DELETE FROM draft WHERE {_ABOUT_CITIZEN}"), _keys_about(citizen_id))  # noqa: S608


def _keys_about(citizen_id: str) -> dict[str, str]:
    escaped = citizen_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")  # for LIKE
    return {"profile": profile_draft_key(citizen_id), "notes": note_draft_key(escaped, "%")}
