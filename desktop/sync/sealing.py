"""Sealing one record for the server: AES-256-GCM under the vault's sync key.

The associated data binds the blob to its vault, record type and record id, so the server (or anyone
who can write to it) cannot move a blob to another record or another vault: opening it there fails.
The blob is ``format byte || 96-bit random nonce || ciphertext and tag``.
"""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_V1 = 1
NONCE_BYTES = 12
KEY_BYTES = 32


class SealBroken(Exception):
    """A blob that is not ours, was changed, or belongs to another record or vault."""


def _aad(vault_id: str, record_type: str, record_id: str) -> bytes:
    return f"casenotes-sync/{FORMAT_V1}/{vault_id}/{record_type}/{record_id}".encode()


def seal(key: bytes, vault_id: str, record_type: str, record_id: str, content: dict[str, Any]) -> bytes:
    """Encrypt a record's fields (JSON) for the server."""
    if len(key) != KEY_BYTES:
        raise ValueError("the sync key must be 32 bytes")
    plaintext = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, plaintext, _aad(vault_id, record_type, record_id))
    return bytes([FORMAT_V1]) + nonce + sealed


def open_sealed(key: bytes, vault_id: str, record_type: str, record_id: str, blob: bytes) -> dict[str, Any]:
    """The record's fields, or ``SealBroken``."""
    return open_sealed_text(key, vault_id, record_type, record_id, blob)[0]


def open_sealed_text(
    key: bytes, vault_id: str, record_type: str, record_id: str, blob: bytes
) -> tuple[dict[str, Any], str]:
    """The record's fields and their JSON text as sealed (canonical: sorted keys, no spaces)."""
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != FORMAT_V1:
        raise SealBroken("unknown format")
    nonce, sealed = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    try:
        plaintext = AESGCM(key).decrypt(nonce, sealed, _aad(vault_id, record_type, record_id))
    except InvalidTag as exc:
        raise SealBroken("the blob does not open with this key for this record") from exc
    try:
        text = plaintext.decode("utf-8")  # decoded once: json.loads of bytes guesses the encoding first
        content = json.loads(text)
    except ValueError as exc:  # pragma: no cover - only a client with the key could produce this
        raise SealBroken("the content is not a record") from exc
    if not isinstance(content, dict):
        raise SealBroken("the content is not a record")
    return content, text
