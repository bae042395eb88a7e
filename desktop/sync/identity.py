"""A caseworker's identity: an X25519 key pair to receive with and an Ed25519 key pair to sign with.

A citizen's file handed to a colleague is sealed to the colleague's receiving key and signed with the
sender's signing key (``transfer_seal``). A colleague's public keys come from the server's directory,
which could lie; so the program shows a short fingerprint to compare in person or by phone, pins the
keys at first use and refuses a changed key until a person confirms it (safety-number style).

The fingerprint is 30 digits in six groups of five: SHA-256 over a label and both public keys, each
group taken from five bytes modulo 100,000 (as Signal's safety numbers are made). Two caseworkers
compare one ``safety_number``: both fingerprints, the smaller first, so both see the same 60 digits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

KEY_BYTES = 32
_FINGERPRINT_LABEL = b"casenotes-identity/1"
_ACCOUNT_LABEL = b"casenotes identity of a sync account v1"
_GROUPS = 6


class IdentityKeyInvalid(ValueError):
    """Bytes that are not a key of the right kind and length."""


def _raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class PublicIdentity:
    """What a colleague may know of a caseworker: the receiving and the signing public key (32 bytes each)."""

    receive: bytes
    sign: bytes

    def __post_init__(self) -> None:
        # Any 32 bytes load as either key; a bad one fails where it is used (a signature that does not
        # check out, an exchange that gives no secret), and ``transfer_seal`` refuses the transfer then.
        if len(self.receive) != KEY_BYTES or len(self.sign) != KEY_BYTES:
            raise IdentityKeyInvalid("an identity's public keys are 32 bytes each")

    @property
    def receive_key(self) -> X25519PublicKey:
        """The key a file is sealed to."""
        return X25519PublicKey.from_public_bytes(self.receive)

    @property
    def sign_key(self) -> Ed25519PublicKey:
        """The key a signature is checked with."""
        return Ed25519PublicKey.from_public_bytes(self.sign)

    def fingerprint(self) -> str:
        """Six groups of five digits ("12345 67890 …") that stand for both keys, to compare by eye."""
        digest = hashlib.sha256(_FINGERPRINT_LABEL + self.receive + self.sign).digest()
        groups = (int.from_bytes(digest[5 * i : 5 * i + 5], "big") % 100_000 for i in range(_GROUPS))
        return " ".join(f"{group:05d}" for group in groups)


def safety_number(one: PublicIdentity, other: PublicIdentity) -> str:
    """The 60 digits two caseworkers compare: both fingerprints, the smaller first (the same for both)."""
    return " ".join(sorted((one.fingerprint(), other.fingerprint())))


class Identity:
    """A caseworker's own key pairs (the private halves never leave the vault's envelope)."""

    def __init__(self, receive: X25519PrivateKey, sign: Ed25519PrivateKey) -> None:
        self.receive_private = receive
        self.sign_private = sign
        self.public = PublicIdentity(_raw_public(receive.public_key()), _raw_public(sign.public_key()))

    @classmethod
    def generate(cls) -> Identity:
        """New random key pairs."""
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    def private_bytes(self) -> bytes:
        """Both private keys, 64 bytes, to be kept encrypted beside the data key."""
        raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return self.receive_private.private_bytes(*raw) + self.sign_private.private_bytes(*raw)

    @classmethod
    def of_account(cls, sync_key: bytes) -> Identity:
        """The identity of the sync account whose (secret, shared by its computers) key is ``sync_key``:
        every computer of one caseworker derives the same key pairs, and no private key ever travels."""
        seed = HKDF(algorithm=hashes.SHA256(), length=2 * KEY_BYTES, salt=None, info=_ACCOUNT_LABEL).derive(
            sync_key
        )
        return cls.from_private_bytes(seed)

    @classmethod
    def from_private_bytes(cls, data: bytes) -> Identity:
        """The identity kept as ``private_bytes``."""
        if len(data) != 2 * KEY_BYTES:
            raise IdentityKeyInvalid("an identity's private keys are 64 bytes")
        return cls(
            X25519PrivateKey.from_private_bytes(data[:KEY_BYTES]),
            Ed25519PrivateKey.from_private_bytes(data[KEY_BYTES:]),
        )
