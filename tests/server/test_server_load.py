"""The load test's simulated computer and its summary (``make bench-server``), without locust: a computer
driven against the app in-process must push, edit and pull as a desktop would, and the summary must add
up. The load itself is not run here."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.server_load import Computer, Tally, account_body, percentile, summarise

ROOT = Path(__file__).resolve().parents[2]


def _cycle(client, computer: Computer) -> tuple[int, int, int]:
    body = computer.push_body()
    answer = client.post("/v1/push", json=body, headers=computer.headers)
    assert answer.status_code == 200, answer.text
    accepted, conflicts = computer.pushed(answer.json())
    feed = client.get(computer.feed_path(), headers=computer.headers)
    assert feed.status_code == 200, feed.text
    return accepted, conflicts, computer.pulled(feed.json())


def test_two_computers_of_one_account_push_their_own_edits_and_pull_each_others(client):
    body = account_body("load-test", "laptop-0")
    laptop = client.post("/v1/accounts", json=body)
    assert laptop.status_code == 201, laptop.text
    office = client.post(
        "/v1/sessions", json={"name": "load-test", "auth_key": body["auth_key"], "device_name": "pc-1"}
    )
    assert office.status_code == 201, office.text
    first = Computer(laptop.json()["device_token"], page_size=10, edit_share=0.5)
    second = Computer(office.json()["device_token"], page_size=10, edit_share=0.5)

    assert _cycle(client, first) == (10, 0, 10)
    # Later pages mix new records and edits of earlier ones: every one accepted, none twice in a page.
    for _ in range(4):
        body = first.push_body()
        ids = [(c["record_type"], c["record_id"]) for c in body["changes"]]
        assert len(ids) == len(set(ids))
        answer = client.post("/v1/push", json=body, headers=first.headers).json()
        assert first.pushed(answer) == (len(ids), 0)
    assert max(first.versions.values()) > 1, "some records were edited"
    _accepted, _conflicts, pulled = _cycle(client, second)
    assert pulled == len(first.versions) + 10 and second.cursor > 0
    accepted, conflicts, pulled = _cycle(client, second)
    assert conflicts == 0 and pulled == accepted, "the next pull starts after the cursor: its own page only"


def test_the_summary_gives_throughput_percentiles_and_errors():
    tally = Tally(records_pushed=400, records_pulled=800)
    for ms in range(1, 101):
        tally.request("push", float(ms), ok=ms != 100)
    tally.request("health", 2.0, ok=True)
    figures = summarise(tally, seconds=10.0)
    assert figures["requests"] == 101 and figures["requests_per_s"] == 10.1
    assert figures["records_pushed_per_s"] == 40.0 and figures["records_pulled_per_s"] == 80.0
    assert figures["errors"] == 1 and figures["by_kind"]["push"]["errors"] == 1
    assert figures["by_kind"]["push"]["p50_ms"] == 50.5 and 98.9 <= figures["by_kind"]["push"]["p99_ms"] < 100
    assert figures["by_kind"]["health"]["p99_ms"] == 2.0
    assert percentile([], 0.5) == 0.0


@pytest.mark.skipif(importlib.util.find_spec("locust") is None, reason="locust is in the bench extra")
def test_the_load_test_starts_with_locust_installed():
    shown = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_server", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert "--quick" in shown.stdout and "--users" in shown.stdout
