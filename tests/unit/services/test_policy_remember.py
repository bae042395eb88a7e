"""When the organisation does not allow "remember on this computer": the key is never cached, and a key
cached before the policy came is forgotten instead of used."""

from __future__ import annotations

from desktop.services.vault_session import VaultSession
from desktop.storage.vault.keychain import SERVICE_NAME, KeyCache
from tests.conftest import PASSWORD, InMemoryKeyring


def _cached_keys(backend: InMemoryKeyring) -> list:
    return [key for key in backend.store if key[0] == SERVICE_NAME]


def test_remembering_is_refused_when_the_policy_forbids_it(vault_dir, fast_kdf):
    backend = InMemoryKeyring()
    session = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf, allow_remember=False)
    assert not session.remember_allowed
    session.create(PASSWORD, remember=True)
    assert not session.is_remembered()
    assert session.set_remember(True) is False
    session.lock()
    session.unlock(PASSWORD, remember=True)
    assert _cached_keys(backend) == []
    session.lock()


def test_a_key_cached_before_the_policy_is_forgotten_not_used(vault_dir, fast_kdf):
    backend = InMemoryKeyring()
    before = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf)
    before.create(PASSWORD, remember=True)
    before.lock()
    assert len(_cached_keys(backend)) == 1

    after = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf, allow_remember=False)
    assert after.unlock_with_keychain() is False
    assert not after.is_unlocked
    assert _cached_keys(backend) == []


def test_start_up_forgets_the_cached_key_even_without_trying_it(vault_dir, fast_kdf):
    backend = InMemoryKeyring()
    before = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf)
    before.create(PASSWORD, remember=True)
    before.lock()
    after = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf, allow_remember=False)
    after.forget_disallowed_key()
    assert _cached_keys(backend) == []
    # Unlocking with the password also clears a key some other copy of the program cached meanwhile.
    KeyCache(backend).store(after.vault.vault_id, b"\x00" * 32)
    after.unlock(PASSWORD)
    assert _cached_keys(backend) == []
    after.lock()


def test_allowed_by_default(vault_dir, fast_kdf):
    session = VaultSession(vault_dir, KeyCache(InMemoryKeyring()), kdf=fast_kdf)
    assert session.remember_allowed
    session.forget_disallowed_key()  # nothing to do, no vault yet
    session.create(PASSWORD, remember=True)
    session.forget_disallowed_key()
    assert session.is_remembered()
    session.lock()
