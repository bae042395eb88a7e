"""One program at a time on a data folder: an exclusive lock on ``vault.lock``.

Two programs on one vault (two windows, a window and a command, two ``demo`` runs) used to meet inside
SQLite, where the second one's write failed after five seconds with "database is locked", shown as an
unexpected error. Now a program takes this lock before it reads the vault with its key (the early read,
an unlock, a creation, a restore) and holds it until it locks the vault again, so the second program is
refused before anything happens, with a message naming the first.

- The lock is the operating system's (``flock`` on Linux and macOS, ``LockFileEx`` on Windows, through
  the ``filelock`` package), never a file whose existence is the lock: a program killed with -9 or a
  computer that lost power leaves no lock behind.
- ``vault.lock.json`` beside it says who holds it: which program (a window, or ``casenotes <command>``),
  its process id, the computer, the login name and since when. No citizen data, no path. It is written
  after the lock is taken and removed before it is let go, and it is only read when taking the lock
  failed, so it describes a program that is there. A note left by a program killed with -9 is never
  believed alone: it is overwritten by the next holder, and one naming a process that is gone on this
  computer is not shown.
- Within one process the lock is counted, not taken twice: a second session on the same folder in the
  same program (tests, the early read followed by the open) shares it. Threads of one program meet in
  SQLite, where write transactions wait their turn (``BEGIN IMMEDIATE``, see ``engine.py``).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.errors import VaultInUse
from desktop.storage.vault.processes import process_alive

log = logging.getLogger(__name__)

LOCK_NAME = "vault.lock"
HOLDER_NAME = "vault.lock.json"
# The program's window; a command line run is named "casenotes <command>".
WINDOW = "window"
_COMMAND = re.compile(r"casenotes [a-z][a-z-]{0,19}")
# How long a program that finds the lock taken waits for its holder's note (written just after the lock
# is taken), before it says "another window or command" without details.
_NOTE_WAIT_S = 0.3


@dataclass(frozen=True)
class Holder:
    """What the holder note says about the program that has the folder."""

    program: str
    pid: int
    user: str
    host: str
    since: datetime


class FolderLock:
    """This program's claim on one data folder; ``acquire`` raises ``VaultInUse`` when another has it."""

    def __init__(self, folder: Path, program: str = WINDOW) -> None:
        if program != WINDOW and not _COMMAND.fullmatch(program):
            raise ValueError("program must be WINDOW or 'casenotes <command>'")
        self.folder = Path(folder)
        self.program = program
        self._held = False

    @property
    def held(self) -> bool:
        """Whether this object holds the folder (for its program)."""
        return self._held

    def acquire(self) -> bool:
        """Take the folder for this program, at once or never; True if this call took it, False if this
        object held it already. Raises ``VaultInUse`` naming the other program when one has it."""
        if self._held:
            return False
        _take(self.folder, self.program)
        self._held = True
        return True

    def release(self) -> None:
        """Let the folder go (nothing happens when this object does not hold it)."""
        if self._held:
            self._held = False
            _let_go(self.folder)

    @contextlib.contextmanager
    def claimed(self) -> Iterator[None]:
        """Hold the folder for the block; let it go afterwards only if it was taken here."""
        took = self.acquire()
        try:
            yield
        finally:
            if took:
                self.release()


def read_holder(folder: Path) -> Holder | None:
    """The holder note of ``folder``, or None when there is none or it cannot be believed."""
    try:
        raw = json.loads((Path(folder) / HOLDER_NAME).read_text("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return _believable(raw) if isinstance(raw, dict) else None


# -- this process's claims ------------------------------------------------------------------------------


@dataclass
class _Claim:
    lock: Any  # filelock.FileLock
    count: int


_claims: dict[str, _Claim] = {}
_claims_mutex = threading.Lock()


def _key(folder: Path) -> str:
    return os.path.normcase(os.path.realpath(Path(folder) / LOCK_NAME))


def _take(folder: Path, program: str) -> None:
    # Imported here: the first window is on screen before the lock is first needed.
    from filelock import FileLock, Timeout

    key = _key(folder)
    with _claims_mutex:
        claim = _claims.get(key)
        if claim is None:
            # thread_local=False: the GUI takes the lock on an operation thread and lets it go on its own.
            lock = FileLock(key, mode=0o600, thread_local=False)
            try:
                lock.acquire(timeout=0)
            except Timeout:
                holder = _wait_for_note(folder)
                log.warning(
                    "vault folder in use by another program (process %s)", holder.pid if holder else "?"
                )
                raise _in_use(holder) from None
            try:
                _write_note(folder, program)
            except OSError as exc:  # the note is a courtesy to the next program; the lock is what counts
                log.warning("vault folder: holder note not written (%s)", exc.strerror or type(exc).__name__)
            except BaseException:
                lock.release()
                raise
            claim = _claims[key] = _Claim(lock, 0)
        claim.count += 1


def _let_go(folder: Path) -> None:
    key = _key(folder)
    with _claims_mutex:
        claim = _claims.get(key)
        if claim is None:
            return
        claim.count -= 1
        if claim.count > 0:
            return
        del _claims[key]
        with contextlib.suppress(OSError):
            (Path(folder) / HOLDER_NAME).unlink(missing_ok=True)
        claim.lock.release()


def _wait_for_note(folder: Path) -> Holder | None:
    """The holder note, given a moment to appear: the lock is taken a little before the note is written."""
    deadline = time.monotonic() + _NOTE_WAIT_S
    while True:
        holder = read_holder(folder)
        if holder is not None or time.monotonic() >= deadline:
            return holder
        time.sleep(0.02)


def _in_use(holder: Holder | None) -> VaultInUse:
    if holder is None:
        return VaultInUse()
    since = holder.since.astimezone()
    shown = since.strftime(
        "%H:%M" if since.date() == datetime.now().astimezone().date() else "%Y-%m-%d %H:%M"
    )
    return VaultInUse(holder.program, holder.pid, holder.user, holder.host, shown)


def _write_note(folder: Path, program: str) -> None:
    note = {
        "format": "casenotes-lock-holder",
        "program": program,
        "pid": os.getpid(),
        "user": _login_name(),
        "host": socket.gethostname(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    # Written in place, owner-only from its first byte, not fsynced: a reader that meets it half written
    # reads again (``_wait_for_note``), and after a crash the note is stale anyway, its lock gone with
    # the program. (No rename: the restore's swap is a sequence of renames, and this is not one of them.)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(Path(folder) / HOLDER_NAME, flags, 0o600)
    with os.fdopen(fd, "wb") as handle:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        handle.write(json.dumps(note, sort_keys=True).encode("utf-8"))


def _believable(raw: dict) -> Holder | None:
    """A holder from a note's fields, checked: the note is a file anyone with the folder could edit, and
    what it says goes into a message on screen."""
    program, pid = raw.get("program"), raw.get("pid")
    if not (program == WINDOW or (isinstance(program, str) and _COMMAND.fullmatch(program))):
        return None
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid < 2**31:
        return None
    user, host = _plain(raw.get("user")), _plain(raw.get("host"))
    try:
        since = datetime.fromisoformat(str(raw.get("since")))
    except ValueError:
        return None
    if not user or not host or since.tzinfo is None:
        return None
    if host == socket.gethostname() and not process_alive(pid):
        return None  # left by a program that was killed: whoever holds the lock has not written yet
    return Holder(program, pid, user, host, since)


def _plain(value: object) -> str:
    """A login or computer name fit for one line of a message: printable, no placeholders, not long."""
    if not isinstance(value, str):
        return ""
    return "".join(c for c in value if c.isprintable() and c not in "%\\")[:64].strip()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts)
        return "unknown"
