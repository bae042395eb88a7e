"""Reads and writes of progress measurements (inside the caller's transaction)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Connection, text

from desktop.domain.scales import MeasurementDraft
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.columns import column_names, insert_sql, select_sql
from desktop.storage.records.stored_tables import Measurement


@dataclass(frozen=True)
class StoredMeasurement:
    """A measurement as stored, with the version of the scale set it was rated on."""

    id: str
    citizen_id: str
    draft: MeasurementDraft
    scale_version: int
    created_at: str


_INSERT = insert_sql(Measurement, column_names(Measurement))
_READ = ["id", "citizen_id", *(f.name for f in fields(MeasurementDraft)), "scale_version", "created_at"]
_MEASUREMENTS_OF = text(
    select_sql(Measurement, _READ) + " WHERE citizen_id = :id AND (:scale IS NULL OR scale_id = :scale) "
    "ORDER BY rated_on, created_at"
)


def insert_measurement(conn: Connection, citizen_id: str, draft: MeasurementDraft, scale_version: int) -> str:
    """Append a measurement rated on ``scale_version`` of its scale set."""
    measurement_id = str(uuid.uuid4())
    conn.execute(
        _INSERT,
        {
            "id": measurement_id,
            "citizen_id": citizen_id,
            "scale_id": draft.scale_id,
            "scale_version": scale_version,
            "rated_on": draft.rated_on.isoformat(),
            "rater": draft.rater,
            "scores": json.dumps(draft.scores, sort_keys=True),
            "comments": json.dumps(
                {k: v for k, v in draft.comments.items() if v.strip()}, ensure_ascii=False
            ),
            "created_at": now_iso(),
        },
    )
    return measurement_id


def measurements_of(
    conn: Connection, citizen_id: str, scale_id: str | None = None
) -> list[StoredMeasurement]:
    """A citizen's measurements (of one scale set, when given), oldest first."""
    rows = conn.execute(
        _MEASUREMENTS_OF,
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
