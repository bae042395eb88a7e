"""Swapping a restored vault into place: a kill at any step leaves the old vault or the restored one, whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from datetime import datetime

import pytest

from desktop.errors import WrongPassword
from desktop.storage.vault import vault_swap
from desktop.storage.vault.vault import Vault

OLD_PASSWORD = "den gamle adgangskode"
NEW_PASSWORD = "den gendannede adgangskode"


class Killed(BaseException):
    """Stands in for kill -9: nothing after it runs, nothing is cleaned up."""


@pytest.fixture
def scene(tmp_path, fast_kdf):
    """An old vault in ``data`` and the files of another one staged inside it, as a restore leaves them."""

    def build():
        root = tmp_path / f"scene-{len(list(tmp_path.iterdir()))}"
        data, other = root / "data", root / "other"
        old, new = Vault(data), Vault(other)
        old.create(OLD_PASSWORD, fast_kdf)
        new.create(NEW_PASSWORD, fast_kdf)
        (data / "unlock-attempts.json").write_text('{"failures": [1.0]}')
        staged = data / ".restore-staging-1-test"
        staged.mkdir()
        for name in ("vault.json", "vault.db"):
            shutil.copy2(other / name, staged / name)
        return data, staged, old.vault_id, new.vault_id

    return build


def _swap(data, staged):
    vault = Vault(data)
    return vault.replace_with(staged, data / "before-restore-test", {"vault_id": "x"})


def _opens(folder, password) -> str:
    vault = Vault(folder)
    vault.unlock_with_password(password)
    try:
        assert vault.verify_integrity().ok
        return vault.vault_id
    finally:
        vault.lock()


def test_the_swap_keeps_the_old_vault_whole_beside_the_restored_one(scene):
    data, staged, old_id, new_id = scene()
    kept = _swap(data, staged)
    assert kept == data / "before-restore-test"
    assert _opens(data, NEW_PASSWORD) == new_id
    assert _opens(kept, OLD_PASSWORD) == old_id
    assert (kept / "unlock-attempts.json").exists() and not (data / "unlock-attempts.json").exists()
    assert not staged.exists() and not (data / vault_swap.JOURNAL_NAME).exists()
    assert vault_swap.read_note(data) == {"vault_id": "x", "previous_kept_in": "before-restore-test"}


def test_a_kill_at_every_step_leaves_one_whole_vault(scene, monkeypatch):
    # Count the renames one swap makes (the journal writes are renames too), then kill at each one.
    data, staged, *_ = scene()
    calls = []
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", lambda *a, **k: (calls.append(a), real_replace(*a, **k))[1])
    _swap(data, staged)
    monkeypatch.setattr(os, "replace", real_replace)
    steps = len(calls)
    assert steps >= 6
    outcomes = []

    for kill_at in range(steps):
        data, staged, old_id, new_id = scene()
        count = 0

        def replace(src, dst, kill_at=kill_at):
            nonlocal count
            if count == kill_at:
                raise Killed()
            count += 1
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", replace)
        with pytest.raises(Killed):
            _swap(data, staged)
        monkeypatch.setattr(os, "replace", real_replace)

        # The next program start sees the folder through Vault, which finishes a committed restore.
        committed = (data / vault_swap.JOURNAL_NAME).exists()
        outcomes.append(committed)
        if committed:
            assert _opens(data, NEW_PASSWORD) == new_id, kill_at
            assert _opens(data / "before-restore-test", OLD_PASSWORD) == old_id, kill_at
        else:
            assert _opens(data, OLD_PASSWORD) == old_id, kill_at
            with pytest.raises(WrongPassword):
                Vault(data).unlock_with_password(NEW_PASSWORD)
        assert not (data / vault_swap.JOURNAL_NAME).exists()
    assert outcomes[0] is False and all(outcomes[1:]), outcomes  # the first rename is the journal's


def test_dated_folders_never_reuse_a_name(tmp_path):
    moment = datetime(2026, 3, 5, 14, 2, 9)
    first = vault_swap.dated_folder(tmp_path, moment)
    assert first.name == "before-restore-20260305-140209"
    first.mkdir()
    assert vault_swap.dated_folder(tmp_path, moment).name == "before-restore-20260305-140209-2"


def test_a_journal_cannot_point_outside_the_data_folder(tmp_path):
    (tmp_path / vault_swap.JOURNAL_NAME).write_text(
        '{"format": "casenotes-restore-journal", "phase": "place", "staged": "../elsewhere", "keep": null,'
        ' "old": [], "new": ["vault.db"], "note": {}}'
    )
    from desktop.errors import RestoreUnfinished

    with pytest.raises(RestoreUnfinished):
        vault_swap.finish_interrupted(tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="the lock probe is POSIX only")
def test_a_vault_open_in_another_process_is_seen(tmp_path, fast_kdf):
    folder = tmp_path / "v"
    Vault(folder).create(OLD_PASSWORD, fast_kdf)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import sys
                from desktop.storage.vault.vault import Vault
                vault = Vault(sys.argv[1])
                vault.unlock_with_password(sys.argv[2])
                with vault.engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")
                print("open", flush=True)
                sys.stdin.readline()
                vault.lock()
                """
            ),
            str(folder),
            OLD_PASSWORD,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        assert Vault(folder).in_use_elsewhere()
    finally:
        holder.communicate("\n", timeout=30)
    assert not Vault(folder).in_use_elsewhere()
