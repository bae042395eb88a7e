"""Accounts, devices and the record feed.

Revision ID: s0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("vault_id", sa.String(36), nullable=False),
        sa.Column("auth_hash", sa.LargeBinary, nullable=False),
        sa.Column("auth_salt", sa.LargeBinary, nullable=False),
        sa.Column("client_salt", sa.LargeBinary, nullable=False),
        sa.Column("kdf", sa.Text, nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("recovery_wrapped_key", sa.LargeBinary, nullable=True),
        sa.Column("recovery_auth_hash", sa.LargeBinary, nullable=True),
        sa.Column("recovery_auth_salt", sa.LargeBinary, nullable=True),
        sa.Column("next_seq", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("account_id", sa.String(36), sa.ForeignKey("account.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.LargeBinary, nullable=False, unique=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("last_seen_at", sa.String(32), nullable=True),
        sa.Column("revoked_at", sa.String(32), nullable=True),
    )
    op.create_table(
        "record",
        sa.Column("account_id", sa.String(36), sa.ForeignKey("account.id"), primary_key=True),
        sa.Column("record_type", sa.String(64), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("blob", sa.LargeBinary, nullable=True),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_record_feed", "record", ["account_id", "seq"])
    op.create_table(
        "push_request",
        sa.Column("device_id", sa.String(36), sa.ForeignKey("device.id"), primary_key=True),
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("push_request")
    op.drop_index("ix_record_feed", "record")
    op.drop_table("record")
    op.drop_table("device")
    op.drop_table("account")
