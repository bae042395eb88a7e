"""Reads and writes of progress measurements (inside the caller's transaction)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from desktop.domain.scales import MeasurementDraft
from desktop.storage.records.citizens import now_iso


@dataclass(frozen=True)
class StoredMeasurement:
    """A measurement as stored, with the version of the scale set it was rated on."""

    id: str
    citizen_id: str
    draft: MeasurementDraft
    scale_version: int
    created_at: str


def insert_measurement(conn: Connection, citizen_id: str, draft: MeasurementDraft, scale_version: int) -> str:
    measurement_id = str(uuid.uuid4())
    conn.execute(
        text(
            "INSERT INTO measurement (id, citizen_id, scale_id, scale_version, rated_on, rater, scores, comments, "
            "created_at) VALUES (:id, :citizen_id, :scale_id, :version, :rated_on, :rater, :scores, :comments, :now)"
        ),
        {
            "id": measurement_id,
            "citizen_id": citizen_id,
            "scale_id": draft.scale_id,
            "version": scale_version,
            "rated_on": draft.rated_on.isoformat(),
            "rater": draft.rater,
            "scores": json.dumps(draft.scores, sort_keys=True),
            "comments": json.dumps(
                {k: v for k, v in draft.comments.items() if v.strip()}, ensure_ascii=False
            ),
            "now": now_iso(),
        },
    )
    return measurement_id


def measurements_of(
    conn: Connection, citizen_id: str, scale_id: str | None = None
) -> list[StoredMeasurement]:
    """A citizen's measurements (of one scale set, when given), oldest first."""
    rows = conn.execute(
        text(
            "SELECT id, citizen_id, scale_id, rated_on, rater, scores, comments, scale_version, created_at "
            "FROM measurement WHERE citizen_id = :id AND (:scale IS NULL OR scale_id = :scale) "
            "ORDER BY rated_on, created_at"
        ),
        {"id": citizen_id, "scale": scale_id},
    )
    return [
        StoredMeasurement(
            r[0],
            r[1],
            MeasurementDraft(r[2], date.fromisoformat(r[3]), r[4], json.loads(r[5]), json.loads(r[6])),
            r[7],
            r[8],
        )
        for r in rows
    ]
