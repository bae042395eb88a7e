"""The first tables: the access log and vault settings.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``audit_event`` and ``app_setting``."""
    op.create_table(
        "audit_event",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.String(), nullable=False),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
    )
    op.create_index("ix_audit_event_seq", "audit_event", ["seq"], unique=True)
    op.create_index("ix_audit_event_action", "audit_event", ["action"])
    op.create_index("ix_audit_event_citizen_id", "audit_event", ["citizen_id"])
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )


def downgrade() -> None:
    """Drop the first tables."""
    op.drop_table("app_setting")
    op.drop_index("ix_audit_event_citizen_id", "audit_event")
    op.drop_index("ix_audit_event_action", "audit_event")
    op.drop_index("ix_audit_event_seq", "audit_event")
    op.drop_table("audit_event")
