"""The recovery key: 128 random bits written as eight groups of four characters.

Crockford base32 (no I, L, O, U; reading is case-insensitive and forgives I/L for 1 and O for 0), with a
32-bit checksum so a typo is caught before any decryption is tried.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

KEY_BYTES = 16
_CHECK_BYTES = 4
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"I": 1, "L": 1, "O": 0})
_GROUPS = 8
_GROUP_LEN = 4


class RecoveryKeyFormatError(ValueError):
    """The text is not a well-formed recovery key (wrong length, characters or checksum)."""


@dataclass(frozen=True)
class RecoveryKey:
    """A recovery key; ``secret`` is the 16 key bytes, ``str()`` the printable form."""

    secret: bytes

    @classmethod
    def generate(cls) -> RecoveryKey:
        """Make a new random recovery key."""
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Read a recovery key as a person typed it (spaces, dashes and case do not matter)."""
        cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
        if len(cleaned) != _GROUPS * _GROUP_LEN:
            raise RecoveryKeyFormatError("wrong length")
        value = 0
        for ch in cleaned:
            if ch not in _DECODE:
                raise RecoveryKeyFormatError("unknown character")
            value = (value << 5) | _DECODE[ch]
        raw = value.to_bytes(KEY_BYTES + _CHECK_BYTES, "big")
        secret, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
        if _checksum(secret) != check:
            raise RecoveryKeyFormatError("checksum")
        return cls(secret)

    def groups(self) -> list[str]:
        """The key as eight groups of four characters, for display."""
        value = int.from_bytes(self.secret + _checksum(self.secret), "big")
        chars = []
        for _ in range(_GROUPS * _GROUP_LEN):
            chars.append(_ALPHABET[value & 31])
            value >>= 5
        text = "".join(reversed(chars))
        return [text[i : i + _GROUP_LEN] for i in range(0, len(text), _GROUP_LEN)]

    def __str__(self) -> str:
        return "-".join(self.groups())

    def __repr__(self) -> str:  # never print the secret by accident
        return "RecoveryKey(<hidden>)"


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"casenotes-recovery-key" + secret).digest()[:_CHECK_BYTES]
