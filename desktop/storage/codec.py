"""The text forms the vault's own files use: base64 for bytes, and canonical JSON for what gets hashed."""

from __future__ import annotations

import base64
import json


def canonical_json(obj: dict) -> bytes:
    """``obj`` as JSON with sorted keys and no spaces: the same bytes every time, fit for a hash or MAC."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def b64(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Bytes from base64 text; anything else raises ``binascii.Error`` or ``ValueError``."""
    return base64.b64decode(text.encode("ascii"), validate=True)
