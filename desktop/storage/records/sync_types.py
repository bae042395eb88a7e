"""Which tables travel to other devices, and in what order.

Everything a caseworker writes about citizens syncs. What belongs to this computer stays: drafts (typing
in progress), the search index (rebuilt from the records), unlock attempts, and the access log, which
is a per-device hash chain (each device logs what was done on it).
The order puts parents before children, so a push never sends a row before the row it points to.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# Record ids on the wire are UUIDs; app settings are keyed by name, so their wire id is derived.
_SETTING_NAMESPACE = uuid.UUID("6d1f3f8e-6a55-4c39-9a4e-2f1e0c2b7a10")


@dataclass(frozen=True)
class RecordType:
    """One synced table: its name on the wire, its primary key and whether rows are ever changed."""

    table: str
    key: str = "id"
    append_only: bool = False

    def wire_id(self, local_id: str) -> str:
        """The id the server sees for a row whose primary key is ``local_id``."""
        if self.key == "id":
            return local_id
        return str(uuid.uuid5(_SETTING_NAMESPACE, f"{self.table}:{local_id}"))


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("app_setting", key="key"),
    RecordType("citizen"),
    RecordType("belief_rating", append_only=True),
    RecordType("handover", append_only=True),
    RecordType("meeting_note"),
    RecordType("agreement"),
    RecordType("goal"),
    RecordType("goal_revision", append_only=True),
    RecordType("activity"),
    RecordType("reflection", append_only=True),
    RecordType("discretion_record", append_only=True),
    RecordType("actor"),
    RecordType("consent"),
    RecordType("contact_log", append_only=True),
    RecordType("network_meeting", append_only=True),
    RecordType("network_decision"),
    RecordType("measurement", append_only=True),
)
BY_TABLE = {t.table: t for t in RECORD_TYPES}
ORDER = {t.table: index for index, t in enumerate(RECORD_TYPES)}
