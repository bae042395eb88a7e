"""The server's key directory and transfer inbox, as plain calls on a signed-in ``SyncClient``.

The server passes on what it is given: public keys, sealed blobs and signed receipts. Nothing here
trusts it: the keys are pinned and compared by the service, the blobs open only with this caseworker's
key and are checked against the sender's pinned key, and a receipt counts only when its signature does.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from desktop.sync.client import RequestRefused, SyncClient, b64, unb64
from desktop.sync.identity import Identity, PublicIdentity

_DIRECTORY_LABEL = b"casenotes-directory/1|"


def directory_proof(identity: Identity, account: str) -> bytes:
    """The signature by which the server knows the publisher holds the signing key for ``account``."""
    public = identity.public
    return identity.sign_private.sign(
        _DIRECTORY_LABEL + account.encode("utf-8") + b"|" + public.receive + public.sign
    )


@dataclass(frozen=True)
class Listed:
    """A colleague as the directory lists them."""

    account: str
    identity: PublicIdentity
    published_at: str


@dataclass(frozen=True)
class InboxEntry:
    id: str
    sender: str
    size: int
    created_at: str


@dataclass(frozen=True)
class SentTransfer:
    id: str
    to: str
    state: str  # waiting, accepted or declined
    receipt: bytes | None


def publish_identity(client: SyncClient, account: str, identity: Identity) -> None:
    public = identity.public
    client.call(
        "PUT",
        "/v1/identity",
        json={
            "receive": b64(public.receive),
            "sign": b64(public.sign),
            "proof": b64(directory_proof(identity, account)),
        },
    )


def directory(client: SyncClient) -> list[Listed]:
    """Every published identity; an entry whose keys are not keys at all is left out."""
    listed = []
    for entry in client.call("GET", "/v1/directory"):
        try:
            identity = PublicIdentity(unb64(entry["receive"]), unb64(entry["sign"]))
            identity.fingerprint()  # the keys load
        except (ValueError, KeyError, TypeError):
            continue
        listed.append(Listed(str(entry["account"]), identity, str(entry.get("published_at", ""))))
    return listed


def send_transfer(client: SyncClient, transfer_id: str, to: str, blob: bytes) -> None:
    """Hand the sealed blob to the server for ``to`` (safe to repeat after a lost answer)."""
    client.call("POST", "/v1/transfers", json={"id": transfer_id, "to": to, "blob": b64(blob)})


def inbox(client: SyncClient) -> list[InboxEntry]:
    return [
        InboxEntry(str(e["id"]), str(e["from"]), int(e["size"]), str(e["created_at"]))
        for e in client.call("GET", "/v1/transfers/inbox")
    ]


def fetch_transfer(client: SyncClient, transfer_id: str) -> tuple[str, bytes]:
    """The sender's account name and the sealed blob."""
    body = client.call("GET", f"/v1/transfers/{_checked(transfer_id)}")
    return str(body["from"]), unb64(body["blob"])


def answer_transfer(client: SyncClient, transfer_id: str, accepted: bool, receipt: bytes) -> None:
    client.call(
        "POST",
        f"/v1/transfers/{_checked(transfer_id)}/answer",
        json={"accepted": accepted, "receipt": b64(receipt)},
    )


def sent_transfers(client: SyncClient) -> list[SentTransfer]:
    return [
        SentTransfer(
            str(e["id"]), str(e["to"]), str(e["state"]), unb64(e["receipt"]) if e.get("receipt") else None
        )
        for e in client.call("GET", "/v1/transfers/sent")
    ]


def forget_transfer(client: SyncClient, transfer_id: str) -> None:
    """Tell the server the outcome is recorded here (or withdraw a transfer); gone already is fine."""
    try:
        client.call("DELETE", f"/v1/transfers/{_checked(transfer_id)}")
    except RequestRefused as exc:
        if exc.status != 404:
            raise


def _checked(transfer_id: str) -> str:
    return str(uuid.UUID(transfer_id))  # a path segment: only ever a UUID
