"""``casenotes check`` on a damaged vault says so, exits 1, and leaves every file as it found it.

Before the damage check was reworked, the check of a vault with a damaged page often ended in "An unexpected error
(OperationalError)": the lock that followed wrote "vault.locked" into the damaged database, and that
error replaced the report. Whatever the damage, the message is now the damage message, and nothing is
written to a vault found damaged (no log event, no checkpoint).
"""

from __future__ import annotations

import shutil

import pytest

from desktop.storage.vault import audit
from desktop.storage.vault.envelope import KdfParams
from desktop.storage.vault.keychain import KeyCache
from desktop.storage.vault.vault import Vault
from tests.conftest import PASSWORD, InMemoryKeyring
from tests.helpers import casenotes, flip_byte
from tests.tamper import FRAME, WAL_HEADER, crash_copy, cut_wal, edit, vault_file_digests, wal_frames

pytestmark = pytest.mark.slow


def _write(vault: Vault, count: int, offset: int = 0) -> None:
    for i in range(count):
        with vault.transaction() as conn:
            audit.append_event(conn, "test", "citizen.viewed", citizen_id=f"c{offset + i}", detail={"n": i})


@pytest.fixture(scope="module")
def vaults(tmp_path_factory):
    """A locked vault with some 400 kB of pages, and a crash copy of it with committed work in its WAL."""
    root = tmp_path_factory.mktemp("check-damage")
    vault = Vault(root / "locked", KeyCache(InMemoryKeyring()), actor="test")
    vault.create(PASSWORD, KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    vault.unlock_with_password(PASSWORD)
    with vault.transaction() as conn:
        for i in range(1500):
            audit.append_event(
                conn, "test", "citizen.viewed", citizen_id=f"bulk-{i}", detail={"pad": "x" * 200}
            )
    vault.lock()
    vault.unlock_with_password(PASSWORD)
    _write(vault, 40)
    crash_copy(vault.folder, root / "open")
    vault.lock()
    return root


def _damaged(vaults, tmp_path, which: str):
    folder = tmp_path / "v"
    shutil.copytree(vaults / which, folder)
    return folder


def _check_reports_damage(folder) -> None:
    before = vault_file_digests(folder)
    result = casenotes("check", "--password-stdin", stdin=PASSWORD + "\n", data_dir=folder)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stdout
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("casenotes: error: The vault is damaged"), lines[0]
    assert "unexpected" not in result.stderr
    assert vault_file_digests(folder) == before


@pytest.mark.parametrize("where", [0.3, 0.5, 0.7])
def test_a_flipped_byte_in_the_middle_of_the_database(vaults, tmp_path, where):
    folder = _damaged(vaults, tmp_path, "locked")
    size = (folder / "vault.db").stat().st_size
    assert size > 100 * 4096
    flip_byte(folder / "vault.db", int(size * where) // 4096 * 4096 + 1000)
    _check_reports_damage(folder)


def test_a_truncated_database(vaults, tmp_path):
    folder = _damaged(vaults, tmp_path, "locked")
    data = (folder / "vault.db").read_bytes()
    (folder / "vault.db").write_bytes(data[: len(data) * 6 // 10 // 4096 * 4096])
    _check_reports_damage(folder)


def test_a_damaged_wal(vaults, tmp_path):
    folder = _damaged(vaults, tmp_path, "open")
    frames = wal_frames(folder / "vault.db-wal")
    flip_byte(folder / "vault.db-wal", WAL_HEADER + frames // 2 * FRAME + 100)
    _check_reports_damage(folder)


def test_a_wal_cut_at_a_frame_boundary(vaults, tmp_path):
    folder = _damaged(vaults, tmp_path, "open")
    cut_wal(folder / "vault.db-wal", wal_frames(folder / "vault.db-wal") // 2)
    _check_reports_damage(folder)


def test_a_deleted_wal(vaults, tmp_path):
    folder = _damaged(vaults, tmp_path, "open")
    (folder / "vault.db-wal").unlink()
    _check_reports_damage(folder)


def test_the_newest_access_log_event_deleted(vaults, tmp_path):
    folder = _damaged(vaults, tmp_path, "locked")
    edit(folder, "DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")
    _check_reports_damage(folder)
