"""Unsaved typing kept inside the encrypted vault: written often, read when a form opens again."""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

from desktop.storage.citizens import now_iso


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
