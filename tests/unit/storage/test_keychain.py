import keyring.backends.fail
import pytest

from desktop.storage.vault.keychain import KeyCache
from tests.conftest import InMemoryKeyring, RaisingKeyring


class PlaintextFileKeyring(InMemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring (only the module name matters)."""


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


def test_a_real_keychain_stores_loads_and_forgets():
    cache = KeyCache(InMemoryKeyring())
    assert cache.status().available
    assert cache.store("vault-1", b"\x01" * 32)
    assert cache.load("vault-1") == b"\x01" * 32
    cache.forget("vault-1")
    assert cache.load("vault-1") is None
    cache.forget("vault-1")  # forgetting twice is harmless


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), PlaintextFileKeyring()],
    ids=["no keychain", "plaintext file"],
)
def test_unsafe_or_missing_keychains_are_not_offered(backend):
    cache = KeyCache(backend)
    status = cache.status()
    assert not status.available and status.reason
    assert not cache.store("vault-1", b"\x01" * 32)
    assert cache.load("vault-1") is None


def test_a_failing_keychain_reads_as_empty_and_refuses_to_store():
    cache = KeyCache(RaisingKeyring())
    assert cache.load("vault-1") is None
    assert not cache.store("vault-1", b"\x01" * 32)
    cache.forget("vault-1")


def test_garbage_in_the_keychain_is_ignored():
    backend = InMemoryKeyring()
    backend.set_password("casenotes-vault", "vault-1", "not hex at all")
    assert KeyCache(backend).load("vault-1") is None
