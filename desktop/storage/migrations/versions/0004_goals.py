"""Goals with sub-goals, their revision history, and activities.

Revision ID: 0004_goals
Revises: 0003_note_agreements
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_goals"
down_revision = "0003_note_agreements"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create goal, goal_revision and activity."""
    op.create_table(
        "goal",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("citizen_id", sa.String(length=36), sa.ForeignKey("citizen.id"), nullable=False),
        sa.Column("parent_id", sa.String(length=36), sa.ForeignKey("goal.id"), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("trade_or_function", sa.String(), nullable=False, server_default=""),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("citizen_wording", sa.String(), nullable=False, server_default=""),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("status_since", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.String(), nullable=True),
    )
    op.create_index("ix_goal_citizen_id", "goal", ["citizen_id"])
    op.create_table(
        "goal_revision",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("goal_id", sa.String(length=36), sa.ForeignKey("goal.id"), nullable=False),
        sa.Column("snapshot", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False, server_default=""),
        sa.Column("revised_at", sa.String(), nullable=False),
    )
    op.create_index("ix_goal_revision_goal_id", "goal_revision", ["goal_id"])
    op.create_table(
        "activity",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("goal_id", sa.String(length=36), sa.ForeignKey("goal.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("actor_name", sa.String(), nullable=False, server_default=""),
        sa.Column("starts_on", sa.String(), nullable=True),
        sa.Column("ends_on", sa.String(), nullable=True),
        sa.Column("hours_per_week", sa.Float(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_activity_goal_id", "activity", ["goal_id"])


def downgrade() -> None:
    """Drop the goal tables."""
    for table in ("activity", "goal_revision", "goal"):
        op.drop_table(table)
