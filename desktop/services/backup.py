"""Back up the vault to one encrypted file, and restore it.

- ``write_backup`` (vault open): the vault as it stands at one moment is read once, its pages checked,
  and sealed into the file with a backup password or the vault's recovery key as it is read
  (no copy first), then read back and checked, and only then given the chosen name;
  ``backup.written`` goes into the access log (which secret and the size; never the path, which may
  carry a name).
- ``describe`` and ``check`` (any time): what a file is, and whether it opens with a secret and is
  whole, without changing anything.
- ``restore`` (vault locked, in no other process either): the whole file is authenticated first, then
  decrypted into a staging folder inside the data folder, and only then does it take the vault's place.
  An existing vault is moved (never deleted) to a dated folder beside it, and only when the caller says
  the person confirmed. ``backup.restored`` is written into the restored vault's access log at its next
  unlock (it cannot be written earlier: its key is not known until then).

File format and keys: ``desktop/storage/vault/backup.py``; the swap and why a kill cannot leave a mix:
``desktop/storage/vault/vault_swap.py``.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop import __version__
from desktop.domain.passwords import is_acceptable
from desktop.domain.recovery_key import RecoveryKey, RecoveryKeyFormatError
from desktop.errors import (
    BackupDamaged,
    BackupInsideVault,
    BackupNotReadable,
    BackupNotWritable,
    BackupTooNew,
    MalformedRecoveryKey,
    RestoreNeedsConfirmation,
    RestoreNeedsLock,
    RestoreNotWritable,
    RestoreUnfinished,
    VaultInUse,
    VaultLocked,
    WeakPassword,
)
from desktop.services.vault_session import VaultSession
from desktop.storage.vault import backup, outputs, vault_swap
from desktop.storage.vault.atomic import make_private_folder
from desktop.storage.vault.schema import KNOWN_REVISIONS
from desktop.storage.vault.vault_files import DATABASE_NAME, ENVELOPE_NAME, MARK_NAME

log = logging.getLogger(__name__)

FILE_SUFFIX = backup.FILE_SUFFIX


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself before it is opened."""

    created_at: datetime
    with_recovery_key: bool


@dataclass(frozen=True)
class BackupReport:
    """A backup written and checked."""

    path: Path
    size: int
    info: BackupInfo


@dataclass(frozen=True)
class RestoreReport:
    """A restore done: the backup's details and where the previous vault now is (None: there was none)."""

    info: BackupInfo
    previous_kept_in: Path | None


class BackupService:
    """Backup and restore of the session's vault."""

    def __init__(
        self,
        session: VaultSession,
        chunk_size: int = backup.CHUNK_SIZE,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._session = session
        self._chunk_size = chunk_size
        self._clock = clock

    # -- backup ------------------------------------------------------------------------------------

    def write_backup(self, path: Path, secret: str, with_recovery_key: bool = False) -> BackupReport:
        """Write a checked backup of the open vault to ``path``, sealed with a backup password or the recovery key."""
        vault = self._session.vault
        if not vault.is_unlocked:
            raise VaultLocked()
        path = Path(path).absolute()
        outputs.refuse_inside(path, vault.folder, BackupInsideVault)
        outputs.check_target(path, BackupNotWritable)
        envelope = vault.read_envelope()
        if with_recovery_key:
            recovery = _parse_recovery_key(secret)
            envelope.unwrap_with_recovery(recovery.secret)  # this vault's recovery key, or WrongRecoveryKey
            sealed_with = backup.BackupSecret.recovery_key(recovery.secret)
        else:
            if not is_acceptable(secret):
                raise WeakPassword()
            sealed_with = backup.BackupSecret.password(secret)
        backup.remove_stale_staging(vault.folder)
        with (
            backup.staging_folder(vault.folder, "backup") as staging,
            vault.backup_snapshot(staging) as snapshot,
        ):
            chunk_size = self._chunk_size
            sources = [
                backup.bytes_source(ENVELOPE_NAME, snapshot.envelope),
                backup.Source(
                    DATABASE_NAME, snapshot.database_size, lambda: snapshot.database_blocks(chunk_size)
                ),
            ]
            if snapshot.mark is not None:
                sources.append(backup.bytes_source(MARK_NAME, snapshot.mark))
            manifest = backup.Manifest(
                vault_id=snapshot.vault_id,
                schema_revision=snapshot.schema_revision,
                app_version=__version__,
                files=backup.describe(sources),
            )
            ledger = outputs.PartialLedger(vault.folder, vault.derived_key(outputs.KEY_PURPOSE))
            with ledger.tracking(path), outputs.named_problems(path, BackupNotWritable):
                header = backup.write_verified(
                    path,
                    sources,
                    sealed_with,
                    manifest,
                    kdf=envelope.kdf,  # the cost the vault's own password has
                    chunk_size=self._chunk_size,
                )
        size = path.stat().st_size
        vault.record("backup.written", {"secret": sealed_with.kind, "bytes": size})
        log.info("backup written and checked: %d bytes, sealed with the %s", size, sealed_with.kind)
        return BackupReport(path, size, _info(header))

    # -- looking at a backup -----------------------------------------------------------------------

    def describe(self, path: Path) -> BackupInfo:
        """When the backup was made and which secret opens it (reads the header only)."""
        with _reading():
            return _info(backup.read_header(Path(path)))

    def check(self, path: Path, secret: str) -> BackupInfo:
        """Authenticate the whole backup with ``secret`` (the password or recovery key it asks for); changes nothing."""
        with _reading():
            header = backup.read_header(Path(path))
            self._verified(Path(path), _secret_for(header, secret))
        return _info(header)

    # -- restore -----------------------------------------------------------------------------------

    def folder_for_previous(self) -> Path | None:
        """Where a restore would keep the current vault now (None when there is no vault to keep)."""
        if not self._session.exists():
            return None
        return vault_swap.dated_folder(self._session.folder, self._clock())

    def restore(
        self, path: Path, secret: str, replace: bool = False, keep_previous_in: Path | None = None
    ) -> RestoreReport:
        """Make the backup at ``path`` the vault; ``replace`` says the person agreed to move the current one aside.

        ``keep_previous_in`` is the folder shown to the person (``folder_for_previous``); a new dated
        folder is chosen if it has been taken meanwhile.

        The folder is held against other programs from the start (``VaultInUse`` names the one that has
        the vault open) until the restored vault is in place. A folder that is not there yet is held from
        the swap on (``Vault.replace_with``): it is made only once the backup has been found whole.
        """
        if self._session.is_unlocked:
            raise RestoreNeedsLock()
        folder_there = self._session.folder.is_dir()
        with self._session.holding_folder() if folder_there else contextlib.nullcontext():
            return self._restore(path, secret, replace, keep_previous_in)

    def _restore(
        self, path: Path, secret: str, replace: bool, keep_previous_in: Path | None
    ) -> RestoreReport:
        vault = self._session.vault
        folder = self._session.folder
        if vault.exists() and not replace:
            raise RestoreNeedsConfirmation()
        if vault.in_use_elsewhere():  # SQLite's own lock: a program that takes no folder lock (an older one)
            raise VaultInUse()
        path = Path(path)
        with _reading():
            header = backup.read_header(path)
            opens_with = _secret_for(header, secret)
            manifest = self._verified(path, opens_with)  # the whole file, before anything is written
        try:
            make_private_folder(folder)
            backup.remove_stale_staging(folder)
            staged = backup.new_staging_folder(folder, "restore")
        except OSError as exc:
            raise RestoreNotWritable(exc.strerror or type(exc).__name__) from None
        try:
            if backup.extract(path, opens_with, staged) != manifest:
                raise BackupDamaged("the file changed while it was being read")
            keep = keep_previous_in
            if keep is None or keep.exists() or keep.parent != folder:
                keep = vault_swap.dated_folder(folder, self._clock())
            note = {
                "vault_id": manifest.vault_id,
                "secret": header.secret,
                "backup_created_at": header.created_at,
                "restored_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            kept = vault.replace_with(staged, keep, note)
        except BaseException as exc:
            committed = vault_swap.committed(folder)
            if not committed:  # before the commit point the staging copy is just litter
                shutil.rmtree(staged, ignore_errors=True)
            if isinstance(exc, OSError):
                error = RestoreUnfinished if committed else RestoreNotWritable
                raise error(exc.strerror or type(exc).__name__) from None
            raise
        log.info("restored a backup (sealed with the %s); previous vault kept: %s", header.secret, bool(kept))
        return RestoreReport(_info(header), kept)

    # -- internals ---------------------------------------------------------------------------------

    def _verified(self, path: Path, secret: backup.BackupSecret) -> backup.Manifest:
        manifest = backup.verify(path, secret)
        if manifest.schema_revision not in KNOWN_REVISIONS:
            raise BackupTooNew(f"schema revision {manifest.schema_revision!r}")
        return manifest


@contextlib.contextmanager
def _reading() -> Iterator[None]:
    """A backup file that cannot be read (gone, unplugged, no permission) is said in plain words."""
    try:
        yield
    except OSError as exc:
        raise BackupNotReadable(exc.strerror or type(exc).__name__) from None


def _secret_for(header: backup.BackupHeader, text: str) -> backup.BackupSecret:
    """The secret ``header`` asks for, from what the person typed."""
    if header.secret == backup.SECRET_RECOVERY_KEY:
        return backup.BackupSecret.recovery_key(_parse_recovery_key(text).secret)
    return backup.BackupSecret.password(text)


def _parse_recovery_key(text: str) -> RecoveryKey:
    try:
        return RecoveryKey.parse(text)
    except RecoveryKeyFormatError:
        raise MalformedRecoveryKey() from None


def _info(header: backup.BackupHeader) -> BackupInfo:
    try:
        created = datetime.fromisoformat(header.created_at)
    except ValueError:
        created = datetime.fromtimestamp(0, UTC)
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return BackupInfo(created, header.secret == backup.SECRET_RECOVERY_KEY)
