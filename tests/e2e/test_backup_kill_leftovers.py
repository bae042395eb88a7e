"""kill -9 of ``casenotes backup`` in the middle of sealing: the staging copy in the data folder and the
partial file beside the target are both there after the kill, and both gone once the vault is opened
again; what is noted in the data folder meanwhile does not name the file in the clear."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from tests.conftest import PASSWORD
from tests.helpers import files_containing

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BACKUP_PASSWORD = "en sætning kun til backuppen"
TARGET_NAME = "Åse Ærø uge 10.cnbackup"  # a name in a file name, as people write them

# The real command line in a child process; a test-only patch stops it for good once the first bytes
# of the backup are sealed into the partial file, so the kill lands in the middle of the write.
SCRIPT = textwrap.dedent(
    """
    import sys, time
    from desktop.storage.vault import backup

    original = backup._ChunkSealer.write

    def write_then_hang(self, data):
        original(self, data)
        self._out.flush()
        print("sealing", flush=True)
        time.sleep(600)

    backup._ChunkSealer.write = write_then_hang
    from desktop import cli

    sys.exit(cli.run(sys.argv[1:]))
    """
)


def test_leftovers_of_a_killed_backup_are_removed_at_the_next_unlock(tmp_path, key_cache, fast_kdf):
    data, usb = tmp_path / "data", tmp_path / "usb"
    usb.mkdir()
    session = VaultSession(data, key_cache, kdf=fast_kdf)
    session.create(PASSWORD)
    Services.for_session(session).citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    session.lock()
    target = usb / TARGET_NAME

    arguments = [
        "--data-dir",
        str(data),
        "backup",
        str(target),
        "--password-stdin",
        "--backup-password-stdin",
    ]
    child = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        child.stdin.write(f"{PASSWORD}\n{BACKUP_PASSWORD}\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "sealing", child.stderr.read()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)

    staging = [p.name for p in data.glob(".backup-staging-*")]
    partials = [p.name for p in usb.iterdir()]
    assert staging and partials == [f".{TARGET_NAME}.partial-{child.pid}"]
    assert not target.exists()
    assert files_containing(data, "Åse Ærø uge 10") == []  # the note of the partial is sealed

    reopened = VaultSession(data, key_cache)
    reopened.unlock(PASSWORD)
    try:
        assert list(data.glob(".*-staging-*")) == []
        assert list(usb.iterdir()) == []
        assert not (data / "pending-outputs").exists()
        # and the next backup to the same place works as if nothing had happened
        report = Services.for_session(reopened).backup.write_backup(target, BACKUP_PASSWORD)
    finally:
        reopened.lock()
    assert report.path == target and [p.name for p in usb.iterdir()] == [TARGET_NAME]
