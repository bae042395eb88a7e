"""Serving the app: in this process, or in several uvicorn workers behind one database.

Uvicorn starts each worker as a fresh process and builds the app there from an import string, so the
settings travel through the environment: ``run`` puts the database URL in
``CASENOTES_SERVER_DATABASE_URL`` and ``app_from_environment`` (uvicorn's factory) reads it back. The URL
may hold a password: it goes through the environment, never into a log line or an error message.

The database is migrated once, by ``migrate_database`` in ``casenotes-server`` itself, before any worker
starts: N workers each calling Alembic's upgrade would race to create the same tables.

Each worker keeps its own sign-in guard (``syncserver.sign_in_guard``): its counters are per worker
process, and a client's connections land on whichever worker is free, so with N workers a guesser gets up
to N times the free failures before it waits, and one address may create up to N times
``creations_per_address`` accounts. The limits still slow guessing by orders of magnitude; a ledger shared
through the database is what a deployment with many workers would need to close that gap.
"""

from __future__ import annotations

import glob
import logging
import os
import sys
import tempfile

import uvicorn
from fastapi import FastAPI

from syncserver.api import create_app
from syncserver.config import DATABASE_URL_VARIABLE, Settings
from syncserver.db import make_engine
from syncserver.migrate import upgrade

LOG_FORMAT = "%(asctime)s %(name)s %(message)s"
KEEP_ALIVE_SECONDS = 75
MULTIPROCESS_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"


def configure_logging() -> None:
    """Our log lines to stderr; called in every worker too, as a spawned process starts with none."""
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT, stream=sys.stderr)


def migrate_database(database_url: str) -> None:
    """Bring the database to the newest schema, once, before the server starts (raises if it cannot)."""
    engine = make_engine(database_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def app_from_environment() -> FastAPI:
    """One worker's app: the database URL from the environment, the database already migrated."""
    configure_logging()
    database_url = os.environ.get(DATABASE_URL_VARIABLE)
    if not database_url:
        raise RuntimeError(f"{DATABASE_URL_VARIABLE} is not set")
    try:
        return create_app(Settings(database_url=database_url), migrate=False)
    except Exception as exc:
        # Not chained: the original message may quote the URL and its password.
        raise RuntimeError(f"cannot open the database ({type(exc).__name__})") from None


def run(database_url: str, host: str, port: int, workers: int = 1) -> None:
    """Serve until stopped (Ctrl-C, SIGTERM): in this process when ``workers`` is 1, else in that many
    worker processes that uvicorn restarts when one dies. Migrate first (``migrate_database``)."""
    # Uvicorn's access log prints paths with query strings; ours prints route templates only.
    # Idle connections are kept longer than a reverse proxy keeps its own to us (nginx: 60 s), so the
    # proxy, not the server, closes them: uvicorn's 5 s default closed connections just as a client sent
    # its next request on one ("connection closed" under load: make bench-server).
    options: dict = {
        "host": host,
        "port": port,
        "access_log": False,
        "log_level": "info",
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
    }
    if workers == 1:
        uvicorn.run(create_app(Settings(database_url=database_url), migrate=False), **options)
        return
    os.environ[DATABASE_URL_VARIABLE] = database_url
    _prepare_metrics_folder()
    uvicorn.run(f"{__name__}:app_from_environment", factory=True, workers=workers, **options)


def _prepare_metrics_folder() -> None:
    """Several workers count requests each in their own process; /metrics adds them up from files in
    ``PROMETHEUS_MULTIPROC_DIR`` (prometheus-client's multiprocess mode), which must be empty when the
    server starts. A folder the deployment names is emptied of the last run's files; without one, a
    fresh temporary folder is made for this run."""
    folder = os.environ.get(MULTIPROCESS_VARIABLE)
    if not folder:
        os.environ[MULTIPROCESS_VARIABLE] = tempfile.mkdtemp(prefix="casenotes-metrics-")
        return
    os.makedirs(folder, exist_ok=True)
    for leftover in glob.glob(os.path.join(folder, "*.db")):
        os.remove(leftover)
