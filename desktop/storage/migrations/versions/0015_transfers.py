"""Handing a citizen's file to a colleague: pinned colleague keys and the transfers in and out.

Revision ID: 0015_transfers
Revises: 0014_compact_merge_bases
Create Date: 2026-12-07

* ``colleague_key``: a colleague's public keys as first seen in the server's directory (pinned).
* ``transfer_out``: a file sealed to a colleague, queued until sent, kept until the signed answer;
  ``kind`` says what it is: a citizen's whole file, or a pseudonymised excerpt sent for joint
  professional reflection (``peer_request``) or a colleague's reply to one (``peer_reply``).
* ``transfer_in``: a file sealed to this caseworker, kept until accepted or declined; ``via`` says
  whether it came through the server or as a ``.cntransfer`` file (whose answer goes back as a file).
None of them syncs: they belong to this computer, like the access log. The transfers hold no content a
person here can read (an outgoing blob opens only with the colleague's key), and an incoming blob only
until it is answered.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_transfers"
down_revision = "0014_compact_merge_bases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the three tables."""
    op.create_table(
        "colleague_key",
        sa.Column("account", sa.String(), primary_key=True),
        sa.Column("receive", sa.LargeBinary(), nullable=False),
        sa.Column("sign", sa.LargeBinary(), nullable=False),
        sa.Column("pinned_at", sa.String(), nullable=False),
    )
    op.create_table(
        "transfer_out",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False, server_default="citizen"),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=True),
        sa.Column("to_account", sa.String(), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=True),
        sa.Column("digest", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("sent_at", sa.String(), nullable=True),
        sa.Column("answered_at", sa.String(), nullable=True),
    )
    op.create_index("ix_transfer_out_citizen_id", "transfer_out", ["citizen_id"])
    op.create_table(
        "transfer_in",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("from_account", sa.String(), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=True),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=True),
        sa.Column("receipt", sa.LargeBinary(), nullable=True),
        sa.Column("answer_sent", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("via", sa.String(), nullable=False, server_default="server"),
        sa.Column("received_at", sa.String(), nullable=False),
        sa.Column("answered_at", sa.String(), nullable=True),
    )


def downgrade() -> None:
    """Drop the three tables."""
    op.drop_table("transfer_in")
    op.drop_index("ix_transfer_out_citizen_id", table_name="transfer_out")
    op.drop_table("transfer_out")
    op.drop_table("colleague_key")
