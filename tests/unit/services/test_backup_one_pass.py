"""A backup in one pass: the vault's database file held still and sealed as it is, its
pages checked on the way, in bounded memory; a backup written in format 1 still restores."""

from __future__ import annotations

import json
import shutil
import tracemalloc
from pathlib import Path

import pytest

from desktop.demo.caseload import generate
from desktop.domain.citizen import CitizenDraft
from desktop.errors import VaultDamaged
from desktop.services.backup import BackupService
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.storage.vault import backup, live_copy
from desktop.storage.vault import vault as vault_module
from desktop.storage.vault.connection import connect_read_only
from tests.conftest import PASSWORD
from tests.helpers import flip_byte

BACKUP_PASSWORD = "sikkerhedskopi på en usb-nøgle"
CHUNK = 8 * 1024
FORMAT_1_BACKUP = Path(__file__).resolve().parents[2] / "fixtures" / "backup_format_1.cnbackup"


@pytest.fixture
def vault(vault_dir, key_cache, fast_kdf):
    """A vault with fictional citizens and notes, its database many chunks long."""
    session = VaultSession(vault_dir, key_cache, kdf=fast_kdf)
    session.create(PASSWORD)
    generate(session, citizens=6, notes=120, seed=5)
    yield session
    session.vault.lock()


def _export(session) -> dict:
    return Services.for_session(session).sync.export_all()


def _restore_and_open(session, path, vault_dir, key_cache) -> VaultSession:
    session.lock()
    shutil.rmtree(vault_dir)
    BackupService(session).restore(path, BACKUP_PASSWORD)
    restored = VaultSession(vault_dir, key_cache)
    restored.unlock(PASSWORD)
    return restored


def _carried(path) -> list[str]:
    return [f.name for f in backup.verify(path, backup.BackupSecret.password(BACKUP_PASSWORD)).files]


def test_a_backup_seals_the_vault_file_itself_without_a_copy_or_a_check_of_one(
    vault, tmp_path, monkeypatch, vault_dir, key_cache
):
    def no_copy(*args, **kwargs):
        raise AssertionError("the backup made a VACUUM INTO copy of the vault")

    monkeypatch.setattr(vault_module.Vault, "snapshot", no_copy)
    monkeypatch.setattr(vault_module, "_check_copy", no_copy)
    path = tmp_path / "b.cnbackup"
    BackupService(vault, chunk_size=CHUNK).write_backup(path, BACKUP_PASSWORD)
    assert _carried(path) == ["vault.json", "vault.db", "vault.mark"]
    exported = _export(vault)

    restored = _restore_and_open(vault, path, vault_dir, key_cache)
    assert _export(restored) == exported
    assert restored.verify_integrity().ok  # the commit mark came along and fits the database
    restored.lock()


def test_a_backup_holds_a_few_chunks_in_memory_never_the_vault(vault, tmp_path):
    database = vault.vault.database_path.stat().st_size
    assert database > 40 * CHUNK  # the vault is many chunks long
    path = tmp_path / "b.cnbackup"
    service = BackupService(vault, chunk_size=CHUNK)
    service.write_backup(path, BACKUP_PASSWORD)  # the first call imports and caches what it needs
    tracemalloc.start()
    try:
        service.write_backup(path, BACKUP_PASSWORD)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The sealer's chunk, its ciphertext, and up to five blocks read ahead of their page check; plus
    # the bookkeeping of a backup (the access-log event, the ledger), which does not grow with the vault.
    assert peak < 8 * CHUNK + 128 * 1024 < database, (peak, database)


def test_what_is_written_during_a_backup_is_not_in_it_and_the_database_file_holds_still(
    vault, tmp_path, monkeypatch, vault_dir, key_cache
):
    services = Services.for_session(vault)
    exported = _export(vault)
    real_blocks = live_copy.checked_blocks
    seen = {}

    def blocks_with_a_write_between(reader, size, *args, **kwargs):
        database = vault.vault.database_path
        for number, block in enumerate(real_blocks(reader, size, *args, **kwargs)):
            if number == 1:
                before = database.read_bytes()
                services.citizens.create_citizen(CitizenDraft(name="Skrevet under backup"))
                with vault.vault.engine.connect() as conn:  # a checkpoint may not touch the file now
                    seen["checkpoint"] = tuple(conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one())
                seen["file still"] = database.read_bytes() == before
            yield block

    monkeypatch.setattr(live_copy, "checked_blocks", blocks_with_a_write_between)
    path = tmp_path / "b.cnbackup"
    BackupService(vault, chunk_size=CHUNK).write_backup(path, BACKUP_PASSWORD)
    assert seen["file still"]
    _busy, frames, done = seen["checkpoint"]
    assert frames > 0 and done == 0  # the new citizen waits in the write-ahead log
    assert "Skrevet under backup" in json.dumps(_export(vault), ensure_ascii=False)

    restored = _restore_and_open(vault, path, vault_dir, key_cache)
    assert _export(restored) == exported  # the vault as it was when the backup began
    assert restored.verify_integrity().ok
    restored.lock()


def test_a_reader_that_keeps_the_log_from_emptying_makes_the_backup_use_a_checked_copy(
    vault, tmp_path, vault_dir, key_cache
):
    Services.for_session(vault).citizens.create_citizen(CitizenDraft(name="I loggen"))
    reader = connect_read_only(str(vault.vault.database_path), bytes(vault.vault._key))
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM citizen").fetchone()  # reads from the log's frames
        path = tmp_path / "b.cnbackup"
        BackupService(vault, chunk_size=CHUNK).write_backup(path, BACKUP_PASSWORD)
    finally:
        reader.close()
    assert _carried(path) == [
        "vault.json",
        "vault.db",
    ]  # the copy has no commit mark; its first open writes one
    exported = _export(vault)
    restored = _restore_and_open(vault, path, vault_dir, key_cache)
    assert _export(restored) == exported
    assert restored.verify_integrity().ok
    restored.lock()


def test_a_vault_found_damaged_is_not_checkpointed_for_a_backup(vault, tmp_path, monkeypatch):
    def no_pin(*args):
        raise AssertionError("pinning checkpoints the write-ahead log into the database file")

    monkeypatch.setattr(live_copy, "pinned", no_pin)
    vault.vault._found_damaged("found by a check")  # as verify_integrity does
    path = tmp_path / "b.cnbackup"
    BackupService(vault, chunk_size=CHUNK).write_backup(path, BACKUP_PASSWORD)  # a copy, as before
    assert _carried(path) == ["vault.json", "vault.db"]


def test_a_damaged_page_in_the_vault_stops_the_backup_and_leaves_no_file(vault, tmp_path, key_cache):
    with vault.vault.engine.connect() as conn:  # a page of notes: the table's root, not the schema's
        page = conn.exec_driver_sql("SELECT rootpage FROM sqlite_schema WHERE name = 'meeting_note'").scalar()
    vault.lock()
    flip_byte(vault.vault.database_path, (page - 1) * live_copy.PAGE_SIZE + 100)
    vault.unlock(PASSWORD)
    path = tmp_path / "b.cnbackup"
    with pytest.raises(VaultDamaged, match=f"page {page} "):
        BackupService(vault, chunk_size=CHUNK).write_backup(path, BACKUP_PASSWORD)
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]


def test_a_backup_written_in_format_1_still_restores(vault_dir, key_cache):
    """``tests/fixtures/backup_format_1.cnbackup`` was written by an older program (a vault
    with one citizen), sealed with BACKUP_PASSWORD; the vault's password is PASSWORD."""
    assert backup.read_header(FORMAT_1_BACKUP).version == 1
    session = VaultSession(vault_dir, key_cache)
    BackupService(session).restore(FORMAT_1_BACKUP, BACKUP_PASSWORD)
    session.unlock(PASSWORD)
    try:
        text = json.dumps(_export(session), ensure_ascii=False)
        assert "Testperson Gammel Backup" in text and "MARKØR-v1-backup" in text
        assert session.verify_integrity().ok
    finally:
        session.lock()
