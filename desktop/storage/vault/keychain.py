"""The OS keychain as a cache of the data key ("remember on this computer").

The key envelope is the source of truth. This class only ever stores, reads or forgets the cached key;
any trouble with the keychain (no backend, a locked keychain, a plaintext-file backend, an exception)
makes it report "not available", and the caller falls back to the password. It never touches the vault.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

from desktop.errors import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE_NAME = "casenotes-vault"

# Backends that are not a real OS keychain: storing a data key there would put it in a file in the clear
# (keyrings.alt) or nowhere at all (fail, null).
_UNSAFE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True)
class KeychainStatus:
    """Whether a real keychain is there, and a one-line reason when it is not (English, translatable)."""

    available: bool
    reason: str = ""
    backend_name: str = ""


class KeyCache:
    """Stores the data key of a vault in the OS keychain under the vault's id."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    def _get_backend(self) -> keyring.backend.KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def status(self) -> KeychainStatus:
        """Whether "remember on this computer" can be offered."""
        try:
            backend = self._get_backend()
        except Exception:  # a broken keyring configuration must not stop the app
            log.warning("keychain: backend could not be loaded")
            return KeychainStatus(
                False, QT_TRANSLATE_NOOP("keychain", "No keychain could be loaded on this computer.")
            )
        backends = getattr(backend, "backends", None)
        candidates = list(backends) if backends is not None else [backend]
        real = [b for b in candidates if not _is_unsafe(b)]
        name = type(backend).__name__
        if not real:
            if any(type(b).__module__.startswith("keyrings.alt") for b in candidates):
                return KeychainStatus(
                    False,
                    QT_TRANSLATE_NOOP("keychain", "The only keychain here stores passwords in a plain file."),
                    name,
                )
            return KeychainStatus(
                False,
                QT_TRANSLATE_NOOP("keychain", "This computer has no keychain the program can use."),
                name,
            )
        return KeychainStatus(True, "", name)

    def load(self, vault_id: str) -> bytes | None:
        """The cached key, or ``None`` if there is none or the keychain fails."""
        if not self.status().available:
            return None
        try:
            value = self._get_backend().get_password(SERVICE_NAME, vault_id)
        except Exception:
            log.warning("keychain: reading the cached key failed; asking for the password")
            return None
        if not value:
            return None
        try:
            return bytes.fromhex(value)
        except ValueError:
            log.warning("keychain: the cached key is not readable; asking for the password")
            return None

    def store(self, vault_id: str, data_key: bytes) -> bool:
        """Cache the key; returns False (and logs) if the keychain refused."""
        if not self.status().available:
            return False
        try:
            self._get_backend().set_password(SERVICE_NAME, vault_id, data_key.hex())
        except Exception:
            log.warning("keychain: storing the key failed")
            return False
        return True

    def forget(self, vault_id: str) -> None:
        """Remove the cached key, if any; failures are logged and otherwise ignored."""
        if not self.status().available:
            return
        try:
            self._get_backend().delete_password(SERVICE_NAME, vault_id)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception:
            log.warning("keychain: forgetting the key failed")


def _is_unsafe(backend: object) -> bool:
    module = type(backend).__module__
    return any(module.startswith(prefix) for prefix in _UNSAFE_BACKEND_MODULES)
