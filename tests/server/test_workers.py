"""``casenotes-server --workers 4`` on one PostgreSQL database stays correct under concurrent pushes.

Sixteen devices (two per account) push through the real HTTP API at once, so requests of one account land
on different worker processes. Each round both devices of an account also push the same record on top of
the same version: exactly one may win. Afterwards every account's feed must hold each accepted record once,
in strictly increasing sequence numbers, with nothing lost.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
import pytest

from syncserver.background import free_port
from syncserver.config import DATABASE_URL_VARIABLE
from tests.server.api_helpers import account_body, b64, sign_in_body
from tests.server.conftest import POSTGRES_URL, _postgres_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not POSTGRES_URL, reason="needs CASENOTES_TEST_POSTGRES_URL (several workers share one PostgreSQL)"
    ),
]

WORKERS = 4
ACCOUNTS = 8  # two devices each: sixteen threads pushing at once
ROUNDS = 8
FRESH_PER_PAGE = 10
# The test server trusts loopback, so this password is never checked; it must never be printed either.
PASSWORD = "not-in-any-log-7f3a"


@pytest.fixture
def server(tmp_path: Path):
    """The server with four workers on a fresh database; yields its URL and the path of its log."""
    database_url = _postgres_database().replace("postgres@", f"postgres:{PASSWORD}@", 1)
    port = free_port()
    log_path = tmp_path / "server.log"
    # The URL goes through the environment, as in the container (compose.yaml).
    env = {**os.environ, DATABASE_URL_VARIABLE: database_url}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "syncserver", "--workers", str(WORKERS), "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # its own process group: the workers go down with it
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_health(url, process)
        yield url, log_path, process.pid
    finally:
        _stop(process)


def _wait_for_health(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited while starting"
        try:
            if httpx.get(f"{url}/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError("the server did not answer /health")


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def _change(record_id: str, base: int) -> dict:
    return {
        "record_type": "note",
        "record_id": record_id,
        "base_version": base,
        "blob": b64(os.urandom(48)),
        "deleted": False,
    }


def _device(client: httpx.Client, results: dict, contested: str, barrier: threading.Barrier) -> None:
    """One device: each round a page of fresh records plus the contested one, pushed when the other
    device of its account pushes too."""
    for round_ in range(ROUNDS):
        fresh = [str(uuid.uuid4()) for _ in range(FRESH_PER_PAGE)]
        changes = [_change(record_id, 0) for record_id in fresh] + [_change(contested, round_)]
        barrier.wait(timeout=30)
        answer = client.post("/v1/push", json={"request_id": str(uuid.uuid4()), "changes": changes})
        assert answer.status_code == 200, answer.text
        by_id = {r["record_id"]: r for r in answer.json()["results"]}
        results["fresh"].extend((record_id, by_id[record_id]["status"]) for record_id in fresh)
        results["contested"].append((round_, by_id[contested]["status"], by_id[contested]["version"]))
        barrier.wait(timeout=30)  # the next round starts on top of the version this one settled


def _whole_feed(client: httpx.Client) -> tuple[list[dict], int]:
    entries, after = [], 0
    while True:
        page = client.get(f"/v1/changes?after={after}&limit=50").json()
        entries += page["changes"]
        after = page["cursor"]
        if not page["more"]:
            return entries, page["head"]


def test_four_workers_accept_each_change_once_and_lose_nothing(server):
    url, log_path, pid = server
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():  # uvicorn's workers are spawned (beside multiprocessing's resource tracker)
        commands = [Path(f"/proc/{child}/cmdline").read_bytes() for child in children.read_text().split()]
        assert sum(b"spawn_main" in command for command in commands) == WORKERS

    accounts = []
    with httpx.Client(base_url=url, timeout=30) as setup:
        for index in range(ACCOUNTS):
            name = f"worker-test-{index}"
            first = setup.post("/v1/accounts", json=account_body(name=name, device="laptop"))
            assert first.status_code == 201, first.text
            second = setup.post("/v1/sessions", json=sign_in_body(name=name, device="office"))
            assert second.status_code == 201, second.text
            accounts.append((first.json(), second.json()))

    outcomes = [({"fresh": [], "contested": []}, {"fresh": [], "contested": []}) for _ in accounts]
    threads, clients, failures = [], [], []
    for sessions, results in zip(accounts, outcomes, strict=True):
        contested, barrier = str(uuid.uuid4()), threading.Barrier(2)
        for session, result in zip(sessions, results, strict=True):
            client = httpx.Client(
                base_url=url, timeout=30, headers={"Authorization": f"Bearer {session['device_token']}"}
            )
            clients.append(client)

            def run(client=client, result=result, contested=contested, barrier=barrier) -> None:
                try:
                    _device(client, result, contested, barrier)
                except BaseException as exc:  # reported below; the other device must not wait forever
                    failures.append(exc)
                    barrier.abort()

            threads.append(threading.Thread(target=run))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures, failures[0]

    try:
        for (laptop, office), sessions in zip(outcomes, clients[::2], strict=True):
            # The same record on top of the same version from both devices: one wins each round.
            rounds: dict[int, list[tuple[str, int]]] = {}
            for round_, status, version in laptop["contested"] + office["contested"]:
                rounds.setdefault(round_, []).append((status, version))
            for round_, answers in rounds.items():
                assert sorted(answers) == [("accepted", round_ + 1), ("conflict", round_ + 1)], answers

            fresh = laptop["fresh"] + office["fresh"]
            assert {status for _, status in fresh} == {"accepted"}
            entries, head = _whole_feed(sessions)
            seqs = [entry["seq"] for entry in entries]
            assert seqs == sorted(set(seqs)), "feed sequence numbers are unique and increasing"
            # Every accepted change took one sequence number; the feed keeps each record's newest.
            assert head == len(fresh) + ROUNDS and seqs[-1] == head
            in_feed = Counter(entry["record_id"] for entry in entries)
            assert set(in_feed.values()) == {1}, "each record once in the feed"
            contested_ids = set(in_feed) - {record_id for record_id, _ in fresh}
            assert len(contested_ids) == 1 and len(in_feed) == len(fresh) + 1, "no record lost"
            (contested_entry,) = (e for e in entries if e["record_id"] in contested_ids)
            assert contested_entry["version"] == ROUNDS
    finally:
        for client in clients:
            client.close()
    assert PASSWORD not in log_path.read_text(errors="replace")
