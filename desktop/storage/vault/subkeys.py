"""Keys derived from the vault's data key, one per purpose (HKDF-SHA256, RFC 5869, no salt).

Each purpose has its own label, so a MAC made for one can never pass as another, and none of them is
the key SQLCipher encrypts with. Written with the standard library (HKDF is two HMACs for a 32-byte key)
because keyed connections are made before the ``cryptography`` package need be loaded; a test
checks the result against ``cryptography``'s HKDF.
"""

from __future__ import annotations

import hashlib
import hmac

ACCESS_LOG_LABEL = b"casenotes access log mac v1"
COMMIT_MARK_LABEL = b"casenotes commit mark v1"


def subkey(data_key: bytes, label: bytes) -> bytes:
    """The 32-byte key for ``label``: HKDF-SHA256(ikm=data_key, salt=none, info=label)."""
    prk = hmac.new(bytes(32), data_key, hashlib.sha256).digest()
    return hmac.new(prk, label + b"\x01", hashlib.sha256).digest()
