"""Citizens, belief ratings, handovers, meeting notes, drafts and the full-text index.

Revision ID: 0002_citizens
Revises: 0001_initial
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_citizens"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def _text(name: str, nullable: bool = False, default: str | None = "") -> sa.Column:
    return sa.Column(name, sa.String(), nullable=nullable, server_default=default if not nullable else None)


def upgrade() -> None:
    """Create the caseload tables and the FTS5 index."""
    op.create_table(
        "citizen",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.String(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("cpr", sa.String(), nullable=True),
        sa.Column("programme", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("closed_at", sa.String(), nullable=True),
        sa.Column("preferred_meeting_form", sa.String(), nullable=False),
        sa.Column("next_follow_up", sa.String(), nullable=True),
        *[
            _text(name)
            for name in (
                "responsible_caseworker",
                "phone",
                "email",
                "address",
                "own_situation",
                "own_problems",
                "own_wishes",
                "own_strategies",
                "limitations",
                "resources",
                "accommodations",
                "labour_market_perspective",
                "diagnoses",
            )
        ],
    )
    op.create_index("ix_citizen_cpr", "citizen", ["cpr"])
    op.create_index("ix_citizen_status", "citizen", ["status"])
    op.create_table(
        "belief_rating",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("citizen_id", sa.String(length=36), sa.ForeignKey("citizen.id"), nullable=False),
        sa.Column("rater", sa.String(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("rated_on", sa.String(), nullable=False),
        _text("comment"),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_belief_rating_citizen_id", "belief_rating", ["citizen_id"])
    op.create_table(
        "handover",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("citizen_id", sa.String(length=36), sa.ForeignKey("citizen.id"), nullable=False),
        sa.Column("from_caseworker", sa.String(), nullable=False),
        sa.Column("to_caseworker", sa.String(), nullable=False),
        sa.Column("handed_over_on", sa.String(), nullable=False),
        _text("reason"),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_handover_citizen_id", "handover", ["citizen_id"])
    op.create_table(
        "meeting_note",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("citizen_id", sa.String(length=36), sa.ForeignKey("citizen.id"), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.String(), nullable=True),
        sa.Column("held_on", sa.String(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        *[
            _text(name)
            for name in ("participants", "agenda", "citizen_view", "agreements", "next_steps", "tool")
        ],
        sa.Column("filing_status", sa.String(), nullable=False, server_default="draft"),
        sa.Column("filed_at", sa.String(), nullable=True),
        sa.Column("corrects_id", sa.String(length=36), nullable=True),
    )
    # The caseload's "last contact" is max(held_on) per citizen: this index answers it without a scan.
    op.create_index(
        "ix_meeting_note_citizen_id",
        "meeting_note",
        ["citizen_id", "held_on"],
        sqlite_where=sa.text("deleted_at IS NULL"),
    )
    op.create_table(
        "draft",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("payload", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    # Which FTS row holds which text: FTS5 cannot look up its UNINDEXED columns without a scan, so
    # re-indexing one note finds its row here by (kind, ref_id) and deletes it by rowid.
    op.create_table(
        "search_doc",
        sa.Column("rowid", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("ref_id", sa.String(length=36), nullable=False),
        sa.UniqueConstraint("kind", "ref_id", name="uq_search_doc_kind_ref"),
    )
    # One full-text index for every kind of text; unicode61 without diacritic folding keeps æ, ø and å
    # distinct letters (so "år" does not match "ar").
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "citizen_id UNINDEXED, kind UNINDEXED, ref_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    )


def downgrade() -> None:
    """Drop the caseload tables."""
    op.execute("DROP TABLE search_fts")
    op.drop_table("search_doc")
    for table in ("draft", "meeting_note", "handover", "belief_rating", "citizen"):
        op.drop_table(table)
