"""Small helpers for tests that damage files or look inside them."""

from __future__ import annotations

import contextlib
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.logging_setup import configure_logging


def flip_byte(path: Path, offset: int) -> None:
    """Invert one byte of ``path`` in place (negative offsets count from the end)."""
    data = bytearray(Path(path).read_bytes())
    data[offset] ^= 0xFF
    Path(path).write_bytes(bytes(data))


def files_containing(folder: Path, needle: str) -> list[Path]:
    """Every file under ``folder`` whose bytes contain ``needle`` in UTF-8 or UTF-16."""
    patterns = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    hits = []
    for path in Path(folder).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(p in data for p in patterns):
                hits.append(path)
    return hits


def casenotes(*args: str, stdin: str = "", data_dir: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real ``casenotes`` command line in a child process."""
    command = [sys.executable, "-m", "desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False
    )


@contextlib.contextmanager
def app_log(data_dir: Path) -> Iterator[Path]:
    """The program's log in ``data_dir``, set up as the program does it; removed again afterwards."""
    root = logging.getLogger()
    level = root.level
    path = configure_logging(data_dir)
    assert path is not None
    try:
        yield path
    finally:
        for handler in [h for h in root.handlers if getattr(h, "casenotes", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
