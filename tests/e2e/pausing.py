"""Run the real command line until it stops at a pause point, then ``kill -9`` it there.

See ``desktop/pause_points.py``: with ``CASENOTES_PAUSE_AT=<point>`` the program announces the point on
stderr and sleeps. ``kill_at`` waits for that line (never a fixed delay), checks the process is alive
and paused at that point, kills it, and checks that it was the kill that ended it.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.pause_points import ANNOUNCEMENT, PAUSE_AT_ENV

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Killed:
    """What a killed run wrote before it paused, and how it ended."""

    stdout: str
    stderr: str
    returncode: int


def kill_at(point: str, data_dir: Path, *args: str, stdin: str = "", timeout: float = 120.0) -> Killed:
    """Run ``casenotes --data-dir DATA_DIR ARGS``, wait until it pauses at ``point``, and kill -9 it."""
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args]
    env = {**os.environ, PAUSE_AT_ENV: point}
    child = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert child.stdin is not None and child.stderr is not None and child.stdout is not None
    announcement = ANNOUNCEMENT.format(name=point).encode("ascii")
    seen = b""
    try:
        child.stdin.write(stdin.encode("utf-8"))
        child.stdin.close()
        seen = _read_until(child, announcement, timeout)
        paused = announcement in seen
        alive = child.poll() is None
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        returncode = child.wait(timeout=30)
        stdout = child.stdout.read().decode("utf-8", "replace")
        seen += child.stderr.read()
        child.stdout.close()
        child.stderr.close()
    stderr = seen.decode("utf-8", "replace")
    assert paused, f"the run never reached {point} (exit {returncode}): {stderr}"
    assert alive, f"the run had ended before the kill (exit {returncode})"
    assert returncode == -signal.SIGKILL, f"the kill did not end the run (exit {returncode})"
    return Killed(stdout, stderr, returncode)


def _read_until(child: subprocess.Popen, wanted: bytes, timeout: float) -> bytes:
    """Bytes from the child's stderr until ``wanted`` appears, the stream ends or ``timeout`` passes."""
    assert child.stderr is not None
    seen = b""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(child.stderr, selectors.EVENT_READ)
        while wanted not in seen:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                break
            block = os.read(child.stderr.fileno(), 4096)
            if not block:  # the run ended without pausing
                break
            seen += block
    return seen
