"""The HTTP API. Every answer about content is an opaque blob; logs carry ids and counts, never bodies."""

from __future__ import annotations

import json
import logging
import time
import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response, status
from fastapi.responses import JSONResponse
from sqlalchemy import Connection, Engine, and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from syncserver import __version__
from syncserver.config import Settings
from syncserver.db import account, device, make_engine, push_request, record
from syncserver.limits import BodySizeLimit
from syncserver.migrate import upgrade
from syncserver.models import (
    DeviceInfo,
    Feed,
    NewAccount,
    PreLogin,
    PreLoginAnswer,
    Push,
    PushAnswer,
    PushResult,
    Session,
    SignIn,
    decode,
    encode,
)
from syncserver.security import (
    DecoySalts,
    SignInLimiter,
    auth_key_matches,
    hash_auth_key,
    new_salt,
    new_token,
    token_hash,
)

log = logging.getLogger("syncserver")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Caller:
    """The device making a request."""

    def __init__(self, device_id: str, account_id: str) -> None:
        self.device_id = device_id
        self.account_id = account_id


def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Caller:
    """The signed-in, not revoked device behind the request's bearer token (401 otherwise)."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in first")
    digest = token_hash(authorization.removeprefix("Bearer ").strip())
    with request.app.state.engine.begin() as conn:
        row = conn.execute(
            select(device.c.id, device.c.account_id, device.c.revoked_at).where(device.c.token_hash == digest)
        ).first()
        if row is None or row.revoked_at is not None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "this device is not signed in")
        conn.execute(update(device).where(device.c.id == row.id).values(last_seen_at=_now()))
    return Caller(row.id, row.account_id)


Authed = Annotated[Caller, Depends(caller)]


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The sync server application; migrates its database first."""
    settings = settings or Settings()
    engine = engine or make_engine(settings.database_url)
    upgrade(engine)
    limiter = SignInLimiter(settings.sign_in_attempts, settings.sign_in_window_seconds)
    decoys = DecoySalts()
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

    @app.get("/health")
    def health() -> dict:
        with engine.connect() as conn:
            conn.execute(select(1))
        return {"status": "ok", "version": __version__}

    @app.post("/v1/accounts", status_code=status.HTTP_201_CREATED)
    def create_account(body: NewAccount) -> Session:
        account_id, salt = str(uuid.uuid4()), new_salt()
        recovery_salt = new_salt() if body.recovery_auth_key else None
        values = {
            "id": account_id,
            "name": body.name,
            "vault_id": body.vault_id,
            "auth_hash": hash_auth_key(_key(body.auth_key), salt, settings.auth_hash_cost),
            "auth_salt": salt,
            "client_salt": decode(body.client_salt),
            "kdf": json.dumps(body.kdf),
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
        try:
            with engine.begin() as conn:
                conn.execute(insert(account).values(**values))
                session = _register_device(conn, account_id, body.device_name)
        except IntegrityError as exc:
            raise HTTPException(status.HTTP_409_CONFLICT, "the account exists; sign in instead") from exc
        log.info(json.dumps({"event": "account.created", "account": account_id}))
        return Session(
            account_id=account_id,
            vault_id=body.vault_id,
            wrapped_key=body.wrapped_key,
            recovery_wrapped_key=body.recovery_wrapped_key,
            **session,
        )

    @app.post("/v1/prelogin")
    def prelogin(body: PreLogin) -> PreLoginAnswer:
        with engine.connect() as conn:
            row = conn.execute(
                select(account.c.client_salt, account.c.kdf).where(account.c.name == body.name)
            ).first()
        if row is None:  # the same shape of answer, so the question does not reveal who has an account
            return PreLoginAnswer(
                client_salt=encode(decoys.salt_for(body.name)) or "", kdf=dict(settings.decoy_kdf)
            )
        return PreLoginAnswer(client_salt=encode(row.client_salt) or "", kdf=json.loads(row.kdf))

    @app.post("/v1/sessions", status_code=status.HTTP_201_CREATED)
    def sign_in(body: SignIn, request: Request) -> Session:
        address = request.client.host if request.client else "unknown"
        keys = (f"name:{body.name}", f"address:{address}")
        wait = limiter.retry_after(*keys)
        if wait > 0:
            raise HTTPException(
                status.HTTP_429_TOO_MANY_REQUESTS,
                "too many failed sign-ins; wait and try again",
                headers={"Retry-After": str(int(wait) + 1)},
            )
        with engine.begin() as conn:
            row = conn.execute(select(account).where(account.c.name == body.name)).first()
            stored, salt = None, None
            if row is not None and body.method == "recovery":
                stored, salt = row.recovery_auth_hash, row.recovery_auth_salt
            elif row is not None:
                stored, salt = row.auth_hash, row.auth_salt
            if row is None or stored is None or salt is None:
                hash_auth_key(
                    _key(body.auth_key), new_salt(), settings.auth_hash_cost
                )  # same time either way
                ok = False
            else:
                ok = auth_key_matches(_key(body.auth_key), salt, stored, settings.auth_hash_cost)
            if not ok:
                limiter.failed(*keys)
                log.info(json.dumps({"event": "sign_in.failed"}))
                raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong account or password")
            limiter.succeeded(keys[0])
            session = _register_device(conn, row.id, body.device_name)
        log.info(json.dumps({"event": "sign_in", "account": row.id, "device": session["device_id"]}))
        return Session(
            account_id=row.id,
            vault_id=row.vault_id,
            wrapped_key=encode(row.wrapped_key) or "",
            recovery_wrapped_key=encode(row.recovery_wrapped_key),
            **session,
        )

    @app.get("/v1/devices")
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

    @app.delete("/v1/devices/{device_id}", status_code=status.HTTP_204_NO_CONTENT)
    def revoke(device_id: str, me: Authed) -> Response:
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

    @app.post("/v1/push")
    def push(body: Push, me: Authed) -> PushAnswer:
        if len(body.changes) > settings.max_changes_per_push:
            raise HTTPException(413, "too many changes in one push")
        blobs = [decode(change.blob) for change in body.changes]
        for change, blob in zip(body.changes, blobs, strict=True):
            if blob is not None and len(blob) > settings.max_blob_bytes:
                raise HTTPException(413, "a record is too large")
            if (blob is None) != change.deleted:
                raise HTTPException(422, "a record has a blob or is deleted")
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
        accepted = sum(r.status == "accepted" for r in results)
        log.info(
            json.dumps({"event": "push", "account": me.account_id, "accepted": accepted, "of": len(results)})
        )
        return PushAnswer(results=results, cursor=cursor)

    @app.get("/v1/changes", response_model=Feed)
    def changes(
        me: Authed,
        after: Annotated[int, Query(ge=0)] = 0,
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

    @app.exception_handler(HTTPException)
    async def plain_error(_request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    return app


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


def _apply_all(conn: Connection, me: Caller, changes: list, blobs: list[bytes | None]) -> list[PushResult]:  # type: ignore[type-arg]
    """Apply a push page: each change is accepted only on top of the version it names."""
    current = {}
    for start in range(0, len(changes), 500):
        chunk = changes[start : start + 500]
        for row in conn.execute(
            select(record).where(
                record.c.account_id == me.account_id,
                record.c.record_id.in_([c.record_id for c in chunk]),
            )
        ):
            current[(row.record_type, row.record_id)] = row
    results: list[PushResult | None] = []
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
            PushResult(
                record_type=change.record_type,
                record_id=change.record_id,
                status="accepted" if retried else "conflict",
                version=version,
                blob=encode(row.blob) if row is not None and not retried else None,
                deleted=bool(row.deleted) if row is not None else False,
            )
        )
    first_seq = _reserve_seqs(conn, me.account_id, len(accepted)) if accepted else 0
    inserts, now = [], _now()
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
        if (change.record_type, change.record_id) in current:
            conn.execute(
                update(record)
                .where(
                    record.c.account_id == me.account_id,
                    record.c.record_type == change.record_type,
                    record.c.record_id == change.record_id,
                )
                .values(**values)
            )
        else:
            inserts.append(
                {
                    "account_id": me.account_id,
                    "record_type": change.record_type,
                    "record_id": change.record_id,
                    **values,
                }
            )
        results[index] = PushResult(
            record_type=change.record_type,
            record_id=change.record_id,
            status="accepted",
            version=values["version"],
        )
    if inserts:
        conn.execute(insert(record), inserts)
    return [r for r in results if r is not None]
