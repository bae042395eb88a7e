"""Startup, first paint and peak memory, each from a fresh process, beside a bare PySide6 window.

Every run starts ``python -m desktop --data-dir VAULT`` offscreen with the startup hook switched on
(``CASENOTES_BENCH_REPORT``, see ``desktop/views/startup_probe.py``) and keyring pointed at the benchmark
keyring file (``benchmarks/bench_keyring.py``). "Process start" is the moment just before the process is
spawned, in this process's wall clock, which the hook's report uses too. One untimed round first (it
fills the bytecode cache and the OS's file cache, as on a computer where the program has run before);
then per round, three processes:

* the bare window (``benchmarks/bare_window.py``);
* the program with the key remembered: first paint, and the caseload on screen (startup), peak RSS;
* the program with no key remembered (no keychain entry, no note of one in the vault folder): first
  paint of the unlock dialog.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from statistics import median

from benchmarks.bench_keyring import BACKEND_NAME, FILE_ENV
from benchmarks.caseload import ROOT, Caseload
from desktop.app import BENCH_REPORT_ENV
from desktop.storage.vault.vault_files import REMEMBERED_NAME

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"
TIMEOUT_S = 120


def _launch(command: list[str], env: dict[str, str], report: Path, timeout: float = TIMEOUT_S) -> dict:
    """Run one process to its end; its report's marks as seconds after it was spawned."""
    report.unlink(missing_ok=True)
    spawned = time.time()
    done = subprocess.run(  # noqa: S603 (our own interpreter and scripts)
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout
    )
    if not report.exists():
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-5:]
        raise RuntimeError(f"{command[1:3]} wrote no report (exit {done.returncode}): {tail}")
    data = json.loads(report.read_text("utf-8"))
    data["seconds"] = {name: at - spawned for name, at in data["marks"].items()}
    data["exit_seconds"] = time.time() - spawned
    return data


def _environment(keyring_file: Path, report: Path) -> dict[str, str]:
    env = dict(os.environ)
    # As installed, a start finds its modules compiled: let the processes cache bytecode, in the run's
    # own folder (nothing is written beside the sources); the untimed first round fills the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(report.parent / "pycache")
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": BACKEND_NAME,
            FILE_ENV: str(keyring_file),
            BENCH_REPORT_ENV: str(report),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        }
    )
    return env


@contextlib.contextmanager
def _nothing_remembered(vault: Path) -> Iterator[None]:
    """As on a computer where the key was never remembered: with the empty keyring file, and without the
    vault folder's note that the program remembered it (put back afterwards)."""
    note = vault / REMEMBERED_NAME
    aside = note.with_name(note.name + ".aside")
    moved = note.exists()
    if moved:
        note.rename(aside)
    try:
        yield
    finally:
        if moved:
            aside.rename(note)


def measure(caseload: Caseload, scratch: Path, runs: int) -> dict:
    """Median times of ``runs`` rounds, in seconds, and the largest peak RSS seen."""
    report = scratch / "startup-report.json"
    no_key = scratch / "empty-keyring.json"
    no_key.write_text("{}", "utf-8")
    program = [sys.executable, "-m", "desktop", "--data-dir", str(caseload.vault)]
    bare, startup, ready, first_paint, unlock_paint, rss, marks = [], [], [], [], [], [], []
    bare_rss = []
    warm_up = _environment(caseload.keyring_file, report)
    _launch([sys.executable, str(BARE_WINDOW), str(report)], warm_up, report)
    _launch(program, warm_up, report)
    for _ in range(runs):
        env = _environment(caseload.keyring_file, report)
        bare_run = _launch([sys.executable, str(BARE_WINDOW), str(report)], env, report)
        bare.append(bare_run["seconds"]["first_paint"])
        if bare_run.get("peak_rss_kib"):
            bare_rss.append(bare_run["peak_rss_kib"])
        remembered = _launch(program, env, report)
        if remembered["state"] != "unlocked" or "caseload_shown" not in remembered["seconds"]:
            raise RuntimeError(f"the program did not open with the remembered key: {remembered}")
        startup.append(remembered["seconds"]["caseload_shown"])
        ready.append(remembered["seconds"]["state_unlocked"])
        first_paint.append(remembered["seconds"]["first_paint"])
        marks.append(remembered["seconds"])
        if remembered.get("peak_rss_kib"):
            rss.append(remembered["peak_rss_kib"])
        with _nothing_remembered(caseload.vault):
            asked = _launch(program, _environment(no_key, report), report)
        if asked["state"] != "locked":
            raise RuntimeError(f"the program did not ask for the password: {asked}")
        unlock_paint.append(asked["seconds"]["first_paint"])
    return {
        "runs": runs,
        "bare_window_s": median(bare),
        "startup_s": median(startup),
        # the notebook open, everything in it to be clicked (the caseload may be on show before)
        "ready_s": median(ready),
        "first_paint_s": median(first_paint),
        "first_paint_unlock_s": median(unlock_paint),
        "peak_rss_mb": max(rss) / 1024 if rss else None,
        "bare_window_rss_mb": round(median(bare_rss) / 1024, 1) if bare_rss else None,
        # where the time goes in the median startup run (hook marks, seconds after spawning)
        "startup_marks_s": {
            k: round(v, 3)
            for k, v in sorted(marks, key=lambda m: m["caseload_shown"])[len(marks) // 2].items()
        },
        "samples": {
            "bare_window_s": [round(s, 3) for s in bare],
            "startup_s": [round(s, 3) for s in startup],
            "ready_s": [round(s, 3) for s in ready],
            "first_paint_unlock_s": [round(s, 3) for s in unlock_paint],
        },
    }
