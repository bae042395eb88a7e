"""``/metrics`` for Prometheus: requests counted by route template, method and status, their times,
and totals read from the database; no account name, id or token in it; left out of the API schema;
and with PROMETHEUS_MULTIPROC_DIR, the counts of several worker processes added up."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.server.api_helpers import auth, b64, change, new_account, push

ROOT = Path(__file__).resolve().parents[2]


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape, by name and labels."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def requests_of(scraped, route, method, status):
    labels = (("method", method), ("route", route), ("status", status))
    return scraped.get(("casenotes_http_requests_total", labels), 0)


def test_requests_are_counted_by_route_template_and_the_database_figures_read(client):
    lene = new_account(client, "lene")
    jonas = new_account(client, "jonas", auth=b"j" * 32)
    push(client, lene, change(), change())
    transfer_id = str(uuid.uuid4())
    body = {"id": transfer_id, "to": "jonas", "blob": b64(b"sealed")}
    client.post("/v1/transfers", json=body, headers=auth(lene))
    client.get(f"/v1/transfers/{uuid.uuid4()}", headers=auth(jonas))
    before = samples(client.get("/metrics").text)
    for _ in range(3):
        client.get("/health")
    client.get("/v1/changes")  # not signed in: 401
    client.get("/no/such/page")
    client.request("BREW", "/health")
    after = samples(client.get("/metrics").text)

    assert requests_of(after, "/health", "GET", "200") - requests_of(before, "/health", "GET", "200") == 3
    assert requests_of(after, "/v1/changes", "GET", "401") == 1
    assert requests_of(after, "/v1/transfers/{transfer_id}", "GET", "404") == 1
    assert requests_of(after, "/v1/transfers", "POST", "201") == 1
    assert requests_of(after, "unmatched", "GET", "404") == 1
    assert requests_of(after, "/health", "other", "405") == 1
    assert after[("casenotes_http_request_duration_seconds_count", (("route", "/health"),))] >= 3
    assert after[("casenotes_accounts", ())] == 2
    assert after[("casenotes_active_devices", ())] == 2
    assert after[("casenotes_records", ())] == 2
    assert after[("casenotes_transfers_waiting", ())] == 1
    assert after[("casenotes_database_up", ())] == 1


def test_the_metrics_name_no_account_id_or_token(client):
    lene = new_account(client, "lene-unique-name")
    client.get("/v1/devices", headers=auth(lene))
    client.get(f"/v1/transfers/{lene['account_id']}", headers=auth(lene))
    text = client.get("/metrics").text
    for secret in ("lene-unique-name", lene["account_id"], lene["device_id"], lene["device_token"]):
        assert secret not in text


def test_the_metrics_are_not_in_the_api_schema(client):
    assert "/metrics" not in client.get("/openapi.json").json()["paths"]
    assert client.get("/metrics").headers["content-type"].startswith("text/plain")


def test_two_apps_in_one_process_count_apart(app, settings, server_engine, client):
    from fastapi.testclient import TestClient

    from syncserver.api import create_app

    other = create_app(settings, server_engine)
    with TestClient(other) as second:
        second.get("/health")
        second.get("/health")
        assert requests_of(samples(second.get("/metrics").text), "/health", "GET", "200") == 2
    client.get("/health")
    assert requests_of(samples(client.get("/metrics").text), "/health", "GET", "200") == 1


_WORKER = """
import sys
from fastapi.testclient import TestClient
from syncserver.api import create_app
from syncserver.config import Settings

app = create_app(Settings(database_url=sys.argv[1], auth_hash_cost=16))
with TestClient(app) as client:
    for _ in range(int(sys.argv[2])):
        client.get("/health")
    if sys.argv[3] == "scrape":
        sys.stdout.write(client.get("/metrics").text)
"""


@pytest.mark.slow
def test_several_worker_processes_are_added_up_in_multiprocess_mode(tmp_path, database_url):
    folder = tmp_path / "prometheus"
    folder.mkdir()
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(folder), "PYTHONPATH": str(ROOT)}

    def worker(requests: int, then: str) -> str:
        run = subprocess.run(
            [sys.executable, "-c", _WORKER, database_url, str(requests), then],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return run.stdout

    worker(3, "stop")
    worker(4, "stop")
    scraped = samples(worker(0, "scrape"))
    assert requests_of(scraped, "/health", "GET", "200") == 7
    assert scraped[("casenotes_http_request_duration_seconds_count", (("route", "/health"),))] == 7
    assert scraped[("casenotes_accounts", ())] == 0 and scraped[("casenotes_database_up", ())] == 1
