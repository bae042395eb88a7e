"""Prometheus metrics at ``/metrics``: requests and their times by route template, and a few counts
read from the database when Prometheus asks.

Nothing in them names an account, a device or a transfer: the labels are route templates
(``/v1/transfers/{transfer_id}``, never the id), methods and status codes, all from small fixed sets,
and the database figures are totals.

Several uvicorn workers are several processes, each counting its own requests. With
``PROMETHEUS_MULTIPROC_DIR`` set (an empty folder, emptied again whenever the server starts), each
process writes its counts to files there and a scrape, whichever worker answers it, adds up all of
them (prometheus-client's multiprocess mode). Without it, each app has its own registry (not the
global one), so the tests' many apps in one process do not collide. The database figures are read at
scrape time by whichever process answers, so they are never added up across processes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from syncserver.db import account, device, record, transfer

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = CONTENT_TYPE_LATEST
# Any other method a client makes up is counted as "other" (a label per made-up word would grow forever).
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# From a page of the feed (milliseconds) to a 12 MiB transfer on a slow line (seconds).
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class DatabaseFigures(Collector):
    """Totals read from the database at each scrape: accounts, active devices, records, transfers
    waiting; and whether the database answered at all."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self) -> Iterator[Metric]:
        queries = {
            "casenotes_accounts": ("Accounts on the server", select(func.count()).select_from(account)),
            "casenotes_active_devices": (
                "Devices signed in and not revoked",
                select(func.count()).select_from(device).where(device.c.revoked_at.is_(None)),
            ),
            "casenotes_records": (
                "Records stored (deleted ones not counted)",
                select(func.count()).select_from(record).where(record.c.deleted.is_(False)),
            ),
            "casenotes_transfers_waiting": (
                "Transfers waiting for their recipient's answer",
                select(func.count()).select_from(transfer).where(transfer.c.state == "waiting"),
            ),
        }
        figures: dict[str, int] = {}
        try:
            with self.engine.connect() as conn:
                for name, (_, query) in queries.items():
                    figures[name] = int(conn.execute(query).scalar_one())
        except SQLAlchemyError:
            figures = {}
        yield GaugeMetricFamily(
            "casenotes_database_up", "1 if the database answered this scrape", value=1 if figures else 0
        )
        for name, value in figures.items():
            yield GaugeMetricFamily(name, queries[name][0], value=value)


class Metrics:
    """One app's metrics: ``observe`` each request, ``scrape`` for Prometheus."""

    def __init__(self, engine: Engine) -> None:
        self.multiprocess = bool(os.environ.get(MULTIPROCESS_DIR))
        self.registry = CollectorRegistry()
        # In multiprocess mode the values go to the folder's files whatever registry holds them, and a
        # scrape reads them from there: registered nowhere, they cannot be counted twice.
        own = None if self.multiprocess else self.registry
        self.requests = Counter(
            "casenotes_http_requests",
            "HTTP requests by route template, method and status",
            ["route", "method", "status"],
            registry=own,
        )
        self.duration = Histogram(
            "casenotes_http_request_duration_seconds",
            "Time to answer a request, by route template",
            ["route"],
            buckets=_BUCKETS,
            registry=own,
        )
        self.database = DatabaseFigures(engine)
        if not self.multiprocess:
            self.registry.register(self.database)

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        """Count one answered request; ``route`` is its template ("unmatched" if none)."""
        method = method if method in _METHODS else "other"
        self.requests.labels(route, method, str(status)).inc()
        self.duration.labels(route).observe(seconds)

    def scrape(self) -> bytes:
        """The metrics in Prometheus's text format."""
        if not self.multiprocess:
            return generate_latest(self.registry)
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
        registry.register(self.database)
        return generate_latest(registry)
