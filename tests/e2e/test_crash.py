"""kill -9 in the middle of a write loop: every committed row is there and the vault checks clean."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import text

from desktop.storage.vault import Vault
from tests.conftest import PASSWORD
from tests.helpers import casenotes

pytestmark = pytest.mark.slow

WRITER = textwrap.dedent(
    """
    import sys
    from desktop.storage import audit
    from desktop.storage.vault import Vault
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


def test_kill_9_during_writes_loses_nothing_committed(vault_dir, fast_kdf):
    Vault(vault_dir).create(PASSWORD, fast_kdf)
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSWORD + "\n")
    child.stdin.flush()
    committed = [child.stdout.readline().strip() for _ in range(200)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    committed += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
    assert len(committed) >= 200

    check = casenotes("check", "--password-stdin", stdin=PASSWORD + "\n", data_dir=vault_dir)
    assert check.returncode == 0, check.stderr

    vault = Vault(vault_dir)
    vault.unlock_with_password(PASSWORD)
    with vault.engine.connect() as conn:
        stored = {
            row[0] for row in conn.execute(text("SELECT id FROM audit_event WHERE action = 'test.write'"))
        }
    vault.lock()
    missing = [event_id for event_id in committed if event_id not in stored]
    assert missing == []
