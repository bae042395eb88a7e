"""Two vaults and the real sync server on loopback, driven through the command line.

Edits happen offline on both; after syncing both, the exports of the two vaults are identical, a
conflicting edit shows as a conflict and resolving it converges both, and the server's database
holds none of the text written on the clients.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from syncserver.background import serve_in_thread
from syncserver.config import Settings
from tests.conftest import PASSWORD
from tests.helpers import casenotes, files_containing

pytestmark = pytest.mark.slow

MARKERS = ("MARKØR-profil-51c2", "MARKØR-note-9e07", "MARKØR-felt-3b88")


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "server"
    folder.mkdir()
    with serve_in_thread(Settings(database_url=f"sqlite:///{folder / 'sync.db'}")) as url:
        yield url, folder


def _cli(folder, *args, stdin=PASSWORD + "\n"):
    result = casenotes(*args, "--password-stdin", stdin=stdin, data_dir=folder)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _export(folder, tmp_path):
    out = tmp_path / f"{folder.name}.json"
    _cli(folder, "export", "--all", "--format", "json", "--out", str(out))
    return json.loads(out.read_text(encoding="utf-8"))["records"]


class _Open:
    """The vault opened in this process for a moment, the way the program would edit it."""

    def __init__(self, folder):
        self.session = VaultSession(folder)

    def __enter__(self) -> Services:
        self.session.unlock(PASSWORD)
        return Services.for_session(self.session)

    def __exit__(self, *exc) -> None:
        self.session.lock()


def test_two_vaults_converge_through_the_real_server(server, tmp_path):
    url, server_folder = server
    office, field = tmp_path / "office", tmp_path / "field"
    for folder in (office, field):
        _cli(folder, "init")
    _cli(office, "demo", "--citizens", "3", "--notes", "12")
    with _Open(office) as services:
        citizen_id = services.citizens.create_citizen(
            CitizenDraft(
                name="Testperson Sync", own_wishes=MARKERS[0], own_situation="Linje et\nLinje to\nLinje tre"
            )
        )
        services.notes.add_note(citizen_id, NoteDraft(held_on=services_today(), agenda=MARKERS[1]))

    assert "Created the account" in _cli(office, "sync", "--server", url, "--account", "lene")
    assert "Joined the account" in _cli(field, "sync", "--server", url, "--account", "lene")
    assert _export(office, tmp_path) == _export(field, tmp_path)

    # Offline on both: different lines of one text, and one field changed two ways.
    with _Open(office) as services:
        draft = services.citizens.open_citizen(citizen_id).draft
        services.citizens.update_citizen(
            citizen_id,
            replace(draft, own_situation="Linje et, kontoret\nLinje to\nLinje tre", phone="11223344"),
        )
    with _Open(field) as services:
        draft = services.citizens.open_citizen(citizen_id).draft
        services.citizens.update_citizen(
            citizen_id,
            replace(draft, own_situation="Linje et\nLinje to\nLinje tre, marken", phone=MARKERS[2]),
        )
    _cli(office, "sync")
    assert "1 new conflicts" in _cli(field, "sync")
    _cli(office, "sync")
    with _Open(field) as services:
        [conflict] = services.sync.conflicts()
        assert (conflict.field, conflict.local, conflict.remote) == ("phone", MARKERS[2], "11223344")
        services.sync.resolve(conflict.id, "11223344")
        merged = services.citizens.open_citizen(citizen_id).draft.own_situation
        assert merged == "Linje et, kontoret\nLinje to\nLinje tre, marken"
    _cli(field, "sync")
    _cli(office, "sync")
    office_records, field_records = _export(office, tmp_path), _export(field, tmp_path)
    assert office_records == field_records
    assert len(office_records["meeting_note"]) == 13

    leaks = [(m, path.name) for m in MARKERS for path in files_containing(server_folder, m)]
    assert leaks == []


def services_today():
    from datetime import date

    return date.today()
