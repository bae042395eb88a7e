"""The SQLAlchemy engine over keyed SQLCipher connections (``connection.py``).

Reads and writes start their transactions differently. The GUI thread, the sync
worker and the operation threads each take a connection from one pool, and SQLite lets one of them write
at a time. A plain ``BEGIN`` takes no lock: a transaction that reads first and writes later (most of
ours: look up, check, then insert) asks for the write lock only at its first write, and if another
connection is writing then, SQLite does not wait (the reader's snapshot could be stale): it fails at
once with "database is locked". A write transaction therefore starts with ``BEGIN IMMEDIATE``, which
takes the write lock first and, while another connection has it, waits up to the busy timeout.
Reads keep the plain ``BEGIN``: in WAL mode a reader neither waits for a writer nor holds one up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from desktop.errors import VaultBusy
from desktop.storage.vault.commit_mark import CommitState
from desktop.storage.vault.connection import connect

# The execution option that marks an engine's (or a connection's) transactions as writes.
_WRITES = "casenotes_writes"


def make_engine(
    path: str,
    data_key: bytes,
    pool_size: int = 4,
    on_commit: Callable[[CommitState], None] | None = None,
) -> Engine:
    """A SQLAlchemy engine whose every connection is a keyed SQLCipher connection.

    ``on_commit`` hears of every commit that changed something (the vault's commit mark).

    Python's sqlite3 transaction emulation is switched off (``isolation_level=None``) and SQLAlchemy
    emits ``BEGIN`` itself, the recipe SQLAlchemy documents for correct SQLite transactions.
    """
    key = bytes(data_key)
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, key, on_commit),
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
        # The connection used last comes back first: each SQLCipher connection keeps its own cache of
        # decrypted pages, so this one has the pages just read. Handed out in turn, each call found
        # a colder cache and decrypted again: a search took 8 ms instead of 5.
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITES) else "BEGIN")

    return engine


def for_writing(engine: Engine) -> Engine:
    """The same engine (the same pool and connections) whose transactions start with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{_WRITES: True})


@contextlib.contextmanager
def busy_said_plainly() -> Iterator[None]:
    """A write that waited the whole busy timeout for another one is raised as ``VaultBusy``."""
    try:
        yield
    except OperationalError as exc:
        if is_busy_error(exc.orig or exc):
            raise VaultBusy() from None
        raise


def is_busy_error(exc: BaseException) -> bool:
    """Whether an error is SQLite's "database is locked" (the busy timeout ran out)."""
    return isinstance(exc, sqlcipher.OperationalError) and "database is locked" in str(exc).lower()
