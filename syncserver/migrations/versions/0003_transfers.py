"""The transfer inbox (a citizen's file handed to a colleague), and accounts an administrator disabled.

Revision ID: s0003_transfers
Revises: s0002_identity_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003_transfers"
down_revision = "s0002_identity_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "transfer",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("sender_account_id", sa.String(36), sa.ForeignKey("account.id"), nullable=False),
        sa.Column("recipient_account_id", sa.String(36), sa.ForeignKey("account.id"), nullable=False),
        sa.Column("blob", sa.LargeBinary, nullable=True),
        sa.Column("blob_sha256", sa.LargeBinary, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("receipt", sa.LargeBinary, nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("answered_at", sa.String(32), nullable=True),
    )
    op.create_index("ix_transfer_inbox", "transfer", ["recipient_account_id", "state"])
    op.create_index("ix_transfer_sender", "transfer", ["sender_account_id"])
    op.add_column("account", sa.Column("disabled_at", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_column("disabled_at")
    op.drop_index("ix_transfer_sender", "transfer")
    op.drop_index("ix_transfer_inbox", "transfer")
    op.drop_table("transfer")
