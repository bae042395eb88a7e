"""The schema version this program understands, checked every time a vault is opened.

Kept as constants so a normal open needs no Alembic import; ``tests/unit/storage/test_migrations.py``
checks them against the migration scripts.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_citizens",
    "0003_note_agreements",
    "0004_goals",
    "0005_reflections",
    "0006_activity_follow_up",
    "0007_coordination_measurements",
    "0008_sync",
    "0009_privacy",
    "0010_sync_pending_count",
    "0011_commit_mark",
    "0012_journal_note",
    "0013_network_meetings",
    "0014_compact_merge_bases",
    "0015_transfers",
)
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
