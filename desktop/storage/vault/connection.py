"""Keyed SQLCipher connections, without SQLAlchemy (the engine in ``engine.py`` makes its connections here).

The database is opened with the raw 256-bit data key (``PRAGMA key = "x'…'"``), so SQLCipher's own
passphrase KDF is skipped: the Argon2id work happens once, in the key envelope. Kept apart from the engine
so the caseload can be read before the database code is loaded (``early_caseload.py``).

Every connection is a ``VaultConnection``: it counts the write transactions that changed something in
the database's ``vault_state`` and reports each to the vault's commit mark once committed
(``commit_mark.py``), and it carries the access log's MAC key (``audit.py``).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable

import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import VaultDamaged
from desktop.storage.vault.commit_mark import CommitState, count_commit
from desktop.storage.vault.subkeys import ACCESS_LOG_LABEL, subkey

BUSY_TIMEOUT_MS = 5000

# The error texts SQLite and SQLCipher use when a page fails its HMAC or the file is not a database.
_DAMAGE_MARKERS = ("file is not a database", "malformed", "hmac", "corrupt", "not a database")


class VaultConnection(sqlcipher.Connection):
    """A keyed connection on a vault database that counts its commits (see ``commit_mark.py``)."""

    access_log_key: bytes = b""
    on_commit: Callable[[CommitState], None] | None = None
    _changes_counted = 0

    def commit(self) -> None:
        """Commit; a transaction that changed rows first adds one to the commit count, and the mark
        hears of it once the commit has returned (the database is durable before the mark moves)."""
        counted = None
        if self.in_transaction and self.total_changes != self._changes_counted:
            counted = count_commit(self)
        super().commit()
        self._changes_counted = self.total_changes
        if counted is not None and self.on_commit is not None:
            self.on_commit(counted)

    def rollback(self) -> None:
        """Roll back (what the transaction changed is not counted)."""
        super().rollback()
        self._changes_counted = self.total_changes


def connect(
    path: str, data_key: bytes, on_commit: Callable[[CommitState], None] | None = None
) -> VaultConnection:
    """Open one connection on the vault file, keyed, in WAL mode, with our durability settings.

    ``on_commit`` hears of every counted commit (the vault's commit mark).
    """
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    connection = _keyed(
        sqlcipher.connect(path, isolation_level=None, check_same_thread=False, factory=VaultConnection),
        data_key,
    )
    connection.on_commit = on_commit
    try:
        # SQLCipher writes its own diagnostics to stderr by default; we report damage ourselves.
        connection.execute("PRAGMA cipher_log_level = NONE")
        # The key is a literal because PRAGMA takes no parameters; it is hex of random bytes only.
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        # Off on purpose (SQLCipher's own default since 4.5): with it on, SQLCipher locks and wipes
        # every allocation SQLite makes, which made bulk writes 15 times slower (a first sync, the
        # demo caseload), while the same text lives unwiped in Python strings and Qt widgets anyway.
        # SQLCipher still wipes its key material when a connection closes.
        connection.execute("PRAGMA cipher_memory_security = OFF")
        # Reading the schema is the first access to page 1: a wrong key or a damaged header fails here.
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        connection.execute("PRAGMA journal_mode = WAL").fetchone()
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA secure_delete = ON")
        # Sorts and temporary tables stay in memory, never in a temporary file (which SQLite unlinks at
        # once, so no scan of the temp folder could show one). The shipped build's default, made sure.
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlcipher.DatabaseError as exc:
        connection.close()
        raise VaultDamaged(str(exc)) from None
    connection._changes_counted = connection.total_changes
    return connection


def connect_read_only(path: str, data_key: bytes) -> VaultConnection:
    """Open a keyed connection that can only read (for checking a copy, and the checks before an open).

    It never checkpoints the write-ahead log, not even when it closes last (it cannot write the
    database), so a vault found damaged through it is left exactly as it was.
    """
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    uri = f"file:{urllib.parse.quote(path)}?mode=ro"
    connection = _keyed(
        sqlcipher.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False, factory=VaultConnection
        ),
        data_key,
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher.DatabaseError as exc:
        connection.close()
        raise VaultDamaged(str(exc)) from None
    return connection


def _keyed(connection: VaultConnection, data_key: bytes) -> VaultConnection:
    connection.access_log_key = subkey(data_key, ACCESS_LOG_LABEL)
    return connection


def is_damage_error(exc: BaseException) -> bool:
    """Whether a database error means the file is damaged (as opposed to, say, a constraint)."""
    text = str(exc).lower()
    return any(marker in text for marker in _DAMAGE_MARKERS)
