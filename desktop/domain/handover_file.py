"""A citizen's whole file as it travels to a colleague: one JSON document, sealed before it leaves.

The document carries every row about the citizen table by table (``storage.records.citizen_data``),
with who handed it over to whom and why. ``read_handover_file`` checks the shape before anything is
imported: a file from a newer program, with a table or a value type this program does not know, is
refused as a whole rather than imported in part.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

FORMAT = "casenotes-citizen-file"
VERSION = 1
_VALUE_TYPES = (str, int, float, bool, type(None))


class HandoverFileUnreadable(ValueError):
    """The document is not a citizen's file this program can import (the reason is for the log)."""


@dataclass(frozen=True)
class HandoverFile:
    """Who hands which citizen to whom, and the rows: ``{table: [row, …]}`` parents first."""

    citizen_id: str
    citizen_name: str
    from_account: str
    to_account: str
    reason: str
    sent_at: str
    rows: dict[str, list[dict[str, Any]]]

    def count(self) -> int:
        """How many records the file holds."""
        return sum(len(rows) for rows in self.rows.values())


def write_handover_file(handed: HandoverFile) -> bytes:
    """The document as UTF-8 JSON."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "citizen_id": handed.citizen_id,
        "citizen_name": handed.citizen_name,
        "from_account": handed.from_account,
        "to_account": handed.to_account,
        "reason": handed.reason,
        "sent_at": handed.sent_at,
        "rows": handed.rows,
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")


def read_handover_file(payload: bytes, known_tables: frozenset[str]) -> HandoverFile:
    """The document in ``payload``, checked: the format, the version, the tables and every value."""
    try:
        document = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HandoverFileUnreadable("not JSON") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise HandoverFileUnreadable("not a citizen's file")
    if document.get("version") != VERSION:
        raise HandoverFileUnreadable(f"version {document.get('version')!r}")
    texts = {name: document.get(name) for name in _TEXT_FIELDS}
    if not all(isinstance(value, str) for value in texts.values()):
        raise HandoverFileUnreadable("a field is not text")
    rows = document.get("rows")
    if not isinstance(rows, dict) or not set(rows) <= known_tables:
        raise HandoverFileUnreadable("unknown tables")
    for table, table_rows in rows.items():
        if not isinstance(table_rows, list) or not all(_plain_row(row) for row in table_rows):
            raise HandoverFileUnreadable(f"rows of {table}")
    citizens = rows.get("citizen") or []
    if len(citizens) != 1 or citizens[0].get("id") != texts["citizen_id"]:
        raise HandoverFileUnreadable("not one citizen")
    return HandoverFile(rows=rows, **texts)  # type: ignore[arg-type]  # each checked as str above


_TEXT_FIELDS = ("citizen_id", "citizen_name", "from_account", "to_account", "reason", "sent_at")


def _plain_row(row: object) -> bool:
    return (
        isinstance(row, dict)
        and isinstance(row.get("id"), str)
        and all(isinstance(key, str) and isinstance(value, _VALUE_TYPES) for key, value in row.items())
    )
