"""The sync server's HTTP API as plain method calls (httpx), with errors a person can act on.

Every network or server failure becomes one of the ``Sync*`` errors of ``desktop.errors``; nothing
of a record's content is ever logged, only counts and status codes.
"""

from __future__ import annotations

import base64
import functools
import logging
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.errors import (
    SyncOffline,
    SyncRateLimited,
    SyncRefused,
    SyncSignedOut,
    SyncWrongPassword,
)

if TYPE_CHECKING:
    import ssl

    import httpx

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 30.0


class AccountExists(Exception):
    """Creating an account whose name is taken (the caller signs in instead)."""


class RequestRefused(SyncRefused):
    """A 4xx for one request; ``status`` says which (a push of a bad record gets 413 or 422)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status


@dataclass(frozen=True)
class ServerSession:
    account_id: str
    vault_id: str
    device_id: str
    device_token: str
    wrapped_key: bytes
    recovery_wrapped_key: bytes | None


@dataclass(frozen=True)
class OutgoingChange:
    record_type: str
    record_id: str
    base_version: int
    blob: bytes | None  # None: a deletion


@dataclass(frozen=True)
class PushOutcome:
    record_type: str
    record_id: str
    accepted: bool
    version: int
    blob: bytes | None
    deleted: bool


@dataclass(frozen=True)
class FeedChange:
    seq: int
    record_type: str
    record_id: str
    version: int
    blob: bytes | None
    deleted: bool


@dataclass(frozen=True)
class FeedPage:
    changes: list[FeedChange]
    cursor: int
    head: int
    more: bool


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    created_at: str
    last_seen_at: str | None
    revoked_at: str | None
    this_device: bool


class SyncClient:
    """One server; ``token`` is this device's bearer token once it has signed in."""

    def __init__(self, base_url: str, token: str | None = None, http: httpx.Client | None = None) -> None:
        # httpx is imported when the first client is made, not at program start (it and
        # what it imports took a tenth of a second of every start, also for people who never sync).
        import httpx

        self._http = http or httpx.Client(
            base_url=base_url.rstrip("/"), timeout=TIMEOUT_SECONDS, verify=_tls_context()
        )
        self.token = token

    def close(self) -> None:
        self._http.close()

    # -- accounts ----------------------------------------------------------------------------------

    def prelogin(self, name: str) -> tuple[bytes, dict[str, Any]]:
        body = self._call("POST", "/v1/prelogin", json={"name": name}, signed=False)
        return unb64(body["client_salt"]), dict(body.get("kdf") or {})

    def create_account(self, **fields: Any) -> ServerSession:
        """Create the account, or, when the name is taken, sign in to it with the same key (a retry
        after a lost answer gets the account it made). A taken name with another key answers as a
        failed sign-in does (401), so the server does not tell who has an account; 409 is an older
        server's answer."""
        body = {k: b64(v) if isinstance(v, bytes) else v for k, v in fields.items()}
        try:
            return _session(
                self._call("POST", "/v1/accounts", json=body, signed=False, auth_failure=AccountExists)
            )
        except RequestRefused as exc:
            if exc.status == 409:
                raise AccountExists() from None
            raise

    def sign_in(self, name: str, auth_key: bytes, method: str, device_name: str) -> ServerSession:
        body = {"name": name, "auth_key": b64(auth_key), "method": method, "device_name": device_name}
        return _session(
            self._call("POST", "/v1/sessions", json=body, signed=False, auth_failure=SyncWrongPassword)
        )

    def devices(self) -> list[Device]:
        return [Device(**d) for d in self._call("GET", "/v1/devices")]

    def revoke(self, device_id: str) -> None:
        self._call("DELETE", f"/v1/devices/{device_id}")

    # -- records -----------------------------------------------------------------------------------

    def push(self, changes: list[OutgoingChange]) -> tuple[list[PushOutcome], int]:
        """Send one page. A page resent after a lost answer gets conflicts that carry our own content,
        which merge to no change: resending is safe."""
        body = {
            "request_id": str(uuid.uuid4()),
            "changes": [
                {
                    "record_type": c.record_type,
                    "record_id": c.record_id,
                    "base_version": c.base_version,
                    "blob": b64(c.blob) if c.blob is not None else None,
                    "deleted": c.blob is None,
                }
                for c in changes
            ],
        }
        answer = self._call("POST", "/v1/push", json=body)
        outcomes = [
            PushOutcome(
                r["record_type"],
                r["record_id"],
                r["status"] == "accepted",
                int(r["version"]),
                unb64(r["blob"]) if r.get("blob") else None,
                bool(r.get("deleted")),
            )
            for r in answer["results"]
        ]
        return outcomes, int(answer["cursor"])

    def changes(self, after: int, limit: int) -> FeedPage:
        body = self._call("GET", "/v1/changes", params={"after": after, "limit": limit})
        return FeedPage(
            [
                FeedChange(
                    int(c["seq"]),
                    c["record_type"],
                    c["record_id"],
                    int(c["version"]),
                    unb64(c["blob"]) if c.get("blob") else None,
                    bool(c["deleted"]),
                )
                for c in body["changes"]
            ],
            int(body["cursor"]),
            int(body["head"]),
            bool(body["more"]),
        )

    # -- internals ---------------------------------------------------------------------------------

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """One signed request, its JSON answer (for the other parts of the API: ``transfer_client``)."""
        return self._call(method, path, **kwargs)

    def _call(
        self,
        method: str,
        path: str,
        signed: bool = True,
        auth_failure: type[Exception] = SyncSignedOut,
        **kwargs: Any,
    ) -> Any:
        import httpx  # already loaded by __init__

        headers = {"Authorization": f"Bearer {self.token}"} if signed and self.token else {}
        try:
            response = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.HTTPError as exc:
            log.info("sync: %s %s failed: %s", method, path, type(exc).__name__)
            raise SyncOffline(type(exc).__name__) from None
        status = response.status_code
        if status < 300:
            return response.json() if response.content else None
        detail = _detail(response)
        log.info("sync: %s %s answered %d", method, path, status)
        if status == 401:
            raise auth_failure(detail)
        if status == 429:
            raise SyncRateLimited(response.headers.get("Retry-After", ""))
        if status >= 500:
            raise SyncOffline(f"server error {status}")
        raise RequestRefused(status, detail)


def _session(body: dict[str, Any]) -> ServerSession:
    return ServerSession(
        account_id=body["account_id"],
        vault_id=body["vault_id"],
        device_id=body["device_id"],
        device_token=body["device_token"],
        wrapped_key=unb64(body["wrapped_key"]),
        recovery_wrapped_key=unb64(body["recovery_wrapped_key"])
        if body.get("recovery_wrapped_key")
        else None,
    )


def _detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail", ""))[:200]
    except ValueError:
        return ""


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """httpx's default TLS context (certifi's roots), made once: loading the roots took 60-140 ms of
    every sync round, also of one with nothing to do. It holds no secret; clients share it."""
    import httpx

    return httpx.create_ssl_context()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text)
