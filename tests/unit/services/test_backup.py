"""Backup and restore as the issue asks: whole, sealed, checked, and never a half-restored or lost vault."""

from __future__ import annotations

import json
import random
import shutil
from datetime import date

import pytest
from sqlalchemy import text

from desktop.demo.caseload import generate
from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.domain.recovery_key import RecoveryKey
from desktop.errors import (
    BackupDamaged,
    BackupInsideVault,
    MalformedRecoveryKey,
    RestoreNeedsConfirmation,
    RestoreNeedsLock,
    VaultLocked,
    WeakPassword,
    WrongBackupSecret,
    WrongRecoveryKey,
)
from desktop.services.backup import BackupService
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.backup import read_header
from tests.conftest import PASSWORD
from tests.helpers import files_containing, flip_byte

BACKUP_PASSWORD = "sikkerhedskopi på en usb-nøgle"
MARKER = "MARKØR-backup-7f3a"
CHUNK = 64 * 1024


@pytest.fixture
def vault(vault_dir, key_cache, fast_kdf):
    """A vault with fictional citizens, notes and a marker text; ``.recovery`` is its recovery key."""
    session = VaultSession(vault_dir, key_cache, kdf=fast_kdf)
    session.recovery = session.create(PASSWORD)
    generate(session, citizens=4, notes=30, seed=3)
    services = Services.for_session(session)
    citizen = services.citizens.create_citizen(CitizenDraft(name="Testperson Backup", own_wishes=MARKER))
    services.notes.add_note(citizen, NoteDraft(held_on=date.today(), agenda=MARKER))
    yield session
    session.vault.lock()


def _service(session) -> BackupService:
    return BackupService(session, chunk_size=CHUNK)


def _export(session) -> dict:
    return Services.for_session(session).sync.export_all()


def _files(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _actions(session) -> list[tuple[str, str]]:
    with session.vault.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT action, detail FROM audit_event ORDER BY seq"))]


@pytest.fixture
def written(vault, tmp_path):
    """A backup sealed with a backup password, the export at that moment, and the vault locked."""
    path = tmp_path / "backups" / "b.cnbackup"
    path.parent.mkdir()
    report = _service(vault).write_backup(path, BACKUP_PASSWORD)
    exported = _export(vault)
    vault.lock()
    return path, exported, report


def test_backup_then_wiped_folder_then_restore_gives_the_same_vault(vault, written, vault_dir, key_cache):
    path, exported, report = written
    assert report.size == path.stat().st_size and not report.info.with_recovery_key
    shutil.rmtree(vault_dir)

    result = _service(vault).restore(path, BACKUP_PASSWORD)
    assert result.previous_kept_in is None
    # The password and the recovery key of then open it, and everything is as it was.
    restored = VaultSession(vault_dir, key_cache)
    restored.unlock(PASSWORD)
    assert _export(restored) == exported
    assert restored.verify_integrity().ok
    restored.lock()
    restored.reset_password(str(vault.recovery), PASSWORD)
    restored.lock()


def test_a_backup_sealed_with_the_recovery_key_restores_with_it(vault, tmp_path, vault_dir, key_cache):
    path = tmp_path / "r.cnbackup"
    report = _service(vault).write_backup(path, str(vault.recovery).lower(), with_recovery_key=True)
    assert report.info.with_recovery_key
    exported = _export(vault)
    vault.lock()
    shutil.rmtree(vault_dir)
    with pytest.raises(WrongBackupSecret):
        _service(vault).restore(path, str(RecoveryKey.generate()))
    _service(vault).restore(path, str(vault.recovery))
    restored = VaultSession(vault_dir, key_cache)
    restored.unlock(PASSWORD)
    assert _export(restored) == exported
    restored.lock()


def test_the_backup_file_holds_none_of_the_text_written_in_the_vault(written, tmp_path):
    path, *_ = written
    assert files_containing(path.parent, MARKER) == []
    assert files_containing(path.parent, "Testperson Backup") == []


def test_backup_needs_the_open_vault_a_fitting_secret_and_a_place_outside_it(
    vault, tmp_path, vault_dir, fast_kdf
):
    service = _service(vault)
    with pytest.raises(WeakPassword):
        service.write_backup(tmp_path / "a.cnbackup", "kort")
    with pytest.raises(MalformedRecoveryKey):
        service.write_backup(tmp_path / "a.cnbackup", "ABCD-EFGH", with_recovery_key=True)
    with pytest.raises(WrongRecoveryKey):  # a well-formed key of another vault
        service.write_backup(tmp_path / "a.cnbackup", str(RecoveryKey.generate()), with_recovery_key=True)
    with pytest.raises(BackupInsideVault):
        service.write_backup(vault_dir / "a.cnbackup", BACKUP_PASSWORD)
    vault.lock()
    with pytest.raises(VaultLocked):
        service.write_backup(tmp_path / "a.cnbackup", BACKUP_PASSWORD)
    assert not list(tmp_path.glob("*.cnbackup"))
    assert not list(vault_dir.glob(".*staging*"))


def test_backup_is_logged_without_personal_data_and_leaves_no_copies(vault, tmp_path, vault_dir):
    path = tmp_path / "Hansen, Åse.cnbackup"
    _service(vault).write_backup(path, BACKUP_PASSWORD)
    action, detail = _actions(vault)[-1]
    assert action == "backup.written"
    assert json.loads(detail) == {"secret": "password", "bytes": path.stat().st_size}
    assert sorted(p.name for p in vault_dir.iterdir()) == [
        "vault.db",
        "vault.db-shm",
        "vault.db-wal",
        "vault.json",
        "vault.lock",  # held while the vault is open, and its holder note (no personal data)
        "vault.lock.json",
        "vault.mark",
    ]


def test_a_flipped_byte_anywhere_is_reported_as_damage_and_changes_nothing(written, vault, vault_dir):
    path, *_ = written
    original = path.read_bytes()
    before = _files(vault_dir)
    service = _service(vault)
    header_size = len(read_header(path).raw)
    offsets = [
        *range(0, header_size, 7),
        *random.Random(5).sample(range(len(original)), 40),
        len(original) - 1,
    ]
    for offset in offsets:
        path.write_bytes(original)
        flip_byte(path, offset)
        with pytest.raises(BackupDamaged):
            service.restore(path, BACKUP_PASSWORD, replace=True)
        assert _files(vault_dir) == before, offset


def test_a_cut_off_backup_is_reported_as_damage(written, vault, vault_dir):
    path, *_ = written
    data = path.read_bytes()
    before = _files(vault_dir)
    for length in (len(data) - 1, len(data) - (CHUNK + 16), len(data) // 2, 100):
        path.write_bytes(data[:length])
        with pytest.raises(BackupDamaged):
            _service(vault).restore(path, BACKUP_PASSWORD, replace=True)
    assert _files(vault_dir) == before


def test_a_wrong_backup_password_is_said_as_such_and_changes_nothing(written, vault, vault_dir):
    path, *_ = written
    before = _files(vault_dir)
    with pytest.raises(WrongBackupSecret) as caught:
        _service(vault).restore(path, PASSWORD, replace=True)  # the vault's password is not the backup's
    assert "Wrong backup password or recovery key" in caught.value.message
    with pytest.raises(WrongBackupSecret):
        _service(vault).check(path, "forkert")
    assert _files(vault_dir) == before


def test_restore_over_a_vault_needs_confirmation_and_keeps_the_old_one(written, vault, vault_dir, key_cache):
    path, exported, _ = written
    # After the backup, more work happens in the vault.
    vault.unlock(PASSWORD)
    Services.for_session(vault).citizens.create_citizen(CitizenDraft(name="Efter backup"))
    later = _export(vault)
    vault.lock()
    before = _files(vault_dir)

    with pytest.raises(RestoreNeedsConfirmation):
        _service(vault).restore(path, BACKUP_PASSWORD)
    assert _files(vault_dir) == before

    planned = _service(vault).folder_for_previous()
    result = _service(vault).restore(path, BACKUP_PASSWORD, replace=True, keep_previous_in=planned)
    assert result.previous_kept_in == planned
    assert planned.parent == vault_dir and planned.name.startswith("before-restore-")
    # The old vault, moved whole: it opens with its password and holds the later work.
    old = VaultSession(planned, key_cache)
    old.unlock(PASSWORD)
    assert _export(old) == later != exported
    old.lock()
    restored = VaultSession(vault_dir, key_cache)
    restored.unlock(PASSWORD)
    assert _export(restored) == exported
    [detail] = [json.loads(d) for action, d in _actions(restored) if action == "backup.restored"]
    assert detail == {
        "secret": "password",
        "backup_created_at": detail["backup_created_at"],
        "previous_kept_in": planned.name,
    }
    restored.lock()


def test_restore_needs_the_vault_locked(written, vault):
    path, *_ = written
    vault.unlock(PASSWORD)
    with pytest.raises(RestoreNeedsLock):
        _service(vault).restore(path, BACKUP_PASSWORD, replace=True)


def test_check_reads_the_whole_file_and_changes_nothing(written, vault, vault_dir):
    path, *_ = written
    before = _files(vault_dir)
    info = _service(vault).check(path, BACKUP_PASSWORD)
    assert info == _service(vault).describe(path)
    assert _files(vault_dir) == before


def test_a_place_that_cannot_be_written_or_read_is_said_in_plain_words(vault, tmp_path, key_cache):
    from desktop.errors import BackupNotReadable, BackupNotWritable, RestoreNotWritable

    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    with pytest.raises(BackupNotWritable):
        _service(vault).write_backup(not_a_folder / "b.cnbackup", BACKUP_PASSWORD)
    with pytest.raises(BackupNotReadable):
        _service(vault).describe(tmp_path / "missing.cnbackup")
    good = tmp_path / "b.cnbackup"
    _service(vault).write_backup(good, BACKUP_PASSWORD)
    vault.lock()
    elsewhere = VaultSession(not_a_folder / "vault", key_cache)
    with pytest.raises(RestoreNotWritable):
        BackupService(elsewhere).restore(good, BACKUP_PASSWORD)
