"""The vault: one folder holding the encrypted database and its key envelope.

::

    <data dir>/vault.json      key envelope (see envelope.py)
    <data dir>/vault.db        SQLCipher 4 database, WAL mode (vault.db-wal / -shm while open)

Nothing here ever creates a vault over an existing one or opens a damaged one as empty: creation refuses
to run when either file exists, and every open reads the database header with the key before use.
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
from desktop.errors import KeyFileDamaged, VaultDamaged, VaultExists, VaultLocked, VaultNotFound
from desktop.storage import audit
from desktop.storage.atomic import fsync_directory, make_private_folder
from desktop.storage.engine import connect, is_damage_error, make_engine
from desktop.storage.envelope import DATA_KEY_BYTES, KdfParams, KeyEnvelope
from desktop.storage.keychain import KeyCache
from desktop.storage.migrate import current_revision, ensure_schema
from desktop.storage.schema import SCHEMA_HEAD
from desktop.storage.wal_check import check_wal

log = logging.getLogger(__name__)

ENVELOPE_NAME = "vault.json"
DATABASE_NAME = "vault.db"
_CREATING_SUFFIX = ".new"


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
        return self.envelope_path.exists() or self.database_path.exists()

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
        try:
            raw = self.envelope_path.read_bytes()
        except FileNotFoundError:
            if self.database_path.exists():
                raise KeyFileDamaged("vault.json is missing") from None
            raise VaultNotFound() from None
        return KeyEnvelope.from_json(raw)

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
        # point leaves either no vault or a whole one (see _finish_interrupted_create).
        creating = self.database_path.with_name(DATABASE_NAME + _CREATING_SUFFIX)
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
        key = self._key_cache.load(envelope.vault_id)
        if key is None:
            return False
        if not envelope.key_matches(key):
            log.warning("keychain: cached key does not fit this vault; asking for the password")
            return False
        self._open(envelope, key)
        return True

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
        return self._key_cache.store(self._envelope.vault_id, bytes(self._key))

    def forget_key(self) -> None:
        """Remove this vault's key from the keychain cache."""
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

    # -- internals ---------------------------------------------------------------------------------

    def _open(self, envelope: KeyEnvelope, data_key: bytes) -> None:
        if self._engine is not None:
            return
        self._finish_interrupted_create()
        if not self.database_path.exists():
            raise VaultDamaged("the database file is missing")
        wal = check_wal(self.wal_path)
        if wal.damaged:
            raise VaultDamaged(wal.reason)
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

    def _finish_interrupted_create(self) -> None:
        creating = self.database_path.with_name(DATABASE_NAME + _CREATING_SUFFIX)
        if not self.database_path.exists() and creating.exists():
            os.replace(creating, self.database_path)
            log.warning("vault: finished a creation that was interrupted")

    def _record(self, action: str, detail: dict | None = None, at: datetime | None = None) -> None:
        if self._engine is None:
            return  # the password changed while locked: logged at the next unlock by the service
        with self.transaction() as conn:
            audit.append_event(conn, self._actor, action, detail=detail, at=at)


def _checkpoint(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _touch_private(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)


def _local_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): the log still needs an actor
        return "unknown"
