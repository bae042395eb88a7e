"""Putting a restored vault in the place of the current one, so that a kill at any moment leaves one whole vault.

The vault files sit directly in the data folder (``vault.json``, ``vault.db`` with its ``-wal`` and
``-shm``, ``unlock-attempts.json``), so no single rename swaps them all. Instead:

1. The restored files are decrypted and fsynced into a staging folder inside the data folder
   (``backup.extract``). A kill here leaves the current vault untouched; the staging folder is removed
   by the next backup or restore.
2. ``restore-journal.json`` is written atomically: the staging folder, the dated folder that keeps the
   current vault, and which files move. **Writing the journal is the commit point.** From then on the
   restore is finished, by this process or, after a kill, by the next one that looks at the folder:
   ``Vault.exists``, ``read_envelope`` and every open call ``finish_interrupted`` first.
3. Phase "keep": every current vault file is renamed into ``before-restore-<yyyymmdd-hhmmss>/`` (same
   file system, so each rename is atomic and nothing is copied or deleted); the journal is then
   rewritten with phase "place".
4. Phase "place": every staged file is renamed into the data folder.
5. A note for the access log (``restore-note.json``, no personal data) is written, the journal removed.

Each phase may run again after a kill: in "keep", a file with a vault file's name in the data folder is
still the old vault's (nothing new arrives before the phase changes); in "place", a staged file that is
gone has already moved. So the program finds either the old vault (no journal yet) or, once the journal
is played to its end, the restored one; never a mix. The dated folder is a whole vault of its own: it
opens with the password it had.

The ``pause_point`` calls mark each step's boundary, where ``tests/e2e/test_crash_restore.py`` stops
the real command and kills it (``desktop/pause_points.py``); they do nothing otherwise.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from desktop.errors import RestoreUnfinished
from desktop.pause_points import pause_point
from desktop.storage.vault.atomic import fsync_directory, write_private_file
from desktop.storage.vault.folder_lock import FolderLock

log = logging.getLogger(__name__)

JOURNAL_NAME = "restore-journal.json"
NOTE_NAME = "restore-note.json"
KEEP_PREFIX = "before-restore-"
_PHASE_KEEP = "keep"
_PHASE_PLACE = "place"
# The byte of the -shm file every SQLite connection in WAL mode holds a shared lock on while it is open.
_DMS_LOCK_BYTE = 128


def dated_folder(vault_folder: Path, now: datetime) -> Path:
    """Where the current vault goes: ``before-restore-<yyyymmdd-hhmmss>``, with -2, -3… if that is taken."""
    base = KEEP_PREFIX + now.strftime("%Y%m%d-%H%M%S")
    folder, n = Path(vault_folder) / base, 1
    while folder.exists():
        n += 1
        folder = Path(vault_folder) / f"{base}-{n}"
    return folder


def swap_in(
    vault_folder: Path,
    staged: Path,
    keep_old_in: Path,
    old_names: Sequence[str],
    new_names: Sequence[str],
    note: dict,
) -> Path | None:
    """Move the files in ``old_names`` into ``keep_old_in`` and the staged ``new_names`` into place.

    Returns the folder that now holds the old vault, or None when there was nothing to keep.
    """
    vault_folder = Path(vault_folder)
    if any(not (Path(staged) / name).is_file() for name in new_names):
        raise RestoreUnfinished("a staged file is missing")
    keep = Path(keep_old_in) if any((vault_folder / name).exists() for name in old_names) else None
    journal = {
        "format": "casenotes-restore-journal",
        "version": 1,
        "phase": _PHASE_KEEP,
        "staged": Path(staged).name,
        "keep": keep.name if keep is not None else None,
        "old": list(old_names),
        "new": list(new_names),
        "note": {**note, "previous_kept_in": keep.name if keep is not None else None},
    }
    pause_point("restore.staged")
    _write_journal(vault_folder, journal)  # the commit point
    pause_point("restore.journal_written")
    _play(vault_folder, journal)
    return keep


def committed(vault_folder: Path) -> bool:
    """Whether a restore has passed its commit point and not finished yet (its journal is there)."""
    return (Path(vault_folder) / JOURNAL_NAME).is_file()


def finish_interrupted(vault_folder: Path) -> bool:
    """Finish a restore a kill interrupted after its commit point; True if there was one.

    Only under the folder lock: a journal is also there while another program is restoring, and two
    programs playing one journal would each find the other's files moved (``VaultInUse`` then).
    """
    path = Path(vault_folder) / JOURNAL_NAME
    if not path.is_file():
        return False
    with FolderLock(Path(vault_folder)).claimed():
        return _finish(path)


def _finish(path: Path) -> bool:
    vault_folder = path.parent
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return False
    try:
        journal = json.loads(raw.decode("utf-8"))
        if journal.get("format") != "casenotes-restore-journal":
            raise ValueError("not a journal")
    except (ValueError, UnicodeDecodeError) as exc:
        raise RestoreUnfinished(f"the restore journal is unreadable ({type(exc).__name__})") from None
    log.warning("restore: finishing a restore that was interrupted (phase %s)", journal.get("phase"))
    _play(Path(vault_folder), journal)
    return True


def read_note(vault_folder: Path) -> dict | None:
    """The restore waiting to be written into the restored vault's access log, if any."""
    try:
        note = json.loads((Path(vault_folder) / NOTE_NAME).read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (ValueError, UnicodeDecodeError):
        log.warning("restore note unreadable; logged without details")
        return {}
    return note if isinstance(note, dict) else {}


def clear_note(vault_folder: Path) -> None:
    """Remove the note once it is in the access log."""
    (Path(vault_folder) / NOTE_NAME).unlink(missing_ok=True)


def in_use(database_path: Path) -> bool:
    """Whether another process has the database open (POSIX: a lock on its ``-shm`` file).

    Only other processes are seen: POSIX record locks do not conflict within one process, and closing
    our descriptor would drop this process's own SQLite locks on the file, so call this only while this
    process has the vault closed.
    """
    shm = Path(f"{database_path}-shm")
    if os.name != "posix" or not shm.exists():
        return False
    import fcntl

    try:
        fd = os.open(shm, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _DMS_LOCK_BYTE, os.SEEK_SET)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _DMS_LOCK_BYTE, os.SEEK_SET)
        return False
    finally:
        os.close(fd)


# -- internals ----------------------------------------------------------------------------------------


def _play(folder: Path, journal: dict) -> None:
    try:
        staged = folder / _plain_name(journal["staged"])
        keep_name = journal["keep"]
        old_names = [_plain_name(n) for n in journal["old"]]
        new_names = [_plain_name(n) for n in journal["new"]]
        note = dict(journal["note"])
        if journal["phase"] == _PHASE_KEEP:
            if keep_name is not None:
                keep = folder / _plain_name(keep_name)
                keep.mkdir(mode=0o700, exist_ok=True)
                for name in old_names:
                    if (folder / name).exists():
                        os.replace(folder / name, keep / name)
                        pause_point("restore.kept_one")
                fsync_directory(keep)
                fsync_directory(folder)
            journal = {**journal, "phase": _PHASE_PLACE}
            _write_journal(folder, journal)
            pause_point("restore.kept")
        if journal["phase"] != _PHASE_PLACE:
            raise ValueError(f"unknown phase {journal['phase']!r}")
        for name in new_names:
            if (staged / name).exists():
                os.replace(staged / name, folder / name)
                pause_point("restore.placed_one")
        fsync_directory(folder)
        if any(not (folder / name).is_file() for name in new_names):
            raise RestoreUnfinished("a restored file is missing")
        pause_point("restore.placed")
    except (KeyError, TypeError, ValueError) as exc:
        raise RestoreUnfinished(f"the restore journal is unreadable ({type(exc).__name__})") from None
    write_private_file(folder / NOTE_NAME, json.dumps(note, sort_keys=True).encode("utf-8"))
    (folder / JOURNAL_NAME).unlink(missing_ok=True)
    fsync_directory(folder)
    with contextlib.suppress(OSError):
        shutil.rmtree(staged)
    log.info("restore: the restored vault is in place")


def _write_journal(folder: Path, journal: dict) -> None:
    write_private_file(folder / JOURNAL_NAME, json.dumps(journal, sort_keys=True).encode("utf-8"))


def _plain_name(name: object) -> str:
    """A file or folder name from the journal, refused if it could point outside the data folder."""
    text = str(name)
    if not text or text in (".", "..") or "/" in text or "\\" in text or text != Path(text).name:
        raise ValueError("not a plain name")
    return text
