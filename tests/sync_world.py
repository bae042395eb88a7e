"""Fixtures for tests with devices that sync through one in-process server (the real FastAPI app over
its ASGI transport). ``offline.on = True`` sends every device to a closed loopback port instead."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

import pytest
from fastapi.testclient import TestClient

from desktop.services.registry import Services
from desktop.services.sync import SyncService
from desktop.services.transfers import TransferService
from desktop.services.vault_session import VaultSession
from desktop.sync.account_keys import KdfSettings
from desktop.sync.client import SyncClient
from syncserver.api import create_app
from syncserver.config import Settings
from syncserver.db import make_engine
from tests.conftest import PASSWORD

FAST_ACCOUNT_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)
SERVER_URL = "http://testserver"
CLOSED_PORT_URL = "http://127.0.0.1:9"


@dataclass
class Device:
    name: str
    session: VaultSession
    services: Services
    sync: SyncService


class Switch:
    on = False


@pytest.fixture
def server_app(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    app = create_app(Settings(database_url=str(engine.url), auth_hash_cost=2**4), engine)
    yield app
    engine.dispose()


@pytest.fixture
def offline() -> Switch:
    return Switch()


@pytest.fixture
def make_device(tmp_path, server_app, fast_kdf, key_cache, offline):
    """``make_device("laptop")``: a new vault whose services sync with the test server."""
    numbers = itertools.count(1)
    opened: list[VaultSession] = []

    def client_factory(url: str, token: str | None) -> SyncClient:
        if offline.on:
            return SyncClient(CLOSED_PORT_URL, token)
        return SyncClient(url, token, http=TestClient(server_app, base_url=url))

    def make(name: str = "") -> Device:
        name = name or f"device-{next(numbers)}"
        session = VaultSession(tmp_path / name, key_cache, kdf=fast_kdf)
        session.create(PASSWORD)
        services = Services.for_session(session)
        sync = SyncService(session, services.bus, client_factory, FAST_ACCOUNT_KDF, device_name=name)
        transfers = TransferService(session, services.bus, services.identity, sync.signed_in)
        opened.append(session)
        return Device(name, session, replace(services, sync=sync, transfers=transfers), sync)

    yield make
    for session in opened:
        session.lock()
