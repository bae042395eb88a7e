"""The performance harness (``make bench``) still runs and still reports every figure beside its target.

The figures themselves are not tested here (they say how fast this machine is); the harness is run in
quick mode so that it cannot silently rot.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TARGETS = {
    "startup",
    "first_paint",
    "first_paint_unlock",
    "open_citizen",
    "search_vs_raw_fts5",
    "search",
    "caseload_filter",
    "write_p95",
    "first_full_sync",
    "incremental_sync",
    "peak_rss",
    "unlock_checks",
    "full_check_stop",
    # the scale figures
    "unlock_password",
    "open_citizen_during_check",
    "search_rare",
    "search_during_check",
    "first_push",
    "gui_peak_rss",
    "backup",
    "backup_check",
}


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_the_quick_harness_reports_every_figure_beside_its_target(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench", "--quick", "--runs", "2", "--results", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr[-3000:]  # 1: a target missed; anything else: broken
    printed = json.loads(done.stdout)
    assert json.loads((tmp_path / "latest.json").read_text("utf-8")) == printed

    assert printed["mode"] == "quick"
    assert {line["name"] for line in printed["targets"]} == TARGETS
    for line in printed["targets"]:
        assert isinstance(line["value"], int | float) and line["value"] > 0, line
        assert line["target"] and line["limit"] > 0 and isinstance(line["pass"], bool), line
        assert line["line"].startswith("pass: " if line["pass"] else "FAIL: "), line
        assert line["baseline"] and "× " in line["line"], line
    assert printed["pass"] == (done.returncode == 0)
    assert printed["figures"]["sync"]["converged"] is True
    records = printed["caseload"]["records"]
    assert records["meeting_note"] == 5000 and records["citizen"] == 50
    assert all(records[table] > 0 for table in ("goal", "activity", "actor", "consent", "contact_log"))
    assert records["measurement"] == 1000
