"""A notebook keeps its sync identity when the server loses everything or is swapped.

The real server on loopback and the real command line. A server wiped behind the same address gets
every record again, whichever computer sets the account up first; a server holding an account of the
same name and password made by another notebook never mixes that notebook's citizens into this one
unless the person says it is the same notebook.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from syncserver.background import serve_in_thread
from syncserver.config import Settings
from tests.conftest import PASSWORD
from tests.helpers import casenotes

pytestmark = pytest.mark.slow

ACCOUNT = "lene"


class Server:
    """The sync server at one loopback address; ``wipe`` starts a new one there on an empty database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.url = ""
        self._running: contextlib.ExitStack | None = None

    @property
    def database(self) -> Path:
        return self.folder / "sync.db"

    def start(self) -> None:
        port = int(self.url.rsplit(":", 1)[1]) if self.url else 0
        self._running = contextlib.ExitStack()
        settings = Settings(database_url=f"sqlite:///{self.database}")
        self.url = self._running.enter_context(serve_in_thread(settings, port=port))

    def stop(self) -> None:
        if self._running is not None:
            self._running.close()
            self._running = None

    def wipe(self) -> None:
        """Stop the server, delete its database, start a new one at the same address."""
        self.stop()
        for path in self.folder.glob("sync.db*"):
            path.unlink()
        self.start()

    def live_records(self) -> int:
        with contextlib.closing(sqlite3.connect(self.database)) as db:
            return db.execute("SELECT count(*) FROM record WHERE NOT deleted").fetchone()[0]


@pytest.fixture
def server(tmp_path) -> Iterator[Server]:
    folder = tmp_path / "server"
    folder.mkdir()
    running = Server(folder)
    running.start()
    yield running
    running.stop()


def _run(folder: Path, *args: str):
    return casenotes(*args, "--password-stdin", stdin=PASSWORD + "\n", data_dir=folder)


def _cli(folder: Path, *args: str) -> str:
    result = _run(folder, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _export(folder: Path) -> dict[str, list[dict]]:
    out = folder.parent / f"{folder.name}-export.json"
    _cli(folder, "export", "--all", "--format", "json", "--out", str(out))
    return json.loads(out.read_text(encoding="utf-8"))["records"]


def _citizen_ids(folder: Path) -> set[str]:
    return {row["id"] for row in _export(folder)["citizen"]}


def _records(export: dict[str, list[dict]]) -> int:
    return sum(len(rows) for rows in export.values())


def test_a_wiped_server_gets_every_record_whichever_computer_sets_it_up_first(server, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        _cli(folder, "init")
    _cli(first, "demo", "--citizens", "4", "--notes", "16", "--seed", "1")
    assert "Created the account" in _cli(first, "sync", "--server", server.url, "--account", ACCOUNT)
    assert "Joined the account" in _cli(second, "sync", "--server", server.url, "--account", ACCOUNT)
    _cli(second, "demo", "--citizens", "2", "--notes", "6", "--seed", "2")  # the second one's own work
    _cli(second, "sync")
    _cli(first, "sync")
    assert _export(first) == _export(second)
    _cli(first, "demo", "--citizens", "1", "--notes", "3", "--seed", "3")  # not yet sent when the server goes

    server.wipe()
    stopped = _run(second, "sync")
    assert stopped.returncode != 0 and "no longer signed in" in stopped.stderr
    again = _run(second, "sync")
    assert "signed out of sync: give --server and --account again" in again.stderr
    recreated = _cli(second, "sync", "--server", server.url, "--account", ACCOUNT)
    assert "Created the account" in recreated
    assert " 0 sent" not in recreated, recreated
    assert _run(first, "sync").returncode != 0
    assert "Joined the account" in _cli(first, "sync", "--server", server.url, "--account", ACCOUNT)
    for folder in (second, first, second):
        _cli(folder, "sync")

    first_records, second_records = _export(first), _export(second)
    assert first_records == second_records
    assert len(first_records["citizen"]) == 7
    assert server.live_records() == _records(first_records)


def test_a_swapped_server_never_mixes_another_notebook_into_this_one(server, tmp_path):
    mine, other = tmp_path / "mine", tmp_path / "other"
    for folder in (mine, other):
        _cli(folder, "init")
    _cli(mine, "demo", "--citizens", "10", "--notes", "20", "--seed", "1")
    _cli(mine, "sync", "--server", server.url, "--account", ACCOUNT)
    before = _export(mine)
    my_citizens = {row["id"] for row in before["citizen"]}

    # Another server at the same address, with an account of the same name and password made by
    # another notebook that has citizens of its own.
    server.wipe()
    _cli(other, "demo", "--citizens", "4", "--notes", "8", "--seed", "4")
    assert "Created the account" in _cli(other, "sync", "--server", server.url, "--account", ACCOUNT)
    foreign = _citizen_ids(other)

    assert _run(mine, "sync").returncode != 0  # the old device token is unknown there
    assert _export(mine) == before
    asked = _run(mine, "sync", "--server", server.url, "--account", ACCOUNT)
    assert asked.returncode != 0, asked.stdout
    assert "another notebook" in asked.stderr and "--same-notebook" in asked.stderr
    assert len(asked.stderr.strip().splitlines()) == 1
    assert _export(mine) == before  # no foreign citizen, nothing else changed either
    assert _run(mine, "sync").returncode != 0  # still not set up for that account
    assert _export(mine) == before
    _cli(other, "sync")
    assert _citizen_ids(other) == foreign  # the other notebook got nothing of this one

    # The person says it is the same notebook (a restored or re-created copy): both merge.
    joined = _cli(mine, "sync", "--server", server.url, "--account", ACCOUNT, "--same-notebook")
    assert "Joined the account" in joined and " 0 sent" not in joined
    for folder in (other, mine):
        _cli(folder, "sync")
    mine_records, other_records = _export(mine), _export(other)
    assert mine_records == other_records
    assert {row["id"] for row in mine_records["citizen"]} == my_citizens | foreign
    assert server.live_records() == _records(mine_records)
