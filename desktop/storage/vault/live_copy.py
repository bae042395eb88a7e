"""Reading the vault's database file as it stands at one moment, for a backup in one pass.

A backup used to write a ``VACUUM INTO`` copy (SQLCipher decrypts and encrypts every page), check it with
``cipher_integrity_check`` and ``quick_check``, hash it, and only then seal it: five passes, 24 MB/s. The
database file is already encrypted and every page carries SQLCipher's HMAC, so the file itself can be
sealed as it is, if it holds still while it is read. It does:

**Pinning.** In WAL mode SQLite writes the database file only when it checkpoints, and a checkpoint
copies frames into the file only after taking read lock 0 exclusively. A reader that starts while the
write-ahead log is empty (all of it checkpointed) holds read lock 0 for as long as its read transaction
lasts. So ``pinned`` checkpoints with TRUNCATE (the log becomes 0 bytes), begins a read transaction, and
keeps it only if the log is still empty after it began (else a writer came in between: it tries again).
Until the transaction ends, writers go on into the log, checkpoints wait, and the database file's bytes
are exactly the snapshot the transaction reads. When the log cannot be emptied (a long reader, such as
a running check, keeps the checkpoint from finishing) ``pinned`` yields None and the caller falls back to
the checked copy.

**Checking while reading.** ``PageCheck`` verifies SQLCipher 4's page HMACs in Python as the blocks go by
(HMAC-SHA512, key from the data key and the file's salt as SQLCipher derives it for a raw key, over
the page's ciphertext and IV and the page number, little-endian), on a worker thread (``hashlib``
releases the GIL), so a damaged page stops the backup before its last chunk is sealed, as the old
``cipher_integrity_check`` of the copy did. ``quick_check`` (the b-tree structure) is left to the
vault's own check: it is what made the old backup slow, and the pages' HMACs already show that every
page is the one SQLCipher wrote.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import VaultDamaged
from desktop.storage.vault.connection import VaultConnection, connect

# SQLCipher 4's defaults, which every vault uses (connection.py sets none of them otherwise).
PAGE_SIZE = 4096
_SALT = 16
_HMAC = 64  # HMAC-SHA512, the last bytes of the page's reserved space (IV 16 bytes, then the HMAC)
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ITERATIONS = 2
_HMAC_KEY_BYTES = 32
_SHA512_BLOCK = 128
# The page holding SQLite's lock bytes (offset 2**30) is never written: in a file past 1 GiB it is not
# encrypted, has no HMAC, and SQLCipher's own check passes it by too.
_PENDING_BYTE_PAGE = 2**30 // PAGE_SIZE + 1
_PIN_ATTEMPTS = 5
_PIN_BUSY_TIMEOUT_MS = 250
# Threads checking pages (hashlib lets go of the GIL): the HMACs are most of a backup's work.
_CHECKERS = max(1, min(4, os.cpu_count() or 1))
_IN_FLIGHT = _CHECKERS + 1  # blocks read ahead of their page check (memory: a few chunks, never the file)


class PageCheck:
    """Verifies SQLCipher page HMACs of a database file keyed with ``data_key``, whose salt is ``salt``."""

    def __init__(self, data_key: bytes, salt: bytes) -> None:
        mask = bytes(b ^ _HMAC_SALT_MASK for b in salt)
        key = hashlib.pbkdf2_hmac("sha512", data_key, mask, _FAST_KDF_ITERATIONS, _HMAC_KEY_BYTES)
        padded = key.ljust(_SHA512_BLOCK, b"\0")
        self._inner = hashlib.sha512(bytes(b ^ 0x36 for b in padded))
        self._outer = hashlib.sha512(bytes(b ^ 0x5C for b in padded))

    def first_bad_page(self, block: bytes, first_page: int) -> int | None:
        """The number of the first page in ``block`` (pages ``first_page``…) whose HMAC fails, or None."""
        view = memoryview(block)
        if len(view) % PAGE_SIZE:
            return first_page + len(view) // PAGE_SIZE
        for index in range(len(view) // PAGE_SIZE):
            number = first_page + index
            if not self.page_ok(view[index * PAGE_SIZE : (index + 1) * PAGE_SIZE], number):
                return number
        return None

    def page_ok(self, page: bytes | memoryview, number: int) -> bool:
        """Whether page ``number`` (a whole page of the file) carries its valid HMAC."""
        if len(page) != PAGE_SIZE:
            return False
        if number == _PENDING_BYTE_PAGE:
            return True
        inner = self._inner.copy()
        inner.update(page[_SALT if number == 1 else 0 : PAGE_SIZE - _HMAC])
        inner.update(number.to_bytes(4, "little"))
        outer = self._outer.copy()
        outer.update(inner.digest())
        return hmac.compare_digest(outer.digest(), page[PAGE_SIZE - _HMAC :])


@dataclass(frozen=True)
class Pin:
    """A read transaction holding the database file still: its size and schema revision as pinned."""

    size: int
    schema_revision: str


@contextlib.contextmanager
def pinned(database: Path, data_key: bytes) -> Iterator[Pin | None]:
    """Hold ``database`` still (see the module's text) for the ``with`` block; None when that cannot be had."""
    connection = connect(str(database), data_key)
    try:
        connection.execute(f"PRAGMA busy_timeout = {_PIN_BUSY_TIMEOUT_MS}")
        pin = _pin(connection, database)
        try:
            yield pin
        finally:
            if pin is not None:
                connection.execute("ROLLBACK")
    finally:
        connection.close()


def _pin(connection: VaultConnection, database: Path) -> Pin | None:
    wal = database.with_name(database.name + "-wal")
    for attempt in range(_PIN_ATTEMPTS):
        try:
            busy, _frames, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlcipher.OperationalError:
            busy = 1
        if not busy:
            connection.execute("BEGIN")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if _empty(wal):  # no frame came in before the read began: it reads the database file alone
                return Pin(database.stat().st_size, str(row[0]) if row else "")
            connection.execute("ROLLBACK")
        time.sleep(0.02 * (attempt + 1))
    return None


def _empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


class FileReader:
    """Reads a file at offsets through one handle kept open, under a lock.

    The vault's own database is read through a handle that stays open until the vault locks: on POSIX,
    closing any handle of a file drops every lock this process holds on it, SQLite's included.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._lock = threading.Lock()

    def read(self, offset: int, size: int) -> bytes:
        """``size`` bytes from ``offset`` (fewer only at the end of the file)."""
        with self._lock:
            self._handle.seek(offset)
            return self._handle.read(size)

    def close(self) -> None:
        """Close the handle."""
        self._handle.close()


def checked_blocks(
    reader: FileReader,
    size: int,
    check: PageCheck,
    block_size: int,
    on_damage: Callable[[str], None] | None = None,
) -> Iterator[bytes]:
    """The first ``size`` bytes of the file in blocks of whole pages, each checked on a worker thread
    while the caller seals the ones before it.

    ``VaultDamaged`` (after ``on_damage``) names the first page that fails; it is raised before the
    iteration ends, so a caller that finishes only after the last block never finishes a damaged copy.
    """
    block_size = max(PAGE_SIZE, block_size // PAGE_SIZE * PAGE_SIZE)
    with ThreadPoolExecutor(max_workers=_CHECKERS, thread_name_prefix="page-check") as pool:
        pending: deque[Future[int | None]] = deque()
        offset = 0
        while offset < size:
            block = reader.read(offset, min(block_size, size - offset))
            if not block:
                _damaged(f"the database file ends at byte {offset}, not {size}", on_damage)
            pending.append(pool.submit(check.first_bad_page, block, offset // PAGE_SIZE + 1))
            offset += len(block)
            while len(pending) > _IN_FLIGHT:
                _raise_if_bad(pending.popleft(), on_damage)
            yield block
        while pending:
            _raise_if_bad(pending.popleft(), on_damage)


def _raise_if_bad(future: Future[int | None], on_damage: Callable[[str], None] | None) -> None:
    page = future.result()
    if page is not None:
        _damaged(f"page {page} of the database fails its HMAC check", on_damage)


def _damaged(why: str, on_damage: Callable[[str], None] | None) -> None:
    if on_damage is not None:
        on_damage(why)
    raise VaultDamaged(why)
