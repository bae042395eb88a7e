"""Change tracking for sync: what is waiting, what was last agreed, conflicts, quarantine, state.

Every synced table gets three triggers that mark the touched row as waiting in ``sync_pending``
(with a counter, so a row changed again while a push is under way stays waiting). Applying changes
pulled from the server inserts a row into ``sync_applying`` inside its own transaction, which mutes
the triggers for that transaction only. Rows that existed before this revision are marked waiting.

Revision ID: 0008_sync
Revises: 0007_coordination_measurements
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_sync"
down_revision = "0007_coordination_measurements"
branch_labels = None
depends_on = None

# Frozen here (a migration must not change when the program's list does): (table, primary key).
SYNCED_TABLES = (
    ("app_setting", "key"),
    ("citizen", "id"),
    ("belief_rating", "id"),
    ("handover", "id"),
    ("meeting_note", "id"),
    ("agreement", "id"),
    ("goal", "id"),
    ("goal_revision", "id"),
    ("activity", "id"),
    ("reflection", "id"),
    ("discretion_record", "id"),
    ("actor", "id"),
    ("consent", "id"),
    ("contact_log", "id"),
    ("measurement", "id"),
)


def _record_key() -> list[sa.Column]:
    return [
        sa.Column("record_type", sa.String(), primary_key=True),
        sa.Column("record_id", sa.String(), primary_key=True),
    ]


def upgrade() -> None:
    """Create the sync tables and the triggers; mark every existing row as waiting."""
    op.create_table(
        "sync_state", sa.Column("key", sa.String(), primary_key=True), sa.Column("value", sa.String())
    )
    op.create_table(
        "sync_record",
        *_record_key(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("base", sa.String(), nullable=True),
    )
    op.create_table("sync_pending", *_record_key(), sa.Column("changes", sa.Integer(), nullable=False))
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("base", sa.String(), nullable=True),
        sa.Column("local", sa.String(), nullable=True),
        sa.Column("remote", sa.String(), nullable=True),
        sa.Column("detected_at", sa.String(), nullable=False),
        sa.Column("resolved_at", sa.String(), nullable=True),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["resolved_at"])
    op.create_table(
        "sync_quarantine",
        *_record_key(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
    )
    op.create_table("sync_applying", sa.Column("flag", sa.Integer(), primary_key=True))
    for table, key in SYNCED_TABLES:
        _create_triggers(table, key)
        op.execute(
            f"INSERT INTO sync_pending (record_type, record_id, changes) "  # noqa: S608 (constants only)
            f"SELECT '{table}', {key}, 1 FROM {table}"
        )


def _create_triggers(table: str, key: str) -> None:
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        op.execute(
            f"CREATE TRIGGER sync_{table}_{event.lower()} AFTER {event} ON {table} "  # noqa: S608 (constants)
            "WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN "
            f"INSERT INTO sync_pending (record_type, record_id, changes) VALUES ('{table}', {row}.{key}, 1) "
            "ON CONFLICT (record_type, record_id) DO UPDATE SET changes = changes + 1; END"
        )


def downgrade() -> None:
    """Drop the triggers and the sync tables."""
    for table, _key in SYNCED_TABLES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{event}")
    for table in (
        "sync_applying",
        "sync_quarantine",
        "sync_conflict",
        "sync_pending",
        "sync_record",
        "sync_state",
    ):
        op.drop_table(table)
