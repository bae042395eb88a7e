"""What every route depends on: the server's context, the calling device, and the refusals' documentation."""

from __future__ import annotations

import asyncio
import math
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, Engine, insert, select, update

from syncserver.config import Settings
from syncserver.db import account, device
from syncserver.models import Kdf, Problem, decode
from syncserver.security import DecoySalts, new_token, token_hash
from syncserver.sign_in_guard import SignInGuard, address_key

LAST_SEEN_PRECISION = timedelta(minutes=1)
# What a device or a sign-in of an account an administrator disabled is told (the desktop shows it).
ACCOUNT_DISABLED = "the account is disabled"


@dataclass
class ServerContext:
    """The settings, the database and the sign-in guard of one server; ``sleep`` is the guard's wait
    (tests pass a fake one)."""

    settings: Settings
    engine: Engine
    guard: SignInGuard
    decoy_kdf: Kdf  # what pre-login answers for a name that has no account (the desktop's default)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    decoys: DecoySalts = field(default_factory=DecoySalts)

    @classmethod
    def make(
        cls,
        settings: Settings,
        engine: Engine,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> ServerContext:
        decoy_kdf = Kdf.model_validate(dict(settings.decoy_kdf))
        return cls(settings, engine, SignInGuard(settings, clock), decoy_kdf, sleep)

    async def admit(self, request: Request, name: str, creating: bool = False) -> str:
        """The client's address, once the guard lets this attempt on ``name`` go ahead (429 if not)."""
        address = address_key(request.client.host if request.client else "unknown")
        admission = self.guard.admit(address, name, creating)
        if admission.retry_after > 0:
            raise HTTPException(
                status.HTTP_429_TOO_MANY_REQUESTS,
                admission.reason,
                headers={"Retry-After": str(max(1, math.ceil(admission.retry_after)))},
            )
        if admission.delay > 0:  # an account under attack answers later, the right key included
            await self.sleep(admission.delay)
        return address


def server_context(request: Request) -> ServerContext:
    context: ServerContext = request.app.state.context
    return context


Context = Annotated[ServerContext, Depends(server_context)]


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
    context: Context,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """The signed-in, not revoked device behind the request's bearer token (401 otherwise)."""
    if credentials is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in first", headers=_CHALLENGE)
    digest = token_hash(credentials.credentials)
    with context.engine.begin() as conn:
        row = conn.execute(
            select(
                device.c.id,
                device.c.account_id,
                device.c.revoked_at,
                device.c.last_seen_at,
                account.c.disabled_at,
            )
            .join(account, account.c.id == device.c.account_id)
            .where(device.c.token_hash == digest)
        ).first()
        if row is None or row.revoked_at is not None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED, "this device is not signed in", headers=_CHALLENGE
            )
        if row.disabled_at is not None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, ACCOUNT_DISABLED, headers=_CHALLENGE)
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


Authed = Annotated[Caller, Depends(caller)]

_WHY = {
    401: "Not signed in, the wrong account or key, or the account is disabled",
    403: "The proof does not show that the caller holds the keys it publishes",
    404: "No such device on this account",
    409: "This request was already received",
    413: "The request, one record in it or its number of records is too large",
    422: "The request is malformed: the detail names the first field at fault",
    429: "Too many attempts from this address: wait the seconds in Retry-After",
}
_RETRY_AFTER = {
    "Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer", "minimum": 1}}
}


def refusals(*codes: int, why: dict[int, str] | None = None) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI entries of the refusals an operation can answer with (413: any request can);
    ``why`` says it in the operation's own words where the general one does not fit."""
    answers: dict[int | str, dict[str, Any]] = {}
    for code in sorted({413, *codes}):
        answers[code] = {"model": Problem, "description": (why or {}).get(code, _WHY[code])}
        if code == 429:
            answers[code]["headers"] = _RETRY_AFTER
    return answers


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def key_bytes(value: str) -> bytes:
    return decode(value) or b""


def register_device(conn: Connection, account_id: str, name: str) -> dict[str, str]:
    """A new device on the account: its id and the token it proves itself with (only its hash is kept)."""
    token, device_id = new_token(), str(uuid.uuid4())
    conn.execute(
        insert(device).values(
            id=device_id, account_id=account_id, name=name, token_hash=token_hash(token), created_at=now_iso()
        )
    )
    return {"device_id": device_id, "device_token": token}


def feed_head(conn: Connection, account_id: str) -> int:
    """The newest sequence number of the account's feed (0 when empty)."""
    next_seq: int = conn.execute(select(account.c.next_seq).where(account.c.id == account_id)).scalar_one()
    return next_seq - 1
