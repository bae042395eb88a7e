"""Network meetings with their decisions, and why a contact shared information without consent.

Revision ID: 0013_network_meetings
Revises: 0012_journal_note
Create Date: 2026-12-06

* ``network_meeting`` (an entry, append-only): date, the citizen's actors who took part (JSON list of
  actor ids), whether the citizen took part, the caseworker who did, what was discussed.
* ``network_decision``: "who does what by when" from a meeting; a follow-up until ``done_at``.
* ``contact_log.without_consent_kind`` / ``without_consent_reason``: information that flowed without a
  valid consent, on another legal basis (``law``) or already shared when it was logged
  (``already_shared``), with the caseworker's reason. Existing flagged entries become ``law``, the only
  way they could be logged before.
Both new tables sync: they get the change-tracking triggers of ``0008_sync``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_network_meetings"
down_revision = "0012_journal_note"
branch_labels = None
depends_on = None

NEW_SYNCED_TABLES = ("network_meeting", "network_decision")


def _citizen_id() -> sa.Column:
    return sa.Column("citizen_id", sa.String(length=36), sa.ForeignKey("citizen.id"), nullable=False)


def upgrade() -> None:
    """Create the two tables with their sync triggers; add the reason columns to the contact log."""
    op.create_table(
        "network_meeting",
        sa.Column("id", sa.String(length=36), primary_key=True),
        _citizen_id(),
        sa.Column("held_on", sa.String(), nullable=False),
        sa.Column("actor_ids", sa.String(), nullable=False, server_default="[]"),
        sa.Column("citizen_attended", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("caseworker", sa.String(), nullable=False, server_default=""),
        sa.Column("discussed", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.String(), nullable=True),
    )
    op.create_index("ix_network_meeting_citizen_id", "network_meeting", ["citizen_id"])
    op.create_table(
        "network_decision",
        sa.Column("id", sa.String(length=36), primary_key=True),
        _citizen_id(),
        sa.Column("meeting_id", sa.String(length=36), sa.ForeignKey("network_meeting.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(), nullable=False),
        sa.Column("who", sa.String(), nullable=False),
        sa.Column("due_on", sa.String(), nullable=True),
        sa.Column("done_at", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_index("ix_network_decision_citizen_id", "network_decision", ["citizen_id"])
    op.create_index("ix_network_decision_meeting_id", "network_decision", ["meeting_id"])
    with op.batch_alter_table("contact_log") as batch:
        batch.add_column(sa.Column("without_consent_kind", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("without_consent_reason", sa.String(), nullable=False, server_default=""))
    op.execute("UPDATE contact_log SET without_consent_kind = 'law' WHERE without_consent")
    for table in NEW_SYNCED_TABLES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            op.execute(
                f"CREATE TRIGGER sync_{table}_{event.lower()} AFTER {event} ON {table} "  # noqa: S608 (constants)
                "WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN "
                f"INSERT INTO sync_pending (record_type, record_id, changes) VALUES ('{table}', {row}.id, 1) "
                "ON CONFLICT (record_type, record_id) DO UPDATE SET changes = changes + 1; END"
            )


def downgrade() -> None:
    """Drop the triggers, the two tables and the reason columns."""
    for table in NEW_SYNCED_TABLES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{event}")
    with op.batch_alter_table("contact_log") as batch:
        batch.drop_column("without_consent_reason")
        batch.drop_column("without_consent_kind")
    op.drop_table("network_decision")
    op.drop_table("network_meeting")
