"""Property: devices that edit, add and delete offline and sync in any order end with the same vault,
and every concurrent text edit is either merged or kept in a conflict for a person."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.services.registry import Services
from desktop.services.sync import SyncService
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.envelope import KdfParams
from desktop.storage.vault.keychain import KeyCache
from desktop.sync.client import SyncClient
from syncserver.api import create_app
from syncserver.config import Settings
from syncserver.db import make_engine
from tests.conftest import PASSWORD, InMemoryKeyring
from tests.unit.sync.conftest import FAST_ACCOUNT_KDF, SERVER_URL

DEVICES = 3
operation = st.one_of(
    st.tuples(st.just("append_line"), st.integers(0, DEVICES - 1)),
    st.tuples(st.just("set_phone"), st.integers(0, DEVICES - 1), st.sampled_from(["11111111", "22222222"])),
    st.tuples(st.just("add_note"), st.integers(0, DEVICES - 1)),
    st.tuples(st.just("edit_note"), st.integers(0, DEVICES - 1), st.integers(0, 5)),
    st.tuples(st.just("delete_note"), st.integers(0, DEVICES - 1), st.integers(0, 5)),
    st.tuples(st.just("sync"), st.integers(0, DEVICES - 1)),
)


class World:
    """A server and ``count`` devices that all joined one account and share one citizen."""

    def __init__(self, folder: Path, count: int) -> None:
        from fastapi.testclient import TestClient

        self.server_engine = make_engine(f"sqlite:///{folder / 'server.db'}")
        app = create_app(
            Settings(database_url=str(self.server_engine.url), auth_hash_cost=2**4), self.server_engine
        )

        def factory(url: str, token: str | None) -> SyncClient:
            return SyncClient(url, token, http=TestClient(app, base_url=url))

        kdf = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
        self.sessions, self.services, self.syncs = [], [], []
        for n in range(count):
            session = VaultSession(folder / f"d{n}", KeyCache(InMemoryKeyring()), kdf=kdf)
            session.create(PASSWORD)
            services = Services.for_session(session)
            self.sessions.append(session)
            self.services.append(services)
            self.syncs.append(
                SyncService(session, services.bus, factory, FAST_ACCOUNT_KDF, device_name=f"d{n}")
            )
        self.citizen_id = self.services[0].citizens.create_citizen(CitizenDraft(name="Test Konvergens"))
        for sync in self.syncs:
            sync.connect(SERVER_URL, "lene", PASSWORD)
            sync.sync_now()
        self.markers: list[str] = []

    def close(self) -> None:
        for session in self.sessions:
            session.lock()
        self.server_engine.dispose()

    def apply(self, op: tuple) -> None:
        kind, device = op[0], op[1]
        services = self.services[device]
        if kind == "sync":
            self.syncs[device].sync_now(allow_mass_delete=True)
        elif kind in ("append_line", "set_phone"):
            draft = services.citizens.open_citizen(self.citizen_id).draft
            if kind == "append_line":
                marker = f"linje-{len(self.markers)}-fra-d{device}"
                self.markers.append(marker)
                lines = [line for line in draft.own_situation.split("\n") if line]
                draft = replace(draft, own_situation="\n".join([*lines, marker]))
            else:
                draft = replace(draft, phone=op[2])
            services.citizens.update_citizen(self.citizen_id, draft)
        elif kind == "add_note":
            services.notes.add_note(
                self.citizen_id, NoteDraft(held_on=date(2026, 11, 1), agenda=f"Note fra d{device}")
            )
        else:
            ids = self._note_ids(device)
            if not ids:
                return
            note_id = ids[op[2] % len(ids)]
            with self.sessions[device].vault.transaction() as conn:
                if kind == "delete_note":
                    conn.execute(text("DELETE FROM meeting_note WHERE id = :id"), {"id": note_id})
                else:
                    conn.execute(
                        text("UPDATE meeting_note SET agenda = agenda || ' +d' || :d WHERE id = :id"),
                        {"id": note_id, "d": str(device)},
                    )

    def _note_ids(self, device: int) -> list[str]:
        with self.sessions[device].vault.engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT id FROM meeting_note ORDER BY id"))]

    def settle(self) -> None:
        """Sync everyone until quiet; a person resolves each conflict by keeping the local value."""
        for _ in range(4):
            for _twice in range(2):
                for sync in self.syncs:
                    sync.sync_now(allow_mass_delete=True)
            open_conflicts = [(sync, c) for sync in self.syncs for c in sync.conflicts()]
            if not open_conflicts:
                return
            for sync, conflict in open_conflicts:
                self.kept_in_conflicts.update(_texts(conflict.local) | _texts(conflict.remote))
                sync.resolve(conflict.id, conflict.local)
        raise AssertionError("conflicts kept coming back")

    kept_in_conflicts: set[str]


def _texts(value) -> set[str]:
    return set(value.split("\n")) if isinstance(value, str) else set()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, min_size=1, max_size=14), st.integers(2, DEVICES))
def test_devices_always_converge_and_no_text_is_lost_unseen(ops, count):
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder), count)
        world.kept_in_conflicts = set()
        try:
            for op in ops:
                if op[1] < count:
                    world.apply(op)
            world.settle()
            event(f"conflicts kept for a person: {bool(world.kept_in_conflicts)}")
            exports = [sync.export_all() for sync in world.syncs]
            assert all(export == exports[0] for export in exports[1:])
            final = {line for row in exports[0]["citizen"] for line in row["own_situation"].split("\n")}
            lost = [m for m in world.markers if m not in final and m not in world.kept_in_conflicts]
            assert lost == []
        finally:
            world.close()
