"""Activities whose end date has come are followed up like dated agreements.

Revision ID: 0006_activity_follow_up
Revises: 0005_reflections
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_activity_follow_up"
down_revision = "0005_reflections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add activity.followed_up_at."""
    with op.batch_alter_table("activity") as batch:
        batch.add_column(sa.Column("followed_up_at", sa.String(), nullable=True))


def downgrade() -> None:
    """Drop activity.followed_up_at."""
    with op.batch_alter_table("activity") as batch:
        batch.drop_column("followed_up_at")
