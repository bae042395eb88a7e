"""Atomic, owner-only file writes (temp file, fsync, rename, fsync of the folder)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


def write_private_file(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file, whole.

    The temporary file is created with mode 0600 before any byte is written, as Electrum does for its
    wallet file, so the secret never sits in a world-readable file even for a moment.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    with replaced_when_done(path) as partial, os.fdopen(os.open(partial, flags, 0o600), "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def replaced_when_done(target: Path) -> Iterator[Path]:
    """A hidden path beside ``target`` to write to; it becomes ``target`` when the block ends well and
    is removed when it fails, so ``target`` is never half written (an older file there survives)."""
    target = Path(target)
    partial = partial_path(target)
    try:
        yield partial
        if os.name == "posix":
            os.chmod(partial, 0o600)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    fsync_directory(target.parent)


def partial_path(target: Path) -> Path:
    """The hidden file ``replaced_when_done`` writes ``target`` to in this process (``storage.outputs``
    notes it, so a kill's leftover is found again)."""
    target = Path(target)
    return target.with_name(f".{target.name}.partial-{os.getpid()}")


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where the platform cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) readable by the owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
