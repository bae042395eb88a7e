"""The full check in steps and the cheap checks at unlock."""

from __future__ import annotations

import json

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from desktop.errors import VaultFoundDamaged
from desktop.storage.vault import audit, integrity
from desktop.storage.vault import vault as vault_module
from desktop.storage.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.tamper import attacker_connection, data_key, edit


def write_events(vault: Vault, count: int, action: str = "citizen.viewed") -> None:
    for i in range(count):
        with vault.transaction() as conn:
            audit.append_event(conn, "test", action, citizen_id=f"c{i}", detail={"n": "x" * 300})


@pytest.fixture
def vault(vault_dir, key_cache, fast_kdf):
    """An unlocked vault of a few dozen pages."""
    made = Vault(vault_dir, key_cache, actor="test")
    made.create(PASSWORD, fast_kdf)
    made.unlock_with_password(PASSWORD)
    write_events(made, 120)
    yield made
    made.lock()


def flip_byte(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def pragma_problems(vault: Vault) -> list[str]:
    connection = attacker_connection(vault.folder)
    try:
        return [line for (line,) in connection.execute("PRAGMA cipher_integrity_check")]
    finally:
        connection.close()


class SpyConnections:
    """Every statement any SQLCipher connection runs (engine, read-only, probe): SQLite's trace hook."""

    def __init__(self, monkeypatch) -> None:
        self.statements: list[str] = []
        real = sqlcipher.connect

        def connect(*args, **kwargs):
            connection = real(*args, **kwargs)
            connection.set_trace_callback(self.statements.append)
            return connection

        monkeypatch.setattr(sqlcipher, "connect", connect)

    def ran(self, word: str) -> int:
        return sum(word in statement.lower() for statement in self.statements)


def test_the_page_check_agrees_with_sqlcipher_and_finds_a_flipped_byte(vault):
    vault.flush_deleted()  # everything into the database file, where both checks look
    pages = vault.database_path.stat().st_size // integrity.PAGE_SIZE
    check = vault.full_check()
    result = check.run()
    assert result is not None and result.ok and result.pages == pages
    assert pragma_problems(vault) == []

    # The last page holds rows, not the schema that opening the database reads (a flipped schema page
    # stops the connection before any check can run).
    flip_byte(vault.database_path, (pages - 1) * integrity.PAGE_SIZE + 700)
    expected = [f"HMAC verification failed for page {pages}"]
    assert pragma_problems(vault) == expected
    check = vault.full_check()
    result = check.run()
    assert result is not None
    assert [p for p in result.problems if p.startswith("cipher:")] == [f"cipher: {expected[0]}"]
    report = vault.full_check_finished(check, result)
    assert not report.ok
    with pytest.raises(VaultFoundDamaged), vault.transaction():
        pass  # found damaged: no more writes


def test_a_stopped_check_goes_on_where_it_stopped_and_finishes(vault, monkeypatch):
    vault.flush_deleted()
    pages = vault.database_path.stat().st_size // integrity.PAGE_SIZE
    monkeypatch.setattr(integrity, "PAGES_PER_STEP", 4)
    monkeypatch.setattr(integrity, "EVENTS_PER_STEP", 10)
    check = vault.full_check()
    real_ok = integrity._page_ok

    def stop_at_page_20(key, number, page):
        if number == 20:
            check.stop()
        return real_ok(key, number, page)

    monkeypatch.setattr(integrity, "_page_ok", stop_at_page_20)
    assert check.run() is None
    assert 20 < check.next_page <= 25  # the run of pages it was in was finished, no more
    monkeypatch.setattr(integrity, "_page_ok", real_ok)

    real_step = audit.step_walk
    steps = []

    def stop_after_three_steps(*args, **kwargs):
        steps.append(1)
        real_step(*args, **kwargs)
        if len(steps) == 3:
            check.stop()

    monkeypatch.setattr(audit, "step_walk", stop_after_three_steps)
    assert check.run() is None  # stopped in the access log
    walked = check._progress.walk.events
    assert walked == 30
    result = check.run()
    assert result is not None and result.ok
    assert check.runs == 3 and result.pages == pages
    assert result.audit_events >= 120 and len(steps) > 3
    assert vault.full_check_finished(check, result).ok
    assert vault.last_full_check() is not None


def test_a_stop_interrupts_the_structure_check_in_sqlite(vault, monkeypatch):
    check = vault.full_check()
    check._progress.pages_done = True
    interrupted = []

    def quick_check_interrupted(self):
        connection = self._open()
        check.stop()  # as from the GUI thread: the statement in SQLite is interrupted
        try:
            connection.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) SELECT count(*) FROM n"
            )
        except sqlcipher.OperationalError as exc:
            interrupted.append(str(exc))
            raise
        return True

    monkeypatch.setattr(integrity.FullCheck, "_check_structure", quick_check_interrupted)
    assert check.run() is None
    assert interrupted == ["interrupted"]


def test_the_unlock_checks_run_no_page_or_structure_check(vault_dir, key_cache, fast_kdf, monkeypatch):
    made = Vault(vault_dir, key_cache, actor="test")
    made.create(PASSWORD, fast_kdf)
    spy = SpyConnections(monkeypatch)
    made.unlock_with_password(PASSWORD)
    try:
        report = made.verify_at_unlock()
        assert report.ok
        assert spy.ran("cipher_integrity_check") == 0 and spy.ran("quick_check") == 0
        assert made.verify_integrity().ok  # the full one does run them
        assert spy.ran("cipher_integrity_check") == 1 and spy.ran("quick_check") == 1
    finally:
        made.lock()


def test_the_unlock_walks_the_log_from_its_checkpoint_only(vault, monkeypatch):
    assert vault.verify_at_unlock().ok  # the checkpoint is now at the newest event
    with vault.engine.connect() as conn:
        checkpoint, ok = audit.read_checkpoint(conn)
        newest = conn.execute(text("SELECT max(seq) FROM audit_event")).scalar_one()
    assert ok and checkpoint is not None and checkpoint[0] == newest
    write_events(vault, 5, "citizen.opened")
    report = vault.verify_at_unlock()
    assert report.ok and report.audit_events == 5
    # A short walk leaves the checkpoint where it is (a write costs more); a long one moves it.
    assert vault.verify_at_unlock().audit_events == 5
    monkeypatch.setattr(vault_module, "CHECKPOINT_AFTER_EVENTS", 5)
    assert vault.verify_at_unlock().audit_events == 5
    assert vault.verify_at_unlock().audit_events == 0


def test_an_event_edited_after_the_checkpoint_is_caught_at_unlock(vault):
    assert vault.verify_at_unlock().ok
    write_events(vault, 5, "citizen.opened")
    vault.lock()
    edit(
        vault.folder,
        "UPDATE audit_event SET actor = 'someone else' WHERE seq = (SELECT max(seq) - 2 FROM audit_event)",
    )
    vault.unlock_with_password(PASSWORD)
    report = vault.verify_at_unlock()
    assert not report.ok
    assert any("audit chain broken" in p for p in report.problems)


def test_an_event_edited_before_the_checkpoint_is_left_to_the_full_check(vault):
    assert vault.verify_at_unlock().ok
    vault.lock()
    edit(vault.folder, "UPDATE audit_event SET actor = 'someone else' WHERE seq = 5")
    vault.unlock_with_password(PASSWORD)
    assert vault.verify_at_unlock().ok  # not walked again at unlock: that is the point
    check = vault.full_check()
    result = check.run()
    assert result is not None and result.problems == ("audit chain broken at event 5",)


def test_a_tampered_checkpoint_is_caught_at_unlock_and_by_the_full_check(vault):
    assert vault.verify_at_unlock().ok
    vault.lock()
    # Move the checkpoint past an edited event, keeping its old MAC: it no longer fits.
    connection = attacker_connection(vault.folder)
    value = json.loads(
        connection.execute("SELECT value FROM sync_state WHERE key = ?", (audit.CHECKPOINT_KEY,)).fetchone()[
            0
        ]
    )
    connection.close()
    value["seq"] += 1
    edit(
        vault.folder,
        f"UPDATE sync_state SET value = '{json.dumps(value)}' WHERE key = '{audit.CHECKPOINT_KEY}'",
    )
    vault.unlock_with_password(PASSWORD)
    report = vault.verify_at_unlock()
    assert report.problems == ("the access-log checkpoint was altered",)
    result = vault.full_check().run()
    assert result is not None and "the access-log checkpoint was altered" in result.problems
    assert "the access-log checkpoint was altered" in vault.verify_integrity().problems


def test_a_removed_checkpoint_means_the_whole_log_is_walked(vault):
    assert vault.verify_at_unlock().ok
    vault.lock()
    edit(
        vault.folder,
        f"DELETE FROM sync_state WHERE key = '{audit.CHECKPOINT_KEY}'",
        "UPDATE audit_event SET actor = 'someone else' WHERE seq = 5",
    )
    vault.unlock_with_password(PASSWORD)
    report = vault.verify_at_unlock()
    assert report.problems == ("audit chain broken at event 5",)


def test_the_full_check_never_holds_up_a_write(vault, monkeypatch):
    check = vault.full_check()
    check._progress.pages_done = True
    written = []
    real_step = audit.step_walk

    def write_meanwhile(*args, **kwargs):
        real_step(*args, **kwargs)
        if not written:  # its read connection is open: a write goes through at once
            write_events(vault, 1, "citizen.opened")
            written.append(1)

    monkeypatch.setattr(audit, "step_walk", write_meanwhile)
    monkeypatch.setattr(integrity, "EVENTS_PER_STEP", 50)
    result = check.run()
    assert written and result is not None and result.ok


def test_the_key_is_dropped_and_the_check_stopped_at_the_lock(vault_dir, key_cache, fast_kdf):
    made = Vault(vault_dir, key_cache, actor="test")
    made.create(PASSWORD, fast_kdf)
    made.unlock_with_password(PASSWORD)
    check = made.full_check()
    made.lock()
    assert bytes(check._key) == bytes(len(check._key))
    assert check.run() is None
    assert data_key(vault_dir)  # the vault itself is whole


def test_a_page_read_torn_once_is_read_again_and_not_called_damage(vault, monkeypatch):
    """A checkpoint may be writing a page at the moment the check reads it."""
    real = integrity._page_ok
    torn = []

    def torn_once(key, number, page):
        if number == 3 and not torn:
            torn.append(number)
            return False
        return real(key, number, page)

    monkeypatch.setattr(integrity, "_page_ok", torn_once)
    result = vault.full_check().run()
    assert torn == [3] and result is not None and result.ok
