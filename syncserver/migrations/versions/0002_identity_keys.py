"""The key directory: each account's public identity keys.

Revision ID: s0002_identity_keys
Revises: s0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002_identity_keys"
down_revision = "s0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identity_key",
        sa.Column("account_id", sa.String(36), sa.ForeignKey("account.id"), primary_key=True),
        sa.Column("receive", sa.LargeBinary, nullable=False),
        sa.Column("sign", sa.LargeBinary, nullable=False),
        sa.Column("published_at", sa.String(32), nullable=False),
    )
