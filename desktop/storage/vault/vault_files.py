"""A vault folder's files, read (and made ready to open) without opening the database.

Nothing here imports the database code (SQLAlchemy, SQLCipher): the program decides whether to show the
set-up dialog, the unlock dialog or the notebook from these alone, so its first window is on screen
before the database code is loaded.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import KeyFileDamaged, VaultDamaged, VaultInUse, VaultNotFound
from desktop.storage.vault import vault_swap
from desktop.storage.vault.atomic import write_private_file
from desktop.storage.vault.wal_check import check_wal

if TYPE_CHECKING:
    from desktop.storage.vault.envelope import KeyEnvelope

log = logging.getLogger(__name__)

ENVELOPE_NAME = "vault.json"
DATABASE_NAME = "vault.db"
# How far the database has got, kept beside it so a cut or deleted write-ahead log is noticed (commit_mark).
MARK_NAME = "vault.mark"
# A vault being created is built under this name and renamed into place when whole (see Vault.create).
CREATING_SUFFIX = ".new"
# Names the vault whose key this program put in this computer's keychain (the vault's id, no secret).
REMEMBERED_NAME = "keychain-remembered"


def vault_exists(folder: Path) -> bool:
    """Whether a vault has been created in ``folder`` (even a damaged one)."""
    try:
        vault_swap.finish_interrupted(folder)
    except VaultInUse:
        return True  # another program is restoring one here right now: opening it will say so
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
    from desktop.storage.vault.envelope import KeyEnvelope  # the cryptography code, once there is a key file

    return KeyEnvelope.from_json(raw)


def prepare_to_open(folder: Path) -> Path:
    """What every open does before it reads the database; returns the database's path.

    Finishes a restore or a creation that a kill interrupted after its commit point, and raises
    ``VaultDamaged`` when the database is missing or its write-ahead log would lose committed data.
    """
    folder = Path(folder)
    database = folder / DATABASE_NAME
    vault_swap.finish_interrupted(folder)
    creating = database.with_name(DATABASE_NAME + CREATING_SUFFIX)
    if not database.exists() and creating.exists():
        os.replace(creating, database)
        log.warning("vault: finished a creation that was interrupted")
    if not database.exists():
        raise VaultDamaged("the database file is missing")
    wal = check_wal(database.with_name(DATABASE_NAME + "-wal"))
    if wal.damaged:
        raise VaultDamaged(wal.reason)
    return database


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
