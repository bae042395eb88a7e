"""Pause points: off unless named, listed where they are used, and a pause only ever stops the program."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from desktop.pause_points import ANNOUNCEMENT, GAVE_UP_EXIT, PAUSE_AT_ENV, POINTS, pause_point

ROOT = Path(__file__).resolve().parents[2]
CALL = re.compile(r"""\bpause_point\(\s*["']([^"']+)["']\s*\)""")


def test_every_point_in_the_code_is_listed_once_and_every_listed_point_is_in_the_code():
    used: list[str] = []
    for path in (ROOT / "desktop").rglob("*.py"):
        if path.name != "pause_points.py":
            used += CALL.findall(path.read_text("utf-8"))
    assert sorted(used) == sorted(POINTS)


def test_a_point_not_named_in_the_environment_does_nothing(monkeypatch):
    monkeypatch.delenv(PAUSE_AT_ENV, raising=False)
    pause_point("restore.staged")
    monkeypatch.setenv(PAUSE_AT_ENV, "restore.placed")
    pause_point("restore.staged")  # another point: returns at once


def test_the_packaged_program_never_pauses(monkeypatch):
    monkeypatch.setenv(PAUSE_AT_ENV, "restore.staged")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    pause_point("restore.staged")


def test_a_pause_says_only_its_name_and_never_runs_past_the_point():
    script = (
        "from desktop import pause_points as p\n"
        "p.GIVE_UP_AFTER = 0.2\n"  # nobody kills it here: it must end itself, not carry on
        "p.pause_point('sync.pulled')\n"
        "print('ran past the point')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, PAUSE_AT_ENV: "sync.pulled"},
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == GAVE_UP_EXIT
    assert result.stdout == b""
    assert result.stderr == ANNOUNCEMENT.format(name="sync.pulled").encode()
