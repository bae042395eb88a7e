"""The real server (uvicorn, loopback) in a background thread, for end-to-end tests, or in a process of
its own, as it runs for a jobcentre, for the benchmark (a server in a thread shares the interpreter lock
with the program it serves, and the figures would measure the two taking turns)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import uvicorn

from syncserver.api import create_app
from syncserver.config import Settings


@contextlib.contextmanager
def serve_in_thread(
    settings: Settings, startup_timeout: float = 20.0, port: int | None = None
) -> Iterator[str]:
    """Start the server on a loopback port (a free one unless ``port`` is given); yields its URL and
    stops it afterwards. A fixed port lets a test start a server again at the address a vault stored
    (a server that was wiped or swapped behind the same address)."""
    if not port:
        port = free_port()
    app = create_app(settings)
    server = uvicorn.Server(
        uvicorn.Config(
            app, host="127.0.0.1", port=port, access_log=False, log_level="warning", lifespan="off"
        )
    )
    thread = threading.Thread(target=server.run, name="sync-server", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, startup_timeout, thread.is_alive)
    except RuntimeError:
        server.should_exit = True
        raise
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.engine.dispose()


@contextlib.contextmanager
def serve_in_process(database_url: str, startup_timeout: float = 30.0) -> Iterator[str]:
    """``casenotes-server`` with its default settings in a process of its own on a free loopback port;
    yields its URL and stops it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "syncserver", "--database-url", database_url, "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, startup_timeout, lambda: server.poll() is None)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_until_up(url: str, timeout: float, alive: Callable[[], bool]) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or not alive():
            raise RuntimeError("the sync server did not start")
        time.sleep(0.05)


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
