"""The HTTP API. Every answer about content is an opaque blob; logs carry ids and counts, never bodies.

``create_app`` puts the parts together: the server's context (settings, database, sign-in guard), the
routers of ``syncserver.routes`` (accounts, devices, changes), the access log, and the plain answers to
malformed requests.
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

from syncserver import __version__
from syncserver.config import Settings
from syncserver.db import make_engine
from syncserver.limits import BodySizeLimit
from syncserver.migrate import upgrade
from syncserver.models import Health
from syncserver.routes import accounts, changes, devices, directory
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
    app.middleware("http")(_access_log)
    app.get("/health", responses=refusals())(_health)
    for router in (accounts.router, devices.router, changes.router, directory.router):
        app.include_router(router)
    app.exception_handler(StarletteHTTPException)(_plain_error)
    app.exception_handler(RequestValidationError)(_malformed)
    return app


def _health(context: Context) -> Health:
    with context.engine.connect() as conn:
        conn.execute(select(1))
    return Health(status="ok", version=__version__)


async def _access_log(request: Request, call_next: RequestResponseEndpoint) -> Response:
    """One line per request: method, route, status and time; never a body, a query or a token."""
    started = time.perf_counter()
    response = await call_next(request)
    route = request.scope.get("route")
    log.info(
        json.dumps(
            {
                "method": request.method,
                "route": getattr(route, "path", "unmatched"),
                "status": response.status_code,
                "ms": round((time.perf_counter() - started) * 1000, 1),
            }
        )
    )
    return response


async def _plain_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400:
        # FastAPI's answer to a body its JSON parser gave up on (nested too deep, not UTF-8):
        # malformed like any other body, so the same 422 as for broken JSON.
        return JSONResponse({"detail": "the request body is not valid JSON"}, status_code=422)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


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
