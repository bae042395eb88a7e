from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlmodel import SQLModel

import desktop.storage.records.tables  # noqa: F401
from desktop.storage.vault.migrate import alembic_config
from desktop.storage.vault.schema import KNOWN_REVISIONS, SCHEMA_HEAD


def test_the_known_revisions_match_the_migration_scripts():
    scripts = ScriptDirectory.from_config(alembic_config())
    in_order = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(in_order) == KNOWN_REVISIONS
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_the_migrated_database_matches_the_models(unlocked):
    """Same columns, each of the same type (as SQLite reports it), NULL-able alike, in the same key."""
    inspector = inspect(unlocked.vault.engine)
    for table in SQLModel.metadata.sorted_tables:
        migrated = {column["name"]: column for column in inspector.get_columns(table.name)}
        assert set(migrated) == {column.name for column in table.columns}, table.name
        for column in table.columns:
            found, where = migrated[column.name], f"{table.name}.{column.name}"
            assert _python_type(found["type"]) is _python_type(column.type), where
            assert found["nullable"] == column.nullable, where
            assert bool(found["primary_key"]) == column.primary_key, where


def _python_type(column_type):
    """The Python type of a column type (SQLModel's ``AutoString`` wraps a plain string type)."""
    return getattr(column_type, "impl_instance", column_type).python_type


def test_a_vault_from_an_older_version_is_upgraded_at_open(tmp_path):
    import os

    from sqlalchemy import text

    from desktop.storage.records import notes
    from desktop.storage.vault.engine import make_engine
    from desktop.storage.vault.migrate import current_revision, ensure_schema, upgrade

    key = os.urandom(32)
    engine = make_engine(str(tmp_path / "old.db"), key)
    upgrade(engine, "0002_citizens")
    assert current_revision(engine) == "0002_citizens"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO citizen (id, created_at, updated_at, name, programme, status, "
                "preferred_meeting_form) VALUES ('c', 'x', 'x', 'Åse', 'other', 'active', 'office')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO meeting_note (id, citizen_id, created_at, updated_at, held_on, place, "
                "agreements) VALUES ('n', 'c', 'x', 'x', '2026-01-02', 'office', 'Ring til mentor')"
            )
        )
    assert ensure_schema(engine) == SCHEMA_HEAD
    with engine.connect() as conn:
        note = notes.get_note(conn, "n")
    assert [a.text for a in note.draft.agreements] == ["Ring til mentor"]
    assert note.draft.tool_answers == {}
    engine.dispose()


def test_the_migration_tracks_exactly_the_synced_tables():
    import importlib

    from desktop.storage.records.sync_types import RECORD_TYPES

    migration = importlib.import_module("desktop.storage.migrations.versions.0008_sync")
    later = importlib.import_module("desktop.storage.migrations.versions.0013_network_meetings")
    tracked = set(migration.SYNCED_TABLES) | {(table, "id") for table in later.NEW_SYNCED_TABLES}
    assert {(t.table, t.key) for t in RECORD_TYPES} == tracked


def test_a_contact_shared_without_consent_before_issue_19_keeps_its_flag_as_on_another_basis(tmp_path):
    import os

    from sqlalchemy import text

    from desktop.storage.records import coordination
    from desktop.storage.vault.engine import make_engine
    from desktop.storage.vault.migrate import ensure_schema, upgrade

    engine = make_engine(str(tmp_path / "old.db"), os.urandom(32))
    upgrade(engine, "0011_commit_mark")
    with engine.begin() as conn:
        for statement in (
            "INSERT INTO citizen (id, created_at, updated_at, name, programme, status, preferred_meeting_form) "
            "VALUES ('c', 'x', 'x', 'Åse', 'other', 'active', 'office')",
            "INSERT INTO actor (id, citizen_id, organisation, role, created_at, updated_at) "
            "VALUES ('a', 'c', '3F', 'union', 'x', 'x')",
            "INSERT INTO contact_log (id, citizen_id, actor_id, contacted_on, channel, summary, shared, direction, "
            "without_consent, created_at) VALUES ('k', 'c', 'a', '2026-01-02', 'phone', 'Ledighed', 'Perioder', "
            "'to', 1, 'x')",
        ):
            conn.execute(text(statement))
    assert ensure_schema(engine) == SCHEMA_HEAD
    with engine.begin() as conn:
        [contact] = coordination.contacts_of(conn, "c")
        conn.execute(
            text(
                "INSERT INTO network_meeting (id, citizen_id, held_on, created_at) VALUES "
                "('m', 'c', '2026-01-03', 'x')"
            )
        )
        pending = conn.execute(
            text("SELECT count(*) FROM sync_pending WHERE record_type = 'network_meeting'")
        ).scalar()
    assert contact.without_consent and contact.without_consent_kind == "law"
    assert pending == 1
    engine.dispose()
