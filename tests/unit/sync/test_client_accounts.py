"""The desktop's HTTP client against the server's answers about accounts: a taken
name is a failed sign-in (401) rather than a 409, a create sent twice gets the account it made, and a
limited address reads as "wait", not as a wrong password."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from desktop.errors import SyncRateLimited, SyncWrongPassword
from desktop.sync.client import AccountExists, SyncClient
from syncserver.api import create_app
from syncserver.config import Settings
from syncserver.db import make_engine
from tests.sync_world import FAST_ACCOUNT_KDF, SERVER_URL

VAULT = str(uuid.uuid4())


@pytest.fixture
def server_app(tmp_path):
    """The server with its default limits, but its delays for an account under attack kept short."""
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    settings = Settings(
        database_url=str(engine.url),
        auth_hash_cost=2**4,
        account_delay_seconds=0.001,
        account_delay_max_seconds=0.001,
    )
    yield create_app(settings, engine)
    engine.dispose()


def _client(server_app) -> SyncClient:
    return SyncClient(SERVER_URL, http=TestClient(server_app, base_url=SERVER_URL))


def _fields(auth_key: bytes) -> dict:
    return {
        "name": "lene",
        "vault_id": VAULT,
        "auth_key": auth_key,
        "client_salt": b"s" * 16,
        "kdf": FAST_ACCOUNT_KDF.as_json(),
        "wrapped_key": b"w" * 60,
        "device_name": "laptop",
    }


def test_creating_a_taken_name_with_another_key_is_account_exists(server_app):
    client = _client(server_app)
    client.create_account(**_fields(b"k" * 32))
    with pytest.raises(AccountExists):
        client.create_account(**_fields(b"x" * 32))


def test_a_create_sent_twice_gets_the_account_it_made(server_app):
    client = _client(server_app)
    first = client.create_account(**_fields(b"k" * 32))
    again = client.create_account(**_fields(b"k" * 32))
    assert (again.account_id, again.wrapped_key) == (first.account_id, b"w" * 60)
    assert again.device_id != first.device_id


def test_an_address_that_failed_too_often_is_told_to_wait(server_app):
    client = _client(server_app)
    client.create_account(**_fields(b"k" * 32))
    for _ in range(10):  # the server's default: ten failures per address cost nothing
        with pytest.raises(SyncWrongPassword):
            client.sign_in("lene", b"x" * 32, "password", "office")
    with pytest.raises(SyncRateLimited):
        client.sign_in("lene", b"k" * 32, "password", "office")
