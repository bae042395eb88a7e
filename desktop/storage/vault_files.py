"""A vault folder's files, read without opening the database.

Nothing here imports the database code (SQLAlchemy, SQLCipher): the program decides whether to show the
set-up dialog, the unlock dialog or the notebook from these alone, so its first window is on screen
before the database code is loaded (issue 8).
"""

from __future__ import annotations

from pathlib import Path

from desktop.errors import KeyFileDamaged, VaultNotFound
from desktop.storage import vault_swap
from desktop.storage.envelope import KeyEnvelope

ENVELOPE_NAME = "vault.json"
DATABASE_NAME = "vault.db"


def vault_exists(folder: Path) -> bool:
    """Whether a vault has been created in ``folder`` (even a damaged one)."""
    vault_swap.finish_interrupted(folder)
    return (folder / ENVELOPE_NAME).exists() or (folder / DATABASE_NAME).exists()


def read_envelope(folder: Path) -> KeyEnvelope:
    """Read ``vault.json``; ``VaultNotFound`` if there is no vault, ``KeyFileDamaged`` if damaged."""
    vault_swap.finish_interrupted(folder)
    try:
        raw = (folder / ENVELOPE_NAME).read_bytes()
    except FileNotFoundError:
        if (folder / DATABASE_NAME).exists():
            raise KeyFileDamaged("vault.json is missing") from None
        raise VaultNotFound() from None
    return KeyEnvelope.from_json(raw)
