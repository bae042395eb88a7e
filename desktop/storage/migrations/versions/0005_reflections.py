"""Reflection log entries and discretion records (append-only).

Revision ID: 0005_reflections
Revises: 0004_goals
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_reflections"
down_revision = "0004_goals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create reflection and discretion_record."""
    op.create_table(
        "reflection",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("citizen_id", sa.String(length=36), sa.ForeignKey("citizen.id"), nullable=False),
        sa.Column("note_id", sa.String(length=36), sa.ForeignKey("meeting_note.id"), nullable=True),
        sa.Column("phase", sa.String(), nullable=False),
        sa.Column("model", sa.String(), nullable=False),
        sa.Column("sections", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_reflection_citizen_id", "reflection", ["citizen_id"])
    op.create_table(
        "discretion_record",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("citizen_id", sa.String(length=36), sa.ForeignKey("citizen.id"), nullable=False),
        sa.Column("facts", sa.String(), nullable=False),
        sa.Column("considerations", sa.String(), nullable=False),
        sa.Column("guidelines_in_conflict", sa.String(), nullable=False),
        sa.Column("decision", sa.String(), nullable=False),
        sa.Column("consulted", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_discretion_record_citizen_id", "discretion_record", ["citizen_id"])


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("discretion_record")
    op.drop_table("reflection")
