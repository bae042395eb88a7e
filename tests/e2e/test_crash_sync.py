"""kill -9 inside each phase of ``casenotes sync``, against the real server on loopback.

The office laptop has synced its caseload (enough records for two pulled pages); the field laptop has
its own records (enough for two pushed pages) and syncs for the first time: it joins the account,
pulls, pushes. That run is stopped at a pause point (``desktop/pause_points.py``) and killed there, so
the kill lands inside the phase every time. Then the person simply syncs again, as they would: the
next ``sync`` finishes; after the office syncs too, both notebooks export exactly what a run without a
kill gives, nothing is waiting, in conflict or quarantined, and the server holds every record once.
A last case kills the very first sync of the office after the server made the account but before the
laptop stored that.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

from desktop.demo.caseload import generate
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.storage.records import sync_store
from desktop.storage.vault.envelope import KdfParams
from desktop.storage.vault.keychain import KeyCache
from syncserver.background import free_port, serve_in_thread
from syncserver.config import Settings
from tests.conftest import PASSWORD, InMemoryKeyring
from tests.e2e.pausing import kill_at
from tests.helpers import casenotes

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")]

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
ACCOUNT = "lene"
PUSH_PAGE = 500  # desktop.services.sync_round.PAGE: the first pushed page holds this many records

# (whose first sync is killed, where).
CASES = [
    ("field", "sync.signed_in"),
    ("field", "sync.pull_page_applied"),
    ("field", "sync.pulled"),
    ("field", "sync.push_page_answered"),
    ("field", "sync.push_page_recorded"),
    ("field", "sync.pushed"),
    ("office", "sync.signed_in"),
]


def _make_vault(folder, seed, citizens, notes):
    session = VaultSession(folder, KeyCache(InMemoryKeyring()), kdf=FAST_KDF)
    session.create(PASSWORD)
    generate(session, citizens, notes, seed)
    session.lock()


@contextmanager
def _opened(folder):
    session = VaultSession(folder, KeyCache(InMemoryKeyring()))
    session.unlock(PASSWORD)
    try:
        yield session
    finally:
        session.lock()


def _state(folder):
    """The sync bookkeeping of the vault in ``folder``: its state table and how many records wait."""
    with _opened(folder) as session, session.vault.engine.connect() as conn:
        return sync_store.get_state(conn), sync_store.pending_count(conn)


def _finished(folder):
    """What a person can see of the vault after syncing: every record, and what waits or needs a look."""
    with _opened(folder) as session:
        sync = Services.for_session(session).sync
        status = sync.status()
        return sync.export_all(), (status.waiting, status.conflicts, status.quarantined)


def _server(folder):
    """The server's records (written by which device), its feed head and its devices."""
    engine = create_engine(f"sqlite:///{folder / 'sync.db'}")
    try:
        with engine.connect() as conn:
            records = conn.execute(text("SELECT device_id, deleted FROM record")).all()
            head = conn.execute(text("SELECT next_seq - 1 FROM account")).scalar_one_or_none()
            devices = conn.execute(text("SELECT count(*) FROM device")).scalar_one()
        return records, head, devices
    finally:
        engine.dispose()


def _joins_with_records(folder) -> tuple[str, ...]:
    """The field laptop has citizens of its own when it first joins the office's account: the person
    says it is the same notebook (another caseload is never merged without being asked)."""
    return ("--same-notebook",) if folder.name == "field" else ()


def _sync(folder, url):
    result = casenotes(
        "sync",
        "--server",
        url,
        "--account",
        ACCOUNT,
        *_joins_with_records(folder),
        "--password-stdin",
        stdin=PASSWORD + "\n",
        data_dir=folder,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


class World:
    """Templates copied into each test: the office before and after its first sync, the field laptop,
    and the server after the office's sync; all at one loopback port, so the address the office
    stored stays right."""

    def __init__(self, root):
        self.root = root
        self.port = free_port()

    @contextmanager
    def serving(self, server_folder):
        settings = Settings(database_url=f"sqlite:///{server_folder / 'sync.db'}", auth_hash_cost=2**4)
        with serve_in_thread(settings, port=self.port) as url:
            yield url

    def copy(self, tmp_path, office_synced=True):
        shutil.copytree(self.root / ("office" if office_synced else "office-new"), tmp_path / "office")
        shutil.copytree(self.root / "field", tmp_path / "field")
        server = tmp_path / "server"
        if office_synced:
            shutil.copytree(self.root / "server", server)
        else:
            server.mkdir()
        return tmp_path / "office", tmp_path / "field", server


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("sync-world")
    w = World(root)
    _make_vault(root / "office-new", seed=1, citizens=30, notes=1600)  # > 2000 records: two pulled pages
    _make_vault(root / "field", seed=2, citizens=10, notes=400)  # > 500 records: two pushed pages
    shutil.copytree(root / "office-new", root / "office")
    (root / "server").mkdir()
    with w.serving(root / "server") as url:
        assert "Created the account" in _sync(root / "office", url)
    w.office_records = len(_server(root / "server")[0])
    w.field_waiting = _state(root / "field")[1]
    assert w.office_records > 2000 and w.field_waiting > PUSH_PAGE

    # The run without a kill that each test must end up equal to.
    office, field, server = w.copy(root / "clean")
    with w.serving(server) as url:
        _sync(field, url)
        _sync(office, url)
    w.reference, nothing = _finished(office)
    assert nothing == (0, 0, 0)
    assert _finished(field) == (w.reference, (0, 0, 0))
    w.reference_count = sum(len(rows) for rows in w.reference.values())
    return w


def _at_the_kill(killed, other, server_folder):
    """What the kill left: the killed laptop's device stored?, round recorded?, records waiting there,
    records on the server written by it (by any device but the other laptop's)."""
    state, waiting = _state(killed)
    other_device = _state(other)[0].get("device_id")
    records, head, _devices = _server(server_folder)
    by_killed = sum(1 for device, _deleted in records if device != other_device)
    return ("device_token" in state, "last_synced_at" in state, waiting, by_killed), state, head


@pytest.mark.parametrize(("who", "point"), CASES, ids=[f"{w}-{p}" for w, p in CASES])
def test_kill_9_inside_sync_then_sync_again_converges(who, point, world, tmp_path):
    office, field, server = world.copy(tmp_path, office_synced=who == "field")
    killed, other = (field, office) if who == "field" else (office, field)
    n = world.field_waiting if who == "field" else _state(office)[1]
    with world.serving(server) as url:
        kill_at(
            point,
            killed,
            "sync",
            "--server",
            url,
            "--account",
            ACCOUNT,
            *_joins_with_records(killed),
            "--password-stdin",
            stdin=PASSWORD + "\n",
        )

        # The kill landed inside the phase the point names.
        seen, state, head = _at_the_kill(killed, other, server)
        expected = {
            "sync.signed_in": (False, False, n, 0),
            "sync.pull_page_applied": (True, False, n, 0),
            "sync.pulled": (True, False, n, 0),
            "sync.push_page_answered": (True, False, n, PUSH_PAGE),
            "sync.push_page_recorded": (True, False, n - PUSH_PAGE, PUSH_PAGE),
            "sync.pushed": (True, False, 0, n),
        }[point]
        assert seen == expected
        if point == "sync.pull_page_applied":
            assert 0 < int(state["cursor"]) < head  # one page in, more to come
        if point == "sync.pulled":
            assert int(state["cursor"]) == head

        # The person syncs again; then the other laptop syncs as it would.
        again = _sync(killed, url)
        assert "0 waiting, 0 conflicts open" in again
        if who == "office":
            assert "Joined the account" in again  # its own account, made by the killed run
            _sync(field, url)
        _sync(office, url)

    for folder in (office, field):
        records, (waiting, conflicts, quarantined) = _finished(folder)
        assert (waiting, conflicts, quarantined) == (0, 0, 0)
        assert records == world.reference
    on_server, _head, devices = _server(server)
    assert len(on_server) == world.reference_count  # every record once, no tombstones
    assert not any(deleted for _device, deleted in on_server)
    # Killed after the server added the device: that device's token died with the process (the server
    # keeps only its hash), so it is one unusable extra in the device list, which the person may revoke.
    assert devices == (3 if point == "sync.signed_in" else 2)
