"""The real server (uvicorn, loopback) in a background thread, for end-to-end tests and the benchmark."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

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
    deadline = time.monotonic() + startup_timeout
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=1.0).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError("the sync server did not start")
        time.sleep(0.05)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.engine.dispose()


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
