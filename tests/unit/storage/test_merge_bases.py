"""Merge bases kept once (item 4; migration 0014): a record whose row is what was agreed has
no copy of it in ``sync_record``; the first local change saves the row as it was."""

from __future__ import annotations

import importlib
import json
import os

from sqlalchemy import text

from desktop.domain.citizen import CitizenDraft
from desktop.services.registry import Services
from desktop.storage.records import sync_store as store
from desktop.storage.records.sync_types import BY_TABLE, RECORD_TYPES
from desktop.storage.vault.engine import make_engine
from desktop.storage.vault.migrate import ensure_schema, upgrade
from desktop.storage.vault.schema import SCHEMA_HEAD

CITIZEN = BY_TABLE["citizen"]
TRICKY = 'Linje 1\nLinje 2\t"citat" \\ skråstreg æøå ✓ \x01 😀'


def _citizen_row(conn, citizen_id):
    return store.read_row(conn, CITIZEN, citizen_id)


def _sync_record(conn, citizen_id):
    return conn.execute(
        text(
            "SELECT version, base, base_in_row FROM sync_record WHERE record_type = 'citizen' AND record_id = :id"
        ),
        {"id": citizen_id},
    ).one()


def test_an_agreed_row_keeps_no_copy_and_its_first_local_change_saves_it(unlocked):
    services = Services.for_session(unlocked)
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærlig", own_wishes=TRICKY))
    engine = unlocked.vault.engine
    with store.applying(engine) as conn:
        agreed_row = _citizen_row(conn, citizen_id)
        store.set_agreed(conn, "citizen", citizen_id, 3, store.AS_ROW)
    with engine.connect() as conn:
        assert tuple(_sync_record(conn, citizen_id)) == (3, None, 1)
        assert store.agreed(conn, "citizen", citizen_id) == store.Agreed(3, agreed_row)

    services.citizens.update_citizen(citizen_id, CitizenDraft(name="Åse Ærlig", own_wishes="Nyt ønske"))
    services.citizens.update_citizen(citizen_id, CitizenDraft(name="Åse Ærlig", own_wishes="Nyere ønske"))
    with engine.connect() as conn:
        version, base, in_row = _sync_record(conn, citizen_id)
        assert (version, in_row) == (3, 0)
        # The row as it was, to the letter, as the sealing code would write it.
        assert base == json.dumps(agreed_row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert store.agreed(conn, "citizen", citizen_id) == store.Agreed(3, agreed_row)
        assert _citizen_row(conn, citizen_id)["own_wishes"] == "Nyere ønske"


def test_a_local_deletion_keeps_an_empty_base_that_says_the_server_has_the_record(unlocked):
    services = Services.for_session(unlocked)
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Bo Bentsen"))
    engine = unlocked.vault.engine
    with store.applying(engine) as conn:
        agreed_row = _citizen_row(conn, citizen_id)
        store.set_agreed(conn, "citizen", citizen_id, 1, store.AS_ROW)
    with unlocked.vault.transaction() as conn:
        conn.execute(text("DELETE FROM citizen WHERE id = :id"), {"id": citizen_id})
    with engine.connect() as conn:
        # Nothing merges with a deletion made here; the base says the deletion is to be sent.
        assert store.agreed(conn, "citizen", citizen_id) == store.Agreed(1, {})
        assert agreed_row  # (the row existed and was agreed as it was)


def test_the_base_triggers_name_every_column_of_every_synced_table(unlocked):
    with unlocked.vault.engine.connect() as conn:
        triggers = dict(
            conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        )
        for record_type in RECORD_TYPES:
            assert f"sync_{record_type.table}_base_delete" in triggers
            sql = triggers[f"sync_{record_type.table}_base_update"]
            for column in store.columns(conn, record_type.table):
                assert f"OLD.{column}" in sql, (record_type.table, column)


def test_an_older_vault_migrates_its_bases_to_the_row(tmp_path):
    engine = make_engine(str(tmp_path / "old.db"), os.urandom(32))
    upgrade(engine, "0013_network_meetings")
    with engine.begin() as conn:
        for citizen_id, wishes in (("c1", TRICKY), ("c2", "Kort"), ("c3", "Lokalt ændret")):
            conn.execute(
                text(
                    "INSERT INTO citizen (id, created_at, updated_at, name, programme, status, "
                    "preferred_meeting_form, own_wishes) VALUES (:id, 'x', 'x', 'Åse', 'other', 'active', "
                    "'office', :wishes)"
                ),
                {"id": citizen_id, "wishes": wishes},
            )
        rows = {cid: _citizen_row(conn, cid) for cid in ("c1", "c2", "c3")}
        # c1, c2: agreed as they are (as 0013 stored them: JSON beside the row); c3: edited since.
        before = {**rows["c3"], "own_wishes": "Som aftalt"}
        for cid, base in (("c1", rows["c1"]), ("c2", rows["c2"]), ("c3", before)):
            conn.execute(
                text(
                    "INSERT INTO sync_record (record_type, record_id, version, base) VALUES ('citizen', :id, 2, :b)"
                ),
                {"id": cid, "b": json.dumps(base, sort_keys=True, separators=(",", ":"), ensure_ascii=False)},
            )
        conn.execute(
            text(
                "INSERT INTO sync_record (record_type, record_id, version, base) VALUES ('citizen', 'gone', 4, NULL)"
            )
        )
    assert ensure_schema(engine) == SCHEMA_HEAD
    with engine.connect() as conn:
        assert tuple(_sync_record(conn, "c1")) == (2, None, 1)
        assert tuple(_sync_record(conn, "c2")) == (2, None, 1)
        assert _sync_record(conn, "c3")[2] == 0  # a base that differs from its row stays a copy
        assert store.agreed_many(conn, "citizen", ["c1", "c2", "c3", "gone"]) == {
            "c1": store.Agreed(2, rows["c1"]),
            "c2": store.Agreed(2, rows["c2"]),
            "c3": store.Agreed(2, before),
            "gone": store.Agreed(4, None),
        }
    migration = importlib.import_module("desktop.storage.migrations.versions.0014_compact_merge_bases")
    assert {(t.table, t.key) for t in RECORD_TYPES} == set(migration.SYNCED_TABLES)
    engine.dispose()


def test_a_downgrade_writes_the_bases_out_again(tmp_path):
    from alembic import command

    from desktop.storage.vault.migrate import alembic_config, current_revision

    engine = make_engine(str(tmp_path / "new.db"), os.urandom(32))
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO citizen (id, created_at, updated_at, name, programme, status, "
                "preferred_meeting_form) VALUES ('c', 'x', 'x', 'Åse', 'other', 'active', 'office')"
            )
        )
    with store.applying(engine) as conn:
        store.set_agreed(conn, "citizen", "c", 2, store.AS_ROW)
        row = _citizen_row(conn, "c")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0013_network_meetings")
    assert current_revision(engine) == "0013_network_meetings"
    with engine.connect() as conn:
        assert json.loads(conn.execute(text("SELECT base FROM sync_record")).scalar_one()) == row
        assert "base_in_row" not in [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(sync_record)")]
    engine.dispose()
