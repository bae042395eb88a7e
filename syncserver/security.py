"""Secrets on the server: the stored hash of an auth key, device tokens and decoy salts.

The auth key arrives already stretched by the client (Argon2id of the password), so it is as strong as
a random 256-bit key; the server still hashes it with scrypt and a per-account salt so a copy of the
database does not let anyone sign in. Device tokens are random 256-bit values stored only as SHA-256.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

TOKEN_BYTES = 32
SALT_BYTES = 16


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def hash_auth_key(auth_key: bytes, salt: bytes, cost: int) -> bytes:
    """The stored form of an auth key."""
    return hashlib.scrypt(auth_key, salt=salt, n=cost, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=32)


def auth_key_matches(auth_key: bytes, salt: bytes, stored: bytes, cost: int) -> bool:
    return hmac.compare_digest(hash_auth_key(auth_key, salt, cost), stored)


def new_token() -> str:
    """A device token (shown to the device once)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("ascii", "replace")).digest()


class DecoySalts:
    """A stable made-up salt for an account name that does not exist, so asking does not reveal which
    accounts exist."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)

    def salt_for(self, name: str) -> bytes:
        return hmac.new(self._secret, name.encode(), hashlib.sha256).digest()[:SALT_BYTES]
