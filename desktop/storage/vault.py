"""The vault: one folder holding the encrypted database and its key envelope.

::

    <data dir>/vault.json      key envelope (see envelope.py)
    <data dir>/vault.db        SQLCipher 4 database, WAL mode (vault.db-wal / -shm while open)

Nothing here ever creates a vault over an existing one or opens a damaged one as empty: creation refuses
to run when either file exists, and every open reads the database header with the key before use. A
restore from backup that a kill interrupted after its commit point is finished before the folder is
looked at (see vault_swap).
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError

from desktop.domain.recovery_key import RecoveryKey
from desktop.errors import (
    RestoreNeedsLock,
    VaultDamaged,
    VaultExists,
    VaultLocked,
)
from desktop.storage import audit, unlock_attempts, vault_files, vault_swap
from desktop.storage.atomic import fsync_directory, make_private_folder, write_private_file
from desktop.storage.connection import connect, connect_read_only, is_damage_error
from desktop.storage.engine import make_engine
from desktop.storage.envelope import DATA_KEY_BYTES, KdfParams, KeyEnvelope
from desktop.storage.keychain import KeyCache
from desktop.storage.migrate import current_revision, ensure_schema
from desktop.storage.schema import SCHEMA_HEAD
from desktop.storage.vault_files import (
    CREATING_SUFFIX,
    DATABASE_NAME,
    ENVELOPE_NAME,
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


@dataclass(frozen=True)
class IntegrityReport:
    """What ``Vault.verify_integrity`` found; ``problems`` is empty when all is well."""

    schema_revision: str | None
    audit_events: int
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when no check failed."""
        return not self.problems


class Vault:
    """Create, unlock, lock and re-key the password of one vault folder."""

    def __init__(self, folder: Path, key_cache: KeyCache | None = None, actor: str | None = None) -> None:
        self.folder = Path(folder)
        self._key_cache = key_cache or KeyCache()
        self._actor = actor or _local_user()
        self._engine: Engine | None = None
        self._key: bytearray | None = None
        self._envelope: KeyEnvelope | None = None

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

    def exists(self) -> bool:
        """Whether a vault has been created in this folder (even a damaged one)."""
        return vault_exists(self.folder)

    def own_files(self) -> tuple[str, ...]:
        """The names of every file that belongs to this vault (and moves with it on a restore)."""
        creating = DATABASE_NAME + CREATING_SUFFIX
        return (
            *(name + suffix for name in (DATABASE_NAME, creating) for suffix in ("-wal", "-shm", "")),
            ENVELOPE_NAME,
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
            with engine.begin() as conn:
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
        """Close every connection and drop the key from this object."""
        if self._engine is not None:
            try:
                _checkpoint(self._engine)
            except SADatabaseError:
                log.warning("vault: checkpoint at lock failed")
            self._engine.dispose()
            self._engine = None
        if self._key is not None:
            self._key[:] = bytes(len(self._key))  # best effort: Python may hold other copies
            self._key = None
        self._envelope = None

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
        """One write transaction; damage found on the way is raised as ``VaultDamaged``."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except SADatabaseError as exc:
            if is_damage_error(exc.orig or exc):
                raise VaultDamaged(str(exc.orig)) from None
            raise

    def verify_integrity(self) -> IntegrityReport:
        """Every check there is: page HMACs, SQLite structure, schema version and the audit chain."""
        problems: list[str] = []
        revision: str | None = None
        events = 0
        try:
            with self.engine.connect() as conn:
                for (line,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                    problems.append(f"cipher: {line}")
                for (line,) in conn.exec_driver_sql("PRAGMA quick_check"):
                    if line != "ok":
                        problems.append(f"sqlite: {line}")
                revision = current_revision(self.engine)
                if revision != SCHEMA_HEAD:
                    problems.append(f"schema revision {revision!r}, expected {SCHEMA_HEAD!r}")
                report = audit.verify_chain(conn)
                events = report.events
                if not report.ok:
                    problems.append(f"audit chain broken at event {report.broken_at}")
        except SADatabaseError as exc:
            problems.append(f"database: {exc.orig}")
        return IntegrityReport(revision, events, tuple(problems))

    def flush_deleted(self) -> bool:
        """After an erasure: copy the WAL (where the zeroed pages are) into the database and empty it.

        ``secure_delete`` zeroes what a deletion frees, but the pages as they were stay in the database
        file until a checkpoint writes the new ones over them. Returns False when a reader kept the
        checkpoint from finishing (it is tried again at the next lock).
        """
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
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        label = f"casenotes/{purpose}/1".encode()
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(bytes(self._key))

    # -- backup ------------------------------------------------------------------------------------

    def snapshot(self, folder: Path) -> Snapshot:
        """Copy the open vault into ``folder`` (a staging folder inside the vault folder), checked.

        ``VACUUM INTO`` writes one consistent, compact copy of the database as of one moment (a read
        transaction, the WAL included), still SQLCipher-encrypted under the data key. The copy is then
        opened read-only with the key and must pass every page's HMAC, ``quick_check`` and the schema
        check, and the key file must be the one the open key belongs to.
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
            raw.driver_connection.execute("VACUUM INTO ?", (str(database),))
        except Exception as exc:
            if is_damage_error(exc):
                raise VaultDamaged(str(exc)) from None
            raise
        finally:
            raw.close()
        write_private_file(Path(folder) / ENVELOPE_NAME, envelope_bytes)
        revision = _check_copy(database, key)
        return Snapshot(
            files=((ENVELOPE_NAME, Path(folder) / ENVELOPE_NAME), (DATABASE_NAME, database)),
            vault_id=envelope.vault_id,
            schema_revision=revision,
        )

    def replace_with(self, staged: Path, keep_old_in: Path, note: dict) -> Path | None:
        """Put the vault files in ``staged`` in place of this (locked) vault; the old files go to ``keep_old_in``.

        See ``vault_swap`` for why a kill at any point leaves either vault whole. Returns the folder
        that holds the old vault, or None when there was none.
        """
        if self._engine is not None:
            raise RestoreNeedsLock()
        return vault_swap.swap_in(
            self.folder, staged, keep_old_in, self.own_files(), (ENVELOPE_NAME, DATABASE_NAME), note
        )

    def in_use_elsewhere(self) -> bool:
        """Whether another process has this vault's database open right now."""
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
        prepare_to_open(self.folder)
        # One direct connection first: a wrong key or a damaged header fails here, before any pool.
        connect(str(self.database_path), data_key).close()
        engine = make_engine(str(self.database_path), data_key)
        try:
            ensure_schema(engine)
        except SADatabaseError as exc:
            engine.dispose()
            raise VaultDamaged(str(exc.orig)) from None
        except BaseException:
            engine.dispose()
            raise
        self._engine = engine
        self._key = bytearray(data_key)
        self._envelope = envelope
        log.info("vault unlocked")

    def _record(self, action: str, detail: dict | None = None, at: datetime | None = None) -> None:
        if self._engine is None:
            return  # the password changed while locked: logged at the next unlock by the service
        with self.transaction() as conn:
            audit.append_event(conn, self._actor, action, detail=detail, at=at)


def _checkpoint(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


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
