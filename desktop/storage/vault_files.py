"""A vault folder's files, read without opening the database.

Nothing here imports the database code (SQLAlchemy, SQLCipher): the program decides whether to show the
set-up dialog, the unlock dialog or the notebook from these alone, so its first window is on screen
before the database code is loaded (issue 8).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import KeyFileDamaged, VaultNotFound
from desktop.storage import vault_swap
from desktop.storage.atomic import write_private_file

if TYPE_CHECKING:
    from desktop.storage.envelope import KeyEnvelope

ENVELOPE_NAME = "vault.json"
DATABASE_NAME = "vault.db"
# Names the vault whose key this program put in this computer's keychain (the vault's id, no secret).
REMEMBERED_NAME = "keychain-remembered"


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
    from desktop.storage.envelope import KeyEnvelope  # the cryptography code, once there is a key file

    return KeyEnvelope.from_json(raw)


def remembered_for(folder: Path) -> str | None:
    """The id of the vault whose key this program last remembered in the keychain, if any."""
    try:
        return (folder / REMEMBERED_NAME).read_text("ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def note_remembered(folder: Path, vault_id: str | None) -> None:
    """Note that the key of ``vault_id`` is now remembered in the keychain (``None``: forgotten)."""
    path = folder / REMEMBERED_NAME
    if vault_id is None:
        path.unlink(missing_ok=True)
    else:
        write_private_file(path, vault_id.encode("ascii"))
