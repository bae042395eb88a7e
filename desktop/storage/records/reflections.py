"""Reads and writes of reflection entries and discretion records (append-only)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.reflection import DiscretionDraft, ReflectionDraft
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.columns import column_names, insert_sql, select_sql
from desktop.storage.records.stored_tables import DiscretionRecord, Reflection


@dataclass(frozen=True)
class StoredReflection:
    """A reflection as stored."""

    id: str
    citizen_id: str
    draft: ReflectionDraft
    created_at: str


# A discretion record's own fields (``related`` is the form's, not stored).
_DISCRETION_FIELDS = [f.name for f in fields(DiscretionDraft) if f.name != "related"]
_INSERT_REFLECTION = insert_sql(Reflection, column_names(Reflection))
_GET_REFLECTION = text(select_sql(Reflection, column_names(Reflection)) + " WHERE id = :id")
_REFLECTIONS_OF = text(
    select_sql(Reflection, column_names(Reflection)) + " WHERE citizen_id = :id ORDER BY created_at DESC"
)
_INSERT_DISCRETION = insert_sql(DiscretionRecord, column_names(DiscretionRecord))
# ``(id or citizen id, the draft's fields..., created_at)``, by ``WHERE citizen_id`` or ``WHERE id``
_DISCRETION_OF = text(
    select_sql(DiscretionRecord, ["id", *_DISCRETION_FIELDS, "created_at"])
    + " WHERE citizen_id = :id ORDER BY created_at DESC"
)
_GET_DISCRETION = text(
    select_sql(DiscretionRecord, ["citizen_id", *_DISCRETION_FIELDS, "created_at"]) + " WHERE id = :id"
)


def insert_reflection(conn: Connection, citizen_id: str, draft: ReflectionDraft) -> str:
    """Append a reflection."""
    reflection_id = str(uuid.uuid4())
    conn.execute(
        _INSERT_REFLECTION,
        {
            "id": reflection_id,
            "citizen_id": citizen_id,
            "note_id": draft.note_id,
            "phase": draft.phase,
            "model": draft.model,
            "sections": json.dumps(draft.sections, ensure_ascii=False, sort_keys=True),
            "created_at": now_iso(),
        },
    )
    return reflection_id


def get_reflection(conn: Connection, reflection_id: str) -> StoredReflection | None:
    """One reflection, or ``None``."""
    row = conn.execute(_GET_REFLECTION, {"id": reflection_id}).first()
    return _reflection(row) if row else None


def reflections_of(conn: Connection, citizen_id: str) -> list[StoredReflection]:
    """A citizen's reflections, newest first."""
    return [_reflection(row) for row in conn.execute(_REFLECTIONS_OF, {"id": citizen_id})]


def insert_discretion(conn: Connection, citizen_id: str, draft: DiscretionDraft) -> str:
    """Append a discretion record."""
    record_id = str(uuid.uuid4())
    values = {name: getattr(draft, name) for name in _DISCRETION_FIELDS}
    texts = {name: value.strip() for name, value in values.items() if name != "note_id"}
    conn.execute(
        _INSERT_DISCRETION,
        values | texts | {"id": record_id, "citizen_id": citizen_id, "created_at": now_iso()},
    )
    return record_id


def discretion_of(conn: Connection, citizen_id: str) -> list[tuple[str, DiscretionDraft, str]]:
    """``(id, record, created_at)`` of a citizen's discretion records, newest first."""
    return [_discretion(r) for r in conn.execute(_DISCRETION_OF, {"id": citizen_id})]


def get_discretion(conn: Connection, record_id: str) -> tuple[str, DiscretionDraft, str] | None:
    """``(citizen id, record, created_at)`` of one discretion record, or ``None``."""
    r = conn.execute(_GET_DISCRETION, {"id": record_id}).first()
    return _discretion(r) if r else None


def _discretion(r: Sequence[Any]) -> tuple[str, DiscretionDraft, str]:
    """A row of ``(key, the draft's fields..., created_at)`` as ``(key, draft, created_at)``."""
    return r[0], DiscretionDraft(**dict(zip(_DISCRETION_FIELDS, r[1:-1], strict=True))), r[-1]


def _reflection(row: Sequence[Any]) -> StoredReflection:
    draft = ReflectionDraft(phase=row[3], model=row[4], sections=json.loads(row[5]), note_id=row[2])
    return StoredReflection(row[0], row[1], draft, row[6])
