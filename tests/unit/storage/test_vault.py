import os
import shutil
import stat

import pytest
from sqlalchemy import text

from desktop.errors import SchemaTooNew, VaultDamaged, VaultExists, VaultLocked, VaultNotFound, WrongPassword
from desktop.storage.vault import audit
from desktop.storage.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.helpers import files_containing, flip_byte

MARKER = "MARKØR-borger-7f3a-Åse"


@pytest.fixture
def vault(vault_dir, key_cache, fast_kdf):
    v = Vault(vault_dir, key_cache, actor="test")
    v.create(PASSWORD, fast_kdf)
    yield v
    v.lock()


def write_markers(vault: Vault, count: int = 1, marker: str = MARKER) -> list[str]:
    ids = []
    for i in range(count):
        with vault.transaction() as conn:
            ids.append(audit.append_event(conn, "test", "test.marker", detail={"text": f"{marker} {i}"}).id)
    return ids


def stored_ids(vault: Vault) -> set[str]:
    with vault.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT id FROM audit_event"))}


def test_round_trip_create_lock_unlock(vault):
    vault.unlock_with_password(PASSWORD)
    ids = write_markers(vault, 3)
    vault.lock()
    assert not vault.is_unlocked
    with pytest.raises(VaultLocked):
        _ = vault.engine
    vault.unlock_with_password(PASSWORD)
    assert set(ids) <= stored_ids(vault)
    assert vault.verify_integrity().ok


def test_files_are_private_and_hold_no_plaintext(vault):
    vault.unlock_with_password(PASSWORD)
    write_markers(vault, 50)
    # While open (WAL in use) and after locking (checkpointed), no file holds the marker.
    assert files_containing(vault.folder, MARKER) == []
    assert files_containing(vault.folder, "audit_event") == []  # not even the schema is readable
    vault.lock()
    assert files_containing(vault.folder, MARKER) == []
    assert stat.S_IMODE(os.stat(vault.folder).st_mode) == 0o700
    for name in ("vault.db", "vault.json"):
        assert stat.S_IMODE(os.stat(vault.folder / name).st_mode) == 0o600


def test_wrong_password_opens_nothing(vault):
    with pytest.raises(WrongPassword):
        vault.unlock_with_password("forkert")
    assert not vault.is_unlocked


def test_create_never_overwrites(vault, fast_kdf):
    before = vault.database_path.read_bytes()
    with pytest.raises(VaultExists):
        Vault(vault.folder).create("noget andet", fast_kdf)
    assert vault.database_path.read_bytes() == before


def test_a_missing_vault_is_reported(tmp_path):
    with pytest.raises(VaultNotFound):
        Vault(tmp_path / "nothing").unlock_with_password(PASSWORD)
    assert not (tmp_path / "nothing").exists()


def test_a_missing_database_is_damage_not_a_new_vault(vault):
    vault.database_path.unlink()
    with pytest.raises(VaultDamaged):
        vault.unlock_with_password(PASSWORD)
    assert not vault.database_path.exists()


def test_a_flipped_byte_in_the_header_page_is_reported_and_the_file_left_alone(vault):
    flip_byte(vault.database_path, 2000)
    damaged = vault.database_path.read_bytes()
    with pytest.raises(VaultDamaged):
        vault.unlock_with_password(PASSWORD)
    assert vault.database_path.read_bytes() == damaged


def test_a_flipped_byte_in_a_data_page_is_found(vault):
    vault.unlock_with_password(PASSWORD)
    write_markers(vault, 300)
    vault.lock()
    size = vault.database_path.stat().st_size
    assert size > 20 * 4096
    flip_byte(vault.database_path, size // 2 + 100)
    damaged = vault.database_path.read_bytes()
    try:
        vault.unlock_with_password(PASSWORD)
    except VaultDamaged:
        pass  # found at open: fine
    else:
        report = vault.verify_integrity()
        assert not report.ok
        assert any("HMAC" in p or "cipher" in p for p in report.problems)
        vault.lock()
    assert vault.database_path.read_bytes() == damaged


def crash_copy(vault: Vault, target):
    """Copy the folder as a crash would leave it: database and WAL as they are on disk."""
    shutil.copytree(vault.folder, target)
    for leftover in target.glob("*-shm"):
        leftover.unlink()
    return Vault(target)


def test_committed_rows_in_the_wal_survive_a_crash(vault, tmp_path):
    vault.unlock_with_password(PASSWORD)
    ids = write_markers(vault, 5)
    assert vault.wal_path.stat().st_size > 0
    copy = crash_copy(vault, tmp_path / "copy")
    copy.unlock_with_password(PASSWORD)
    assert set(ids) <= stored_ids(copy)
    copy.lock()


def test_a_flipped_byte_in_the_wal_is_reported_not_silently_dropped(vault, tmp_path):
    vault.unlock_with_password(PASSWORD)
    write_markers(vault, 5)
    copy = crash_copy(vault, tmp_path / "copy")
    flip_byte(copy.wal_path, 32 + 24 + 500)  # inside the first frame's page
    damaged = copy.wal_path.read_bytes()
    with pytest.raises(VaultDamaged):
        copy.unlock_with_password(PASSWORD)
    assert copy.wal_path.read_bytes() == damaged


def test_a_vault_from_a_newer_program_is_refused(vault):
    vault.unlock_with_password(PASSWORD)
    with vault.transaction() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    vault.lock()
    with pytest.raises(SchemaTooNew):
        vault.unlock_with_password(PASSWORD)


def test_password_change_and_recovery_reset(vault_dir, key_cache, fast_kdf):
    v = Vault(vault_dir, key_cache)
    recovery = v.create(PASSWORD, fast_kdf)
    v.change_password(PASSWORD, "ny kode til notesbogen")
    with pytest.raises(WrongPassword):
        v.unlock_with_password(PASSWORD)
    v.reset_password(recovery, "tredje kode til bogen")
    v.unlock_with_password("tredje kode til bogen")
    assert v.verify_integrity().ok
    v.lock()


def test_an_interrupted_creation_is_finished_at_open(vault):
    os.replace(vault.database_path, vault.folder / "vault.db.new")
    vault.unlock_with_password(PASSWORD)
    assert vault.database_path.exists()


def test_a_vault_found_damaged_is_written_to_no_more(vault):
    """No event, no checkpoint (not even SQLite's at the last close) once damage is found."""
    from desktop.errors import VaultFoundDamaged
    from tests.tamper import vault_file_digests

    vault.unlock_with_password(PASSWORD)
    write_markers(vault, 300)
    vault.lock()
    vault.unlock_with_password(PASSWORD)
    write_markers(vault, 5)  # committed, still in the write-ahead log
    size = vault.database_path.stat().st_size
    # In the last page (the markers' pages were the last ones allocated), not the middle of the file:
    # where the middle falls depends on how large the schema is (the sync triggers are part of it).
    flip_byte(vault.database_path, size - 4096 + 100)
    report = vault.verify_integrity()
    assert not report.ok
    before = vault_file_digests(vault.folder)
    with pytest.raises(VaultFoundDamaged), vault.transaction() as conn:
        conn.execute(text("SELECT 1"))
    vault.record("test.after_damage")
    vault.lock()
    assert vault_file_digests(vault.folder) == before
    assert vault.wal_path.stat().st_size > 0
