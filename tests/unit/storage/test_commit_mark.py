"""Committed work lost from the write-ahead log is found at open and by the check.

SQLite replays the WAL up to its last valid frame. Cut at a frame boundary (or deleted), the log still
checks out, and every transaction after the cut is gone without a word. The commit mark beside the
database (``vault.mark``) remembers how many commits the database has seen, so a database that is behind
its mark is reported as damaged, and nothing is opened quietly.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.errors import VaultDamaged
from desktop.storage.vault import audit, early_caseload
from desktop.storage.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.tamper import crash_copy, cut_wal, data_key, vault_file_digests, wal_frames

MARK = "vault.mark"


@pytest.fixture
def vault(vault_dir, key_cache, fast_kdf):
    v = Vault(vault_dir, key_cache, actor="test")
    v.create(PASSWORD, fast_kdf)
    v.unlock_with_password(PASSWORD)
    yield v
    v.lock()


def write_events(vault: Vault, count: int) -> list[str]:
    """``count`` committed transactions of one access-log event each; their ids."""
    ids = []
    for i in range(count):
        with vault.transaction() as conn:
            ids.append(audit.append_event(conn, "test", "test.write", detail={"n": i}).id)
    return ids


def stored_ids(vault: Vault) -> set[str]:
    with vault.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT id FROM audit_event"))}


def open_fails(folder, match: str) -> None:
    """Opening the vault in ``folder`` is refused as damaged (with ``match`` in the detail), and no file changes."""
    before = vault_file_digests(folder)
    copy = Vault(folder)
    with pytest.raises(VaultDamaged, match=match):
        copy.unlock_with_password(PASSWORD)
    assert not copy.is_unlocked
    assert vault_file_digests(folder) == before


def test_a_wal_cut_at_a_frame_boundary_is_damage_not_a_quiet_loss(vault, tmp_path):
    write_events(vault, 30)
    copy = crash_copy(vault.folder, tmp_path / "copy")
    frames = wal_frames(copy / "vault.db-wal")
    assert frames > 20
    cut_wal(copy / "vault.db-wal", frames // 2)  # every frame left still passes its checksum
    open_fails(copy, "ends before its last committed change")


def test_a_deleted_wal_is_damage(vault, tmp_path):
    write_events(vault, 10)
    copy = crash_copy(vault.folder, tmp_path / "copy")
    (copy / "vault.db-wal").unlink()
    open_fails(copy, "ends before its last committed change")


def test_the_first_look_does_not_show_a_caseload_the_wal_lost_part_of(vault, tmp_path):
    write_events(vault, 30)
    copy = crash_copy(vault.folder, tmp_path / "copy")
    cut_wal(copy / "vault.db-wal", wal_frames(copy / "vault.db-wal") // 2)
    before = vault_file_digests(copy)
    with pytest.raises(VaultDamaged):
        early_caseload.read_caseload(copy, data_key(copy))
    assert vault_file_digests(copy) == before


def test_a_deleted_mark_is_damage_once_the_vault_has_one(vault, tmp_path):
    write_events(vault, 3)
    copy = crash_copy(vault.folder, tmp_path / "copy")
    (copy / MARK).unlink(missing_ok=True)
    open_fails(copy, "commit mark")


def test_a_deleted_mark_and_a_deleted_wal_are_damage(vault, tmp_path):
    write_events(vault, 10)
    copy = crash_copy(vault.folder, tmp_path / "copy")
    (copy / MARK).unlink(missing_ok=True)
    (copy / "vault.db-wal").unlink()
    open_fails(copy, "commit mark")


def test_an_altered_mark_is_damage(vault, tmp_path):
    write_events(vault, 3)
    vault.lock()
    mark = vault.folder / MARK
    assert mark.exists()
    mark.write_bytes(bytes(b ^ 0x01 for b in mark.read_bytes()))
    open_fails(vault.folder, "commit mark")


def test_a_mark_left_behind_by_a_crash_is_no_false_alarm(vault, tmp_path):
    """The mark is written after each commit returns: a kill in between leaves it one or more commits behind."""
    write_events(vault, 3)
    older_mark = (vault.folder / MARK).read_bytes()
    ids = write_events(vault, 5)
    copy = crash_copy(vault.folder, tmp_path / "copy")
    (copy / MARK).write_bytes(older_mark)
    opened = Vault(copy)
    opened.unlock_with_password(PASSWORD)
    assert set(ids) <= stored_ids(opened)
    assert opened.verify_integrity().ok
    opened.lock()
    assert (copy / MARK).read_bytes() != older_mark  # brought up to date at the open


def test_every_commit_moves_the_mark_and_a_lock_leaves_it_in_step(vault):
    mark = vault.folder / MARK
    seen = {mark.read_bytes()}
    for _ in range(4):
        write_events(vault, 1)
        seen.add(mark.read_bytes())
    assert len(seen) == 5
    vault.lock()
    vault.unlock_with_password(PASSWORD)
    assert vault.verify_integrity().ok


def test_a_read_changes_nothing(vault):
    write_events(vault, 2)
    mark = (vault.folder / MARK).read_bytes()
    with vault.engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM audit_event")).one()
    with vault.transaction() as conn:
        conn.execute(text("SELECT count(*) FROM citizen")).one()
    assert (vault.folder / MARK).read_bytes() == mark


def test_the_mark_moves_with_the_vault(vault):
    assert MARK in vault.own_files()


def test_a_restored_backup_opens_gets_its_own_mark_and_the_old_vault_keeps_its_one(
    vault, tmp_path, key_cache
):
    from desktop.services.backup import BackupService
    from desktop.services.vault_session import VaultSession

    session = VaultSession(vault.folder, key_cache)
    session.unlock(PASSWORD)
    write_events(session.vault, 3)
    backup_file = tmp_path / "b.cnbackup"
    BackupService(session).write_backup(backup_file, "sikkerhedskopi på en usb-nøgle")
    write_events(session.vault, 3)  # the vault goes on past the backup: its mark is ahead of the copy's count
    session.lock()
    vault.lock()
    old_mark = (vault.folder / MARK).read_bytes()

    report = BackupService(session).restore(backup_file, "sikkerhedskopi på en usb-nøgle", replace=True)
    kept = report.previous_kept_in
    assert kept is not None and (kept / MARK).read_bytes() == old_mark
    # A backup in one pass carries the mark as it was when the backup began, not the old
    # vault's newer one; the restored vault is checked against it from its first open.
    assert (vault.folder / MARK).exists() and (vault.folder / MARK).read_bytes() != old_mark

    session.unlock(PASSWORD)
    assert session.verify_integrity().ok
    session.lock()
    assert (vault.folder / MARK).exists()
    (vault.folder / MARK).unlink()  # from now on a missing mark is noticed again
    open_fails(vault.folder, "commit mark")

    before_restore = Vault(kept)
    before_restore.unlock_with_password(PASSWORD)  # the dated folder is a whole vault, mark included
    assert before_restore.verify_integrity().ok
    before_restore.lock()


def test_a_mark_from_another_vault_is_not_taken_for_this_ones(vault, tmp_path, key_cache, fast_kdf):
    other = Vault(tmp_path / "other", key_cache)
    other.create(PASSWORD, fast_kdf)
    other.unlock_with_password(PASSWORD)
    other.lock()
    write_events(vault, 2)
    copy = crash_copy(vault.folder, tmp_path / "copy")
    (copy / MARK).write_bytes((other.folder / MARK).read_bytes())
    open_fails(copy, "commit mark")
