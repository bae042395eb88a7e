"""Whether a vault holds fictional demo data: one setting, written by the demo generator.

The program reads it to say so in its status bar; the generator itself lives in ``desktop.demo``.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

DEMO_SETTING = "demo_vault"


def mark_as_demo(conn: Connection, stamp: str) -> None:
    conn.execute(
        text(
            "INSERT INTO app_setting (key, value, updated_at) VALUES (:key, 'true', :now) "
            "ON CONFLICT(key) DO UPDATE SET value = 'true', updated_at = :now"
        ),
        {"key": DEMO_SETTING, "now": stamp},
    )


def is_demo(conn: Connection) -> bool:
    value = conn.execute(text("SELECT value FROM app_setting WHERE key = :k"), {"k": DEMO_SETTING}).scalar()
    return bool(value and json.loads(value))
