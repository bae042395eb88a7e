"""Shared fixtures: a temporary vault folder per test, an in-memory keyring, a quick KDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test (nor a command line it starts) reads this computer's administrator policy: a file that is never
# there; a test about the policy points the variable at its own file.
os.environ["CASENOTES_POLICY_FILE"] = os.path.join(os.path.dirname(__file__), "no-policy-here.toml")

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.envelope import KdfParams
from desktop.storage.vault.keychain import KeyCache

PASSWORD = "korrekt hest batteri hæftning"


class InMemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict: the one fake we allow, at the edge we cannot reach."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            import keyring.errors

            raise keyring.errors.PasswordDeleteError("not found")
        del self.store[(service, username)]


class RaisingKeyring(KeyringBackend):
    """A keyring that fails on every call, like a locked or broken system keychain."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("keychain locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("keychain locked")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("keychain locked")


@pytest.fixture(autouse=True)
def _no_real_keychain():
    """No test ever reaches the developer's or CI's real keychain."""
    previous = keyring.get_keyring()
    keyring.set_keyring(InMemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> InMemoryKeyring:
    return InMemoryKeyring()


@pytest.fixture
def key_cache(memory_keyring: InMemoryKeyring) -> KeyCache:
    return KeyCache(memory_keyring)


@pytest.fixture
def fast_kdf() -> KdfParams:
    """A cheap Argon2id cost for tests that are not about the cost itself."""
    return KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture
def vault_dir(tmp_path):
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir, key_cache, fast_kdf) -> VaultSession:
    s = VaultSession(vault_dir, key_cache, kdf=fast_kdf)
    yield s
    s.vault.lock()


@pytest.fixture
def services(unlocked) -> Services:  # type: ignore[no-untyped-def]
    """The services of the unlocked vault, as the program wires them."""
    return Services.for_session(unlocked)


@pytest.fixture
def unlocked(session) -> VaultSession:
    session.create(PASSWORD)
    return session
