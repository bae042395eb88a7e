"""Sealing a citizen's file to one colleague, signed by the sender; and the receiver's signed receipt.

The blob, in order (the *header* is everything before the nonce):

    b"CNT" | format (1 byte) | transfer id length (2 bytes) | transfer id (UTF-8)
    | sender's receiving key | sender's signing key | receiver's receiving key | ephemeral key (32 bytes each)
    | nonce (12) | AES-256-GCM ciphertext and tag | Ed25519 signature (64)

- Only the receiver can open it: the AES key comes from X25519 between a fresh ephemeral key and the
  receiver's receiving key (HKDF-SHA256 over both keys, the sender's and the transfer id).
- The sender signs everything before the signature. The header is the cipher's associated data, so a
  blob signed again by someone else (with their key in the header) no longer opens, and a signature
  cut from one transfer does not fit another.
- Whether the sender is who the receiver thinks is the pinning's question: ``open_transfer`` is given
  the sender's pinned keys and refuses others (``SenderKeyChanged``) until a person confirms them.
- The receipt is the receiver's signature over the transfer id, the blob's SHA-256 and the answer
  (accepted or declined): the sender erases its copy only when a receipt from the pinned receiver says
  "accepted" for the blob it sent. A server that turns a decline into an acceptance is caught.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.sync.identity import KEY_BYTES, Identity, PublicIdentity

MAGIC = b"CNT"
FORMAT_V1 = 1
NONCE_BYTES = 12
SIGNATURE_BYTES = 64
TAG_BYTES = 16
MAX_TRANSFER_ID_BYTES = 200
_KEY_LABEL = b"casenotes-transfer/1/key"
_RECEIPT_LABEL = b"casenotes-transfer/1/receipt"


class TransferRefused(Exception):
    """A transfer that is not opened: damaged, altered, not for us, or from an unexpected key."""


class TransferBroken(TransferRefused):
    """Not a transfer, cut short, altered, or signed by a key other than the one in it."""


class TransferNotForUs(TransferRefused):
    """Sealed to another caseworker's key."""


class SenderKeyChanged(TransferRefused):
    """Signed by keys other than the sender's pinned ones: refused until a person confirms the new keys."""

    def __init__(self, presented: PublicIdentity) -> None:
        super().__init__("the sender's keys are not the pinned ones")
        self.presented = presented


@dataclass(frozen=True)
class OpenedTransfer:
    """What a transfer held, and who signed it."""

    transfer_id: str
    sender: PublicIdentity
    payload: bytes


def seal_transfer(sender: Identity, receiver: PublicIdentity, transfer_id: str, payload: bytes) -> bytes:
    """``payload`` sealed to ``receiver`` and signed by ``sender``, bound to ``transfer_id``."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    header = _header(transfer_id, sender.public, receiver.receive, ephemeral_public)
    key = _key(ephemeral.exchange(receiver.receive_key), header)
    nonce = os.urandom(NONCE_BYTES)
    signed = header + nonce + AESGCM(key).encrypt(nonce, payload, header)
    return signed + sender.sign_private.sign(signed)


def open_transfer(receiver: Identity, blob: bytes, pinned_sender: PublicIdentity | None) -> OpenedTransfer:
    """The transfer's content, after checking it is ours, intact and signed by the pinned sender
    (``None``: nobody pinned yet; the caller pins ``OpenedTransfer.sender`` once a person accepts)."""
    transfer_id, sender, receiver_key, ephemeral, header_end = _parse_header(blob)
    if len(blob) < header_end + NONCE_BYTES + TAG_BYTES + SIGNATURE_BYTES:
        raise TransferBroken("cut short")
    signed, signature = blob[:-SIGNATURE_BYTES], blob[-SIGNATURE_BYTES:]
    try:
        sender.sign_key.verify(signature, signed)
    except InvalidSignature as exc:
        raise TransferBroken("the signature does not match") from exc
    if receiver_key != receiver.public.receive:
        raise TransferNotForUs("sealed to another key")
    if pinned_sender is not None and sender != pinned_sender:
        raise SenderKeyChanged(sender)
    header = blob[:header_end]
    nonce = blob[header_end : header_end + NONCE_BYTES]
    try:
        shared = receiver.receive_private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        payload = AESGCM(_key(shared, header)).decrypt(nonce, signed[header_end + NONCE_BYTES :], header)
    except (InvalidTag, ValueError) as exc:  # ValueError: an ephemeral key that gives no shared secret
        raise TransferBroken("the content does not open") from exc
    return OpenedTransfer(transfer_id, sender, payload)


def sender_of(blob: bytes) -> tuple[str, PublicIdentity]:
    """The transfer id and the sender's keys the blob's header names, not yet checked: to pin a sender
    first met through a file (its fingerprint shown to compare), before ``open_transfer`` checks them."""
    transfer_id, sender, _, _, _ = _parse_header(blob)
    return transfer_id, sender


def transfer_digest(blob: bytes) -> bytes:
    """What a receipt is about: the SHA-256 of the blob as sent."""
    return hashlib.sha256(blob).digest()


def sign_receipt(receiver: Identity, transfer_id: str, blob: bytes, accepted: bool = True) -> bytes:
    """The receiver's signed answer to this transfer: it holds the file (``accepted``; the sender erases
    its copy on it) or it declined (the sender keeps the file)."""
    return receiver.sign_private.sign(_receipt_text(transfer_id, transfer_digest(blob), accepted))


def receipt_holds(
    receipt: bytes, receiver: PublicIdentity, transfer_id: str, digest: bytes, accepted: bool = True
) -> bool:
    """Whether ``receipt`` is the pinned receiver's signed answer ``accepted`` for the transfer whose
    blob had ``digest``."""
    try:
        receiver.sign_key.verify(receipt, _receipt_text(transfer_id, digest, accepted))
    except InvalidSignature:
        return False
    return True


def _receipt_text(transfer_id: str, digest: bytes, accepted: bool) -> bytes:
    return _RECEIPT_LABEL + _id_field(transfer_id) + digest + (b"accepted" if accepted else b"declined")


def _id_field(transfer_id: str) -> bytes:
    encoded = transfer_id.encode("utf-8")
    if not 0 < len(encoded) <= MAX_TRANSFER_ID_BYTES:
        raise ValueError("a transfer id is 1 to 200 bytes")
    return len(encoded).to_bytes(2, "big") + encoded


def _header(transfer_id: str, sender: PublicIdentity, receiver_key: bytes, ephemeral: bytes) -> bytes:
    return (
        MAGIC
        + bytes([FORMAT_V1])
        + _id_field(transfer_id)
        + sender.receive
        + sender.sign
        + receiver_key
        + ephemeral
    )


def _parse_header(blob: bytes) -> tuple[str, PublicIdentity, bytes, bytes, int]:
    """``(transfer id, sender, receiver's receiving key, ephemeral key, where the header ends)``."""
    start = len(MAGIC) + 1
    if len(blob) < start + 2 or blob[: len(MAGIC)] != MAGIC or blob[len(MAGIC)] != FORMAT_V1:
        raise TransferBroken("not a transfer of a known format")
    id_length = int.from_bytes(blob[start : start + 2], "big")
    keys_at = start + 2 + id_length
    end = keys_at + 4 * KEY_BYTES
    if not 0 < id_length <= MAX_TRANSFER_ID_BYTES or len(blob) < end:
        raise TransferBroken("cut short")
    try:
        transfer_id = blob[start + 2 : keys_at].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TransferBroken("the header is damaged") from exc
    keys = [blob[keys_at + KEY_BYTES * i : keys_at + KEY_BYTES * (i + 1)] for i in range(4)]
    sender = PublicIdentity(receive=keys[0], sign=keys[1])
    return transfer_id, sender, keys[2], keys[3], end


def _key(shared: bytes, header: bytes) -> bytes:
    """The AES key: HKDF over the X25519 secret, bound to the whole header (keys and transfer id)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_LABEL + header).derive(shared)
