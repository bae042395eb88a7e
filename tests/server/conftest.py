"""The sync server on SQLite by default; also on PostgreSQL when CASENOTES_TEST_POSTGRES_URL is set
(`.ci/run` installs and starts one and sets it)."""

from __future__ import annotations

import os
import uuid

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


@pytest.fixture
def settings(database_url):
    # A cheap hash cost and a tight sign-in limit keep the tests fast and make the limit reachable.
    return Settings(
        database_url=database_url,
        auth_hash_cost=2**4,
        sign_in_attempts=3,
        max_request_bytes=256 * 1024,
        max_blob_bytes=64 * 1024,
        max_changes_per_push=50,
    )


@pytest.fixture
def server_engine(settings):
    engine = make_engine(settings.database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def client(settings, server_engine):
    with TestClient(create_app(settings, server_engine)) as test_client:
        yield test_client
