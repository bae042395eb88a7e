"""Edits of the access log are caught.

Before schema 0011 the log was linked with plain SHA-256 and nothing outside the table said where it
ended, so someone with the password and a SQLCipher shell could delete the newest events, delete one
and re-link the rest, or delete the oldest and write an anchor that pretends they were pruned, and
``check`` said OK. Now each link is an HMAC under a key derived from the data key, the anchor carries
one too, and the commit mark beside the database holds the newest event's seq and MAC.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.domain.recovery_key import RecoveryKey
from desktop.errors import VaultDamaged
from desktop.storage.vault import audit
from desktop.storage.vault.engine import make_engine
from desktop.storage.vault.envelope import KeyEnvelope
from desktop.storage.vault.migrate import upgrade
from desktop.storage.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.tamper import GENESIS, attacker_connection, edit, legacy_hash, rehash_with_sha256

# The events written by the test start here: in the future, so a cut-off between two of them prunes
# every event before (the vault's own events are stamped with the real time).
START = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)


def damage_found(folder) -> str | None:
    """What opening and checking the vault in ``folder`` reports; None when it passes."""
    vault = Vault(folder)
    try:
        vault.unlock_with_password(PASSWORD)
    except VaultDamaged as exc:
        return exc.detail or exc.message
    try:
        report = vault.verify_integrity()
    finally:
        vault.lock()
    return "; ".join(report.problems) or None


@pytest.fixture
def logged(vault_dir, key_cache, fast_kdf):
    """A locked vault whose log holds the vault's own events and then ten events of the test."""
    vault = Vault(vault_dir, key_cache, actor="test")
    vault.create(PASSWORD, fast_kdf)
    vault.unlock_with_password(PASSWORD)
    for i in range(10):
        with vault.transaction() as conn:
            audit.append_event(
                conn, "test", "citizen.viewed", citizen_id=f"c{i}", at=START + timedelta(hours=i)
            )
    vault.lock()
    assert damage_found(vault_dir) is None
    return vault_dir


def pruned(folder, keep_from: int) -> None:
    """Prune the log as the program does, keeping the test's events from number ``keep_from`` on."""
    vault = Vault(folder)
    vault.unlock_with_password(PASSWORD)
    with vault.transaction() as conn:
        assert audit.prune_before(conn, START + timedelta(hours=keep_from), "test") > 0
    vault.lock()


def test_deleting_the_newest_event_is_caught(logged):
    edit(logged, "DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")
    assert damage_found(logged) is not None


def test_deleting_the_newest_three_events_is_caught(logged):
    edit(logged, "DELETE FROM audit_event WHERE seq > (SELECT max(seq) - 3 FROM audit_event)")
    assert damage_found(logged) is not None


def test_deleting_one_event_and_relinking_with_sha256_is_caught(logged):
    connection = attacker_connection(logged)
    connection.execute("BEGIN")
    connection.execute("DELETE FROM audit_event WHERE citizen_id = 'c4'")
    rehash_with_sha256(connection)
    connection.execute("COMMIT")
    connection.close()
    assert damage_found(logged) is not None


def test_deleting_the_first_events_and_relinking_from_the_start_is_caught(logged):
    connection = attacker_connection(logged)
    connection.execute("BEGIN")
    connection.execute("DELETE FROM audit_event WHERE seq <= 3")
    rehash_with_sha256(connection)
    connection.execute("COMMIT")
    connection.close()
    assert damage_found(logged) is not None


def test_deleting_the_first_events_behind_a_made_up_anchor_is_caught(logged):
    edit(
        logged,
        "DELETE FROM audit_event WHERE seq <= 4",
        "INSERT INTO audit_anchor (id, through_seq, through_hash, pruned, pruned_at) "
        "SELECT 1, 4, prev_hash, 4, '2026-01-01T00:00:00.000+00:00' FROM audit_event WHERE seq = 5",
    )
    assert damage_found(logged) is not None


def test_a_pruned_log_still_verifies_and_keeps_verifying(logged):
    pruned(logged, keep_from=4)
    assert damage_found(logged) is None
    vault = Vault(logged)
    vault.unlock_with_password(PASSWORD)
    with vault.transaction() as conn:
        audit.append_event(conn, "test", "citizen.viewed", citizen_id="later")
    vault.lock()
    assert damage_found(logged) is None


def test_changing_how_many_events_the_anchor_says_were_pruned_is_caught(logged):
    pruned(logged, keep_from=4)
    edit(logged, "UPDATE audit_anchor SET pruned = pruned - 2")
    assert damage_found(logged) is not None


def test_pruning_more_by_moving_the_anchor_is_caught(logged):
    pruned(logged, keep_from=4)
    edit(
        logged,
        "DELETE FROM audit_event WHERE seq IN (SELECT seq FROM audit_event ORDER BY seq LIMIT 2)",
        "UPDATE audit_anchor SET through_seq = through_seq + 2, "
        "through_hash = (SELECT prev_hash FROM audit_event ORDER BY seq LIMIT 1)",
    )
    assert damage_found(logged) is not None


def test_deleting_the_anchor_and_the_first_events_is_caught(logged):
    pruned(logged, keep_from=4)
    edit(
        logged,
        "DELETE FROM audit_anchor",
        "DELETE FROM audit_event WHERE seq IN (SELECT seq FROM audit_event ORDER BY seq LIMIT 2)",
    )
    assert damage_found(logged) is not None


# -- a vault from before schema 0011 ------------------------------------------------------------------


def legacy_vault(folder, fast_kdf, events: int = 6) -> None:
    """A vault as the program before schema 0011 left it: schema 0010 and a SHA-256 chained log."""
    folder.mkdir(mode=0o700)
    key = os.urandom(32)
    KeyEnvelope.create(key, PASSWORD, RecoveryKey.generate().secret, fast_kdf).write(folder / "vault.json")
    engine = make_engine(str(folder / "vault.db"), key)
    upgrade(engine, "0010_sync_pending_count")
    prev = GENESIS
    with engine.begin() as conn:
        for seq in range(1, events + 1):
            fields = (
                f"id-{seq}",
                seq,
                f"2026-01-0{seq}T10:00:00.000+00:00",
                "old",
                "citizen.viewed",
                "c",
                "{}",
            )
            digest = legacy_hash(prev, *fields)
            conn.execute(
                text(
                    "INSERT INTO audit_event (id, seq, at, actor, action, citizen_id, detail, prev_hash, hash) "
                    "VALUES (:id, :seq, :at, :actor, :action, :citizen, :detail, :prev, :hash)"
                ),
                dict(zip(("id", "seq", "at", "actor", "action", "citizen", "detail"), fields, strict=True))
                | {"prev": prev, "hash": digest},
            )
            prev = digest
    engine.dispose()


def test_a_vault_from_before_the_keyed_log_upgrades_and_verifies(vault_dir, fast_kdf):
    legacy_vault(vault_dir, fast_kdf)
    assert damage_found(vault_dir) is None
    vault = Vault(vault_dir)
    vault.unlock_with_password(PASSWORD)
    with vault.engine.connect() as conn:
        rows = conn.execute(text("SELECT seq, prev_hash, hash FROM audit_event ORDER BY seq")).all()
    vault.lock()
    assert [seq for seq, _prev, _hash in rows][:6] == [1, 2, 3, 4, 5, 6]
    assert rows[0][2] != legacy_hash(
        GENESIS, "id-1", 1, "2026-01-01T10:00:00.000+00:00", "old", "citizen.viewed", "c", "{}"
    )
    assert (vault_dir / "vault.mark").exists()


def test_after_the_upgrade_the_old_attack_is_caught(vault_dir, fast_kdf):
    legacy_vault(vault_dir, fast_kdf)
    assert damage_found(vault_dir) is None
    connection = attacker_connection(vault_dir)
    connection.execute("BEGIN")
    connection.execute("DELETE FROM audit_event WHERE seq = 3")
    rehash_with_sha256(connection)
    connection.execute("COMMIT")
    connection.close()
    assert damage_found(vault_dir) is not None


def test_a_log_broken_before_the_upgrade_stays_reported(vault_dir, fast_kdf):
    legacy_vault(vault_dir, fast_kdf)
    edit(vault_dir, "UPDATE audit_event SET actor = 'someone else' WHERE seq = 1")
    assert "audit chain broken at event 1" in (damage_found(vault_dir) or "")
    assert "audit chain broken at event 1" in (damage_found(vault_dir) or "")  # and at every check after


def test_the_downgrade_gives_the_older_program_a_log_it_verifies_and_the_upgrade_keys_it_again(unlocked):
    from desktop.storage.vault.migrate import ensure_schema

    engine = unlocked.vault.engine
    with engine.connect() as conn:
        keyed = conn.execute(text("SELECT seq, prev_hash, hash FROM audit_event ORDER BY seq")).all()
    upgrade_or_downgrade(engine, "0010_sync_pending_count")
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, seq, at, actor, action, citizen_id, detail, prev_hash, hash FROM audit_event ORDER BY seq"
            )
        ).all()
    prev = GENESIS
    for row in rows:  # the link the program before schema 0011 checks
        assert row.prev_hash == prev
        assert row.hash == legacy_hash(
            prev, row.id, row.seq, row.at, row.actor, row.action, row.citizen_id, row.detail
        )
        prev = row.hash
    ensure_schema(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT seq, prev_hash, hash FROM audit_event ORDER BY seq")).all() == keyed
        assert audit.verify_chain(conn).ok


def upgrade_or_downgrade(engine, target: str) -> None:
    from alembic import command

    from desktop.storage.vault.migrate import alembic_config

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, target)


def test_the_subkeys_are_hkdf_sha256():
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from desktop.storage.vault.subkeys import ACCESS_LOG_LABEL, COMMIT_MARK_LABEL, subkey

    key = os.urandom(32)
    for label in (ACCESS_LOG_LABEL, COMMIT_MARK_LABEL):
        expected = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(key)
        assert subkey(key, label) == expected
    assert subkey(key, ACCESS_LOG_LABEL) != subkey(key, COMMIT_MARK_LABEL)
