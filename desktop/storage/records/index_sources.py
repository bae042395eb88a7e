"""Many records at once, read for the search index after a pull (one query per kind and chunk)."""

from __future__ import annotations

import json

from sqlalchemy import Connection

from desktop.domain.citizen import CitizenDraft
from desktop.domain.reflection import DiscretionDraft, ReflectionDraft
from desktop.storage.records.bulk import select_in
from desktop.storage.records.citizens import DRAFT_COLUMNS
from desktop.storage.vault.codec import stored_date


def profile_drafts(conn: Connection, citizen_ids: list[str]) -> list[tuple[str, CitizenDraft]]:
    """``(id, draft)`` of the citizens among ``citizen_ids`` that exist (not deleted)."""
    rows = select_in(
        conn,
        f"SELECT id, {', '.join(DRAFT_COLUMNS)} FROM citizen "  # noqa: S608 (the draft's field names)
        "WHERE id IN ({in}) AND deleted_at IS NULL",
        citizen_ids,
    )
    found = []
    for row in rows:
        values = dict(zip(DRAFT_COLUMNS, row[1:], strict=True))
        values["cpr"] = values["cpr"] or ""
        values["next_follow_up"] = stored_date(values["next_follow_up"])
        found.append((row[0], CitizenDraft(**values)))
    return found


def reflection_drafts(conn: Connection, ids: list[str]) -> list[tuple[str, str, ReflectionDraft]]:
    """``(id, citizen id, draft)`` of the reflections among ``ids``."""
    rows = select_in(
        conn, "SELECT id, citizen_id, note_id, phase, model, sections FROM reflection WHERE id IN ({in})", ids
    )
    return [
        (r[0], r[1], ReflectionDraft(phase=r[3], model=r[4], sections=json.loads(r[5]), note_id=r[2]))
        for r in rows
    ]


def discretion_drafts(conn: Connection, ids: list[str]) -> list[tuple[str, str, DiscretionDraft]]:
    """``(id, citizen id, draft)`` of the discretion records among ``ids``."""
    rows = select_in(
        conn,
        "SELECT id, citizen_id, facts, considerations, guidelines_in_conflict, decision, consulted, note_id "
        "FROM discretion_record WHERE id IN ({in})",
        ids,
    )
    return [(r[0], r[1], DiscretionDraft(r[2], r[3], r[4], r[5], r[6], note_id=r[7])) for r in rows]
