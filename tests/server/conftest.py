"""The sync server on SQLite by default; also on PostgreSQL when CASENOTES_TEST_POSTGRES_URL is set
(`.ci/run` installs and starts one and sets it)."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from syncserver.api import create_app
from syncserver.config import Settings
from syncserver.db import make_engine

POSTGRES_URL = os.environ.get("CASENOTES_TEST_POSTGRES_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


def _postgres_database() -> str:
    """A fresh database on the test PostgreSQL server, so tests never see each other's rows."""
    assert POSTGRES_URL
    name = f"sync_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return POSTGRES_URL.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    if request.param == "postgresql":
        return _postgres_database()
    return f"sqlite:///{tmp_path / 'sync.db'}"


@dataclass
class FakeClock:
    """Time that moves only when told to; ``sleep`` moves it and remembers how long each wait was."""

    now: float = 1000.0
    waits: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(database_url):
    # A cheap hash cost and tight sign-in limits keep the tests fast and make the limits reachable.
    return Settings(
        database_url=database_url,
        auth_hash_cost=2**4,
        address_free_failures=3,
        account_free_failures=2,
        creations_per_address=20,
        max_request_bytes=256 * 1024,
        max_blob_bytes=64 * 1024,
        max_transfer_bytes=96 * 1024,
        max_changes_per_push=50,
    )


@pytest.fixture
def server_engine(settings):
    engine = make_engine(settings.database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def app(settings, server_engine, clock):
    return create_app(settings, server_engine, clock=clock, sleep=clock.sleep)


@pytest.fixture
def client(app):
    # A fault inside the server shows as the 500 a client would get, so a test can say it must not happen.
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def client_at(app):
    """``client_at("203.0.113.9")``: a client whose requests come from that address."""
    opened: list[TestClient] = []

    def make(address: str) -> TestClient:
        test_client = TestClient(app, client=(address, 40000), raise_server_exceptions=False)
        opened.append(test_client)
        return test_client

    yield make
    for test_client in opened:
        test_client.close()
