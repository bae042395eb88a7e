"""The vault: one folder holding the encrypted database and its key envelope.

::

    <data dir>/vault.json      key envelope (see envelope.py)
    <data dir>/vault.db        SQLCipher 4 database, WAL mode (vault.db-wal / -shm while open)
    <data dir>/vault.mark      the commit mark: how far the database has got (see commit_mark.py)
    <data dir>/vault.lock      held by the one program that has the vault open (see folder_lock)

Nothing here ever creates a vault over an existing one or opens a damaged one as empty: creation refuses
to run when either file exists, and every open reads the database header with the key before use and
compares the database with its commit mark (a write-ahead log cut short is damage, not a quiet loss). A
restore from backup that a kill interrupted after its commit point is finished before the folder is
looked at (see vault_swap).

Checks: an unlock makes only the cheap ones (``verify_at_unlock``: the commit mark, the
schema revision, the access log after its checkpoint; SQLCipher checks each page's HMAC as it is read).
The full check of every page, the structure and the whole access log runs from a schedule, in steps, on a
connection of its own (``integrity.FullCheck``, started by ``full_check``); ``verify_integrity`` still
makes every check at once (``casenotes check``, the settings page's button).

A vault found damaged (at the open, by a check or by a damage error) is written to no more:
no access-log event, no checkpoint, not even the one SQLite makes when its last connection closes; so
``casenotes check`` leaves a damaged vault exactly as it found it, and its report is the damage.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.pool import PoolProxiedConnection

from desktop.domain.recovery_key import RecoveryKey
from desktop.errors import (
    RestoreNeedsLock,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultFoundDamaged,
    VaultLocked,
)
from desktop.storage.vault import audit, db_check, live_copy, unlock_attempts, vault_files, vault_swap
from desktop.storage.vault.atomic import fsync_directory, make_private_folder, write_private_file
from desktop.storage.vault.commit_mark import CommitMark, current_state
from desktop.storage.vault.connection import connect, connect_read_only, is_damage_error
from desktop.storage.vault.engine import busy_said_plainly, for_writing, make_engine
from desktop.storage.vault.envelope import DATA_KEY_BYTES, KdfParams, KeyEnvelope
from desktop.storage.vault.folder_lock import FolderLock
from desktop.storage.vault.integrity import FullCheck, FullCheckResult
from desktop.storage.vault.keychain import KeyCache
from desktop.storage.vault.migrate import current_revision, ensure_schema
from desktop.storage.vault.schema import SCHEMA_HEAD
from desktop.storage.vault.subkeys import subkey
from desktop.storage.vault.vault_files import (
    CREATING_SUFFIX,
    DATABASE_NAME,
    ENVELOPE_NAME,
    MARK_NAME,
    prepare_to_open,
    read_envelope,
    vault_exists,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    """A consistent copy of the vault in a staging folder: its files and what they are."""

    files: tuple[tuple[str, Path], ...]
    vault_id: str
    schema_revision: str


# An unlock that walked this many access-log events after the checkpoint moves it.
CHECKPOINT_AFTER_EVENTS = 1000
# When a full check last found the vault whole (device-local, in ``sync_state``, as the log's checkpoint).
FULL_CHECK_PASSED_KEY = "integrity.full_check_passed_at"


@dataclass(frozen=True)
class BackupSnapshot:
    """The vault as of one moment, to be read once by a backup (``Vault.backup_snapshot``).

    ``database_blocks(block_size)`` gives the database file's bytes (``database_size`` of them) in
    blocks of whole pages, every page's HMAC checked on the way; ``mark`` is the commit mark as it was
    just before the moment (never ahead of the database), None when the vault has none yet or the
    database is a copy that says it has none.
    """

    vault_id: str
    schema_revision: str
    envelope: bytes
    mark: bytes | None
    database_size: int
    database_blocks: Callable[[int], Iterator[bytes]]


@dataclass(frozen=True)
class IntegrityReport:
    """What a check found; ``problems`` is empty when all is well. ``chain_end`` is the newest
    access-log event found whole, ``checkpoint`` the checkpoint the check found (seq and MAC)."""

    schema_revision: str | None
    audit_events: int
    problems: tuple[str, ...] = ()
    chain_end: tuple[int, str] | None = None
    checkpoint: tuple[int, str] | None = None

    @property
    def ok(self) -> bool:
        """True when no check failed."""
        return not self.problems


class Vault:
    """Create, unlock, lock and re-key the password of one vault folder.

    Open, the vault holds its folder against other programs (``folder_lock``, passed in by a session
    that takes it earlier, for its early read); locked, it lets the folder go.
    """

    def __init__(
        self,
        folder: Path,
        key_cache: KeyCache | None = None,
        actor: str | None = None,
        folder_lock: FolderLock | None = None,
    ) -> None:
        self.folder = Path(folder)
        self._key_cache = key_cache or KeyCache()
        self._actor = actor or _local_user()
        self._folder_lock = folder_lock or FolderLock(self.folder)
        self._engine: Engine | None = None
        self._writer: Engine | None = None
        self._key: bytearray | None = None
        self._envelope: KeyEnvelope | None = None
        self._mark: CommitMark | None = None
        self._damaged: str | None = None  # why, once damage was found in the open vault
        self._full_checks: list[FullCheck] = []  # stopped and closed at the lock
        self._database_reader: live_copy.FileReader | None = None  # kept open until lock (see live_copy)
        # The most page cache the check may use (db_check): the command line's own process raises it.
        self.check_cache_limit = db_check.CACHE_LIMIT

    # -- paths and state ---------------------------------------------------------------------------

    @property
    def envelope_path(self) -> Path:
        """The key envelope ``vault.json``."""
        return self.folder / ENVELOPE_NAME

    @property
    def database_path(self) -> Path:
        """The SQLCipher database file."""
        return self.folder / DATABASE_NAME

    @property
    def wal_path(self) -> Path:
        """The write-ahead log beside the database."""
        return self.folder / (DATABASE_NAME + "-wal")

    @property
    def mark_path(self) -> Path:
        """The commit mark beside the database."""
        return self.folder / MARK_NAME

    def exists(self) -> bool:
        """Whether a vault has been created in this folder (even a damaged one)."""
        return vault_exists(self.folder)

    def own_files(self) -> tuple[str, ...]:
        """The names of every file that belongs to this vault (and moves with it on a restore)."""
        creating = DATABASE_NAME + CREATING_SUFFIX
        return (
            *(name + suffix for name in (DATABASE_NAME, creating) for suffix in ("-wal", "-shm", "")),
            ENVELOPE_NAME,
            MARK_NAME,
            unlock_attempts.FILE_NAME,
            vault_files.REMEMBERED_NAME,
        )

    @property
    def is_unlocked(self) -> bool:
        """True between a successful unlock and ``lock``."""
        return self._engine is not None

    @property
    def actor(self) -> str:
        """The name written as the actor of audit events."""
        return self._actor

    @property
    def vault_id(self) -> str:
        """The vault's id, from the envelope (readable while locked)."""
        return self.read_envelope().vault_id

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine of the unlocked vault."""
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    def read_envelope(self) -> KeyEnvelope:
        """Read ``vault.json``; ``VaultNotFound`` if there is no vault, ``KeyFileDamaged`` if damaged."""
        return read_envelope(self.folder)

    # -- create ------------------------------------------------------------------------------------

    def create(self, password: str, kdf: KdfParams | None = None) -> RecoveryKey:
        """Make a new vault; returns the recovery key, which is shown once and stored nowhere."""
        if self.exists():
            raise VaultExists()
        make_private_folder(self.folder)
        with self._folder_lock.claimed():
            if self.exists():  # made by another program just now
                raise VaultExists()
            return self._create(password, kdf)

    def _create(self, password: str, kdf: KdfParams | None) -> RecoveryKey:
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        recovery = RecoveryKey.generate()
        envelope = KeyEnvelope.create(data_key, password, recovery.secret, kdf)
        # Build the database under a temporary name, then the envelope, then rename: a crash at any
        # point leaves either no vault or a whole one (see vault_files.prepare_to_open).
        creating = self.database_path.with_name(DATABASE_NAME + CREATING_SUFFIX)
        for leftover in (creating, Path(f"{creating}-wal"), Path(f"{creating}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        _touch_private(creating)
        engine = make_engine(str(creating), data_key, pool_size=1)
        try:
            ensure_schema(engine)
            with for_writing(engine).begin() as conn:
                audit.append_event(conn, self._actor, "vault.created", detail={"vault_id": envelope.vault_id})
            _checkpoint(engine)
        finally:
            engine.dispose()
        envelope.write(self.envelope_path)
        os.replace(creating, self.database_path)
        fsync_directory(self.folder)
        log.info("vault created")
        return recovery

    # -- unlock and lock ---------------------------------------------------------------------------

    def unlock_with_password(self, password: str) -> None:
        """Open the vault with the password (``WrongPassword`` if it does not fit)."""
        envelope = self.read_envelope()
        self._open(envelope, envelope.unwrap_with_password(password))

    def unlock_with_recovery_key(self, recovery: RecoveryKey) -> None:
        """Open the vault with the recovery key."""
        envelope = self.read_envelope()
        self._open(envelope, envelope.unwrap_with_recovery(recovery.secret))

    def unlock_with_cached_key(self) -> bool:
        """Open with the key remembered in the keychain; False (and nothing changed) if that fails."""
        envelope = self.read_envelope()
        return self._open_with_keychain_key(envelope, self._key_cache.load(envelope.vault_id))

    def unlock_with_key_from_keychain(self, key: bytes | None) -> bool:
        """Open with a key the keychain gave (read once by the caller); False (and nothing changed) when
        there was none or it does not fit this vault."""
        return self._open_with_keychain_key(self.read_envelope(), key)

    def lock(self) -> None:
        """Close every connection and drop the key from this object (a damaged vault: without writing)."""
        checks, self._full_checks = self._full_checks, []
        for check in checks:  # a running one stops within milliseconds (integrity.py)
            check.close()
        if self._mark is not None:
            self._mark.stop()
            self._mark = None
        if self._engine is not None:
            if self._damaged is None:
                try:
                    _checkpoint(self._engine)
                except SADatabaseError:
                    log.warning("vault: checkpoint at lock failed")
                self._engine.dispose()
            else:
                _dispose_without_checkpoint(self._engine, self.database_path, bytes(self._key or b""))
            self._engine = None
            self._writer = None
        if self._database_reader is not None:  # after every connection closed: no lock of SQLite's left
            self._database_reader.close()
            self._database_reader = None
        self._damaged = None
        if self._key is not None:
            self._key[:] = bytes(len(self._key))  # best effort: Python may hold other copies
            self._key = None
        self._envelope = None
        self._folder_lock.release()

    # -- passwords ---------------------------------------------------------------------------------

    def change_password(self, old_password: str, new_password: str) -> None:
        """Re-wrap the data key under ``new_password`` (the database itself is not rewritten)."""
        envelope = self.read_envelope()
        data_key = envelope.unwrap_with_password(old_password)
        envelope.with_password(data_key, new_password).write(self.envelope_path)
        self._record("vault.password_changed")

    def reset_password(self, recovery: RecoveryKey, new_password: str) -> None:
        """Set a new password with the recovery key (the only way to do so without the old one)."""
        envelope = self.read_envelope()
        data_key = envelope.unwrap_with_recovery(recovery.secret)
        envelope.with_password(data_key, new_password).write(self.envelope_path)
        self._record("vault.password_reset_with_recovery_key")

    # -- the caseworker's identity (for handing a file to a colleague) -----------------------------

    def identity_private(self) -> bytes | None:
        """The identity's private bytes kept in ``vault.json`` (``None`` when none is kept yet)."""
        if self._key is None:
            raise VaultLocked()
        return self.read_envelope().identity_private(bytes(self._key))

    def keep_identity(self, receive: bytes, sign: bytes, private: bytes) -> None:
        """Keep an identity in ``vault.json`` (written atomically; the open vault's folder lock is held,
        so no other program writes the envelope meanwhile)."""
        if self._key is None:
            raise VaultLocked()
        envelope = self.read_envelope().with_identity(bytes(self._key), receive, sign, private)
        envelope.write(self.envelope_path)
        self._envelope = envelope
        self._record("vault.identity_created")

    # -- keychain cache ----------------------------------------------------------------------------

    @property
    def key_cache(self) -> KeyCache:
        """The keychain cache this vault uses."""
        return self._key_cache

    def remember_key(self) -> bool:
        """Cache the key of the unlocked vault in the keychain; False if the keychain refused."""
        if self._key is None or self._envelope is None:
            raise VaultLocked()
        stored = self._key_cache.store(self._envelope.vault_id, bytes(self._key))
        vault_files.note_remembered(self.folder, self._envelope.vault_id if stored else None)
        return stored

    def forget_key(self) -> None:
        """Remove this vault's key from the keychain cache."""
        vault_files.note_remembered(self.folder, None)
        self._key_cache.forget(self.read_envelope().vault_id)

    # -- transactions and checks -------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction (``BEGIN IMMEDIATE``: it waits its turn behind another writer, see
        ``engine.py``); damage found on the way is raised as ``VaultDamaged``, a wait that ran out as
        ``VaultBusy``, and a vault already found damaged takes none (``VaultFoundDamaged``)."""
        if self._writer is None:
            raise VaultLocked()
        if self._damaged is not None:
            raise VaultFoundDamaged(self._damaged)
        try:
            with busy_said_plainly(), self._writer.begin() as conn:
                yield conn
        except SADatabaseError as exc:
            if is_damage_error(exc.orig or exc):
                self._found_damaged(str(exc.orig))
                raise VaultDamaged(str(exc.orig)) from None
            raise

    def verify_integrity(self) -> IntegrityReport:
        """Every check there is: page HMACs, SQLite structure, schema version, the commit mark and the
        access log's whole chain. Writes nothing; damage found means nothing is written any more."""
        return self._verify(full=True)

    def verify_at_unlock(self) -> IntegrityReport:
        """The cheap checks made at every unlock: the commit mark, the schema revision and the access log
        after its checkpoint (which then moves to the newest event, when that was a long walk). The pages and the structure are
        left to the scheduled full check (``full_check``); damage found means nothing is written any more."""
        report = self._verify(full=False)
        # Moved only after a long walk (a write waits for the disk; a short walk costs less than that)
        # or when there was none; the full check moves it every day anyway.
        moved = report.checkpoint is None or report.audit_events >= CHECKPOINT_AFTER_EVENTS
        if report.ok and moved and report.chain_end is not None and report.chain_end != report.checkpoint:
            try:
                with self.transaction() as conn:
                    audit.write_checkpoint(conn, report.chain_end)
            except VaultDamaged:
                return IntegrityReport(report.schema_revision, report.audit_events, (self._damaged or "",))
            except VaultBusy:  # the checkpoint stays where it was: the next unlock walks a little more
                log.warning("vault: the access-log checkpoint could not be moved (busy)")
        return report

    def full_check(self) -> FullCheck:
        """A new full check of this vault on a connection of its own, to run in steps (``integrity.py``).
        It is stopped and closed at the lock; report its result with ``full_check_finished``."""
        if self._key is None:
            raise VaultLocked()
        check = FullCheck(self.database_path, bytes(self._key))
        self._full_checks.append(check)
        return check

    def full_check_finished(self, check: FullCheck, result: FullCheckResult) -> IntegrityReport:
        """Take the result of a finished full check: damage found means nothing is written any more;
        a vault found whole keeps the access log's checkpoint and the time it passed."""
        if check in self._full_checks:
            self._full_checks.remove(check)
        check.close()
        problems = result.problems
        if problems:
            self._found_damaged("; ".join(problems))
        elif self._damaged is None:
            try:
                with self.transaction() as conn:
                    if result.chain_end is not None:
                        audit.write_checkpoint(conn, result.chain_end)
                    conn.execute(
                        text(
                            "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                        ),
                        {"k": FULL_CHECK_PASSED_KEY, "v": datetime.now(UTC).isoformat(timespec="seconds")},
                    )
            except VaultDamaged as exc:
                problems = (exc.detail or exc.message,)
            except VaultBusy:  # another write held the vault too long: the check is made again later
                log.warning("vault: the full check passed, but its result could not be kept")
        return IntegrityReport(None, result.audit_events, tuple(problems))

    def last_full_check(self) -> datetime | None:
        """When a full check of this vault last found it whole (None: never, or not readable)."""
        with self.engine.connect() as conn:
            value = conn.execute(
                text("SELECT value FROM sync_state WHERE key = :k"), {"k": FULL_CHECK_PASSED_KEY}
            ).scalar_one_or_none()
        try:
            return datetime.fromisoformat(value) if value else None
        except ValueError:
            return None

    def flush_deleted(self) -> bool:
        """After an erasure: copy the WAL (where the zeroed pages are) into the database and empty it.

        ``secure_delete`` zeroes what a deletion frees, but the pages as they were stay in the database
        file until a checkpoint writes the new ones over them. Returns False when a reader kept the
        checkpoint from finishing (it is tried again at the next lock), or the vault was found damaged.
        """
        if self._damaged is not None:
            return False
        with self.engine.connect() as conn:
            busy, _frames, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        return busy == 0

    def record(self, action: str, detail: dict | None = None, at: datetime | None = None) -> None:
        """Append one audit event in its own transaction."""
        self._record(action, detail, at)

    def derived_key(self, purpose: str) -> bytes:
        """A 256-bit key for one ``purpose`` (HKDF-SHA256 of the data key under a label of its own), so
        a file beside the vault can be sealed without another key to keep."""
        if self._key is None:
            raise VaultLocked()
        return subkey(bytes(self._key), f"casenotes/{purpose}/1".encode())

    # -- backup ------------------------------------------------------------------------------------

    def snapshot(self, folder: Path) -> Snapshot:
        """Copy the open vault into ``folder`` (a staging folder inside the vault folder), checked.

        ``VACUUM INTO`` writes one consistent, compact copy of the database as of one moment (a read
        transaction, the WAL included), still SQLCipher-encrypted under the data key. The copy is then
        opened read-only with the key and must pass every page's HMAC, ``quick_check`` and the schema
        check, and the key file must be the one the open key belongs to. The copy says it has no commit
        mark yet (a restored vault's first open writes one; the mark of this vault stays with it).
        """
        if self._engine is None or self._key is None:
            raise VaultLocked()
        key = bytes(self._key)
        envelope_bytes = self.envelope_path.read_bytes()
        envelope = KeyEnvelope.from_json(envelope_bytes)
        envelope.verify_key(key)
        database = Path(folder) / DATABASE_NAME
        # The raw driver connection: SQLAlchemy would open a transaction first, and VACUUM refuses one.
        raw = self._engine.raw_connection()
        try:
            _driver(raw).execute("VACUUM INTO ?", (str(database),))
        except Exception as exc:
            if is_damage_error(exc):
                self._found_damaged(str(exc))
                raise VaultDamaged(str(exc)) from None
            raise
        finally:
            raw.close()
        _unmark_copy(database, key)
        write_private_file(Path(folder) / ENVELOPE_NAME, envelope_bytes)
        revision = _check_copy(database, key)
        return Snapshot(
            files=((ENVELOPE_NAME, Path(folder) / ENVELOPE_NAME), (DATABASE_NAME, database)),
            vault_id=envelope.vault_id,
            schema_revision=revision,
        )

    @contextlib.contextmanager
    def backup_snapshot(self, staging: Path) -> Iterator[BackupSnapshot]:
        """The open vault as of one moment, for a backup that reads it once.

        The database file itself is held still for the ``with`` block (``live_copy.pinned``) and read
        as it is, its pages' HMACs checked as they go by; the commit mark is read first, so it is never
        ahead of the database. When the write-ahead log cannot be emptied (a long reader), or the vault
        was found damaged (pinning checkpoints), a checked ``snapshot`` copy in ``staging`` (a staging
        folder inside the vault folder) is read instead.
        """
        if self._engine is None or self._key is None:
            raise VaultLocked()
        key = bytes(self._key)
        envelope_bytes = self.envelope_path.read_bytes()
        envelope = KeyEnvelope.from_json(envelope_bytes)
        envelope.verify_key(key)
        try:
            mark: bytes | None = self.mark_path.read_bytes()
        except FileNotFoundError:
            mark = None
        # A vault found damaged is not checkpointed (pinning would): it is copied as before, or fails to be.
        pinning = (
            live_copy.pinned(self.database_path, key) if self._damaged is None else contextlib.nullcontext()
        )
        with pinning as pin:
            if pin is not None:
                if pin.schema_revision != SCHEMA_HEAD:
                    raise VaultDamaged(f"schema revision {pin.schema_revision!r}, expected {SCHEMA_HEAD!r}")
                if self._database_reader is None:
                    self._database_reader = live_copy.FileReader(open(self.database_path, "rb", buffering=0))  # noqa: SIM115
                yield self._backup_snapshot(
                    envelope.vault_id,
                    pin.schema_revision,
                    envelope_bytes,
                    mark,
                    self._database_reader,
                    pin.size,
                    key,
                    self._found_damaged,
                )
                return
        log.info(
            "backup: the database cannot be held still (a reader keeps the log, or damage was found); a copy"
        )
        copy = self.snapshot(staging)
        database = dict(copy.files)[DATABASE_NAME]
        reader = live_copy.FileReader(open(database, "rb", buffering=0))  # noqa: SIM115
        try:
            yield self._backup_snapshot(
                copy.vault_id,
                copy.schema_revision,
                envelope_bytes,
                None,
                reader,
                database.stat().st_size,
                key,
                None,
            )
        finally:
            reader.close()

    @staticmethod
    def _backup_snapshot(
        vault_id: str,
        revision: str,
        envelope: bytes,
        mark: bytes | None,
        reader: live_copy.FileReader,
        size: int,
        key: bytes,
        on_damage: Callable[[str], None] | None,
    ) -> BackupSnapshot:
        check = live_copy.PageCheck(key, reader.read(0, live_copy.PAGE_SIZE)[:16])
        return BackupSnapshot(
            vault_id=vault_id,
            schema_revision=revision,
            envelope=envelope,
            mark=mark,
            database_size=size,
            database_blocks=partial(live_copy.checked_blocks, reader, size, check, on_damage=on_damage),
        )

    def replace_with(self, staged: Path, keep_old_in: Path, note: dict) -> Path | None:
        """Put the vault files in ``staged`` in place of this (locked) vault; the old files go to ``keep_old_in``.

        See ``vault_swap`` for why a kill at any point leaves either vault whole. Returns the folder
        that holds the old vault, or None when there was none.
        """
        if self._engine is not None:
            raise RestoreNeedsLock()
        with self._folder_lock.claimed():  # never under another program (VaultInUse)
            # A backup made in one pass carries the commit mark; one made from a copy does not.
            new = (
                ENVELOPE_NAME,
                DATABASE_NAME,
                *((MARK_NAME,) if (Path(staged) / MARK_NAME).is_file() else ()),
            )
            return vault_swap.swap_in(self.folder, staged, keep_old_in, self.own_files(), new, note)

    def in_use_elsewhere(self) -> bool:
        """Whether another process has this vault's database open right now, seen in SQLite's own lock:
        for a program that does not take the folder lock (an older version, a database tool)."""
        return vault_swap.in_use(self.database_path)

    # -- internals ---------------------------------------------------------------------------------

    def _open_with_keychain_key(self, envelope: KeyEnvelope, key: bytes | None) -> bool:
        if key is None:
            return False
        if not envelope.key_matches(key):
            log.warning("keychain: cached key does not fit this vault; asking for the password")
            return False
        self._open(envelope, key)
        return True

    def _open(self, envelope: KeyEnvelope, data_key: bytes) -> None:
        if self._engine is not None:
            return
        took = self._folder_lock.acquire()  # VaultInUse, before anything is read
        try:
            engine = self._open_engine(data_key)
        except BaseException:
            if took:
                self._folder_lock.release()
            raise
        self._engine = engine
        self._writer = for_writing(engine)
        self._key = bytearray(data_key)
        self._envelope = envelope
        log.info("vault unlocked")

    def _open_engine(self, data_key: bytes) -> Engine:
        prepare_to_open(self.folder)
        mark = CommitMark(self.mark_path, data_key)
        # One read-only connection first: a wrong key or a damaged header fails here, before any pool,
        # and the database is compared with its commit mark before anything could write to it (a
        # read-only connection never checkpoints, so a damaged vault stays exactly as it was).
        probe = connect_read_only(str(self.database_path), data_key)
        try:
            mark.check(probe)
        except sqlcipher.DatabaseError as exc:
            raise VaultDamaged(str(exc)) from None
        finally:
            probe.close()
        engine = make_engine(str(self.database_path), data_key, on_commit=mark.advance)
        try:
            ensure_schema(engine)
            _settle_mark(engine, mark)
        except SADatabaseError as exc:
            mark.stop()
            engine.dispose()
            raise VaultDamaged(str(exc.orig)) from None
        except BaseException:
            mark.stop()
            engine.dispose()
            raise
        self._mark = mark
        return engine

    def _verify(self, full: bool) -> IntegrityReport:
        problems: list[str] = []
        revision: str | None = None
        events = 0
        chain: audit.ChainReport | None = None
        checkpoint: tuple[int, str] | None = None
        try:
            problems += self._mark_problems()
            with self.engine.connect() as conn:
                if full:
                    # Page HMACs and structure, on two read-only connections at once (db_check).
                    if self._key is None:
                        raise VaultLocked()
                    problems += db_check.page_and_structure_problems(
                        self.database_path, bytes(self._key), self.check_cache_limit
                    )
                revision = current_revision(self.engine)
                if revision != SCHEMA_HEAD:
                    problems.append(f"schema revision {revision!r}, expected {SCHEMA_HEAD!r}")
                checkpoint = audit.read_checkpoint(conn)[0]
                chain = audit.verify_chain(conn) if full else audit.verify_since_checkpoint(conn)
                events = chain.events
                problems += chain_problems(chain)
        except SADatabaseError as exc:
            problems.append(f"database: {exc.orig}")
        if problems:
            self._found_damaged("; ".join(problems))
        end = chain.end if chain is not None and chain.ok else None
        return IntegrityReport(revision, events, tuple(problems), chain_end=end, checkpoint=checkpoint)

    def _mark_problems(self) -> list[str]:
        """What comparing the database with its commit mark shows (nothing is written)."""
        if self._mark is None:
            return []
        raw = self.engine.raw_connection()
        try:
            self._mark.check(raw.driver_connection)
        except VaultDamaged as exc:
            return [exc.detail]
        except sqlcipher.DatabaseError as exc:
            return [f"database: {exc}"]
        finally:
            raw.close()
        return []

    def _found_damaged(self, why: str) -> None:
        if self._damaged is None:
            log.error("vault: found damaged; nothing more is written to it until it is locked")
            self._damaged = why
        if self._mark is not None:
            self._mark.stop()

    def _record(self, action: str, detail: dict | None = None, at: datetime | None = None) -> None:
        if self._engine is None:
            return  # the password changed while locked: logged at the next unlock by the service
        if self._damaged is not None:
            log.warning("vault: %s not logged, the vault was found damaged", action)
            return
        with self.transaction() as conn:
            audit.append_event(conn, self._actor, action, detail=detail, at=at)


def chain_problems(report: audit.ChainReport) -> list[str]:
    """What a walk along the access log found, in the words of a check's report."""
    if report.anchor_altered:
        return ["the record of pruned access-log events (audit_anchor) was altered"]
    if report.checkpoint_altered:
        return ["the access-log checkpoint was altered"]
    if report.broken_at is not None:
        return [f"audit chain broken at event {report.broken_at}"]
    return []


def _checkpoint(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _settle_mark(engine: Engine, mark: CommitMark) -> None:
    """At the open, once the database is at this program's schema: go on from the mark found, bring it
    up to date after a crash left it behind, or write the first one (see commit_mark.py)."""
    raw = engine.raw_connection()
    try:
        connection = _driver(raw)
        connection.execute("BEGIN")
        row = connection.execute("SELECT marked_since FROM vault_state").fetchone()
        state = current_state(connection)
        connection.execute("COMMIT")
    finally:
        raw.close()
    _present, newest, slot = mark.read()
    if row is not None and row[0] is not None and newest is not None:
        mark.resume(newest, slot)
        mark.advance(state)
        return
    # No mark yet (a vault from before schema 0011, a restored backup, a crash before the first mark):
    # write it durably first, then record in the database that it exists, then checkpoint, so that
    # from here on a missing mark is noticed, even with the write-ahead log gone.
    mark.create(state)
    with for_writing(engine).begin() as conn:
        conn.exec_driver_sql("UPDATE vault_state SET marked_since = commits")
    _checkpoint(engine)
    log.info("vault: commit mark written for the first time")


def _unmark_copy(database: Path, key: bytes) -> None:
    """A copy of the database (a backup) has no mark beside it: say so in it, so its first open writes one."""
    connection = connect(str(database), key)
    try:
        connection.execute("BEGIN")
        connection.execute("UPDATE vault_state SET marked_since = NULL")
        connection.commit()
    except sqlcipher.DatabaseError as exc:
        raise VaultDamaged(f"the copy does not open: {exc}") from None
    finally:
        connection.close()


def _dispose_without_checkpoint(engine: Engine, database: Path, key: bytes) -> None:
    """Close a damaged vault's connections without SQLite's checkpoint at the last close.

    The last connection to close copies the write-ahead log into the database and deletes it; with a
    read-only connection still open, none of them is the last, and the read-only one cannot write.
    """
    guard = None
    with contextlib.suppress(VaultDamaged, sqlcipher.Error, ValueError):
        guard = connect_read_only(str(database), key)
    try:
        engine.dispose()
    finally:
        if guard is not None:
            guard.close()


def _check_copy(database: Path, key: bytes) -> str:
    """Open a copy read-only with ``key``: every page's HMAC, the structure and the schema revision."""
    conn = connect_read_only(str(database), key)
    try:
        problems = [line for (line,) in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [line for (line,) in conn.execute("PRAGMA quick_check") if line != "ok"]
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:
        raise VaultDamaged(f"the copy does not open: {exc}") from None
    finally:
        conn.close()
    if problems:
        raise VaultDamaged("the copy fails its checks: " + "; ".join(map(str, problems)))
    if row is None or row[0] != SCHEMA_HEAD:
        raise VaultDamaged("the copy has the wrong schema revision")
    return str(row[0])


def _touch_private(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)


def _local_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): the log still needs an actor
        return "unknown"


def _driver(raw: PoolProxiedConnection) -> Any:
    """The sqlcipher3 connection under SQLAlchemy's pooled one (there always is one while it is open)."""
    connection = raw.driver_connection
    if connection is None:
        raise RuntimeError("the database connection is closed")
    return connection
