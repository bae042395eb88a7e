"""What a killed backup, restore or export leaves, and what may be removed at the next unlock: only the
leftovers of processes that no longer run, never a staging folder a restore still needs, never a file
the ledger did not write itself."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import pytest

from desktop.storage.vault import backup, outputs, vault_swap
from tests.conftest import PASSWORD


@pytest.fixture
def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _staging(folder, purpose, pid):
    path = folder / f".{purpose}-staging-{pid}-{secrets.token_hex(4)}"
    path.mkdir(parents=True)
    (path / "vault.db").write_bytes(b"\0" * 1024)
    return path


def test_unlock_removes_staging_folders_of_dead_processes_only(session, dead_pid):
    session.create(PASSWORD)
    session.lock()
    folder = session.folder
    killed_backup = _staging(folder, "backup", dead_pid)
    killed_restore = _staging(folder, "restore", dead_pid)
    ours = _staging(folder, "backup", os.getpid())  # a backup this process runs on another thread
    running = _staging(folder, "backup", os.getppid())  # another process that still runs

    session.unlock(PASSWORD)

    assert not killed_backup.exists() and not killed_restore.exists()
    assert ours.exists() and running.exists()


def test_a_staging_folder_is_kept_while_a_restore_journal_needs_it(tmp_path, dead_pid):
    folder = tmp_path / "data"
    staged = _staging(folder, "restore", dead_pid)
    (folder / vault_swap.JOURNAL_NAME).write_text("{}")  # past the commit point: to be finished

    assert backup.remove_stale_staging(folder) == []
    assert staged.exists()

    (folder / vault_swap.JOURNAL_NAME).unlink()
    assert backup.remove_stale_staging(folder) == [staged.name]


@pytest.fixture
def ledger(tmp_path):
    return outputs.PartialLedger(tmp_path / "data", secrets.token_bytes(32))


def _note_as(monkeypatch, ledger, target, pid):
    """Note ``target``'s partial as a process ``pid`` would, and leave the partial behind as a kill does."""
    monkeypatch.setattr(os, "getpid", lambda: pid)
    partial = outputs.partial_path(target)
    with ledger.tracking(target):
        partial.write_bytes(b"half an export")
    monkeypatch.undo()
    return partial


def test_the_partial_of_a_dead_writer_is_removed(ledger, tmp_path, dead_pid, monkeypatch):
    (tmp_path / "usb").mkdir()
    partial = _note_as(monkeypatch, ledger, tmp_path / "usb" / "Indsigt - Åse.pdf", dead_pid)
    assert partial.exists() and len(list((tmp_path / "data" / "pending-outputs").iterdir())) == 1

    assert ledger.clean() == [partial]
    assert not partial.exists() and not (tmp_path / "data" / "pending-outputs").exists()


def test_a_partial_on_a_drive_that_is_not_there_is_looked_for_again(ledger, tmp_path, dead_pid, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    partial = _note_as(monkeypatch, ledger, usb / "uge-10.cnbackup", dead_pid)
    usb.rename(tmp_path / "unplugged")

    assert ledger.clean() == []
    assert len(list((tmp_path / "data" / "pending-outputs").iterdir())) == 1

    (tmp_path / "unplugged").rename(usb)
    assert ledger.clean() == [partial] and not partial.exists()


def test_a_running_writer_s_partial_is_left_alone(ledger, tmp_path, monkeypatch):
    (tmp_path / "usb").mkdir()
    partial = _note_as(monkeypatch, ledger, tmp_path / "usb" / "export.json", os.getppid())
    assert ledger.clean() == [] and partial.exists()


def test_only_a_plain_partial_file_is_ever_removed(ledger, tmp_path, dead_pid, monkeypatch):
    (tmp_path / "usb").mkdir()
    partial = _note_as(monkeypatch, ledger, tmp_path / "usb" / "export.json", dead_pid)
    partial.unlink()
    partial.mkdir()  # something else by that name now: not ours to remove
    assert ledger.clean() == [] and partial.is_dir()


def test_a_note_sealed_under_another_key_is_dropped_without_touching_anything(
    ledger, tmp_path, dead_pid, monkeypatch
):
    (tmp_path / "usb").mkdir()
    partial = _note_as(monkeypatch, ledger, tmp_path / "usb" / "export.json", dead_pid)
    other = outputs.PartialLedger(tmp_path / "data", secrets.token_bytes(32))  # e.g. after a restore

    assert other.clean() == []
    assert partial.exists() and not (tmp_path / "data" / "pending-outputs").exists()
