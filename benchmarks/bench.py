"""The performance harness: the program's figures on a large fictional caseload, each
beside its target and its ratio to a yardstick.

    python -m benchmarks.bench [--quick | --large] [--runs N] [--results DIR]      (make bench)

Builds the caseload once with ``casenotes demo`` (500 citizens, 100,000 notes, 20,000 measurements and
each citizen's goals, activities, actors, consents and contacts; ``--quick``: 50 citizens, 5,000 notes;
``--large``, the second tier, not in CI: 5,000 citizens, 1,000,000 notes) in a temporary folder. The
notes are varied Danish of varied length, a few citizens with thousands of them (``desktop.demo.text``). Then it
measures, each over several runs with the median reported:

* startup: process start → main window shown with the caseload filled, key from the keychain cache,
  beside a bare PySide6 window started the same way in the same run (benchmarks/bench_startup.py). The
  caseload is on show before the services have loaded (``storage/vault/early_caseload.py``); when the notebook
  is open, everything in it to be clicked, is reported beside it;
* first paint: process start → the first window painted (main window; and the unlock dialog when no key
  is remembered), beside the bare window;
* unlock with the password, end to end: process start → unlock dialog → password typed, Return → caseload
  shown and the program idle again, with a new vault's Argon2id parameters (benchmarks/bench_session.py);
* open citizen (beside raw SQLite reads of the same rows), search (beside the same FTS5 queries on an
  unencrypted copy of the index; one of them a word beginning with two rare words), caseload filter, in
  this process on the real main window (benchmarks/bench_gui.py); open citizen and search again while a
  thread runs the vault's full integrity check in a loop, beside the quiet figures;
* a caseworker's session in its own process: peak RSS after opening 20 citizens, searching and saving,
  and the write p95 measured through the window (Save pressed → the window has reacted), beside the note
  service alone (benchmarks/gui_session.py);
* sync: the first push and the first full sync of the caseload to a fresh device (beside the raw limit
  when bench_sync reports one) and an incremental sync of 50 changes, through the real server on
  loopback (benchmarks/bench_sync.py's ``run``, on a copy of the vault);
* memory: the peak RSS of the startup process with the caseload open, beside the bare window's.
* integrity: the checks every unlock makes, how soon the scheduled full check stops when somebody
  works, and a search while it runs (benchmarks/bench_integrity.py);
* backup: a backup, the check of a backup, a restore and the vault's check in MB/s, beside raw AES-GCM
  measured in the same run (benchmarks/bench_backup.py).

Prints one JSON document, also written to ``benchmarks/results/latest.json`` (git-ignored), whose
``targets`` list has one pass/fail line per target, each with its ratio. Exits 1 when a target is missed.
Targets are not unit tests: they say how the program does on this machine.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import json
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import PySide6

from benchmarks import bench_backup, bench_gui, bench_integrity, bench_session, bench_startup, bench_sync
from benchmarks.caseload import build
from desktop.demo.text import RARE_QUERY

RESULTS = Path(__file__).resolve().parent / "results"
FULL = {"citizens": 500, "notes": 100_000, "measurements": 20_000, "runs": 5, "writes": 200}
QUICK = {"citizens": 50, "notes": 5_000, "measurements": 1_000, "runs": 3, "writes": 40}
# The second tier: ten times the full caseload, every figure measured the same way. Not in CI.
LARGE = {"citizens": 5_000, "notes": 1_000_000, "measurements": 200_000, "runs": 3, "writes": 100}
TIERS = {"full": FULL, "quick": QUICK, "large": LARGE}


@dataclass(frozen=True)
class Target:
    """One figure beside its target; ``at_least`` for figures that must reach the limit (a rate).

    ``ratio`` is the figure beside its yardstick (``baseline``): the bare Qt window, raw SQLite, raw
    FTS5, the raw limit of the same work, or the same figure measured quietly; ``None`` when the
    yardstick could not be measured.
    """

    name: str
    value: float | None
    limit: float
    unit: str
    at_least: bool = False
    what: str = ""
    ratio: float | None = None
    baseline: str = ""

    @property
    def passed(self) -> bool:
        """Whether the figure meets the target (a figure that could not be measured does not)."""
        if self.value is None:
            return False
        return self.value >= self.limit if self.at_least else self.value <= self.limit

    def as_json(self) -> dict:
        """The pass/fail line."""
        sign = "≥" if self.at_least else "≤"
        value = "n/a" if self.value is None else f"{self.value:g}"
        verdict = "pass" if self.passed else "FAIL"
        ratio = "n/a" if self.ratio is None else f"{self.ratio:g}"
        return {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "target": f"{sign} {self.limit:g} {self.unit}",
            "limit": self.limit,
            "ratio": self.ratio,
            "baseline": self.baseline,
            "pass": self.passed,
            "line": (
                f"{verdict}: {self.name} {value} {self.unit} (target {sign} {self.limit:g} {self.unit};"
                f" {ratio}× {self.baseline}){self.what}"
            ),
        }


def _ratio(value: float | None, base: float | None) -> float | None:
    return round(value / base, 2) if value is not None and base else None


FRAME_MS = 1000 / 60  # one frame at 60 Hz: the yardstick for a keystroke
UNLOCK_TARGET_S = 1.5  # Return pressed → caseload shown and the program idle, a new vault's Argon2id included
GUI_RSS_TARGET_MB = 300
RARE_SEARCH_TARGET_MS = 50


def targets(figures: dict) -> list[Target]:
    """Every target, each with its ratio to a yardstick."""
    startup, gui, sync = figures["startup"], figures["gui"], figures["sync"]
    integrity = figures["integrity"]
    backup = figures["backup"]
    session = figures.get("session") or {}
    bare = startup["bare_window_s"]
    bare_rss = startup.get("bare_window_rss_mb")
    searches = gui["search"]["queries"]
    raw_fts5 = gui["search"].get("raw_fts5", {})
    slowest = max(searches, key=lambda q: searches[q]["median_ms"])
    worst_ratio = max(searches, key=lambda q: searches[q]["ratio"] or 0)
    filters = gui["caseload_filter"]["filters"]
    slowest_filter = max(filters, key=lambda f: filters[f]["median_ms"])
    opened = gui["open_citizen"]
    checking = gui.get("during_check") or {}
    checked_searches = checking.get("search", {})
    slowest_checked = max(checked_searches, key=lambda q: checked_searches[q]["median_ms"], default=None)
    rare = searches.get(RARE_QUERY, {})
    window_write = session.get("write_window", {})
    unlock = session.get("unlock", {})
    push, pull = sync.get("first_push", {}), sync["first_full_sync"]
    lines = [
        Target(
            "startup",
            _ratio(startup["startup_s"], bare),
            4,
            "× bare window",
            what=(
                f" [{startup['startup_s']:.3f} s vs {bare:.3f} s; the notebook open, everything to be"
                f" clicked, at {startup['ready_s']:.3f} s = {_ratio(startup['ready_s'], bare):g}×]"
            ),
            ratio=_ratio(startup["startup_s"], bare),
            baseline="bare window",
        ),
        Target(
            "first_paint",
            _ratio(startup["first_paint_s"], bare),
            2,
            "× bare window",
            what=f" [main window, {startup['first_paint_s']:.3f} s]",
            ratio=_ratio(startup["first_paint_s"], bare),
            baseline="bare window",
        ),
        Target(
            "first_paint_unlock",
            _ratio(startup["first_paint_unlock_s"], bare),
            2,
            "× bare window",
            what=f" [unlock dialog, {startup['first_paint_unlock_s']:.3f} s]",
            ratio=_ratio(startup["first_paint_unlock_s"], bare),
            baseline="bare window",
        ),
        Target(
            "unlock_password",
            unlock.get("return_to_idle_s"),
            UNLOCK_TARGET_S,
            "s",
            what=(
                f" [Return → caseload shown and the program idle, Argon2id {unlock.get('kdf')} taking"
                f" {unlock.get('kdf_s')} s alone; process start → idle {unlock.get('start_to_idle_s')} s ="
                f" {_ratio(unlock.get('start_to_idle_s'), bare)}× bare window; CPU quiet"
                f" {unlock.get('return_to_cpu_quiet_s')} s after Return]"
            ),
            ratio=_ratio(unlock.get("return_to_idle_s"), unlock.get("kdf_s")),
            baseline="the key derivation alone",
        ),
        Target(
            "open_citizen",
            opened["median_ms"],
            100,
            "ms",
            ratio=_ratio(opened["median_ms"], opened.get("raw_sqlite_ms")),
            baseline="raw SQLite (the citizen's rows, one transaction)",
            what=f" [raw SQLite {opened.get('raw_sqlite_ms')} ms]",
        ),
        Target(
            "open_citizen_during_check",
            checking.get("open_citizen", {}).get("median_ms"),
            100,
            "ms",
            ratio=_ratio(checking.get("open_citizen", {}).get("median_ms"), opened["median_ms"]),
            baseline="quiet",
            what=f" [the scheduled full check run back to back, never stopped, {checking.get('check_s')} s a check]",
        ),
        Target(
            "search_vs_raw_fts5",
            searches[worst_ratio]["ratio"],
            3,
            "× raw FTS5",
            what=(
                f" [search service, query {worst_ratio!r}; with the results on screen"
                f" {searches[worst_ratio]['shown_ratio']:g}×]"
            ),
            ratio=searches[worst_ratio]["ratio"],
            baseline="raw FTS5",
        ),
        Target(
            "search",
            searches[slowest]["median_ms"],
            50,
            "ms",
            what=f" [slowest query {slowest!r}, on screen]",
            ratio=searches[slowest]["shown_ratio"],
            baseline="raw FTS5",
        ),
        Target(
            "search_rare",
            rare.get("median_ms"),
            RARE_SEARCH_TARGET_MS,
            "ms",
            what=f" [{RARE_QUERY!r} on screen, {rare.get('citizens')} citizens found; raw FTS5 {raw_fts5.get(RARE_QUERY)} ms]",
            ratio=rare.get("shown_ratio"),
            baseline="raw FTS5",
        ),
        Target(
            "search_during_check",
            slowest_checked and checked_searches[slowest_checked]["median_ms"],
            50,
            "ms",
            what=f" [slowest query {slowest_checked!r}, on screen, while the scheduled full check runs, never stopped]",
            ratio=slowest_checked
            and _ratio(
                checked_searches[slowest_checked]["median_ms"], searches[slowest_checked]["median_ms"]
            ),
            baseline="quiet",
        ),
        Target(
            "caseload_filter",
            filters[slowest_filter]["median_ms"],
            30,
            "ms",
            what=f" [slowest key of three, {slowest_filter!r}]",
            ratio=_ratio(filters[slowest_filter]["median_ms"], FRAME_MS),
            baseline="frame (16.7 ms)",
        ),
        Target(
            "write_p95",
            window_write.get("p95_ms"),
            20,
            "ms",
            what=(
                f" [Save pressed → the window has reacted, {session.get('session', {}).get('writes')} notes;"
                f" the note service alone p95 {gui['write']['p95_ms']} ms]"
            ),
            ratio=_ratio(window_write.get("p95_ms"), gui["write"]["p95_ms"]),
            baseline="the note service alone",
        ),
        Target(
            "first_push",
            push.get("records_per_s"),
            getattr(bench_sync, "FIRST_PUSH_TARGET", 15_000),
            "records/s",
            at_least=True,
            what=f" [raw limit {push.get('raw_records_per_s')} records/s]",
            ratio=push.get("ratio_to_raw"),
            baseline="raw limit",
        ),
        Target(
            "first_full_sync",
            pull["records_per_s"],
            bench_sync.FIRST_SYNC_TARGET,
            "records/s",
            at_least=True,
            what=f" [first pull; raw limit {pull.get('raw_records_per_s')} records/s]",
            ratio=pull.get("ratio_to_raw"),
            baseline="raw limit",
        ),
        Target(
            "incremental_sync",
            sync["incremental_sync"]["seconds"],
            bench_sync.INCREMENTAL_TARGET,
            "s",
            ratio=_ratio(sync["incremental_sync"]["seconds"], bench_sync.INCREMENTAL_TARGET),
            baseline="target (no raw yardstick yet)",
        ),
        Target(
            "peak_rss",
            startup["peak_rss_mb"] and round(startup["peak_rss_mb"], 1),
            350,
            "MB",
            what=" [the startup process, caseload on show]",
            ratio=_ratio(startup["peak_rss_mb"], bare_rss),
            baseline="bare window",
        ),
        Target(
            "gui_peak_rss",
            session.get("session", {}).get("peak_rss_mb"),
            GUI_RSS_TARGET_MB,
            "MB",
            what=(
                f" [a GUI process that opened {session.get('session', {}).get('citizens_opened')} citizens,"
                " searched and saved]"
            ),
            ratio=_ratio(session.get("session", {}).get("peak_rss_mb"), bare_rss),
            baseline="bare window",
        ),
        Target(
            "unlock_checks",
            integrity["unlock_checks"]["median_ms"],
            bench_integrity.UNLOCK_CHECKS_TARGET_MS,
            "ms",
            what=" [commit mark, schema revision, the access log after its checkpoint]",
            ratio=_ratio(
                integrity["unlock_checks"]["median_ms"], integrity["full_check_at_every_unlock_before_ms"]
            ),
            baseline=(
                f"the full check every unlock made before ({integrity['full_check_at_every_unlock_before_ms']:g} ms)"
            ),
        ),
        Target(
            "full_check_stop",
            integrity["stop"]["median_ms"],
            bench_integrity.STOP_TARGET_MS,
            "ms",
            what=(
                f" [max {integrity['stop']['max_ms']} ms; a search while the check runs:"
                f" {integrity['search_during_full_check']['ratio']}× alone]"
            ),
            ratio=_ratio(integrity["stop"]["median_ms"], FRAME_MS),
            baseline="frame (16.7 ms)",
        ),
        *(
            Target(
                name,
                backup[key]["mb_s"],
                bench_backup.TARGET_MB_S,
                "MB/s",
                at_least=True,
                what=f" [{backup['vault_mb']:g} MB vault, {backup[key]['mb_per_cpu_s']} MB per CPU second]",
                ratio=backup[key]["ratio_to_aes_gcm"],
                baseline=f"raw AES-256-GCM ({backup['raw_aes_gcm_mb_s']:g} MB/s)",
            )
            for name, key in (("backup", "backup"), ("backup_check", "backup_check"))
        ),
    ]
    return lines


def run(scale: dict, runs: int, progress: Path | None = None) -> dict:
    """Build the caseload, measure everything, and put each figure beside its target.

    ``progress``: a file rewritten after every stage with the figures so far and how long each stage
    took (a large-tier run takes long; what it measured before a stop is not lost).
    """
    started = time.perf_counter()
    stages: dict[str, float] = {}
    figures: dict = {}

    def note() -> None:
        if progress is not None:
            progress.write_text(json.dumps({"stages_s": stages, "figures": figures}, ensure_ascii=False))

    def stage(name: str, measure: Callable[[], dict]) -> None:
        began = time.perf_counter()
        figures[name] = measure()
        stages[name] = round(time.perf_counter() - began, 1)
        note()

    with tempfile.TemporaryDirectory(prefix="casenotes-bench-") as scratch:
        folder = Path(scratch)
        caseload = build(folder, scale["citizens"], scale["notes"], scale["measurements"])
        stages["demo"] = round(caseload.demo_seconds, 1)
        figures["caseload"] = {"records": caseload.records, "vault_mb": caseload.vault_mb}
        note()
        shutil.copytree(caseload.vault, folder / "sync-office")  # the sync starts from the untouched demo
        stage("startup", lambda: bench_startup.measure(caseload, folder, runs))
        stage("gui", lambda: bench_gui.measure(caseload, folder, runs, scale["writes"]))
        stage("session", lambda: bench_session.measure(caseload, folder, runs, scale["writes"]))
        stage("integrity", lambda: bench_integrity.measure(caseload, runs))
        stage("backup", lambda: bench_backup.run(caseload.vault))
        stage(
            "sync",
            lambda: bench_sync.run(scale["citizens"], scale["notes"], office_vault=folder / "sync-office"),
        )
    figures.pop("caseload")
    lines = [t.as_json() for t in targets(figures)]
    return {
        "caseload": {
            "citizens": caseload.citizens,
            "notes": caseload.notes,
            "measurements": caseload.measurements,
            "records": caseload.records,
            "demo_seconds": round(caseload.demo_seconds, 1),
            "demo_notes_per_s": round(caseload.notes / caseload.demo_seconds)
            if caseload.demo_seconds
            else None,
            "vault_mb": caseload.vault_mb,
        },
        "machine": {
            "python": platform.python_version(),
            "pyside6": PySide6.__version__,
            "system": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg(),  # other work on the machine while the figures were taken
        },
        "runs": runs,
        "stages_s": stages,
        "targets": lines,
        "pass": all(line["pass"] for line in lines) and figures["sync"]["converged"],
        "figures": figures,
        "seconds": round(time.perf_counter() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the harness; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    tier = parser.add_mutually_exclusive_group()
    tier.add_argument("--quick", action="store_true", help="50 citizens and 5,000 notes, three runs")
    tier.add_argument("--large", action="store_true", help="5,000 citizens and 1,000,000 notes, three runs")
    parser.add_argument("--runs", type=int, help="runs per figure (default 5, quick 3)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="folder for latest.json")
    args = parser.parse_args(argv)
    mode = "quick" if args.quick else "large" if args.large else "full"
    scale = TIERS[mode]
    args.results.mkdir(parents=True, exist_ok=True)
    progress = args.results / "progress.json"
    result = {"mode": mode} | run(scale, args.runs or scale["runs"], progress)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    (args.results / "latest.json").write_text(text + "\n", encoding="utf-8")
    for line in result["targets"]:
        print(line["line"], file=sys.stderr)
    return 0 if result["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
