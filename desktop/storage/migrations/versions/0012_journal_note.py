"""The journal note itself, belief asked at a meeting, and discretion tied to a meeting.

Revision ID: 0012_journal_note
Revises: 0011_commit_mark
Create Date: 2026-12-06

* ``meeting_note``: ``account`` (referat: what happened), ``assessment`` (vurdering: the caseworker's
  assessment), ``read_back`` ("det aftalte vi": a short text to read back to the citizen), and the two
  belief ratings asked in the meeting (``belief_citizen``, ``belief_caseworker``, 1-10 or NULL).
* ``belief_rating.note_id``: the meeting a rating was asked at (no foreign key: ratings travel to other
  devices before notes do, see ``storage/records/sync_types.py``).
* ``discretion_record.note_id``: the meeting note the record concerns, like a reflection's.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_journal_note"
down_revision = "0011_commit_mark"
branch_labels = None
depends_on = None

_NOTE_TEXTS = ("account", "assessment", "read_back")
_NOTE_BELIEFS = ("belief_citizen", "belief_caseworker")


def upgrade() -> None:
    """Add the columns (plain ADD COLUMN: no table rebuild, so indexes and sync triggers stay)."""
    for name in _NOTE_TEXTS:
        op.add_column("meeting_note", sa.Column(name, sa.String(), nullable=False, server_default=""))
    for name in _NOTE_BELIEFS:
        op.add_column("meeting_note", sa.Column(name, sa.Integer(), nullable=True))
    op.add_column("belief_rating", sa.Column("note_id", sa.String(length=36), nullable=True))
    # SQLite adds a column with a reference only in the column's own definition.
    op.execute("ALTER TABLE discretion_record ADD COLUMN note_id VARCHAR(36) REFERENCES meeting_note (id)")


def downgrade() -> None:
    """Remove the columns again."""
    with op.batch_alter_table("discretion_record") as batch:
        batch.drop_column("note_id")
    with op.batch_alter_table("belief_rating") as batch:
        batch.drop_column("note_id")
    with op.batch_alter_table("meeting_note") as batch:
        for name in (*_NOTE_BELIEFS, *_NOTE_TEXTS):
            batch.drop_column(name)
