"""Figures of whole GUI processes, each from ``benchmarks/gui_session.py`` in a process of
its own:

* a caseworker's session: the memory (peak RSS, ``VmHWM``) of the process that opened 20 citizens,
  searched and saved, and the write times measured through the window (Save pressed → the window has
  reacted);
* the unlock-with-password path end to end: process start → unlock dialog painted → password typed,
  Return → caseload shown → the program idle again. The vault's key envelope is re-wrapped for these runs
  with the parameters a new vault gets (``KdfParams()``: Argon2id 64 MiB, t=3, p=4), and put back
  afterwards; the same derivation is timed alone here as the raw limit of the path.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from statistics import median, quantiles

from sqlalchemy import text

from benchmarks.bench_startup import _environment, _launch, _nothing_remembered
from benchmarks.bench_sync import PASSWORD
from benchmarks.caseload import Caseload
from desktop.storage.vault.envelope import KdfParams
from desktop.storage.vault.vault import Vault

SESSION_CITIZENS = 20
MODULE = "benchmarks.gui_session"
SESSION_TIMEOUT_S = 1800  # the large tier's heavy citizens take their time; a hang still ends
UNLOCK_TIMEOUT_S = 600


def measure(caseload: Caseload, scratch: Path, runs: int, writes: int) -> dict:
    """The session's figures (one process) and the unlock path's (``runs`` processes, medians)."""
    report = scratch / "session-report.json"
    env = _environment(caseload.keyring_file, report)
    citizens = _session_citizens(caseload)
    command = [sys.executable, "-m", MODULE, "session", str(caseload.vault), str(caseload.keyring_file)]
    arguments = [*command, str(report), "--writes", str(writes), "--citizens", *citizens]
    session = _launch(arguments, env, report, timeout=SESSION_TIMEOUT_S)
    times = session["write_ms"]
    cuts = quantiles(times, n=20, method="inclusive")
    result: dict = {
        "session": {
            "citizens_opened": session["opened"],
            "searches": session["searches"],
            "writes": len(times),
            "peak_rss_mb": round(session["peak_rss_kib"] / 1024, 1) if session["peak_rss_kib"] else None,
            "seconds": round(session["exit_seconds"], 1),
            "open_median_ms": round(median(session["open_ms"]), 1),
        },
        "write_window": {"p50_ms": round(cuts[9], 2), "p95_ms": round(cuts[18], 2), "max_ms": max(times)},
    }
    result["unlock"] = _unlock(caseload, scratch, runs)
    return result


def _session_citizens(caseload: Caseload) -> list[str]:
    """Twenty citizens across the caseload: the five with the most notes and fifteen spread over the rest."""
    session = caseload.open()
    try:
        with session.vault.engine.connect() as conn:
            rows = conn.execute(
                text(  # live notes only: the citizen index of meeting_note is partial (deleted_at IS NULL)
                    "SELECT c.id, (SELECT count(*) FROM meeting_note n WHERE n.citizen_id = c.id "
                    "AND n.deleted_at IS NULL) AS notes FROM citizen c WHERE c.deleted_at IS NULL "
                    "ORDER BY notes DESC, c.id"
                )
            ).all()
    finally:
        session.lock()
    heavy = [r[0] for r in rows[:5]]
    rest = rows[5:]
    step = max(1, len(rest) // (SESSION_CITIZENS - len(heavy)))
    return (heavy + [r[0] for r in rest[::step]])[:SESSION_CITIZENS]


@contextlib.contextmanager
def real_kdf(vault: Path) -> Iterator[KdfParams]:
    """The vault's password wrap re-done with a new vault's Argon2id parameters; put back afterwards."""
    store = Vault(vault)
    path = store.envelope_path
    saved = path.read_bytes()
    envelope = store.read_envelope()
    key = envelope.unwrap_with_password(PASSWORD)
    strong = replace(envelope, kdf=KdfParams()).with_password(key, PASSWORD)
    strong.write(path)
    try:
        yield strong.kdf
    finally:
        path.write_bytes(saved)


def _unlock(caseload: Caseload, scratch: Path, runs: int) -> dict:
    report = scratch / "unlock-report.json"
    no_key = scratch / "empty-keyring.json"
    command = [sys.executable, "-m", MODULE, "unlock", str(caseload.vault), str(no_key), str(report)]
    samples = []
    with real_kdf(caseload.vault) as kdf, _nothing_remembered(caseload.vault):
        derive = []
        for _ in range(3):
            started = time.perf_counter()
            kdf.derive(PASSWORD)
            derive.append(time.perf_counter() - started)
        for _ in range(runs):
            no_key.write_text("{}", "utf-8")
            samples.append(
                _launch(command, _environment(no_key, report), report, UNLOCK_TIMEOUT_S)["seconds"]
            )
    after_return = [s["runner_idle"] - s["return_pressed"] for s in samples]
    middle = sorted(samples, key=lambda s: s["runner_idle"] - s["return_pressed"])[len(samples) // 2]
    return {
        "kdf": {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations, "lanes": kdf.lanes},
        "kdf_s": round(median(derive), 3),
        "return_to_idle_s": round(median(after_return), 3),
        "return_to_caseload_s": round(median(s["caseload_shown"] - s["return_pressed"] for s in samples), 3),
        "return_to_cpu_quiet_s": round(median(s["cpu_quiet"] - s["return_pressed"] for s in samples), 3),
        "start_to_idle_s": round(median(s["runner_idle"] for s in samples), 3),
        "start_to_dialog_s": round(median(s["dialog_shown"] for s in samples), 3),
        "marks_s": {k: round(v, 3) for k, v in sorted(middle.items(), key=lambda kv: kv[1])},
        "samples_return_to_idle_s": [round(s, 3) for s in after_return],
    }
