"""The HTTP API. Every answer about content is an opaque blob; logs carry ids and counts, never bodies."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from sqlalchemy import Connection, Engine, and_, bindparam, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from syncserver import __version__
from syncserver.config import Settings
from syncserver.db import account, device, make_engine, push_request, record
from syncserver.limits import BodySizeLimit
from syncserver.migrate import upgrade
from syncserver.models import (
    DB_INT_MAX,
    RECORD_ID,
    DeviceInfo,
    Feed,
    Health,
    Kdf,
    NewAccount,
    PreLogin,
    PreLoginAnswer,
    Problem,
    Push,
    PushAnswer,
    Session,
    SignIn,
    decode,
    encode,
)
from syncserver.security import (
    DecoySalts,
    auth_key_matches,
    hash_auth_key,
    new_salt,
    new_token,
    token_hash,
)
from syncserver.sign_in_guard import SignInGuard, address_key

log = logging.getLogger("syncserver")


LAST_SEEN_PRECISION = timedelta(minutes=1)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Caller:
    """The device making a request."""

    def __init__(self, device_id: str, account_id: str) -> None:
        self.device_id = device_id
        self.account_id = account_id


# A device proves itself with the token it got when it signed in (RFC 6750 bearer token).
_CHALLENGE = {"WWW-Authenticate": "Bearer"}
_bearer = HTTPBearer(
    auto_error=False, scheme_name="DeviceToken", description="The device token from a Session."
)


def caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """The signed-in, not revoked device behind the request's bearer token (401 otherwise)."""
    if credentials is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in first", headers=_CHALLENGE)
    digest = token_hash(credentials.credentials)
    with request.app.state.engine.begin() as conn:
        row = conn.execute(
            select(device.c.id, device.c.account_id, device.c.revoked_at, device.c.last_seen_at).where(
                device.c.token_hash == digest
            )
        ).first()
        if row is None or row.revoked_at is not None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED, "this device is not signed in", headers=_CHALLENGE
            )
        # "Last seen" to the minute: a write (and a commit) per request cost every page of a sync.
        now = datetime.now(UTC)
        recent = (now - LAST_SEEN_PRECISION).isoformat(timespec="microseconds")
        if row.last_seen_at is None or row.last_seen_at < recent:
            conn.execute(
                update(device)
                .where(device.c.id == row.id)
                .values(last_seen_at=now.isoformat(timespec="microseconds"))
            )
    return Caller(row.id, row.account_id)


_WHY = {
    401: "Not signed in, or the wrong account or key",
    404: "No such device on this account",
    409: "This request was already received",
    413: "The request, one record in it or its number of records is too large",
    422: "The request is malformed: the detail names the first field at fault",
    429: "Too many attempts from this address: wait the seconds in Retry-After",
}
_RETRY_AFTER = {
    "Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer", "minimum": 1}}
}


def _refusals(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI entries of the refusals an operation can answer with (413: any request can)."""
    answers: dict[int | str, dict[str, Any]] = {}
    for code in sorted({413, *codes}):
        answers[code] = {"model": Problem, "description": _WHY[code]}
        if code == 429:
            answers[code]["headers"] = _RETRY_AFTER
    return answers


Authed = Annotated[Caller, Depends(caller)]


def create_app(
    settings: Settings | None = None,
    engine: Engine | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> FastAPI:
    """The sync server application; migrates its database first. ``clock`` and ``sleep`` are the
    sign-in guard's time (tests pass a fake one)."""
    settings = settings or Settings()
    engine = engine or make_engine(settings.database_url)
    upgrade(engine)
    guard = SignInGuard(settings, clock)
    decoys = DecoySalts()
    decoy_kdf = Kdf.model_validate(dict(settings.decoy_kdf))
    app = FastAPI(title="Casenotes sync", version=__version__)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    app.state.engine = engine

    @app.middleware("http")
    async def access_log(request: Request, call_next):  # type: ignore[no-untyped-def]
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

    @app.get("/health", responses=_refusals())
    def health() -> Health:
        with engine.connect() as conn:
            conn.execute(select(1))
        return Health(status="ok", version=__version__)

    async def admit(request: Request, name: str, creating: bool = False) -> str:
        """The client's address, once the guard lets this attempt on ``name`` go ahead (429 if not)."""
        address = address_key(request.client.host if request.client else "unknown")
        admission = guard.admit(address, name, creating)
        if admission.retry_after > 0:
            raise HTTPException(
                status.HTTP_429_TOO_MANY_REQUESTS,
                admission.reason,
                headers={"Retry-After": str(max(1, math.ceil(admission.retry_after)))},
            )
        if admission.delay > 0:  # an account under attack answers later, the right key included
            await sleep(admission.delay)
        return address

    @app.post("/v1/accounts", status_code=status.HTTP_201_CREATED, responses=_refusals(401, 422, 429))
    async def create_account(body: NewAccount, request: Request) -> Session:
        """Create the account; for a name that exists this is a sign-in with the password's key, so
        the answer says no more about the name than a failed sign-in does."""
        address = await admit(request, body.name, creating=True)
        return await run_in_threadpool(create_or_sign_in, body, address)

    def create_or_sign_in(body: NewAccount, address: str) -> Session:
        with engine.connect() as conn:
            taken = conn.execute(select(account.c.id).where(account.c.name == body.name)).first()
        if taken is None:
            try:
                session = create(body)
            except IntegrityError:
                pass  # created meanwhile by another request: it is taken, as below
            else:
                guard.created(address, body.name)
                return session
        return sign_in_checked(body.name, body.auth_key, "password", body.device_name, address)

    def create(body: NewAccount) -> Session:
        account_id, salt = str(uuid.uuid4()), new_salt()
        recovery_salt = new_salt() if body.recovery_auth_key else None
        values = {
            "id": account_id,
            "name": body.name,
            "vault_id": body.vault_id,
            "auth_hash": hash_auth_key(_key(body.auth_key), salt, settings.auth_hash_cost),
            "auth_salt": salt,
            "client_salt": decode(body.client_salt),
            "kdf": body.kdf.model_dump_json(),
            "wrapped_key": decode(body.wrapped_key),
            "recovery_wrapped_key": decode(body.recovery_wrapped_key),
            "recovery_auth_hash": (
                hash_auth_key(_key(body.recovery_auth_key), recovery_salt, settings.auth_hash_cost)
                if body.recovery_auth_key and recovery_salt
                else None
            ),
            "recovery_auth_salt": recovery_salt,
            "next_seq": 1,
            "created_at": _now(),
        }
        with engine.begin() as conn:
            conn.execute(insert(account).values(**values))
            session = _register_device(conn, account_id, body.device_name)
        log.info(json.dumps({"event": "account.created", "account": account_id}))
        return Session(
            account_id=account_id,
            vault_id=body.vault_id,
            wrapped_key=body.wrapped_key,
            recovery_wrapped_key=body.recovery_wrapped_key,
            **session,
        )

    @app.post("/v1/prelogin", responses=_refusals(422))
    def prelogin(body: PreLogin) -> PreLoginAnswer:
        with engine.connect() as conn:
            row = conn.execute(
                select(account.c.id, account.c.client_salt, account.c.kdf).where(account.c.name == body.name)
            ).first()
        kdf = None
        if row is not None:
            try:
                kdf = Kdf.model_validate_json(row.kdf)
            except (ValidationError, ValueError, RecursionError):
                # Written by an older server that stored any JSON; nobody can derive a key from it.
                log.warning(json.dumps({"event": "account.kdf_unreadable", "account": row.id}))
        if row is None or kdf is None:  # the same shape of answer, so asking does not reveal who exists
            return PreLoginAnswer(client_salt=encode(decoys.salt_for(body.name)) or "", kdf=decoy_kdf)
        return PreLoginAnswer(client_salt=encode(row.client_salt) or "", kdf=kdf)

    @app.post("/v1/sessions", status_code=status.HTTP_201_CREATED, responses=_refusals(401, 422, 429))
    async def sign_in(body: SignIn, request: Request) -> Session:
        address = await admit(request, body.name)
        return await run_in_threadpool(
            sign_in_checked, body.name, body.auth_key, body.method, body.device_name, address
        )

    def sign_in_checked(name: str, auth_key: str, method: str, device_name: str, address: str) -> Session:
        """Register a device if ``auth_key`` is the account's key. One scrypt whatever the outcome,
        so neither the answer nor its time says whether the name exists."""
        with engine.begin() as conn:
            row = conn.execute(select(account).where(account.c.name == name)).first()
            stored, salt = None, None
            if row is not None and method == "recovery":
                stored, salt = row.recovery_auth_hash, row.recovery_auth_salt
            elif row is not None:
                stored, salt = row.auth_hash, row.auth_salt
            if row is None or stored is None or salt is None:
                hash_auth_key(_key(auth_key), new_salt(), settings.auth_hash_cost)  # same time either way
                ok = False
            else:
                ok = auth_key_matches(_key(auth_key), salt, stored, settings.auth_hash_cost)
            if not ok:
                log.info(json.dumps({"event": "sign_in.failed"}))
                raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong account or password")
            session = _register_device(conn, row.id, device_name)
        guard.succeeded(address, name)
        log.info(json.dumps({"event": "sign_in", "account": row.id, "device": session["device_id"]}))
        return Session(
            account_id=row.id,
            vault_id=row.vault_id,
            wrapped_key=encode(row.wrapped_key) or "",
            recovery_wrapped_key=encode(row.recovery_wrapped_key),
            **session,
        )

    @app.get("/v1/devices", responses=_refusals(401))
    def devices(me: Authed) -> list[DeviceInfo]:
        with engine.connect() as conn:
            rows = conn.execute(
                select(device).where(device.c.account_id == me.account_id).order_by(device.c.created_at)
            ).all()
        return [
            DeviceInfo(
                id=r.id,
                name=r.name,
                created_at=r.created_at,
                last_seen_at=r.last_seen_at,
                revoked_at=r.revoked_at,
                this_device=r.id == me.device_id,
            )
            for r in rows
        ]

    @app.delete(
        "/v1/devices/{device_id}",
        status_code=status.HTTP_204_NO_CONTENT,
        response_class=Response,
        responses=_refusals(401, 404, 422),
    )
    def revoke(
        device_id: Annotated[str, Path(pattern=RECORD_ID, min_length=36, max_length=36)], me: Authed
    ) -> Response:
        with engine.begin() as conn:
            done = conn.execute(
                update(device)
                .where(and_(device.c.id == device_id, device.c.account_id == me.account_id))
                .values(revoked_at=_now())
            ).rowcount
        if not done:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such device")
        log.info(json.dumps({"event": "device.revoked", "account": me.account_id, "device": device_id}))
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    @app.post("/v1/push", response_model=PushAnswer, responses=_refusals(401, 409, 422))
    def push(body: Push, me: Authed) -> JSONResponse:
        if len(body.changes) > settings.max_changes_per_push:
            raise HTTPException(413, "too many changes in one push")
        blobs = [decode(change.blob) for change in body.changes]
        if any(blob is not None and len(blob) > settings.max_blob_bytes for blob in blobs):
            raise HTTPException(413, "a record is too large")
        seen = {(c.record_type, c.record_id) for c in body.changes}
        if len(seen) != len(body.changes):
            raise HTTPException(422, "a record appears twice in one push")
        try:
            with engine.begin() as conn:
                conn.execute(
                    insert(push_request).values(
                        device_id=me.device_id, request_id=body.request_id, created_at=_now()
                    )
                )
                results = _apply_all(conn, me, body.changes, blobs)
                cursor = _cursor(conn, me.account_id)
        except IntegrityError as exc:
            raise HTTPException(status.HTTP_409_CONFLICT, "this request was already received") from exc
        accepted = sum(r["status"] == "accepted" for r in results)
        log.info(
            json.dumps({"event": "push", "account": me.account_id, "accepted": accepted, "of": len(results)})
        )
        # Plain dicts in the shape of ``PushAnswer``, as for the feed: a model object per record of a
        # 500-record page cost more than writing the page.
        return JSONResponse({"results": results, "cursor": cursor})

    @app.get("/v1/changes", response_model=Feed, responses=_refusals(401, 422))
    def changes(
        me: Authed,
        after: Annotated[int, Query(ge=0, le=DB_INT_MAX)] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = settings.page_size,
    ) -> JSONResponse:
        with engine.connect() as conn:
            rows = conn.execute(
                select(record)
                .where(and_(record.c.account_id == me.account_id, record.c.seq > after))
                .order_by(record.c.seq)
                .limit(limit + 1)
            ).all()
            cursor = _cursor(conn, me.account_id)
        page = rows[:limit]
        # Built as plain dicts (the shape of ``Feed``): a page of thousands of entries is the hot path
        # of a first sync, and a model object per entry cost more than the query.
        entries = [
            {
                "seq": r.seq,
                "record_type": r.record_type,
                "record_id": r.record_id,
                "version": r.version,
                "blob": encode(r.blob),
                "deleted": bool(r.deleted),
            }
            for r in page
        ]
        return JSONResponse(
            {
                "changes": entries,
                "cursor": page[-1].seq if page else after,
                "head": cursor,
                "more": len(rows) > limit,
            }
        )

    @app.exception_handler(StarletteHTTPException)
    async def plain_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == status.HTTP_400_BAD_REQUEST:
            # FastAPI's answer to a body its JSON parser gave up on (nested too deep, not UTF-8):
            # malformed like any other body, so the same 422 as for broken JSON.
            return JSONResponse({"detail": "the request body is not valid JSON"}, status_code=422)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def malformed(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _first_fault(exc.errors())}, status_code=422)

    return app


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


def _key(value: str) -> bytes:
    return decode(value) or b""


def _register_device(conn: Connection, account_id: str, name: str) -> dict:
    token, device_id = new_token(), str(uuid.uuid4())
    conn.execute(
        insert(device).values(
            id=device_id, account_id=account_id, name=name, token_hash=token_hash(token), created_at=_now()
        )
    )
    return {"device_id": device_id, "device_token": token}


def _cursor(conn: Connection, account_id: str) -> int:
    """The newest sequence number of the account's feed (0 when empty)."""
    next_seq = conn.execute(select(account.c.next_seq).where(account.c.id == account_id)).scalar_one()
    return int(next_seq) - 1


def _reserve_seqs(conn: Connection, account_id: str, count: int) -> int:
    """Reserve ``count`` sequence numbers; returns the first. The UPDATE takes the account row's lock,
    so concurrent pushes of one account are serialised."""
    conn.execute(
        update(account).where(account.c.id == account_id).values(next_seq=account.c.next_seq + count)
    )
    after = int(conn.execute(select(account.c.next_seq).where(account.c.id == account_id)).scalar_one())
    return after - count


def _apply_all(conn: Connection, me: Caller, changes: list, blobs: list[bytes | None]) -> list[dict]:  # type: ignore[type-arg]
    """Apply a push page: each change is accepted only on top of the version it names.

    A fixed number of statements whatever the size of the page: one lookup of the records it names
    (by the full primary key, so the index finds each; by id alone it scanned the account's feed), one
    sequence reservation, one executemany of updates and one of inserts.
    """
    current = {}
    wanted: dict[str, list[str]] = {}
    for change in changes:
        wanted.setdefault(change.record_type, []).append(change.record_id)
    if wanted:
        for row in conn.execute(
            select(record).where(
                record.c.account_id == me.account_id,
                or_(
                    *(
                        and_(record.c.record_type == record_type, record.c.record_id.in_(ids))
                        for record_type, ids in wanted.items()
                    )
                ),
            )
        ):
            current[(row.record_type, row.record_id)] = row
    results: list[dict | None] = []
    accepted: list[int] = []
    for index, (change, blob) in enumerate(zip(changes, blobs, strict=True)):
        row = current.get((change.record_type, change.record_id))
        version = row.version if row is not None else 0
        if version == change.base_version:
            results.append(None)
            accepted.append(index)
            continue
        same = row is not None and row.blob == blob and row.deleted == change.deleted
        # Our own earlier push, retried after a lost answer, is accepted again and changes nothing.
        retried = same and row.version == change.base_version + 1 and row.device_id == me.device_id
        results.append(
            {
                "record_type": change.record_type,
                "record_id": change.record_id,
                "status": "accepted" if retried else "conflict",
                "version": version,
                "blob": encode(row.blob) if row is not None and not retried else None,
                "deleted": bool(row.deleted) if row is not None else False,
            }
        )
    first_seq = _reserve_seqs(conn, me.account_id, len(accepted)) if accepted else 0
    inserts, updates, now = [], [], _now()
    for offset, index in enumerate(accepted):
        change, blob = changes[index], blobs[index]
        values = {
            "version": change.base_version + 1,
            "seq": first_seq + offset,
            "blob": blob,
            "deleted": change.deleted,
            "device_id": me.device_id,
            "updated_at": now,
        }
        key = {"account_id": me.account_id, "record_type": change.record_type, "record_id": change.record_id}
        if (change.record_type, change.record_id) in current:
            updates.append({**{f"k_{name}": value for name, value in key.items()}, **values})
        else:
            inserts.append({**key, **values})
        results[index] = {
            "record_type": change.record_type,
            "record_id": change.record_id,
            "status": "accepted",
            "version": values["version"],
            "blob": None,
            "deleted": False,
        }
    if updates:
        conn.execute(_UPDATE_RECORD, updates)
    if inserts:
        conn.execute(insert(record), inserts)
    return [r for r in results if r is not None]


# One statement for every accepted change to an existing record of a push (an executemany; the SET
# clause is made of the parameters named after columns).
_UPDATE_RECORD = update(record).where(
    record.c.account_id == bindparam("k_account_id"),
    record.c.record_type == bindparam("k_record_type"),
    record.c.record_id == bindparam("k_record_id"),
)
