"""Privacy: the anchor that keeps a pruned access log verifiable, and erasing search entries for real.

Revision ID: 0009_privacy
Revises: 0008_sync
Create Date: 2026-11-22

* ``audit_anchor`` holds one row once old access-log events were pruned: the ``seq`` and hash of the
  last pruned event, so the first kept event still has something to link to.
* FTS5 ``secure-delete``: a deleted or replaced text is removed from the full-text index's pages at
  once, instead of being hidden by a delete marker until segments happen to merge (erasure is real).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_privacy"
down_revision = "0008_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create audit_anchor; switch the search index to secure deletes."""
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("through_seq", sa.Integer(), nullable=False),
        sa.Column("through_hash", sa.String(), nullable=False),
        sa.Column("pruned", sa.Integer(), nullable=False),
        sa.Column("pruned_at", sa.String(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_audit_anchor_single_row"),
    )
    op.execute("INSERT INTO search_fts(search_fts, rank) VALUES('secure-delete', 1)")


def downgrade() -> None:
    """Drop audit_anchor; back to delete markers in the search index."""
    op.execute("INSERT INTO search_fts(search_fts, rank) VALUES('secure-delete', 0)")
    op.drop_table("audit_anchor")
