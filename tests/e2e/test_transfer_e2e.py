"""Two caseworkers on one machine with one server hand a citizen from one to the other and back.

The real command line in child processes, the real server on loopback. Lene hands a citizen to Jonas
(``casenotes transfer --to jonas --citizen ID``), Jonas accepts, Lene's copy goes on his receipt;
Jonas hands it back, and Lene's access export of the citizen then holds the same records as before,
with the two handovers added. Then a run killed (kill -9) at each step of a handover, by either side:
running the same commands again finishes it, with the file in exactly one notebook, once.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.demo.caseload import generate
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.envelope import KdfParams
from desktop.storage.vault.keychain import KeyCache
from syncserver.background import serve_in_thread
from syncserver.config import Settings
from tests.conftest import PASSWORD, InMemoryKeyring
from tests.e2e.pausing import kill_at
from tests.helpers import casenotes

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")]


@pytest.fixture
def server(tmp_path) -> Iterator[tuple[str, Path]]:
    database = tmp_path / "sync.db"
    with serve_in_thread(Settings(database_url=f"sqlite:///{database}", auth_hash_cost=2**4)) as url:
        yield url, database


def _cli(folder: Path, *args: str) -> str:
    result = casenotes(*args, "--password-stdin", stdin=PASSWORD + "\n", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _caseworker(tmp_path: Path, name: str, url: str, citizens: int) -> Path:
    """A vault (a cheap key derivation, so each command unlocks fast) with fictional citizens, synced."""
    folder = tmp_path / name
    session = VaultSession(folder, KeyCache(InMemoryKeyring()), kdf=FAST_KDF)
    session.create(PASSWORD)
    if citizens:
        generate(session, citizens, 12, seed=5)
    session.lock()
    _cli(folder, "sync", "--server", url, "--account", name)
    return folder


def _citizen_ids(folder: Path, out: Path) -> list[str]:
    _cli(folder, "export", "--all", "--out", str(out))
    records = json.loads(out.read_text(encoding="utf-8"))["records"]
    return sorted(row["id"] for row in records.get("citizen", []))


def _records(folder: Path, citizen_id: str, out: Path) -> dict:
    _cli(folder, "export", "--citizen", citizen_id, "--out", str(out))
    return json.loads(out.read_text(encoding="utf-8"))["records"]


def _inbox_ids(folder: Path) -> list[str]:
    lines = _cli(folder, "transfer", "--inbox").splitlines()
    return [line.split()[0] for line in lines if " from " in line]


def _server_transfers(database: Path) -> int:
    with contextlib.closing(sqlite3.connect(database)) as db:
        return db.execute("SELECT count(*) FROM transfer").fetchone()[0]


def _without_handovers(records: dict) -> dict:
    kept = {table: rows for table, rows in records.items() if table not in ("handover", "draft")}
    kept["citizen"] = [
        {k: v for k, v in row.items() if k not in ("responsible_caseworker", "updated_at")}
        for row in kept["citizen"]
    ]
    return kept


def test_a_citizen_goes_to_a_colleague_and_back_and_the_exports_match(tmp_path, server):
    url, database = server
    lene = _caseworker(tmp_path, "lene", url, citizens=2)
    jonas = _caseworker(tmp_path, "jonas", url, citizens=0)
    citizen_id = _citizen_ids(lene, tmp_path / "all.json")[0]
    before = _records(lene, citizen_id, tmp_path / "before.json")

    assert "lene" in _cli(jonas, "colleagues")
    sent = _cli(lene, "transfer", "--to", "jonas", "--citizen", citizen_id, "--reason", "Ny fordeling")
    assert "sent" in sent
    (transfer_id,) = _inbox_ids(jonas)
    assert _cli(jonas, "transfer", "--accept", transfer_id).startswith("Accepted")
    assert "1 handed over and erased here" in _cli(lene, "transfer")
    assert citizen_id not in _citizen_ids(lene, tmp_path / "lene-after.json")
    assert _server_transfers(database) == 0

    _cli(lene, "sync")
    _cli(jonas, "sync")
    _cli(jonas, "transfer", "--to", "lene", "--citizen", citizen_id, "--reason", "Tilbage")
    (back_id,) = _inbox_ids(lene)
    _cli(lene, "transfer", "--accept", back_id)
    _cli(jonas, "transfer")
    assert citizen_id not in _citizen_ids(jonas, tmp_path / "jonas-after.json")

    after = _records(lene, citizen_id, tmp_path / "after.json")
    assert _without_handovers(after) == _without_handovers(before)
    added = [row for row in after["handover"] if row not in before.get("handover", [])]
    assert sorted(row["reason"] for row in added) == ["Ny fordeling", "Tilbage"]
    assert after["citizen"][0]["responsible_caseworker"] == "lene"
    # Both sync cleanly to their own accounts afterwards.
    assert "0 waiting, 0 conflicts open" in _cli(lene, "sync")
    assert "0 waiting, 0 conflicts open" in _cli(jonas, "sync")


# (whose run is killed, at which point, the command that run was).
KILLS = [
    ("lene", "transfer.queued", "hand over"),
    ("lene", "transfer.sent", "hand over"),
    ("jonas", "transfer.accepted", "accept"),
    ("jonas", "transfer.answered", "accept"),
    ("lene", "transfer.recorded", "collect"),
]


@pytest.mark.parametrize(("who", "point", "step"), KILLS, ids=[k[1] for k in KILLS])
def test_a_handover_killed_at_any_step_finishes_when_run_again(tmp_path, server, who, point, step):
    url, database = server
    lene = _caseworker(tmp_path, "lene", url, citizens=1)
    jonas = _caseworker(tmp_path, "jonas", url, citizens=0)
    (citizen_id,) = _citizen_ids(lene, tmp_path / "all.json")
    folders = {"lene": lene, "jonas": jonas}
    commands = {
        "hand over": ("transfer", "--to", "jonas", "--citizen", citizen_id),
        "collect": ("transfer",),
    }

    def run(name: str, current: str, *args: str) -> None:
        if name == who and current == step:
            kill_at(point, folders[name], *args, "--password-stdin", stdin=PASSWORD + "\n")
            if step == "hand over":
                _cli(lene, "transfer")  # the person syncs again: the queued file goes
            elif step == "accept":
                _cli(jonas, "transfer")  # the receipt kept at the kill goes now
            else:
                _cli(lene, "transfer")
        else:
            _cli(folders[name], *args)

    run("lene", "hand over", *commands["hand over"])
    inbox = _inbox_ids(jonas)
    if inbox:
        run("jonas", "accept", "transfer", "--accept", inbox[0])
    else:  # the kill came before the file was recorded as accepted: it waits, and is accepted now
        pytest.fail("the file never reached the inbox")
    run("lene", "collect", *commands["collect"])
    _cli(jonas, "transfer")
    _cli(lene, "transfer")

    assert citizen_id in _citizen_ids(jonas, tmp_path / "jonas.json")
    assert citizen_id not in _citizen_ids(lene, tmp_path / "lene.json")
    assert _inbox_ids(jonas) == []
    assert _server_transfers(database) == 0
