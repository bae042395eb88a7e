"""The full integrity check in steps: run at idle, stopped at once when the person works, resumed later.

The full check used to run after every unlock, 1.6 s of work at 100,000 notes on a
quiet machine (a search meanwhile 1.8 times slower), some 15 s at 1,000,000. An unlock now checks only
what is cheap (``Vault.verify_at_unlock``); this check runs from a schedule (``views/integrity_schedule``).

It reads through a read-only connection of its own, so it never holds up a write (in WAL mode a reader
does not wait for a writer nor a writer for a reader) and never checkpoints. Its three parts, in turn:

1. **Pages**: every page of the database file must carry a valid HMAC, the check SQLCipher's
   ``PRAGMA cipher_integrity_check`` makes. That pragma does all its work when it is prepared, and
   ``interrupt()`` does not reach it, so the same check is made here, a run of pages at a time (between
   runs a stop is seen within a few milliseconds). SQLCipher 4's page format with a raw key: the HMAC key
   is PBKDF2-HMAC-SHA512 of the data key over the file's salt (its first 16 bytes) masked with 0x3a,
   two rounds; each page's HMAC-SHA512 covers the encrypted page and its IV followed by the page
   number (little-endian), and sits after the IV in the page's reserved 80 bytes. A test compares it
   with the pragma on the same file. A page a checkpoint is writing at the moment it is read can read
   torn, so a page that fails is read again (three times, 10 ms apart) before it counts.
2. **Structure**: ``PRAGMA quick_check(table)``, one table with its indexes at a time, stopped by
   ``interrupt()`` and a progress handler (SQLite looks for both as it goes); the table it was stopped in is checked again from
   its start next time. Checked a table at a time, SQLite leaves out its whole-file page accounting
   (free-list and pages no table uses: space, not data); ``casenotes check`` and the settings page's
   check still make it (``Vault.verify_integrity``).
3. **Access log**: the whole chain, a run of events at a time (``audit.step_walk``).

The pages already checked and the chain walked so far are kept between runs: a check stopped ten times
still finishes. The page HMACs are also checked by SQLCipher on every read, so damage on a page in use
is found by a normal read anyway (``VaultDamaged``); this check finds it on pages nobody has read yet.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from desktop.errors import VaultDamaged
from desktop.storage.vault import audit
from desktop.storage.vault.connection import connect_read_only
from desktop.storage.vault.live_copy import PAGE_SIZE, PageCheck

log = logging.getLogger(__name__)

_SALT = 16  # the file's first bytes: the salt the page HMAC key is derived over (live_copy.PageCheck)
PAGES_PER_STEP = 256  # 1 MiB: a few milliseconds of work between looks at the stop flag
EVENTS_PER_STEP = 500  # about 15 ms of MACs
PROGRESS_OPS = 200  # SQLite asks whether to stop every this many steps of its virtual machine


@dataclass
class FullCheckResult:
    """What a finished full check found: ``problems`` empty when all is well; ``chain_end`` is the seq
    and MAC of the newest access-log event found whole (for the checkpoint)."""

    problems: tuple[str, ...]
    pages: int
    audit_events: int
    chain_end: tuple[int, str] | None

    @property
    def ok(self) -> bool:
        """True when no part of the check failed."""
        return not self.problems


@dataclass
class _Progress:
    next_page: int = 1
    pages_done: bool = False
    structure_done: bool = False
    tables: list[str] | None = None
    next_table: int = 0
    walk: audit.ChainWalk | None = None
    problems: list[str] = field(default_factory=list)
    runs: int = 0


class FullCheck:
    """One full check of a vault database, run in steps by ``run`` (on a worker thread).

    ``stop`` (from any thread) makes a running ``run`` (or the next, if none is running) return ``None``
    within a few milliseconds; the run after goes on where it stopped. ``close`` lets the key go.
    """

    def __init__(self, database: Path, data_key: bytes) -> None:
        self._database = Path(database)
        self._key = bytearray(data_key)
        self._progress = _Progress()
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._lock = threading.Lock()
        self._connection: sqlcipher.Connection | None = None
        self._closed = False

    @property
    def runs(self) -> int:
        """How many times ``run`` was started (a run stopped and resumed counts twice)."""
        return self._progress.runs

    @property
    def next_page(self) -> int:
        """The first page the next run checks (pages before it passed)."""
        return self._progress.next_page

    def run(self) -> FullCheckResult | None:
        """Go on with the check; the result once it is finished, None when it was stopped first."""
        with self._lock:
            if self._closed:
                return None
            self._idle.clear()
            self._progress.runs += 1
        try:
            return self._run()
        finally:
            self._close_connection()
            # A stop asked for before this run got going stops it at its first look; either way the
            # run it stopped has used it up.
            self._stop.clear()
            self._idle.set()

    def stop(self, wait: float = 0.0) -> bool:
        """Ask a running check to stop (the structure check is interrupted in SQLite); with ``wait``, wait
        up to that many seconds for it to return. Returns whether no run is going on now."""
        self._stop.set()
        with self._lock:
            if self._connection is not None:
                self._connection.interrupt()
        return self._idle.wait(wait) if wait else self._idle.is_set()

    def close(self, wait: float = 5.0) -> None:
        """Stop, and drop the key: the check cannot run again."""
        self.stop(wait)
        with self._lock:
            self._closed = True
            self._key[:] = bytes(len(self._key))

    # -- the parts ---------------------------------------------------------------------------------

    def _run(self) -> FullCheckResult | None:
        progress = self._progress
        if not progress.pages_done and not self._check_pages():
            return None
        try:
            if not progress.structure_done and not self._check_structure():
                return None
            if not self._walk_chain():
                return None
        except VaultDamaged as exc:
            progress.problems.append(f"database: {exc.detail or exc.message}")
        except (sqlcipher.DatabaseError, DBAPIError) as exc:
            error = getattr(exc, "orig", None) or exc
            if self._stop.is_set() and "interrupt" in str(error).lower():
                return None
            progress.problems.append(f"database: {error}")
        walk = progress.walk
        return FullCheckResult(
            tuple(progress.problems),
            progress.next_page - 1,
            walk.events if walk else 0,
            walk.end if walk is not None and walk.broken_at is None else None,
        )

    def _check_pages(self) -> bool:
        """Step 1; False when stopped."""
        progress = self._progress
        try:
            with self._database.open("rb") as file:
                salt = file.read(_SALT)
                key = PageCheck(bytes(self._key), salt)
                while True:
                    if self._stop.is_set():
                        return False
                    file.seek((progress.next_page - 1) * PAGE_SIZE)
                    chunk = file.read(PAGE_SIZE * PAGES_PER_STEP)
                    whole = len(chunk) // PAGE_SIZE
                    for index in range(whole):
                        number = progress.next_page + index
                        page = chunk[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
                        if not _page_ok(key, number, page) and not _fine_when_read_again(file, key, number):
                            progress.problems.append(f"cipher: HMAC verification failed for page {number}")
                    progress.next_page += whole
                    if whole < PAGES_PER_STEP:
                        tail = len(chunk) % PAGE_SIZE
                        if tail and _still_a_partial_page(file, progress.next_page):
                            progress.problems.append(
                                f"cipher: page {progress.next_page} has an invalid size of "
                                f"{tail} bytes (expected {PAGE_SIZE} bytes)"
                            )
                        break
        except OSError as exc:
            progress.problems.append(f"cipher: the database file could not be read ({exc.strerror})")
        progress.pages_done = True
        return True

    def _check_structure(self) -> bool:
        """Step 2, a table (with its indexes) at a time; False when stopped (the table it was in is
        checked again from its start next time)."""
        progress = self._progress
        connection = self._open()
        if connection is None:
            return False
        if progress.tables is None:
            progress.tables = ["sqlite_schema"] + [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 ORDER BY name"
                )
            ]
        while progress.next_table < len(progress.tables):
            if self._stop.is_set():
                return False
            name = progress.tables[progress.next_table].replace('"', '""')
            for (line,) in connection.execute(f'PRAGMA quick_check("{name}")'):
                if line != "ok":  # one entry may hold several lines, the first naming the schema
                    progress.problems += [
                        f"sqlite: {part}" for part in line.splitlines() if part and part[0] != "*"
                    ]
            progress.next_table += 1
        progress.structure_done = True
        return True

    def _walk_chain(self) -> bool:
        """Step 3; False when stopped (the walk goes on from where it was next time)."""
        connection = self._open()
        if connection is None:
            return False
        # The audit functions speak SQLAlchemy; one engine over this one connection, not pooled.
        engine = create_engine(
            "sqlite://", creator=lambda: connection, module=sqlcipher, poolclass=StaticPool
        )
        try:
            with engine.connect() as conn:
                progress = self._progress
                if progress.walk is None:
                    progress.walk = audit.start_walk(conn)
                    if progress.walk is None:
                        progress.problems.append(
                            "the record of pruned access-log events (audit_anchor) was altered"
                        )
                        return True
                    if not audit.read_checkpoint(conn)[1]:
                        progress.problems.append("the access-log checkpoint was altered")
                walk = progress.walk
                key = bytes(connection.access_log_key)
                while not walk.done:
                    if self._stop.is_set():
                        return False
                    audit.step_walk(conn, walk, key, EVENTS_PER_STEP)
                    conn.rollback()  # each step reads on its own: nothing held between steps
                if walk.broken_at is not None:
                    progress.problems.append(f"audit chain broken at event {walk.broken_at}")
                return True
        finally:
            engine.dispose()

    def _open(self) -> sqlcipher.Connection | None:
        with self._lock:
            if self._stop.is_set() or self._closed:
                return None
            if self._connection is None:
                connection = connect_read_only(str(self._database), bytes(self._key))
                # interrupt() reaches only a statement already running; this also stops one that
                # starts just after a stop (SQLite calls it as the structure check goes, too).
                connection.set_progress_handler(self._stop.is_set, PROGRESS_OPS)
                self._connection = connection
            return self._connection

    def _close_connection(self) -> None:
        with self._lock:
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


def _page_ok(key: PageCheck, number: int, page: bytes) -> bool:
    return key.page_ok(page, number)


_READ_AGAIN = 3
_READ_AGAIN_AFTER_S = 0.01


def _fine_when_read_again(file: BinaryIO, key: PageCheck, number: int) -> bool:
    """Whether the page passes when read again, a little later (a checkpoint may have been writing it
    when it was read: a torn read is not damage). The file is left where it was."""
    where = file.tell()
    try:
        for _ in range(_READ_AGAIN):
            time.sleep(_READ_AGAIN_AFTER_S)
            file.seek((number - 1) * PAGE_SIZE)
            if _page_ok(key, number, file.read(PAGE_SIZE)):
                return True
        return False
    finally:
        file.seek(where)


def _still_a_partial_page(file: BinaryIO, number: int) -> bool:
    """Whether the file still ends inside page ``number`` a little later (it may have been growing)."""
    time.sleep(_READ_AGAIN_AFTER_S)
    file.seek((number - 1) * PAGE_SIZE)
    return 0 < len(file.read(PAGE_SIZE)) < PAGE_SIZE
