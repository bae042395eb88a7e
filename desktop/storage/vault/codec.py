"""The text forms the vault uses: base64 for bytes, canonical JSON for what gets hashed, ISO dates."""

from __future__ import annotations

import base64
import json
from datetime import date


def canonical_json(obj: dict) -> bytes:
    """``obj`` as JSON with sorted keys and no spaces: the same bytes every time, fit for a hash or MAC."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def b64(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Bytes from base64 text; anything else raises ``binascii.Error`` or ``ValueError``."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def stored_date(value: str | None) -> date | None:
    """The date stored as ISO text (``None`` for none)."""
    return date.fromisoformat(value) if value else None
