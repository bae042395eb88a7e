"""Opening what a colleague sealed to this caseworker: the checks every incoming transfer passes before
anything in it is shown or written in, and what the inbox shows of it.

``open_payload`` checks the sender's pinned keys (a changed key is ``ColleagueKeyChanged``, for a person
to compare), the signature, that the blob is for this caseworker and is the transfer it claims to be.
What it opens is then read as a citizen's file or as a peer-reflection message, or refused as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.domain.handover_file import HandoverFile, HandoverFileUnreadable, read_handover_file
from desktop.domain.peer_reflection import (
    REQUEST,
    PeerMessage,
    PeerMessageUnreadable,
    is_peer_message,
    read_peer_message,
)
from desktop.errors import ColleagueKeyChanged, TransferUnreadable
from desktop.storage.records import transfers as stored
from desktop.sync.identity import Identity, PublicIdentity
from desktop.sync.transfer_seal import SenderKeyChanged, TransferRefused, open_transfer

CITIZEN, PEER_REQUEST, PEER_REPLY_KIND = "citizen", "peer_request", "peer_reply"


@dataclass(frozen=True)
class Waiting:
    """What a colleague sent here, opened for a look before it is answered: nothing is written in
    until then. ``kind``: "citizen" (a whole file: ``citizen_name``, ``reason``, ``records``) or
    "peer_request" (an ``excerpt`` and a ``question`` for joint professional reflection). ``problem``
    says why it cannot be answered yet: "key_changed" (the sender's keys differ from the pinned ones:
    ``pinned_fingerprint`` is the old number, ``sender_fingerprint`` the new), "unknown_sender" (no keys
    for the sender) or "unreadable" (it does not open or check out). ``via``: "server", or "file" when
    it was opened from a USB stick (its answer then goes back as a receipt file, not by the server)."""

    id: str
    sender: str
    sender_fingerprint: str = ""
    kind: str = CITIZEN
    citizen_name: str = ""
    reason: str = ""
    sent_at: str = ""
    records: int = 0
    excerpt: str = ""
    question: str = ""
    problem: str | None = None
    pinned_fingerprint: str = ""
    via: str = "server"


def open_payload(
    identity: Identity, transfer: stored.IncomingTransfer, sender_key: PublicIdentity
) -> tuple[bytes, PublicIdentity]:
    """The opened payload and the sender's keys, every check passed."""
    if transfer.blob is None:
        raise TransferUnreadable("answered already")
    try:
        opened = open_transfer(identity, transfer.blob, pinned_sender=sender_key)
    except SenderKeyChanged as exc:
        raise ColleagueKeyChanged(
            transfer.from_account, sender_key.fingerprint(), exc.presented.fingerprint()
        ) from None
    except TransferRefused as exc:
        raise TransferUnreadable(type(exc).__name__) from None
    if opened.transfer_id != transfer.id:
        raise TransferUnreadable("another transfer's blob")
    return opened.payload, opened.sender


def read_file(payload: bytes) -> HandoverFile:
    try:
        return read_handover_file(payload, frozenset(stored.FILE_TABLES))
    except HandoverFileUnreadable as exc:
        raise TransferUnreadable(str(exc)) from None


def read_peer(payload: bytes, sender: str, own_account: str) -> PeerMessage:
    """The peer message, which must say it is from ``sender`` to this caseworker."""
    try:
        message = read_peer_message(payload)
    except PeerMessageUnreadable as exc:
        raise TransferUnreadable(str(exc)) from None
    if message.from_account != sender or (own_account and message.to_account != own_account):
        raise TransferUnreadable("addressed otherwise")
    return message


def describe(
    identity: Identity, transfer: stored.IncomingTransfer, pin: stored.PinnedKey | None, own_account: str
) -> Waiting | None:
    """What the inbox shows of a waiting transfer (None: a peer reply, taken in by the round itself)."""
    found = _describe(identity, transfer, pin, own_account)
    return replace(found, via=transfer.via) if found is not None else None


def _describe(
    identity: Identity, transfer: stored.IncomingTransfer, pin: stored.PinnedKey | None, own_account: str
) -> Waiting | None:
    if pin is None:
        return Waiting(transfer.id, transfer.from_account, problem="unknown_sender")
    try:
        payload, sender = open_payload(identity, transfer, PublicIdentity(pin.receive, pin.sign))
        if is_peer_message(payload):
            message = read_peer(payload, transfer.from_account, own_account)
            if message.kind != REQUEST:
                return None
            return Waiting(
                transfer.id,
                transfer.from_account,
                sender.fingerprint(),
                PEER_REQUEST,
                sent_at=message.sent_at,
                excerpt=message.excerpt,
                question=message.question,
            )
        handed = read_file(payload)
    except ColleagueKeyChanged as exc:
        return Waiting(
            transfer.id,
            transfer.from_account,
            exc.presented,
            problem="key_changed",
            pinned_fingerprint=exc.pinned,
        )
    except TransferUnreadable:
        return Waiting(transfer.id, transfer.from_account, problem="unreadable")
    return Waiting(
        transfer.id,
        transfer.from_account,
        sender.fingerprint(),
        CITIZEN,
        handed.citizen_name,
        handed.reason,
        handed.sent_at,
        handed.count(),
    )
