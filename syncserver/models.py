"""The wire format: request and answer bodies. Binary values travel as standard base64 text.

Every request field is bounded here, so the schema FastAPI publishes says exactly what the server takes
(item 6): names and ids by pattern, base64 by pattern and length, numbers by range, lists by
size, and the KDF as a closed object. The models are strict (no "3" for 3, no 1 for true) and closed
(no unknown fields), and none has a free-form part, so no input can nest deeper than these models do.
"""

from __future__ import annotations

import base64
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

ACCOUNT_NAME = r"^[A-Za-z0-9._@\-]{1,200}$"
RECORD_TYPE = r"^[a-z][a-z0-9_]{0,63}$"
RECORD_ID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
# Printable text: no C0/C1 control characters (PostgreSQL refuses NUL; a newline would break a list).
DEVICE_NAME = r"^[^\x00-\x1f\x7f-\x9f]+$"
# Standard base64 with padding, nothing else (no spaces, no line breaks, no URL-safe letters).
BASE64 = r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"
BASE64_32_BYTES = r"^[A-Za-z0-9+/]{43}=$"  # an auth key (HKDF-SHA256 output)
BASE64_16_BYTES = r"^[A-Za-z0-9+/]{22}==$"  # the client's KDF salt
BASE64_64_BYTES = r"^[A-Za-z0-9+/]{86}==$"  # an Ed25519 signature

MAX_BLOB_BYTES = 2 * 1024 * 1024  # one sealed record at most; Settings.max_blob_bytes may be lower
MAX_TRANSFER_BYTES = 12 * 1024 * 1024  # one citizen's sealed file; Settings.max_transfer_bytes may be lower
# A recipient's signed answer to a transfer (well under 1 KiB today). Its bound is the schema's: 4096
# bytes as base64 (5464 characters), which without padding hold up to 4098 bytes. The server takes what
# the schema says it takes rather than refuse a valid request with 422.
MAX_RECEIPT_BYTES = 4096
MAX_CHANGES_PER_PUSH = 500  # the desktop pushes pages of 500; Settings.max_changes_per_push may be lower
MAX_WRAPPED_KEY_CHARS = 1024  # a wrapped 32-byte key is 60 bytes (80 characters); room for a new format
# ``record.version`` is a 32-bit integer on PostgreSQL, and a push stores base_version + 1.
MAX_VERSION = 2**31 - 1
DB_INT_MAX = 2**63 - 1  # BIGINT on PostgreSQL, INTEGER on SQLite: the range of a feed cursor


def base64_chars(byte_count: int) -> int:
    """How many base64 characters ``byte_count`` bytes take (with padding)."""
    return 4 * -(-byte_count // 3)


class _Base64Text:
    """Marks a string as base64 in the JSON schema (``contentEncoding``, JSON Schema 2020-12)."""

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema = handler(core_schema)
        schema["contentEncoding"] = "base64"
        return schema


# Written out (not made by a function) so that type checkers read each as ``str``.
AuthKey = Annotated[
    str, StringConstraints(pattern=BASE64_32_BYTES, min_length=44, max_length=44), _Base64Text()
]
Salt = Annotated[str, StringConstraints(pattern=BASE64_16_BYTES, min_length=24, max_length=24), _Base64Text()]
PublicKey = Annotated[
    str, StringConstraints(pattern=BASE64_32_BYTES, min_length=44, max_length=44), _Base64Text()
]
Signature = Annotated[
    str, StringConstraints(pattern=BASE64_64_BYTES, min_length=88, max_length=88), _Base64Text()
]
WrappedKey = Annotated[
    str, StringConstraints(pattern=BASE64, min_length=4, max_length=MAX_WRAPPED_KEY_CHARS), _Base64Text()
]
Blob = Annotated[
    str,
    StringConstraints(pattern=BASE64, min_length=4, max_length=base64_chars(MAX_BLOB_BYTES)),
    _Base64Text(),
]
TransferBlob = Annotated[
    str,
    StringConstraints(pattern=BASE64, min_length=4, max_length=base64_chars(MAX_TRANSFER_BYTES)),
    _Base64Text(),
]
Receipt = Annotated[
    str,
    StringConstraints(pattern=BASE64, min_length=4, max_length=base64_chars(MAX_RECEIPT_BYTES)),
    _Base64Text(),
]
AccountName = Annotated[str, StringConstraints(pattern=ACCOUNT_NAME, min_length=1, max_length=200)]
DeviceName = Annotated[str, StringConstraints(pattern=DEVICE_NAME, min_length=1, max_length=200)]
Uuid = Annotated[str, StringConstraints(pattern=RECORD_ID, min_length=36, max_length=36)]


def _whole(value: Any) -> Any:
    # JSON has one kind of number: 3.0 is the integer 3 there (and in JSON Schema), so it is taken as
    # one; 3.5, "3" and true stay errors (the models are strict).
    return int(value) if isinstance(value, float) and value.is_integer() else value


Whole = Annotated[int, BeforeValidator(_whole)]


def decode(value: str | None) -> bytes | None:
    return base64.b64decode(value) if value is not None else None


def encode(value: bytes | None) -> str | None:
    return base64.b64encode(value).decode("ascii") if value is not None else None


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Kdf(Strict):
    """The client's Argon2id parameters; the server only keeps them for the account's next device.

    The bounds are those a desktop accepts from a server (``desktop/sync/account_keys.py``), with the
    cheapest setting the project uses (its tests) as the floor.
    """

    name: Literal["argon2id"]
    memory_kib: Whole = Field(ge=8 * 1024, le=1024 * 1024)
    iterations: Whole = Field(ge=1, le=20)
    lanes: Whole = Field(ge=1, le=16)


class NewAccount(Strict):
    """Create an account for a vault that has never synced, and register this device."""

    name: AccountName
    vault_id: Uuid
    auth_key: AuthKey
    client_salt: Salt
    kdf: Kdf
    wrapped_key: WrappedKey
    recovery_auth_key: AuthKey | None = None
    recovery_wrapped_key: WrappedKey | None = None
    device_name: DeviceName


class PreLogin(Strict):
    name: AccountName


class PreLoginAnswer(BaseModel):
    """What a new device needs to derive the auth key from the password."""

    client_salt: str
    kdf: Kdf


class SignIn(Strict):
    name: AccountName
    auth_key: AuthKey
    method: Literal["password", "recovery"] = "password"
    device_name: DeviceName


class Session(BaseModel):
    """A device's credentials and the wrapped vault sync key (unwrapped only on the device)."""

    account_id: str
    vault_id: str
    device_id: str
    device_token: str
    wrapped_key: str
    recovery_wrapped_key: str | None


class _ChangeOf(Strict):
    record_type: Annotated[str, StringConstraints(pattern=RECORD_TYPE, min_length=1, max_length=64)]
    record_id: Uuid
    base_version: Whole = Field(ge=0, le=MAX_VERSION - 1)


class SealedRecord(_ChangeOf):
    """A record's new content, sealed on the device, on top of the version it last saw (0: new)."""

    blob: Blob
    deleted: Literal[False] = False


class Deletion(_ChangeOf):
    """A record deleted on the device (the server keeps a tombstone: id and version, no content)."""

    blob: None = None
    deleted: Literal[True]


# Either kind, as the schema's ``anyOf`` says: a blob and ``deleted`` never go together.
Change = SealedRecord | Deletion


class Push(Strict):
    request_id: Uuid
    changes: list[Change] = Field(
        max_length=MAX_CHANGES_PER_PUSH, description="Each record at most once in one push."
    )


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


class PublishedIdentity(Strict):
    """This account's public identity for the key directory, with proof that the device holds the
    signing key: an Ed25519 signature by ``sign`` over ``directory_proof_text``."""

    receive: PublicKey
    sign: PublicKey
    proof: Signature


def directory_proof_text(account_name: str, receive: bytes, sign: bytes) -> bytes:
    """What a published identity's proof signs: a label, the account's name and both keys."""
    return b"casenotes-directory/1|" + account_name.encode("utf-8") + b"|" + receive + sign


class DirectoryEntry(BaseModel):
    """One colleague in the key directory: the account's name and its public identity keys."""

    account: str
    receive: str
    sign: str
    published_at: str


class NewTransfer(Strict):
    """A citizen's file for one colleague (by account name), sealed and signed on the device. ``id`` is
    the device's own, so sending the same transfer again after a broken connection is recognised."""

    id: Uuid
    to: AccountName
    blob: TransferBlob


class TransferCreated(BaseModel):
    id: str
    created_at: str


class InboxEntry(BaseModel):
    """A transfer waiting for the caller's answer (its content is fetched on its own)."""

    id: str
    from_: str = Field(serialization_alias="from", description="The sender's account name")
    size: int = Field(description="Bytes of the sealed file")
    created_at: str


class TransferContent(BaseModel):
    """A waiting transfer's sealed file, for its recipient."""

    id: str
    from_: str = Field(serialization_alias="from", description="The sender's account name")
    blob: str


class TransferAnswer(Strict):
    """The recipient's decision, with its signed receipt for the sender (opaque to the server)."""

    accepted: bool
    receipt: Receipt


class SentTransfer(BaseModel):
    """One of the caller's transfers and, once answered, the recipient's receipt."""

    id: str
    to: str
    state: Literal["waiting", "accepted", "declined"]
    receipt: str | None
    created_at: str
    answered_at: str | None


class DeviceInfo(BaseModel):
    id: str
    name: str
    created_at: str
    last_seen_at: str | None
    revoked_at: str | None
    this_device: bool


class Health(BaseModel):
    status: Literal["ok"]
    version: str


class Problem(BaseModel):
    """Every refusal: one plain English sentence (it never repeats what was sent)."""

    detail: str
