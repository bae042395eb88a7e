"""The HTTP API. Every answer about content is an opaque blob; logs carry ids and counts, never bodies.

``create_app`` puts the parts together: the server's context (settings, database, sign-in guard), the
routers of ``syncserver.routes`` (accounts, devices, changes, directory, transfers), the access log
and the metrics Prometheus reads (``syncserver.metrics``), and the plain answers to malformed requests.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, select
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import RequestResponseEndpoint
from starlette.routing import Route

from syncserver import __version__
from syncserver.config import Settings
from syncserver.db import make_engine
from syncserver.limits import BodySizeLimit
from syncserver.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from syncserver.metrics import Metrics
from syncserver.migrate import upgrade
from syncserver.models import Health
from syncserver.routes import accounts, changes, devices, directory, transfers
from syncserver.routes.context import Context, ServerContext, refusals

log = logging.getLogger("syncserver")


def create_app(
    settings: Settings | None = None,
    engine: Engine | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    migrate: bool = True,
) -> FastAPI:
    """The sync server application; migrates its database first unless ``migrate`` is false (several
    workers: ``casenotes-server`` migrates once before starting them, so they never race to upgrade).
    ``clock`` and ``sleep`` are the sign-in guard's time (tests pass a fake one)."""
    settings = settings or Settings()
    engine = engine or make_engine(settings.database_url)
    if migrate:
        upgrade(engine)
    app = FastAPI(title="Casenotes sync", version=__version__)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    app.state.context = ServerContext.make(settings, engine, clock, sleep)
    app.state.engine = engine  # for whoever serves the app (closing it) and for tests
    app.state.metrics = Metrics(engine)
    app.middleware("http")(_access_log)
    app.get("/health", responses=refusals())(_health)
    app.get("/metrics", include_in_schema=False)(_metrics)
    routers = (accounts.router, devices.router, changes.router, directory.router, transfers.router)
    for router in routers:
        app.include_router(router)
    # The routes in the order the router tries them (FastAPI keeps included routers apart), for Allow.
    app.state.routes = [
        route
        for route in (*app.routes, *(r for router in routers for r in router.routes))
        if isinstance(route, Route)
    ]
    app.exception_handler(StarletteHTTPException)(_plain_error)
    app.exception_handler(RequestValidationError)(_malformed)
    return app


def _health(context: Context) -> Health:
    with context.engine.connect() as conn:
        conn.execute(select(1))
    return Health(status="ok", version=__version__)


def _metrics(request: Request) -> Response:
    """For Prometheus (not in the API's schema): totals and route templates only."""
    metrics: Metrics = request.app.state.metrics
    return Response(metrics.scrape(), media_type=METRICS_CONTENT_TYPE)


async def _access_log(request: Request, call_next: RequestResponseEndpoint) -> Response:
    """One line per request: method, route, status and time; never a body, a query or a token. The
    same figures go to the metrics."""
    started = time.perf_counter()
    response = await call_next(request)
    seconds = time.perf_counter() - started
    route = getattr(request.scope.get("route"), "path", "unmatched")
    log.info(
        json.dumps(
            {
                "method": request.method,
                "route": route,
                "status": response.status_code,
                "ms": round(seconds * 1000, 1),
            }
        )
    )
    request.app.state.metrics.observe(route, request.method, response.status_code, seconds)
    return response


async def _plain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400:
        # FastAPI's answer to a body its JSON parser gave up on (nested too deep, not UTF-8):
        # malformed like any other body, so the same 422 as for broken JSON.
        return JSONResponse({"detail": "the request body is not valid JSON"}, status_code=422)
    headers = exc.headers
    if exc.status_code == 405:
        # Starlette's Allow names the methods of the first route of the path only; a path served by
        # several routes (GET and DELETE of one transfer) takes all of them.
        headers = {**(exc.headers or {}), "Allow": ", ".join(_allowed_methods(request))}
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)


def _allowed_methods(request: Request) -> list[str]:
    """The methods of the path the request reached: those of the first route whose template matches
    it (as the router tries them), and of every other route with that template."""
    routes: list[Route] = request.app.state.routes
    template = next((r.path for r in routes if r.path_regex.match(request.scope["path"])), None)
    return sorted({method for route in routes if route.path == template for method in route.methods or ()})


async def _malformed(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse({"detail": _first_fault(exc.errors())}, status_code=422)


def _first_fault(errors: Any) -> str:
    """One sentence naming the first field at fault and what is wrong with it; never the value sent
    (it may be a key, and FastAPI's default answer echoes it back, nested however deep it was)."""
    first = next(iter(errors), None)
    if not first:
        return "the request is malformed"
    if first.get("type") == "json_invalid":
        return "the request body is not valid JSON"
    where = ".".join(str(part)[:40] for part in first.get("loc", ())) or "request"
    return f"{where}: {str(first.get('msg', 'invalid'))[:200]}"
