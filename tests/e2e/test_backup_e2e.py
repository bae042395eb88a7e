"""Backup and restore through the command line, as an administrator or a script would run them."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from tests.conftest import PASSWORD
from tests.helpers import casenotes, files_containing, flip_byte

pytestmark = pytest.mark.slow

BACKUP_PASSWORD = "en sætning kun til backuppen"
MARKER = "MARKØR-cli-backup-c41d"


def _ok(folder, *args, stdin=""):
    result = casenotes(*args, stdin=stdin, data_dir=folder)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _error(folder, *args, stdin=""):
    result = casenotes(*args, stdin=stdin, data_dir=folder)
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def _export(folder, tmp_path):
    out = tmp_path / "export.json"
    _ok(
        folder,
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        str(out),
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    return json.loads(out.read_text(encoding="utf-8"))["records"]


def _listing(folder):
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


def test_backup_wipe_restore_through_the_command_line(tmp_path):
    data = tmp_path / "data"
    backups = tmp_path / "usb"
    backups.mkdir()
    created = _ok(data, "init", "--password-stdin", stdin=PASSWORD + "\n")
    recovery = created.strip().splitlines()[-1].strip()
    _ok(data, "demo", "--citizens", "3", "--notes", "10", "--password-stdin", stdin=PASSWORD + "\n")
    session = VaultSession(data)
    session.unlock(PASSWORD)
    services = Services.for_session(session)
    citizen = services.citizens.create_citizen(CitizenDraft(name="Testperson CLI", own_wishes=MARKER))
    services.notes.add_note(citizen, NoteDraft(held_on=date.today(), agenda=MARKER))
    session.lock()
    exported = _export(data, tmp_path)

    file = backups / "uge-10.cnbackup"
    out = _ok(
        data,
        "backup",
        str(file),
        "--password-stdin",
        "--backup-password-stdin",
        stdin=f"{PASSWORD}\n{BACKUP_PASSWORD}\n",
    )
    assert out.startswith("Backup written and checked:")
    assert files_containing(backups, MARKER) == []
    with_key = backups / "med-gendannelsesnøgle.cnbackup"
    _ok(
        data,
        "backup",
        str(with_key),
        "--password-stdin",
        "--recovery-key-stdin",
        stdin=f"{PASSWORD}\n{recovery}\n",
    )

    # Over an existing vault, restore refuses without --replace and changes nothing.
    before = _listing(data)
    line = _error(data, "restore", str(file), "--password-stdin", stdin=BACKUP_PASSWORD + "\n")
    assert "already exists" in line and "--replace" in line
    assert _listing(data) == before

    # A wrong password, a flipped byte and a cut-off file: each one line, nothing changed.
    assert "Wrong backup password" in _error(
        data, "restore", str(file), "--replace", "--password-stdin", stdin=PASSWORD + "\n"
    )
    damaged = backups / "damaged.cnbackup"
    shutil.copy(file, damaged)
    flip_byte(damaged, damaged.stat().st_size // 2)
    assert "damaged" in _error(
        data, "restore", str(damaged), "--replace", "--password-stdin", stdin=BACKUP_PASSWORD + "\n"
    )
    damaged.write_bytes(file.read_bytes()[:-1])
    assert "damaged" in _error(
        data, "restore", str(damaged), "--replace", "--password-stdin", stdin=BACKUP_PASSWORD + "\n"
    )
    assert _listing(data) == before

    # The data folder is wiped (a new laptop); the backup gives back the same vault.
    shutil.rmtree(data)
    out = _ok(data, "restore", str(file), "--backup-password-stdin", stdin=BACKUP_PASSWORD + "\n")
    assert "Restored the backup made" in out and "previous vault" not in out
    assert _export(data, tmp_path) == exported
    _ok(data, "check", "--password-stdin", stdin=PASSWORD + "\n")

    # With --replace, the restored vault is kept in a dated folder and the recovery-key backup takes its place.
    out = _ok(data, "restore", str(with_key), "--replace", "--recovery-key-stdin", stdin=recovery + "\n")
    [kept] = data.glob("before-restore-*")
    assert f"kept in {kept}" in out
    assert _export(data, tmp_path) == exported
    assert _export(kept, tmp_path) == exported
