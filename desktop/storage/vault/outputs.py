"""Files written where a person chose (exports, backups): never in the data folder, problems blamed on
the file, and what a kill leaves behind found again.

* ``refuse_inside``: a target in the data folder (the vault folder or a folder under it, links
  resolved) is refused. An export there is plaintext beside the encrypted vault, and goes wherever the
  folder is copied or synced; a backup there is lost with the disk it is meant to outlive.
* ``check_target`` and ``named_problems``: a folder that is not there, a folder given as the file, or
  no permission is reported as an error naming the target (``OutputNotWritable``), never as a problem
  with the data folder. The file is written to a hidden partial beside it and renamed when whole
  (``atomic.replaced_when_done``), so a failure leaves nothing behind.
* ``PartialLedger``: a kill during the write leaves that partial where nobody looks (for an access
  export it is plaintext about a citizen; a backup's is tens of MB). While a file is written, a note in
  ``<data folder>/pending-outputs/`` says where its partial is; at the next unlock ``clean`` removes the
  partial of every writer that no longer runs. The note is sealed with AES-256-GCM under a key derived
  from the vault's data key, because the path may carry a citizen's name ("Indsigt - Åse Ærø.pdf"); only
  the writer's process id is in the clear (in the note's name), so a note of a running process is left
  alone without being opened.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.errors import CaseNotesError, ExportInsideDataFolder, OutputNotWritable
from desktop.storage.vault.atomic import (
    make_private_folder,
    partial_path,
    replaced_when_done,
    write_private_file,
)
from desktop.storage.vault.processes import process_alive

log = logging.getLogger(__name__)

LEDGER_FOLDER = "pending-outputs"
KEY_PURPOSE = "pending-outputs"
_NOTE_SUFFIX = ".note"
_NONCE = 12
_AAD = b"casenotes-pending-output/1/"


def is_inside(target: Path, folder: Path) -> bool:
    """Whether writing ``target`` would put a file in ``folder`` or a folder under it.

    The file is created in the target's folder and renamed over the target's name (never through a
    link at that name), so the target's folder is what counts, with every link on its way resolved;
    the same folder reached by another name (a bind mount, another spelling on a case-insensitive disk)
    is caught by comparing each ancestor with ``os.path.samefile``."""
    try:
        root = Path(folder).resolve(strict=True)
    except OSError:
        return False  # no data folder: nothing can be inside it
    parent = Path(target).absolute().parent.resolve()
    if parent.is_relative_to(root):
        return True
    for ancestor in (parent, *parent.parents):
        with contextlib.suppress(OSError):
            if os.path.samefile(ancestor, root):
                return True
    return False


def refuse_inside(
    target: Path, data_folder: Path, error: type[CaseNotesError] = ExportInsideDataFolder
) -> None:
    """Raise ``error`` when ``target`` lies in the data folder."""
    if is_inside(target, data_folder):
        raise error()


def check_target(target: Path, error: type[CaseNotesError] = OutputNotWritable) -> None:
    """Raise ``error`` naming ``target`` when it plainly cannot be written: its folder is not there (or
    is a file), or the target is a folder. Permission is found out by writing."""
    target = Path(target)
    if target.is_dir():
        raise error(f"{target}: that is a folder; give a file name")
    if not target.parent.is_dir():
        raise error(f"{target}: the folder {target.parent} does not exist")


@contextlib.contextmanager
def named_problems(target: Path, error: type[CaseNotesError] = OutputNotWritable) -> Iterator[None]:
    """Turn an ``OSError`` in the block into ``error`` naming ``target`` and why."""
    try:
        yield
    except OSError as exc:
        raise error(f"{target}: {exc.strerror or type(exc).__name__}") from None


@contextlib.contextmanager
def writing(target: Path, data_folder: Path, key: bytes) -> Iterator[Path]:
    """A partial path to write ``target`` to: refused in the data folder, problems named, tracked in the
    ledger while written, renamed to ``target`` when the block ends well and removed when it fails."""
    target = Path(target).absolute()
    refuse_inside(target, data_folder)
    check_target(target)
    with (
        PartialLedger(data_folder, key).tracking(target),
        named_problems(target),
        replaced_when_done(target) as partial,
    ):
        # Owner-only before the first byte (an export is plaintext); whoever writes next keeps the mode.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        yield partial


class PartialLedger:
    """Sealed notes of the partial files being written outside the data folder (see the module)."""

    def __init__(self, data_folder: Path, key: bytes) -> None:
        self._folder = Path(data_folder) / LEDGER_FOLDER
        self._aead = AESGCM(key)

    @contextlib.contextmanager
    def tracking(self, target: Path) -> Iterator[None]:
        """Keep a note of ``target``'s partial while the block writes it. The note goes when the
        partial has gone (renamed into place, or removed after a failure); a partial still there (a
        drive that went away in the middle) keeps its note for the next ``clean``."""
        partial = partial_path(Path(target).absolute())
        note = self._write_note(partial)
        try:
            yield
        finally:
            if not os.path.lexists(partial):
                note.unlink(missing_ok=True)
                self._remove_folder_if_empty()

    def clean(self) -> list[Path]:
        """Remove the partials of writers that no longer run; returns the partials removed."""
        removed: list[Path] = []
        try:
            notes = sorted(self._folder.glob(f"*{_NOTE_SUFFIX}"))
        except OSError:
            return removed
        for note in notes:
            pid = _pid_of(note)
            if pid is not None and (pid == os.getpid() or process_alive(pid)):
                continue  # still being written (or the id was reused: kept until a later start)
            partial = self._read_note(note)
            if partial is None or pid is None:
                log.warning("outputs: a note of an unfinished file could not be read; removed")
                note.unlink(missing_ok=True)
                continue
            if not partial.parent.is_dir():
                continue  # the drive is not here now: look again at the next start
            outcome = _remove_partial(partial, pid)
            if outcome == "failed":
                continue  # tried again at the next start
            if outcome == "removed":
                removed.append(partial)
                log.info("outputs: removed the partial file of a write that was interrupted")
            note.unlink(missing_ok=True)
        self._remove_folder_if_empty()
        return removed

    # -- internals ---------------------------------------------------------------------------------

    def _remove_folder_if_empty(self) -> None:
        with contextlib.suppress(OSError):  # not empty (another write is going on), or already gone
            self._folder.rmdir()

    def _write_note(self, partial: Path) -> Path:
        note = self._folder / f"{os.getpid()}-{secrets.token_hex(8)}{_NOTE_SUFFIX}"
        nonce = secrets.token_bytes(_NONCE)
        body = json.dumps({"partial": str(partial)}, ensure_ascii=False).encode("utf-8")
        sealed = nonce + self._aead.encrypt(nonce, body, _AAD + note.name.encode())
        for last_try in (False, True):
            make_private_folder(self._folder)
            try:
                write_private_file(note, sealed)
                break
            except FileNotFoundError:  # another write of this process removed the empty folder just now
                if last_try:
                    raise
        return note

    def _read_note(self, note: Path) -> Path | None:
        try:
            raw = note.read_bytes()
            body = self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], _AAD + note.name.encode())
            partial = Path(json.loads(body.decode("utf-8"))["partial"])
        except (OSError, InvalidTag, ValueError, KeyError, TypeError):
            return None  # damaged, or sealed under another vault's key (a restore came in between)
        return partial if partial.is_absolute() else None


def _pid_of(note: Path) -> int | None:
    try:
        return int(note.name.split("-", 1)[0])
    except ValueError:
        return None


def _remove_partial(partial: Path, pid: int) -> str:
    """Remove ``partial`` if it is what a writer with ``pid`` leaves (a plain file with such a name):
    "removed", "gone" (nothing of that kind there) or "failed"."""
    if not partial.name.endswith(f".partial-{pid}"):
        return "gone"
    try:
        if not stat.S_ISREG(partial.lstat().st_mode):
            return "gone"
        partial.unlink()
    except FileNotFoundError:
        return "gone"
    except OSError:
        log.warning("outputs: the partial file of an interrupted write could not be removed")
        return "failed"
    return "removed"
