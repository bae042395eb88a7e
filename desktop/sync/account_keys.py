"""Keys for the sync account, all derived on the device: the server never sees a password.

From the password and the account's salt, Argon2id gives one secret; HKDF splits it into the *auth
key* (sent to the server, which stores only a hash of it) and the *wrap key* (never leaves the device)
that wraps the vault's sync key. The recovery key gives a second pair the same way with HKDF alone
(it is 128 random bits, nothing to stretch). The server keeps both wraps, so a new device can join
with either the password or the recovery key.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SYNC_KEY_BYTES = 32
_NONCE = 12
# What a server may ask for: enough to resist guessing, not so much that it exhausts the laptop.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 20
MAX_LANES = 16


class KeyUnwrapFailed(Exception):
    """The wrapped sync key does not open with this password or recovery key."""


class UnsafeKdf(Exception):
    """The server's key-derivation settings are weaker than allowed, or absurdly expensive."""


@dataclass(frozen=True)
class AccountKeys:
    auth_key: bytes
    wrap_key: bytes


@dataclass(frozen=True)
class KdfSettings:
    memory_kib: int
    iterations: int
    lanes: int

    def as_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_server(cls, raw: dict[str, Any], floor: KdfSettings) -> KdfSettings:
        """Accept the settings a server sends only when they are at least ``floor`` and within bounds."""
        try:
            settings = cls(int(raw["memory_kib"]), int(raw["iterations"]), int(raw["lanes"]))
            name = raw["name"]
        except (KeyError, TypeError, ValueError) as exc:
            raise UnsafeKdf("unreadable settings") from exc
        if name != "argon2id":
            raise UnsafeKdf(f"unknown KDF {name!r}")
        if not (
            floor.memory_kib <= settings.memory_kib <= MAX_MEMORY_KIB
            and floor.iterations <= settings.iterations <= MAX_ITERATIONS
            and 1 <= settings.lanes <= MAX_LANES
        ):
            raise UnsafeKdf("settings out of bounds")
        return settings


def new_salt() -> bytes:
    return secrets.token_bytes(16)


def new_sync_key() -> bytes:
    return secrets.token_bytes(SYNC_KEY_BYTES)


def password_keys(password: str, salt: bytes, kdf: KdfSettings) -> AccountKeys:
    """The auth and wrap keys for ``password`` (the slow part: Argon2id with the account's cost)."""
    secret = Argon2id(
        salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes, memory_cost=kdf.memory_kib
    ).derive(password.encode("utf-8"))
    return _split(secret, b"password")


def recovery_keys(recovery_secret: bytes) -> AccountKeys:
    """The auth and wrap keys for the recovery key."""
    return _split(recovery_secret, b"recovery")


def wrap_sync_key(wrap_key: bytes, sync_key: bytes, vault_id: str) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(wrap_key).encrypt(nonce, sync_key, _aad(vault_id))


def unwrap_sync_key(wrap_key: bytes, wrapped: bytes, vault_id: str) -> bytes:
    try:
        key = AESGCM(wrap_key).decrypt(wrapped[:_NONCE], wrapped[_NONCE:], _aad(vault_id))
    except (InvalidTag, ValueError) as exc:
        raise KeyUnwrapFailed() from exc
    if len(key) != SYNC_KEY_BYTES:
        raise KeyUnwrapFailed()
    return key


def _aad(vault_id: str) -> bytes:
    return f"casenotes-sync-key/1/{vault_id}".encode()


def _split(secret: bytes, purpose: bytes) -> AccountKeys:
    def derive(label: bytes) -> bytes:
        info = b"casenotes-sync/1/" + purpose + b"/" + label
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)

    return AccountKeys(auth_key=derive(b"auth"), wrap_key=derive(b"wrap"))
