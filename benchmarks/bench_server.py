"""The sync server under load: ``casenotes-server --workers 4`` on a throwaway PostgreSQL, and 500 simulated
computers (locust users) syncing at once.

    python -m benchmarks.bench_server [--quick] [--users 500] [--seconds 60] [--workers 4]   (make bench-server)

Before the timed part it creates the accounts (two computers each; slow on purpose: scrypt). Then each
computer loops: push a page of sealed-looking records, pull the feed after its cursor, now and then ask
/health, and wait 1-3 s. A desktop syncs far less often than that, so this is many more real computers
than users. Prints throughput (requests/s, records/s), p50 and p99 latency per kind of request and the
error count; writes the same JSON to ``benchmarks/results/server.json``. Exits 1 on any error (a failed
request, or a conflict, which only a lost or doubled write could cause here). The server and PostgreSQL
are stopped at the end, also on Ctrl-C.
"""

# locust patches the standard library with gevent when imported: it comes first.
from locust import FastHttpUser, between, task  # isort: skip
from locust.env import Environment  # isort: skip

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import gevent
import httpx
from sqlalchemy import create_engine, text

from benchmarks.server_load import Computer, Tally, prepare_devices, summarise

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
DEVICES_PER_ACCOUNT = 2  # a caseworker's laptop and office computer: each pulls what the other pushed


class SyncingComputer(FastHttpUser):
    """One desktop syncing: push a page, pull the feed after its cursor, sometimes /health."""

    wait_time = between(1, 3)
    computers: ClassVar[list[Computer]] = []  # filled before the run; each user takes one
    tally: ClassVar[Tally] = Tally()

    def on_start(self) -> None:
        self.computer = self.computers.pop()

    @task
    def sync(self) -> None:
        computer, tally = self.computer, self.tally
        with self._timed("push", "POST", "/v1/push", json=computer.push_body()) as answer:
            if answer is not None:
                accepted, conflicts = computer.pushed(answer)
                tally.records_pushed += accepted
                tally.conflicts += conflicts
                if conflicts:
                    raise RuntimeError("a push of this computer's own records conflicted")
        with self._timed("pull", "GET", computer.feed_path()) as answer:
            if answer is not None:
                tally.records_pulled += computer.pulled(answer)
        if computer.rng.random() < 0.1:
            with self._timed("health", "GET", "/health"):
                pass

    @contextlib.contextmanager
    def _timed(self, kind: str, method: str, path: str, **kwargs: Any) -> Iterator[dict | None]:
        """One request, timed into the tally; yields its JSON answer (None when it failed). A failure,
        or an exception in the ``with`` body, counts as an error and the computer goes on."""
        started, ok, answer, reason = time.perf_counter(), False, None, ""
        try:
            response = self.client.request(method, path, name=kind, headers=self.computer.headers, **kwargs)
            ok = response.status_code == 200
            answer = response.json() if ok else None
            reason = "" if ok else f"status {response.status_code} {getattr(response, 'error', '') or ''}"
        except Exception as exc:
            reason = type(exc).__name__
        ms = (time.perf_counter() - started) * 1000
        try:
            yield answer
        except Exception as exc:
            ok, reason = False, f"{type(exc).__name__}: {exc}"
        self.tally.request(kind, ms, ok, reason.strip())


def start_postgres() -> str:
    """A throwaway PostgreSQL (tools/start-test-postgres.sh); returns its URL."""
    return subprocess.run(  # noqa: S603
        [str(ROOT / "tools" / "start-test-postgres.sh")], check=True, capture_output=True, text=True
    ).stdout.strip()


def stop_postgres(url: str) -> None:
    """Stop the throwaway PostgreSQL and remove its folder (the script prints only its URL)."""
    engine = create_engine(url)
    with engine.connect() as conn:
        data = Path(conn.execute(text("SHOW data_directory")).scalar_one())
    engine.dispose()
    binary = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
    stop = f"{binary} -D {data} -m fast -w stop >/dev/null"
    command = ["su", "postgres", "-s", "/bin/bash", "-c", stop] if os.geteuid() == 0 else ["bash", "-c", stop]
    subprocess.run(command, check=False)  # noqa: S603
    # The script's folder (mktemp's name), never anything else.
    if re.fullmatch(r"casenotes-pg-\w+", data.parent.name) and data.name == "data":
        shutil.rmtree(data.parent, ignore_errors=True)


def start_server(database_url: str, workers: int, port: int, log: Path) -> subprocess.Popen:
    env = {**os.environ, "CASENOTES_SERVER_DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)}
    with log.open("wb") as out:
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "syncserver", "--workers", str(workers), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # its own process group: the workers stop with it
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited while starting (log: {log})")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server did not start (log: {log})")


def stop_server(server: subprocess.Popen) -> None:
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
    except ProcessLookupError:
        pass


def run_load(url: str, tokens: list[str], users: int, seconds: float, spawn_rate: float) -> dict:
    SyncingComputer.computers = [Computer(token) for token in tokens[:users]]
    SyncingComputer.tally = Tally()
    env = Environment(user_classes=[SyncingComputer], host=url)
    runner = env.create_local_runner()
    runner.start(users, spawn_rate=spawn_rate)
    started = time.perf_counter()
    gevent.spawn_later(seconds, runner.quit)
    runner.greenlet.join()
    return summarise(SyncingComputer.tally, time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="50 users for 15 s (a check that it runs)")
    parser.add_argument("--users", type=int, default=int(os.environ.get("BENCH_SERVER_USERS", 500)))
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("BENCH_SERVER_SECONDS", 60)))
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=0, help="the server's port (a free one by default)")
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.quick:
        args.users, args.seconds = 50, 15.0
    from syncserver.background import free_port

    port = args.port or free_port()
    url = f"http://127.0.0.1:{port}"
    args.results.mkdir(parents=True, exist_ok=True)
    # Ctrl-C and SIGTERM both unwind through the finally blocks below.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    database_url = start_postgres()
    try:
        server = start_server(database_url, args.workers, port, args.results / "server.log")
        try:
            accounts = -(-args.users // DEVICES_PER_ACCOUNT)
            started = time.perf_counter()
            tokens = prepare_devices(url, accounts, DEVICES_PER_ACCOUNT)
            setup_seconds = time.perf_counter() - started
            print(
                f"{len(tokens)} computers signed in ({setup_seconds:.1f} s); running the load",
                file=sys.stderr,
            )
            figures = run_load(url, tokens, args.users, args.seconds, spawn_rate=max(10.0, args.users / 10))
        finally:
            stop_server(server)
    finally:
        stop_postgres(database_url)
    result = {
        "setup": {
            "users": args.users,
            "seconds": args.seconds,
            "workers": args.workers,
            "accounts": accounts,
            "devices_per_account": DEVICES_PER_ACCOUNT,
            "records_per_push": Computer("").page_size,
            "wait_between_cycles_s": [1, 3],
            "account_setup_seconds": round(setup_seconds, 1),
            "database": "postgresql (throwaway, fsync off), same machine",
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
        },
        **figures,
    }
    text = json.dumps(result, indent=2)
    print(text)
    (args.results / "server.json").write_text(text + "\n", encoding="utf-8")
    if result["errors"]:
        print(f"{result['errors']} requests failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
