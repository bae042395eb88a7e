"""Merge bases stored once: a record whose row here is what this device and the server agreed on keeps
no copy of it.

Revision ID: 0014_compact_merge_bases
Revises: 0013_network_meetings
Create Date: 2026-12-06

Before, ``sync_record.base`` held the agreed content of every record as JSON beside the row itself:
at 100,000 notes the vault grew by 40% during a first sync. The base is only needed for a record
edited here since it was agreed (the three-way merge of a pull that meets a local edit). Now:

* ``sync_record.base_in_row`` = 1: the agreed content is the row as it is; ``base`` is NULL.
* The first local update of such a row (made outside a pull) copies the row as it was into ``base``
  (JSON of every column, keys sorted, as a pushed or pulled record is sealed) and clears the flag, in
  the same statement, by a ``sync_<table>_base_update`` trigger; a local deletion leaves ``'{}'``
  (``sync_<table>_base_delete``), as an erasure does.
* Existing bases that equal their row to the letter (compared as canonical JSON in SQL) are emptied
  and flagged here; any other stays as it is (correct either way, only not compacted).

A later migration that adds a column to a synced table must recreate that table's base triggers
(``create_base_triggers``): ``tests/unit/storage/test_merge_bases.py`` checks each names every column.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_compact_merge_bases"
down_revision = "0013_network_meetings"
branch_labels = None
depends_on = None

# Frozen here (0008's tables and 0013's two): (table, primary key).
SYNCED_TABLES = (
    ("app_setting", "key"),
    ("citizen", "id"),
    ("belief_rating", "id"),
    ("handover", "id"),
    ("meeting_note", "id"),
    ("agreement", "id"),
    ("goal", "id"),
    ("goal_revision", "id"),
    ("activity", "id"),
    ("reflection", "id"),
    ("discretion_record", "id"),
    ("actor", "id"),
    ("consent", "id"),
    ("contact_log", "id"),
    ("network_meeting", "id"),
    ("network_decision", "id"),
    ("measurement", "id"),
)


def row_json(conn: sa.Connection, table: str, row: str) -> str:
    """SQL for the canonical JSON of ``row`` (``OLD``, or a table alias) of ``table``: every column,
    keys sorted, as ``json.dumps(…, sort_keys=True)`` gives for the same values."""
    names = sorted(r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})"))
    return "json_object(" + ", ".join(f"'{name}', {row}.{name}" for name in names) + ")"


def create_base_triggers(conn: sa.Connection, table: str, key: str) -> None:
    """(Re)create the triggers that save a row's agreed content before its first local change.

    A local deletion keeps ``'{}'`` as the base, as an erasure does (``citizen_data``): nothing merges
    with a deletion made here, the base only tells the push that the server has the record to delete,
    and no content is copied out of a row that is being deleted."""
    saved = {"update": row_json(conn, table, "OLD"), "delete": "'{}'"}
    for event in ("update", "delete"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_{table}_base_{event}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER sync_{table}_base_{event} BEFORE {event.upper()} ON {table} "  # noqa: S608 (constants)
            "WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN "
            f"UPDATE sync_record SET base = {saved[event]}, base_in_row = 0 "
            f"WHERE record_type = '{table}' AND record_id = OLD.{key} AND base_in_row = 1; END"
        )


def upgrade() -> None:
    """Add the flag and the triggers; compact every base that equals its row."""
    op.add_column(
        "sync_record", sa.Column("base_in_row", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    conn = op.get_bind()
    for table, key in SYNCED_TABLES:
        create_base_triggers(conn, table, key)
        conn.exec_driver_sql(
            "UPDATE sync_record SET base = NULL, base_in_row = 1 "  # noqa: S608 (constants)
            f"WHERE record_type = '{table}' AND base IS NOT NULL AND base = "
            f"(SELECT {row_json(conn, table, 'r')} FROM {table} AS r WHERE r.{key} = sync_record.record_id)"
        )


def downgrade() -> None:
    """Write every flagged base out as JSON again, then drop the triggers and the flag."""
    conn = op.get_bind()
    for table, key in SYNCED_TABLES:
        conn.exec_driver_sql(
            f"UPDATE sync_record SET base = (SELECT {row_json(conn, table, 'r')} FROM {table} AS r "  # noqa: S608
            f"WHERE r.{key} = sync_record.record_id) WHERE record_type = '{table}' AND base_in_row = 1"
        )
        for event in ("update", "delete"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_{table}_base_{event}")
    with op.batch_alter_table("sync_record") as batch:
        batch.drop_column("base_in_row")
