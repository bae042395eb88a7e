"""The wire format: request and answer bodies. Binary values travel as standard base64 text."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

ACCOUNT_NAME = r"^[A-Za-z0-9._@\-]{1,200}$"
RECORD_TYPE = r"^[a-z][a-z0-9_]{0,63}$"
RECORD_ID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MAX_KEY_BLOB = 1024


def _base64(value: str) -> str:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64") from exc
    return value


B64 = Annotated[str, AfterValidator(_base64)]


def decode(value: str | None) -> bytes | None:
    return base64.b64decode(value) if value is not None else None


def encode(value: bytes | None) -> str | None:
    return base64.b64encode(value).decode("ascii") if value is not None else None


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NewAccount(Strict):
    """Create an account for a vault that has never synced, and register this device."""

    name: str = Field(pattern=ACCOUNT_NAME)
    vault_id: str = Field(pattern=RECORD_ID)
    auth_key: B64 = Field(max_length=128)
    client_salt: B64 = Field(max_length=128)
    kdf: dict[str, Any]
    wrapped_key: B64 = Field(max_length=MAX_KEY_BLOB)
    recovery_auth_key: B64 | None = Field(default=None, max_length=128)
    recovery_wrapped_key: B64 | None = Field(default=None, max_length=MAX_KEY_BLOB)
    device_name: str = Field(min_length=1, max_length=200)


class PreLogin(Strict):
    name: str = Field(pattern=ACCOUNT_NAME)


class PreLoginAnswer(BaseModel):
    """What a new device needs to derive the auth key from the password."""

    client_salt: str
    kdf: dict[str, Any]


class SignIn(Strict):
    name: str = Field(pattern=ACCOUNT_NAME)
    auth_key: B64 = Field(max_length=128)
    method: Literal["password", "recovery"] = "password"
    device_name: str = Field(min_length=1, max_length=200)


class Session(BaseModel):
    """A device's credentials and the wrapped vault sync key (unwrapped only on the device)."""

    account_id: str
    vault_id: str
    device_id: str
    device_token: str
    wrapped_key: str
    recovery_wrapped_key: str | None


class Change(Strict):
    """One sealed record, pushed on top of the version the device last saw (0 for a new record)."""

    record_type: str = Field(pattern=RECORD_TYPE)
    record_id: str = Field(pattern=RECORD_ID)
    base_version: int = Field(ge=0)
    blob: B64 | None = None
    deleted: bool = False


class Push(Strict):
    request_id: str = Field(pattern=RECORD_ID)
    changes: list[Change]


class PushResult(BaseModel):
    """``accepted``: stored at ``version``. ``conflict``: the server has ``version`` with ``blob``."""

    record_type: str
    record_id: str
    status: Literal["accepted", "conflict"]
    version: int
    blob: str | None = None
    deleted: bool = False


class PushAnswer(BaseModel):
    results: list[PushResult]
    cursor: int


class FeedEntry(BaseModel):
    seq: int
    record_type: str
    record_id: str
    version: int
    blob: str | None
    deleted: bool


class Feed(BaseModel):
    """A page of the feed. ``cursor``: ask for changes after this next. ``head``: the newest sequence
    number the server has; a device whose cursor is beyond it is talking to a wiped or swapped server."""

    changes: list[FeedEntry]
    cursor: int
    head: int
    more: bool


class DeviceInfo(BaseModel):
    id: str
    name: str
    created_at: str
    last_seen_at: str | None
    revoked_at: str | None
    this_device: bool


class Problem(BaseModel):
    detail: str
