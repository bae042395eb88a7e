"""The commit mark ``vault.mark``: how far the database has got, kept outside it.

SQLite reads the write-ahead log up to its last valid frame. A log cut at a frame boundary, or deleted,
still reads as valid, and every transaction after the cut is gone without a word; so is the newest part
of the access log if someone deletes its last events. The database alone cannot tell. So:

* ``vault_state.commits`` in the database counts the write transactions that changed something: the
  vault's connections (``connection.VaultConnection``) add one inside every such transaction, just
  before it commits.
* After the commit returns, the count and the access log's newest event (seq and MAC) are written to
  ``vault.mark`` beside the database, under an HMAC keyed from the data key (``subkeys``).
* Every open (the early read too) and every check compares the two before anything is written: a
  database whose count is below the mark's, or whose access log ends before the mark's newest event
  or holds another MAC there, has lost committed work or been edited: ``VaultDamaged``. A count above the
  mark's is what a crash between a commit and its mark leaves: accepted, and the mark brought up to date.

**The file** is two slots of 88 bytes at offsets 0 and 512 (separate disk sectors), written in place
one after the other; a reader takes the valid slot with the higher count. Each slot is
``magic ‖ commits ‖ access-log seq ‖ SHA-256(access-log MAC) ‖ HMAC-SHA256(all before)``. A slot is
rewritten without fsync after each commit (a plain save stays cheap): the database was made durable
first (``synchronous=FULL``), so a slot lost or torn by a power cut only leaves the mark behind (the
other slot holds an older count), never ahead, and never causes a false alarm.

**Missing mark.** ``vault_state.marked_since`` says whether this database ever had a mark. It is set
only after the first mark was written and fsynced, and then checkpointed into the database file, so a
mark missing or unreadable while it is set means the mark was deleted or damaged: ``VaultDamaged``.
While it is unset (a vault made before schema 0011, one just restored from a backup, whose copy carries
no mark, or a crash before the first mark) the full open writes the first mark.

**What this cannot see** (see also the README): a whole vault folder replaced by an older copy of
itself, mark included; an older copy of ``vault.mark`` put back (it looks like a mark a crash left
behind, so work committed after it can be cut away unseen); and anyone holding the data key (the
password, the recovery key or the keychain), who can compute the MACs as the program does. Against
that last one only a copy of the mark's contents kept elsewhere (a server) would help.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import VaultDamaged
from desktop.storage.vault.atomic import write_private_file
from desktop.storage.vault.subkeys import COMMIT_MARK_LABEL, subkey

log = logging.getLogger(__name__)

_MAGIC = b"CNMARK\x00\x01"
_BODY = struct.Struct(">8sQQ32s")
_TAG_SIZE = 32
_SLOT_SIZE = _BODY.size + _TAG_SIZE
_SLOT_OFFSETS = (0, 512)
_FILE_SIZE = 1024

_STATE_SQL = (
    "SELECT commits, marked_since, "
    "(SELECT max(seq) FROM audit_event), "
    "(SELECT hash FROM audit_event WHERE seq = ?), "
    "(SELECT through_seq FROM audit_anchor), "
    "(SELECT through_hash FROM audit_anchor) "
    "FROM vault_state"
)


@dataclass(frozen=True)
class MarkedState:
    """A state read back from the mark (the access-log MAC is known by its digest only)."""

    commits: int
    audit_seq: int
    mac_digest: bytes


@dataclass(frozen=True)
class CommitState:
    """What a mark records: the database's commit count and the access log's newest event then."""

    commits: int
    audit_seq: int
    audit_mac: str  # the newest event's MAC as stored (hex); "" for an empty log


def count_commit(connection: sqlcipher.Connection) -> CommitState | None:
    """Inside a write transaction about to commit: add one to the commit count; what the mark should say.

    ``None`` for a database that has no ``vault_state`` yet (made before schema 0011, not migrated yet).
    """
    try:
        row = connection.execute("UPDATE vault_state SET commits = commits + 1 RETURNING commits").fetchone()
    except sqlcipher.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    if row is None:
        return None
    return CommitState(int(row[0]), *_audit_head(connection))


def current_state(connection: sqlcipher.Connection) -> CommitState:
    """What the mark should say now (read in the caller's transaction)."""
    row = connection.execute("SELECT commits FROM vault_state").fetchone()
    return CommitState(int(row[0]), *_audit_head(connection))


def _audit_head(connection: sqlcipher.Connection) -> tuple[int, str]:
    """The access log's newest event: seq and MAC (the anchor's when every event was pruned)."""
    head = connection.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    if head is None:
        head = connection.execute("SELECT through_seq, through_hash FROM audit_anchor").fetchone()
    return (int(head[0]), str(head[1])) if head else (0, "")


class CommitMark:
    """The mark file of one vault, under a key derived from its data key; safe to use from any thread."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self.path = Path(path)
        self._key = subkey(data_key, COMMIT_MARK_LABEL)
        self._lock = threading.Lock()
        self._live = False  # True once the open found or wrote a valid mark: commits then move it
        self._written = -1
        self._next_slot = 0
        self._warned = False

    # -- reading and checking ----------------------------------------------------------------------

    def read(self) -> tuple[bool, MarkedState | None, int]:
        """Whether the file is there, the state of its newest valid slot (None: no valid slot) and that slot."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return False, None, 0
        except OSError:
            return True, None, 0
        best: tuple[MarkedState, int] | None = None
        for slot, offset in enumerate(_SLOT_OFFSETS):
            state = self._parse(data[offset : offset + _SLOT_SIZE])
            if state is not None and (best is None or state.commits > best[0].commits):
                best = (state, slot)
        if best is None:
            return True, None, 0
        return True, best[0], best[1]

    def check(self, connection: sqlcipher.Connection) -> bool:
        """Compare the database behind ``connection`` with the mark; ``VaultDamaged`` when work was lost.

        Returns whether the database has a ``vault_state`` (False: made before schema 0011, nothing to
        compare yet). Writes nothing.
        """
        # The mark first, then the database: a mark is written only after its commit, so a database read
        # after the mark holds at least what the mark says, even while another process is writing.
        present, newest, _slot = self.read()
        try:
            row = connection.execute(_STATE_SQL, (newest.audit_seq if newest else -1,)).fetchone()
        except sqlcipher.OperationalError as exc:
            if "no such table" in str(exc):
                return False
            raise
        if row is None:
            raise VaultDamaged("the vault's commit count is missing")
        commits, marked_since, last_seq, mac_there, anchor_seq, anchor_mac = row
        problem = _compare(
            present, newest, commits, marked_since, last_seq, mac_there, anchor_seq, anchor_mac
        )
        if problem:
            raise VaultDamaged(problem)
        return True

    # -- writing -----------------------------------------------------------------------------------

    def create(self, state: CommitState) -> None:
        """Write a new mark holding ``state`` in both slots, durably (temporary file, fsync, rename)."""
        slot = self._slot(state)
        data = bytearray(_FILE_SIZE)
        for offset in _SLOT_OFFSETS:
            data[offset : offset + _SLOT_SIZE] = slot
        with self._lock:
            write_private_file(self.path, bytes(data))
            self._live, self._written, self._next_slot = True, state.commits, 0

    def resume(self, newest: MarkedState, newest_slot: int) -> None:
        """Go on from a valid mark found at the open: the next write goes to the other slot."""
        with self._lock:
            self._live, self._written, self._next_slot = True, newest.commits, 1 - newest_slot

    def advance(self, state: CommitState) -> None:
        """After a commit returned: record ``state`` if it is newer than what the mark holds.

        Called on the committing thread. Never raises: the commit has happened, and a mark that could
        not be written only leaves it behind (logged once).
        """
        with self._lock:
            if not self._live or state.commits <= self._written:
                return
            try:
                with open(self.path, "r+b") as handle:
                    handle.seek(_SLOT_OFFSETS[self._next_slot])
                    handle.write(self._slot(state))
            except OSError as exc:
                if not self._warned:
                    log.warning("commit mark: could not be written (%s)", type(exc).__name__)
                    self._warned = True
                return
            self._written, self._next_slot = state.commits, 1 - self._next_slot

    def stop(self) -> None:
        """Write no more (the vault is locked, or found damaged)."""
        with self._lock:
            self._live = False

    # -- internals ---------------------------------------------------------------------------------

    def _slot(self, state: CommitState) -> bytes:
        body = _BODY.pack(_MAGIC, state.commits, state.audit_seq, _digest(state.audit_mac))
        return body + hmac.new(self._key, body, hashlib.sha256).digest()

    def _parse(self, raw: bytes) -> MarkedState | None:
        if len(raw) != _SLOT_SIZE:
            return None
        body, tag = raw[: _BODY.size], raw[_BODY.size :]
        if not hmac.compare_digest(tag, hmac.new(self._key, body, hashlib.sha256).digest()):
            return None
        magic, commits, audit_seq, mac_digest = _BODY.unpack(body)
        if magic != _MAGIC:
            return None
        return MarkedState(commits, audit_seq, mac_digest)


def _digest(mac: str) -> bytes:
    return hashlib.sha256(mac.encode("utf-8")).digest()


def _compare(
    present: bool,
    newest: MarkedState | None,
    commits: int,
    marked_since: int | None,
    last_seq: int | None,
    mac_there: str | None,
    anchor_seq: int | None,
    anchor_mac: str | None,
) -> str:
    """The problem the database and its mark show, in one sentence; "" when there is none."""
    if newest is None:
        if marked_since is None:
            return ""  # no mark yet: the full open writes the first one
        if not present:
            return "the commit mark vault.mark is missing"
        return "the commit mark vault.mark is damaged or altered"
    if commits < newest.commits:
        return (
            f"the database ends before its last committed change (change {commits} of {newest.commits}): "
            "its write-ahead log was cut short or removed, or it was replaced by an older copy"
        )
    if newest.audit_seq == 0:
        return ""
    head = last_seq if last_seq is not None else (anchor_seq or 0)
    if head < newest.audit_seq:
        return f"access log events are missing (the log ends at event {head}, not {newest.audit_seq})"
    if mac_there is None and anchor_seq == newest.audit_seq:
        mac_there = anchor_mac
    if mac_there is None:
        if anchor_seq is not None and newest.audit_seq < anchor_seq:
            return ""  # pruned since the mark was written (a mark left far behind)
        return f"access log events are missing (event {newest.audit_seq} is gone)"
    if not hmac.compare_digest(_digest(mac_there), newest.mac_digest):
        return f"the access log was altered (event {newest.audit_seq} is not the one the commit mark names)"
    return ""
