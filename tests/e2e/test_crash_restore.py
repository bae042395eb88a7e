"""kill -9 inside each phase of ``casenotes restore``.

The run is stopped at a pause point (``desktop/pause_points.py``) and killed there, so the kill lands
inside the phase every time. Afterwards, as a person would find it: the next start (``casenotes
check``) opens one whole notebook, either the old one (killed before the journal, the commit point) or
the restored one with the old one whole in its dated folder (killed after it); never a mix, and the
restore is written once in the restored notebook's access log.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest
from sqlalchemy import text

from desktop.demo.caseload import generate
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.envelope import KdfParams
from desktop.storage.vault.keychain import KeyCache
from desktop.storage.vault.vault_swap import JOURNAL_NAME, KEEP_PREFIX, NOTE_NAME
from tests.conftest import PASSWORD, InMemoryKeyring
from tests.e2e.pausing import kill_at
from tests.helpers import casenotes

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")]

BACKUP_PASSWORD = "en sætning kun til backuppen"
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)

# Each pause point of a restore: whether the restore had passed its commit point there, and what the
# data folder shows at the moment of the kill (the journal's phase, or None: no journal).
POINTS = {
    "restore.staged": (False, None),
    "restore.journal_written": (True, "keep"),
    "restore.kept_one": (True, "keep"),
    "restore.kept": (True, "place"),
    "restore.placed_one": (True, "place"),
    "restore.placed": (True, "place"),
}


def _make_vault(folder, seed):
    session = VaultSession(folder, KeyCache(InMemoryKeyring()), kdf=FAST_KDF)
    session.create(PASSWORD)
    generate(session, 4, 30, seed)
    return session


def _opened(folder):
    """The records of the vault in ``folder`` (what ``export --all`` writes), its id and its restores logged."""
    session = VaultSession(folder, KeyCache(InMemoryKeyring()))
    session.unlock(PASSWORD)
    try:
        records = Services.for_session(session).sync.export_all()
        with session.vault.engine.connect() as conn:
            restores = conn.execute(
                text("SELECT count(*) FROM audit_event WHERE action = 'backup.restored'")
            ).scalar_one()
        return records, session.vault.vault_id, restores
    finally:
        session.lock()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A data folder holding the old notebook, and a backup of another (the restored one)."""
    root = tmp_path_factory.mktemp("restore-world")
    restored = _make_vault(root / "restored", seed=2)
    backup = root / "usb" / "uge-10.cnbackup"
    backup.parent.mkdir()
    Services.for_session(restored).backup.write_backup(backup, BACKUP_PASSWORD)
    restored.lock()
    _make_vault(root / "old", seed=1).lock()
    old, restored_opened = _opened(root / "old"), _opened(root / "restored")
    assert old[0] != restored_opened[0]
    return root, backup, old[:2], restored_opened[:2]


def _phase(folder):
    journal = folder / JOURNAL_NAME
    return json.loads(journal.read_text("utf-8"))["phase"] if journal.exists() else None


@pytest.mark.parametrize("point", POINTS)
def test_kill_9_inside_restore_leaves_one_whole_notebook(point, world, tmp_path):
    root, backup, (old_records, old_id), (new_records, new_id) = world
    data = tmp_path / "data"
    shutil.copytree(root / "old", data)
    command = ("restore", str(backup), "--replace", "--backup-password-stdin")

    kill_at(point, data, *command, stdin=BACKUP_PASSWORD + "\n")

    committed, phase = POINTS[point]
    assert _phase(data) == phase  # the kill landed inside this phase, not before or after it
    staged = list(data.glob(".restore-staging-*"))
    assert len(staged) == 1

    # The next start finishes the restore (after the commit point) or finds the old notebook untouched.
    check = casenotes("check", "--password-stdin", stdin=PASSWORD + "\n", data_dir=data)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("OK:")
    assert not (data / JOURNAL_NAME).exists() and not (data / NOTE_NAME).exists()
    records, vault_id, restores = _opened(data)
    kept = list(data.glob(KEEP_PREFIX + "*"))
    if committed:
        assert (vault_id, restores) == (new_id, 1)
        assert records == new_records
        assert len(kept) == 1
        kept_records, kept_id, _ = _opened(kept[0])  # the old notebook, whole, in its dated folder
        assert (kept_id, kept_records) == (old_id, old_records)
        assert list(data.glob(".restore-staging-*")) == []
        return

    assert (vault_id, restores) == (old_id, 0)
    assert records == old_records
    assert kept == []
    # The staging copy (encrypted) is litter until the next backup or restore, which clears it and
    # then restores as if nothing had happened.
    again = casenotes(*command, stdin=BACKUP_PASSWORD + "\n", data_dir=data)
    assert again.returncode == 0, again.stderr
    assert list(data.glob(".restore-staging-*")) == []
    records, vault_id, restores = _opened(data)
    assert (vault_id, restores, records) == (new_id, 1, new_records)
    [kept] = data.glob(KEEP_PREFIX + "*")
    assert _opened(kept)[:2] == (old_records, old_id)
