"""Reads and writes of reflection entries and discretion records (append-only)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.reflection import DiscretionDraft, ReflectionDraft
from desktop.storage.records.citizens import now_iso


@dataclass(frozen=True)
class StoredReflection:
    """A reflection as stored."""

    id: str
    citizen_id: str
    draft: ReflectionDraft
    created_at: str


def insert_reflection(conn: Connection, citizen_id: str, draft: ReflectionDraft) -> str:
    """Append a reflection."""
    reflection_id = str(uuid.uuid4())
    conn.execute(
        text(
            "INSERT INTO reflection (id, citizen_id, note_id, phase, model, sections, created_at) "
            "VALUES (:id, :citizen_id, :note_id, :phase, :model, :sections, :now)"
        ),
        {
            "id": reflection_id,
            "citizen_id": citizen_id,
            "note_id": draft.note_id,
            "phase": draft.phase,
            "model": draft.model,
            "sections": json.dumps(draft.sections, ensure_ascii=False, sort_keys=True),
            "now": now_iso(),
        },
    )
    return reflection_id


def get_reflection(conn: Connection, reflection_id: str) -> StoredReflection | None:
    """One reflection, or ``None``."""
    row = conn.execute(
        text(
            "SELECT id, citizen_id, note_id, phase, model, sections, created_at FROM reflection WHERE id = :id"
        ),
        {"id": reflection_id},
    ).first()
    return _reflection(row) if row else None


def reflections_of(conn: Connection, citizen_id: str) -> list[StoredReflection]:
    """A citizen's reflections, newest first."""
    rows = conn.execute(
        text(
            "SELECT id, citizen_id, note_id, phase, model, sections, created_at FROM reflection "
            "WHERE citizen_id = :id ORDER BY created_at DESC"
        ),
        {"id": citizen_id},
    )
    return [_reflection(row) for row in rows]


def insert_discretion(conn: Connection, citizen_id: str, draft: DiscretionDraft) -> str:
    """Append a discretion record."""
    record_id = str(uuid.uuid4())
    conn.execute(
        text(
            "INSERT INTO discretion_record (id, citizen_id, facts, considerations, guidelines_in_conflict, "
            "decision, consulted, note_id, created_at) VALUES (:id, :citizen_id, :facts, :considerations, "
            ":guidelines, :decision, :consulted, :note_id, :now)"
        ),
        {
            "id": record_id,
            "citizen_id": citizen_id,
            "facts": draft.facts.strip(),
            "considerations": draft.considerations.strip(),
            "guidelines": draft.guidelines_in_conflict.strip(),
            "decision": draft.decision.strip(),
            "consulted": draft.consulted.strip(),
            "note_id": draft.note_id,
            "now": now_iso(),
        },
    )
    return record_id


def discretion_of(conn: Connection, citizen_id: str) -> list[tuple[str, DiscretionDraft, str]]:
    """``(id, record, created_at)`` of a citizen's discretion records, newest first."""
    rows = conn.execute(
        text(
            "SELECT id, facts, considerations, guidelines_in_conflict, decision, consulted, created_at, note_id "
            "FROM discretion_record WHERE citizen_id = :id ORDER BY created_at DESC"
        ),
        {"id": citizen_id},
    )
    return [(r[0], DiscretionDraft(r[1], r[2], r[3], r[4], r[5], note_id=r[7]), r[6]) for r in rows]


def get_discretion(conn: Connection, record_id: str) -> tuple[str, DiscretionDraft, str] | None:
    """``(citizen id, record, created_at)`` of one discretion record, or ``None``."""
    r = conn.execute(
        text(
            "SELECT citizen_id, facts, considerations, guidelines_in_conflict, decision, consulted, created_at, "
            "note_id FROM discretion_record WHERE id = :id"
        ),
        {"id": record_id},
    ).first()
    return (r[0], DiscretionDraft(r[1], r[2], r[3], r[4], r[5], note_id=r[7]), r[6]) if r else None


def _reflection(row: Sequence[Any]) -> StoredReflection:
    draft = ReflectionDraft(phase=row[3], model=row[4], sections=json.loads(row[5]), note_id=row[2])
    return StoredReflection(row[0], row[1], draft, row[6])
