"""kill -9 in the middle of a write loop: every committed row is there and the vault checks clean."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import text

from desktop.storage.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.helpers import casenotes

pytestmark = pytest.mark.slow

WRITER = textwrap.dedent(
    """
    import sys
    from desktop.storage.vault import audit
    from desktop.storage.vault.vault import Vault
    vault = Vault(sys.argv[1], actor="writer")
    vault.unlock_with_password(sys.stdin.readline().rstrip("\\n"))
    i = 0
    while True:
        with vault.transaction() as conn:
            event = audit.append_event(conn, "writer", "test.write", detail={"n": i})
        print(event.id, flush=True)  # printed only after the commit returned
        i += 1
    """
)


def _write_until_killed(vault_dir, writer: str, lines: int) -> list[str]:
    """Run ``writer`` on the vault, kill -9 it after ``lines`` committed writes; every id it printed."""
    child = subprocess.Popen(
        [sys.executable, "-c", writer, str(vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSWORD + "\n")
    child.stdin.flush()
    committed = [child.stdout.readline().strip() for _ in range(lines)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    return committed + [line.strip() for line in child.stdout.read().splitlines() if line.strip()]


def _check_passes(vault_dir) -> None:
    check = casenotes("check", "--password-stdin", stdin=PASSWORD + "\n", data_dir=vault_dir)
    assert check.returncode == 0, check.stderr


def _missing(vault_dir, committed: list[str]) -> list[str]:
    """The committed writes the vault does not hold."""
    vault = Vault(vault_dir)
    vault.unlock_with_password(PASSWORD)
    with vault.engine.connect() as conn:
        stored = {
            row[0] for row in conn.execute(text("SELECT id FROM audit_event WHERE action = 'test.write'"))
        }
    vault.lock()
    return [event_id for event_id in committed if event_id not in stored]


def test_kill_9_during_writes_loses_nothing_committed(vault_dir, fast_kdf):
    Vault(vault_dir).create(PASSWORD, fast_kdf)
    committed = _write_until_killed(vault_dir, WRITER, 200)
    assert len(committed) >= 200
    _check_passes(vault_dir)
    assert _missing(vault_dir, committed) == []


THREADED_WRITER = textwrap.dedent(
    """
    import sys, threading
    from desktop.storage.vault import audit
    from desktop.storage.vault.vault import Vault
    vault = Vault(sys.argv[1], actor="writer")
    vault.unlock_with_password(sys.stdin.readline().rstrip("\\n"))
    printing = threading.Lock()

    def write(name):
        i = 0
        while True:
            with vault.transaction() as conn:
                event = audit.append_event(conn, "writer", "test.write", detail={"t": name, "n": i})
            with printing:
                print(event.id, flush=True)  # printed only after the commit (and its mark write) returned
            i += 1

    for name in ("a", "b", "c"):
        threading.Thread(target=write, args=(name,), daemon=True).start()
    threading.Event().wait()
    """
)


def test_kill_9_of_threaded_writers_again_and_again_is_never_a_false_alarm(vault_dir, fast_kdf):
    """The commit mark is written after each commit, from several threads; a kill between the
    two, or in the middle of a mark write, must leave a vault that opens and checks clean."""
    Vault(vault_dir).create(PASSWORD, fast_kdf)
    committed: list[str] = []
    for _round in range(4):
        committed += _write_until_killed(vault_dir, THREADED_WRITER, 150)
        assert (vault_dir / "vault.mark").exists()
        _check_passes(vault_dir)
    assert _missing(vault_dir, committed) == []
