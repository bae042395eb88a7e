"""The integrity checks on the benchmark caseload.

* unlock checks: ``VaultSession.verify_at_unlock`` (commit mark, schema, the access log since its
  checkpoint) after one more event was logged, as after every unlock; beside it, once, the full check
  every unlock used to make (``verify_integrity``);
* the scheduled full check (``storage.integrity.FullCheck``) uninterrupted, on a thread niced as the
  schedule's is, and how long a stop takes to return it (stopped at random points);
* a search while that check runs, beside the same search alone (the service call, medians).
"""

from __future__ import annotations

import random
import threading
import time
from statistics import median

from benchmarks.caseload import Caseload
from desktop.services.registry import Services
from desktop.storage.vault.vault import audit
from desktop.views.integrity_schedule import _lower_this_threads_priority

UNLOCK_CHECKS_TARGET_MS = 50
STOP_TARGET_MS = 50
QUERIES = ("samtale", "praktik", "borger")


def measure(caseload: Caseload, runs: int) -> dict:
    """The figures above, on the caseload's vault (opened here with its password, locked at the end)."""
    session = caseload.open()
    vault = session.vault
    try:
        unlock = []
        for _ in range(runs):
            with vault.transaction() as conn:
                audit.append_event(conn, vault.actor, "vault.unlocked", detail={"method": "benchmark"})
            unlock.append(_timed(session.verify_at_unlock))
        started = time.perf_counter()
        assert session.verify_integrity().ok
        old = time.perf_counter() - started

        full = _in_niced_thread(lambda: _full_check(session))
        # Stopped at random points of a check as long as the one just measured (at least one stop lands).
        stops = [_stop_latency(vault, random.Random(seed), full) for seed in range(runs)]  # noqa: S311
        stops = [s for s in stops if s is not None]

        search = Services.for_session(session).search
        alone = [_timed(lambda q=q: search.search(q)) for _ in range(runs) for q in QUERIES]
        during: list[float] = []
        for _ in range(runs):
            done = threading.Event()
            thread = threading.Thread(target=_full_check, args=(session, True, done))
            thread.start()
            time.sleep(0.05)
            during += [_timed(lambda q=q: search.search(q)) for q in QUERIES if not done.is_set()]
            thread.join()
    finally:
        session.lock()
    return {
        "unlock_checks": {"median_ms": _ms(median(unlock)), "samples_ms": [_ms(t) for t in unlock]},
        "full_check_at_every_unlock_before_ms": _ms(old),
        "scheduled_full_check_s": round(full, 3),
        "stop": {
            "median_ms": _ms(median(stops)) if stops else None,
            "max_ms": _ms(max(stops)) if stops else None,
        },
        "search_during_full_check": {
            "alone_median_ms": _ms(median(alone)),
            "during_median_ms": _ms(median(during)) if during else None,
            "ratio": round(median(during) / median(alone), 2) if during else None,
        },
    }


def _full_check(session, niced: bool = False, done: threading.Event | None = None) -> None:  # type: ignore[no-untyped-def]
    if niced:
        _lower_this_threads_priority()
    run = session.begin_full_check()
    report = run.run()
    if done is not None:
        done.set()
    if report is None or not report.ok:
        raise RuntimeError("the full check did not pass on the benchmark caseload")


def _in_niced_thread(work) -> float:  # type: ignore[no-untyped-def]
    took: list[float] = []

    def body() -> None:
        _lower_this_threads_priority()
        took.append(_timed(work))

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    return took[0]


def _stop_latency(vault, rng: random.Random, lasts: float) -> float | None:  # type: ignore[no-untyped-def]
    """Seconds from ``stop`` to the check's ``run`` returning, stopped at a random point of it (None: it
    was finished first)."""
    check = vault.full_check()
    returned: list[float] = []
    thread = threading.Thread(target=lambda: (check.run(), returned.append(time.perf_counter())))
    thread.start()
    time.sleep(rng.uniform(0.0, 0.8 * lasts))
    asked = time.perf_counter()
    check.stop()
    thread.join()
    check.close()
    return returned[0] - asked if returned and returned[0] >= asked else None


def _timed(work) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)
