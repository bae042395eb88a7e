"""Actors around a citizen, consents, the contact log, and progress measurements.

Revision ID: 0007_coordination_measurements
Revises: 0006_activity_follow_up
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_coordination_measurements"
down_revision = "0006_activity_follow_up"
branch_labels = None
depends_on = None


def _citizen_id() -> sa.Column:
    return sa.Column("citizen_id", sa.String(length=36), sa.ForeignKey("citizen.id"), nullable=False)


def upgrade() -> None:
    """Create actor, consent, contact_log and measurement."""
    op.create_table(
        "actor",
        sa.Column("id", sa.String(length=36), primary_key=True),
        _citizen_id(),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("person", sa.String(), nullable=False, server_default=""),
        sa.Column("phone", sa.String(), nullable=False, server_default=""),
        sa.Column("email", sa.String(), nullable=False, server_default=""),
        sa.Column("notes", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.String(), nullable=True),
    )
    op.create_index("ix_actor_citizen_id", "actor", ["citizen_id"])
    op.create_table(
        "consent",
        sa.Column("id", sa.String(length=36), primary_key=True),
        _citizen_id(),
        sa.Column("actor_id", sa.String(length=36), sa.ForeignKey("actor.id"), nullable=False),
        sa.Column("information", sa.String(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("legal_basis", sa.String(), nullable=False),
        sa.Column("form", sa.String(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False, server_default=""),
        sa.Column("given_on", sa.String(), nullable=False),
        sa.Column("expires_on", sa.String(), nullable=True),
        sa.Column("withdrawn_on", sa.String(), nullable=True),
        sa.Column("expiry_followed_up_at", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_index("ix_consent_citizen_id", "consent", ["citizen_id"])
    op.create_table(
        "contact_log",
        sa.Column("id", sa.String(length=36), primary_key=True),
        _citizen_id(),
        sa.Column("actor_id", sa.String(length=36), sa.ForeignKey("actor.id"), nullable=False),
        sa.Column("contacted_on", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("shared", sa.String(), nullable=False, server_default=""),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("consent_id", sa.String(length=36), sa.ForeignKey("consent.id"), nullable=True),
        sa.Column("without_consent", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_contact_log_citizen_id", "contact_log", ["citizen_id"])
    op.create_table(
        "measurement",
        sa.Column("id", sa.String(length=36), primary_key=True),
        _citizen_id(),
        sa.Column("scale_id", sa.String(), nullable=False),
        sa.Column("scale_version", sa.Integer(), nullable=False),
        sa.Column("rated_on", sa.String(), nullable=False),
        sa.Column("rater", sa.String(), nullable=False),
        sa.Column("scores", sa.String(), nullable=False),
        sa.Column("comments", sa.String(), nullable=False, server_default="{}"),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_measurement_citizen_id", "measurement", ["citizen_id"])


def downgrade() -> None:
    """Drop the four tables."""
    for table in ("measurement", "contact_log", "consent", "actor"):
        op.drop_table(table)
