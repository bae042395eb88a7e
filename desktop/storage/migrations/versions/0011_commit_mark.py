"""The commit count behind the commit mark, and the access log keyed.

Revision ID: 0011_commit_mark
Revises: 0010_sync_pending_count
Create Date: 2026-12-05

* ``vault_state`` (one row): ``commits``, the number of write transactions that changed something
  (each adds one just before it commits), compared with the commit mark ``vault.mark`` beside the
  database at every open and check; ``marked_since``, the count when the first mark was written (NULL
  until then: the full open writes it). See ``desktop/storage/vault/commit_mark.py``.
* ``audit_anchor.mac``: the anchor of a pruned access log carries a MAC, so one cannot be made up.
* The access log, chained with plain SHA-256 until now, is re-linked with HMAC-SHA256 under a key
  derived from the data key (``audit.key_unkeyed_log``); an event whose old link was already broken
  stays reported as broken. The key comes from the vault connection this migration runs on.
"""

import sqlalchemy as sa
from alembic import op

from desktop.storage.vault import audit

revision = "0011_commit_mark"
down_revision = "0010_sync_pending_count"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create vault_state, add the anchor's MAC, key the access log."""
    op.create_table(
        "vault_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("commits", sa.Integer(), nullable=False),
        sa.Column("marked_since", sa.Integer(), nullable=True),
        sa.CheckConstraint("id = 1", name="ck_vault_state_single_row"),
    )
    op.execute("INSERT INTO vault_state (id, commits) VALUES (1, 0)")
    op.add_column("audit_anchor", sa.Column("mac", sa.String(), nullable=False, server_default=""))
    audit.key_unkeyed_log(op.get_bind())


def downgrade() -> None:
    """Back to the SHA-256 chain (broken links stay broken); drop the anchor's MAC and vault_state."""
    audit.unkey_log(op.get_bind())
    op.drop_column("audit_anchor", "mac")
    op.drop_table("vault_state")
