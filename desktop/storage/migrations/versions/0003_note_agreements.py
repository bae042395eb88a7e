"""Structured meeting notes: tool answers, the tool's evaluation, and agreements (follow-ups).

Revision ID: 0003_note_agreements
Revises: 0002_citizens
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_note_agreements"
down_revision = "0002_citizens"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add tool answers to notes and an agreement table."""
    # Plain ADD COLUMN (no table rebuild), so the partial index on meeting_note stays as it is.
    op.add_column("meeting_note", sa.Column("tool_answers", sa.String(), nullable=False, server_default="{}"))
    op.add_column(
        "meeting_note", sa.Column("tool_evaluation", sa.String(), nullable=False, server_default="")
    )
    op.create_table(
        "agreement",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("citizen_id", sa.String(length=36), sa.ForeignKey("citizen.id"), nullable=False),
        sa.Column("note_id", sa.String(length=36), sa.ForeignKey("meeting_note.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("who", sa.String(), nullable=False, server_default=""),
        sa.Column("due_on", sa.String(), nullable=True),
        sa.Column("done_at", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_agreement_note_id", "agreement", ["note_id"])
    # The follow-up list asks "open agreements due before a date": answered from this index alone.
    op.create_index("ix_agreement_open_due", "agreement", ["due_on"], sqlite_where=sa.text("done_at IS NULL"))


def downgrade() -> None:
    """Remove the agreement table and the tool columns."""
    op.drop_table("agreement")
    with op.batch_alter_table("meeting_note") as batch:
        batch.drop_column("tool_evaluation")
        batch.drop_column("tool_answers")
