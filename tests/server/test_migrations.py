"""The server's migrations make exactly the tables ``syncserver/db.py`` declares (columns, types,
nullability, indexes, keys), on SQLite and PostgreSQL, so code and database never disagree."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from syncserver.db import metadata
from syncserver.migrate import MIGRATIONS_DIR, upgrade


def test_the_migrated_database_matches_the_tables_in_db_py(server_engine):
    upgrade(server_engine)
    with server_engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_the_migrations_go_down_and_up_again(server_engine):
    upgrade(server_engine)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with server_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "s0002_identity_keys")
    upgrade(server_engine)
    with server_engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
