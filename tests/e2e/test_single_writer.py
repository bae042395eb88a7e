"""Two programs on one vault: the second is refused at once, naming the first.

The holder is the real command line (``casenotes demo``) in another process, stopped inside its write
transaction until the test lets it go: a long ``demo`` as a person would run it, without the timing.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services.backup import BackupService
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.helpers import casenotes

pytestmark = pytest.mark.slow

# ``casenotes demo`` whose data generation writes one row and then waits for a line on stdin, inside
# its transaction (the line after the password).
HOLDING_DEMO = textwrap.dedent(
    """
    import sys
    from sqlalchemy import text
    import desktop.demo.caseload as demo
    from desktop import cli

    def generate(session, *args, **kwargs):
        with session.vault.transaction() as conn:
            conn.execute(text("INSERT INTO app_setting (key, value, updated_at) VALUES ('holder', '1', '')"))
            print("holding", flush=True)
            sys.stdin.readline()
        return demo.DemoResult(0, 0, {})

    demo.generate = generate
    sys.exit(cli.run(sys.argv[1:]))
    """
)


class Holder:
    """``casenotes demo`` in another process, holding the vault open (and its write lock)."""

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDING_DEMO, "--data-dir", str(folder), "demo", "--password-stdin"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(PASSWORD + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line.strip() == "holding", self.process.stderr.read() if self.process.stderr else ""

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill_9(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def finish(self) -> subprocess.CompletedProcess:
        out, err = self.process.communicate("\n", timeout=60)
        return subprocess.CompletedProcess(self.process.args, self.process.returncode, out, err)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.kill_9()


@pytest.fixture
def holder(vault_dir, fast_kdf):
    Vault(vault_dir).create(PASSWORD, fast_kdf)
    started = Holder(vault_dir)
    yield started
    started.stop()


def opens_logged(folder: Path) -> int:
    """How many times the vault was opened (each open logs ``vault.unlocked``)."""
    vault = Vault(folder)
    vault.unlock_with_password(PASSWORD)
    try:
        with vault.engine.connect() as conn:
            return conn.execute(
                text("SELECT count(*) FROM audit_event WHERE action = 'vault.unlocked'")
            ).scalar_one()
    finally:
        vault.lock()


def names_the_holder(message: str, pid: int) -> bool:
    expected = (
        rf"The notebook is already open in casenotes demo \(process {pid}, by \S+ on "
        rf"{re.escape(socket.gethostname())}, since \d\d:\d\d\)\. Close that program first; nothing was changed\."
    )
    return re.search(expected, message) is not None


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["demo", "--citizens", "1", "--notes", "1"],
        ["export", "--all", "--out", "{tmp}/all.json"],
    ],
)
def test_a_second_command_is_refused_naming_the_first(holder, vault_dir, tmp_path, command):
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    second = casenotes(*args, "--password-stdin", stdin=PASSWORD + "\n", data_dir=vault_dir)

    assert second.returncode == 1
    assert names_the_holder(second.stderr, holder.pid), second.stderr
    assert second.stderr.count("\n") == 1  # one line, no traceback
    assert not (tmp_path / "all.json").exists()
    assert holder.finish().returncode == 0  # the first program finishes its work undisturbed
    assert opens_logged(vault_dir) == 1  # the holder's; none by the refused command


def test_after_kill_9_of_the_holder_the_next_command_works(holder, vault_dir):
    holder.kill_9()

    check = casenotes("check", "--password-stdin", stdin=PASSWORD + "\n", data_dir=vault_dir)

    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("OK: ")


def test_a_restore_is_refused_while_another_program_has_the_vault(holder, vault_dir, tmp_path, fast_kdf):
    source = tmp_path / "other"
    made = VaultSession(source, kdf=fast_kdf)
    made.create(PASSWORD)
    backup_file = tmp_path / "backup.cnbackup"
    BackupService(made).write_backup(backup_file, "backup-adgangskode")
    made.lock()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file() and p.suffix != ".lock"}

    restore = casenotes(
        "restore",
        str(backup_file),
        "--replace",
        "--backup-password-stdin",
        stdin="backup-adgangskode\n",
        data_dir=vault_dir,
    )

    assert restore.returncode == 1
    assert names_the_holder(restore.stderr, holder.pid), restore.stderr
    assert not [p for p in vault_dir.iterdir() if p.name.startswith("before-restore-")]
    assert not (vault_dir / "restore-journal.json").exists()
    assert vault_dir.joinpath("vault.json").read_bytes() == before["vault.json"]
    assert holder.finish().returncode == 0
    assert opens_logged(vault_dir) == 1  # still the same vault, the holder's open in its log


def test_a_command_waits_for_the_window_to_lock_the_notebook(vault_dir, fast_kdf):
    window = VaultSession(vault_dir, kdf=fast_kdf)  # the program's window, in this process
    window.create(PASSWORD)

    refused = casenotes("check", "--password-stdin", stdin=PASSWORD + "\n", data_dir=vault_dir)
    window.lock()  # the person locks the notebook (or it locks itself when idle)
    after = casenotes("check", "--password-stdin", stdin=PASSWORD + "\n", data_dir=vault_dir)

    assert refused.returncode == 1
    assert f"already open in another Casenotes window (process {os.getpid()}, by " in refused.stderr
    assert after.returncode == 0, after.stderr
