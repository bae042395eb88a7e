"""Small helpers for tests that damage files or look inside them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


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
