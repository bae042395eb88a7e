"""A sync server fixed by the administrator's policy is the only one this computer talks to."""

from __future__ import annotations

import pytest

from desktop.domain.policy import Policy
from desktop.errors import SyncServerFixed
from desktop.services.registry import Services
from desktop.services.sync import SyncService
from tests.conftest import PASSWORD
from tests.unit.sync.conftest import FAST_ACCOUNT_KDF, SERVER_URL


def _governed(device, fixed: str) -> tuple[SyncService, list[str]]:
    """The device's sync with ``fixed`` as the policy's server; the list records every client made."""
    contacted: list[str] = []

    def factory(url, token):
        contacted.append(url)
        return device.sync._client_factory(url, token)

    sync = SyncService(
        device.session, device.services.bus, factory, FAST_ACCOUNT_KDF, "d", fixed_server=fixed
    )
    return sync, contacted


def test_connect_refuses_another_server_and_sends_nothing(make_device):
    device = make_device("office")
    sync, contacted = _governed(device, "https://sync.kommune.dk/")
    assert sync.fixed_server == "https://sync.kommune.dk"
    with pytest.raises(SyncServerFixed) as caught:
        sync.connect(SERVER_URL, "lene", PASSWORD)
    assert contacted == []
    assert not sync.status().configured
    assert "https://sync.kommune.dk" in str(caught.value) and SERVER_URL in str(caught.value)
    assert "organisation" in caught.value.message


def test_connect_to_the_fixed_server_works(make_device):
    device = make_device("office")
    sync, contacted = _governed(device, SERVER_URL)
    assert sync.connect(SERVER_URL.upper() + "/", "lene", PASSWORD) == "created"  # same server, other case
    sync.sync_now()
    assert contacted and set(contacted) == {SERVER_URL}


def test_a_vault_set_up_before_the_policy_does_not_sync_with_the_old_server(make_device):
    device = make_device("office")
    device.sync.connect(SERVER_URL, "lene", PASSWORD)
    sync, contacted = _governed(device, "https://sync.kommune.dk")
    with pytest.raises(SyncServerFixed):
        sync.sync_now()
    assert contacted == []


def test_services_take_the_server_from_the_policy(unlocked):
    assert Services.for_session(unlocked).sync.fixed_server is None
    fixed = Services.for_session(unlocked, policy=Policy(sync_server="https://sync.kommune.dk"))
    assert fixed.sync.fixed_server == "https://sync.kommune.dk"
