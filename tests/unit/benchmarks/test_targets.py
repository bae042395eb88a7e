"""The harness's target list names every figure and puts each beside a yardstick.

``targets`` is fed a figures dict of the shape ``benchmarks.bench.run`` collects, so this runs in
milliseconds; ``tests/e2e/test_bench_harness.py`` runs the real quick tier.
"""

from benchmarks import bench_sync
from benchmarks.bench import targets
from desktop.demo.text import RARE_QUERY

NEW_IN_ISSUE_20 = {
    "unlock_password",
    "open_citizen_during_check",
    "search_rare",
    "search_during_check",
    "first_push",
    "gui_peak_rss",
    "unlock_checks",
    "full_check_stop",
    "backup",
    "backup_check",
}


def figures(sync_extra: bool = True) -> dict:
    queries = {
        q: {"median_ms": 20.0, "service_ms": 5.0, "ratio": 1.5, "shown_ratio": 4.0, "citizens": 3}
        for q in ("mentor", "praktik*", RARE_QUERY)
    }
    push = {"records": 1000, "seconds": 0.1, "records_per_s": 10_000}
    pull = {"records": 1000, "seconds": 0.05, "records_per_s": 20_000}
    if sync_extra:  # what the sync helper's bench_sync.run adds
        push |= {"raw_records_per_s": 40_000, "ratio_to_raw": 0.25}
        pull |= {"raw_records_per_s": 40_000, "ratio_to_raw": 0.5}
    return {
        "startup": {
            "bare_window_s": 0.5,
            "startup_s": 1.0,
            "ready_s": 1.2,
            "first_paint_s": 0.6,
            "first_paint_unlock_s": 0.6,
            "peak_rss_mb": 140.0,
            "bare_window_rss_mb": 70.0,
        },
        "gui": {
            "open_citizen": {"median_ms": 60.0, "raw_sqlite_ms": 6.0},
            "search": {"queries": queries, "raw_fts5": dict.fromkeys(queries, 5.0)},
            "caseload_filter": {"filters": {"sen": {"median_ms": 12.0}}},
            "write": {"p95_ms": 3.0},
            "during_check": {
                "open_citizen": {"median_ms": 90.0},
                "search": {q: {"median_ms": 30.0} for q in queries},
                "check_s": 1.5,
            },
        },
        "session": {
            "session": {"peak_rss_mb": 250.0, "citizens_opened": 20, "writes": 40},
            "write_window": {"p95_ms": 18.0},
            "unlock": {
                "kdf": {"memory_kib": 65536, "iterations": 3, "lanes": 4},
                "kdf_s": 0.4,
                "return_to_idle_s": 0.8,
                "start_to_idle_s": 2.0,
                "return_to_cpu_quiet_s": 0.9,
            },
        },
        "integrity": {
            "unlock_checks": {"median_ms": 2.0},
            "full_check_at_every_unlock_before_ms": 1600.0,
            "stop": {"median_ms": 1.5, "max_ms": 3.0},
            "search_during_full_check": {"ratio": 1.1},
        },
        "backup": {
            "vault_mb": 150.0,
            "raw_aes_gcm_mb_s": 4000.0,
            "backup": {"mb_s": 320.0, "ratio_to_aes_gcm": 0.08, "mb_per_cpu_s": 300.0},
            "backup_check": {"mb_s": 1300.0, "ratio_to_aes_gcm": 0.33, "mb_per_cpu_s": 1300.0},
        },
        "sync": {
            "first_push": push,
            "first_full_sync": pull,
            "incremental_sync": {"seconds": 0.2},
            "converged": True,
        },
    }


def test_every_new_figure_is_in_the_targets_list_with_its_target_and_ratio():
    lines = {t.name: t.as_json() for t in targets(figures())}

    assert set(lines) >= NEW_IN_ISSUE_20
    for name, line in lines.items():
        assert line["value"] is not None and line["limit"] > 0, name
        assert line["ratio"] is not None and line["baseline"], name
        assert "target " in line["line"] and f"{line['ratio']:g}× {line['baseline']}" in line["line"], name


def test_the_figures_are_held_to_the_issues_targets():
    lines = {t.name: t for t in targets(figures())}

    assert (lines["gui_peak_rss"].limit, lines["gui_peak_rss"].value) == (300, 250.0)
    assert lines["write_p95"].limit == 20 and lines["write_p95"].value == 18.0  # through the window
    assert lines["write_p95"].ratio == 6.0  # beside the note service alone
    assert lines["search_rare"].limit == 50 and lines["search_rare"].ratio == 4.0  # on screen vs raw FTS5
    assert lines["first_push"].limit == getattr(bench_sync, "FIRST_PUSH_TARGET", 15_000) == 15_000
    assert lines["first_push"].at_least and lines["first_push"].ratio == 0.25
    assert lines["open_citizen_during_check"].ratio == 1.5  # beside the quiet figure
    assert lines["search_during_check"].ratio == 1.5
    assert lines["unlock_password"].value == 0.8 and lines["unlock_password"].ratio == 2.0
    assert lines["gui_peak_rss"].ratio == round(250 / 70, 2)


def test_sync_figures_without_a_raw_limit_still_print():
    lines = {t.name: t.as_json() for t in targets(figures(sync_extra=False))}

    assert lines["first_push"]["value"] == 10_000 and lines["first_push"]["ratio"] is None
    assert "n/a× raw limit" in lines["first_push"]["line"]
