from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlmodel import SQLModel

import desktop.storage.tables  # noqa: F401
from desktop.storage.migrate import alembic_config
from desktop.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD


def test_the_known_revisions_match_the_migration_scripts():
    scripts = ScriptDirectory.from_config(alembic_config())
    in_order = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(in_order) == KNOWN_REVISIONS
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_the_migrated_database_matches_the_models(unlocked):
    inspector = inspect(unlocked.vault.engine)
    for table in SQLModel.metadata.sorted_tables:
        migrated = {column["name"] for column in inspector.get_columns(table.name)}
        assert migrated == {column.name for column in table.columns}, table.name
