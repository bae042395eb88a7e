"""The key envelope ``vault.json``: the data key wrapped under the password and under the recovery key.

Format (version 1), all binary values base64::

    {"format": "casenotes-vault", "version": 1, "vault_id": "<uuid>", "key_id": "<hex>",
     "created_at": "<iso>",
     "kdf": {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4, "salt": "..."},
     "password_wrap": {"nonce": "...", "ciphertext": "..."},
     "recovery_wrap": {"salt": "...", "nonce": "...", "ciphertext": "..."},
     "identity": {"receive": "...", "sign": "...", "nonce": "...", "ciphertext": "..."},
     "header_mac": "...", "checksum": "<sha256 of the rest>"}

Each wrap is AES-256-GCM with AAD = format, version, vault id, key id and the wrap's purpose, so a wrap
cannot be moved to another vault or swapped between slots. ``checksum`` catches accidental damage (a
flipped byte is reported as damage, not as a wrong password); ``header_mac`` is an HMAC keyed from the
data key over every other field, so deliberate edits are caught once the key is known, and a key from
the keychain cache is checked against it before use.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.errors import KeyFileDamaged, WrongPassword, WrongRecoveryKey
from desktop.storage.vault.atomic import write_private_file
from desktop.storage.vault.codec import b64, canonical_json, unb64

FORMAT_NAME = "casenotes-vault"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
_NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored in the envelope so it can be raised later without breaking old vaults."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(16))

    def derive(self, password: str) -> bytes:
        """Derive the 256-bit key-encryption key from ``password``."""
        kdf = Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(password.encode("utf-8"))

    def with_new_salt(self) -> KdfParams:
        """The same cost with a fresh salt (used whenever the password changes)."""
        return replace(self, salt=secrets.token_bytes(16))


@dataclass(frozen=True)
class Wrap:
    """One AES-256-GCM wrap of the data key."""

    nonce: bytes
    ciphertext: bytes
    salt: bytes = b""


@dataclass(frozen=True)
class IdentityWrap:
    """The caseworker's identity: its public keys, and its private keys wrapped under the data key."""

    receive: bytes
    sign: bytes
    wrap: Wrap


@dataclass(frozen=True)
class KeyEnvelope:
    """The parsed contents of ``vault.json``."""

    vault_id: str
    key_id: str
    created_at: str
    kdf: KdfParams
    password_wrap: Wrap
    recovery_wrap: Wrap
    header_mac: bytes = b""
    identity_wrap: IdentityWrap | None = None

    # -- creating and changing -------------------------------------------------------------------

    @classmethod
    def create(
        cls, data_key: bytes, password: str, recovery_secret: bytes, kdf: KdfParams | None = None
    ) -> KeyEnvelope:
        """Wrap a new ``data_key`` under ``password`` and the recovery secret."""
        kdf = kdf or KdfParams()
        draft = cls(
            vault_id=str(uuid.uuid4()),
            key_id=secrets.token_hex(8),
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            kdf=kdf,
            password_wrap=Wrap(b"", b""),
            recovery_wrap=Wrap(b"", b""),
        )
        recovery_salt = secrets.token_bytes(16)
        draft = replace(
            draft,
            password_wrap=draft._seal(kdf.derive(password), data_key, "password"),
            recovery_wrap=replace(
                draft._seal(_recovery_kek(recovery_secret, recovery_salt), data_key, "recovery"),
                salt=recovery_salt,
            ),
        )
        return draft.signed(data_key)

    def with_password(self, data_key: bytes, password: str) -> KeyEnvelope:
        """A copy whose password wrap opens with ``password`` (new salt, same cost, same data key)."""
        kdf = self.kdf.with_new_salt()
        changed = replace(self, kdf=kdf, password_wrap=self._seal(kdf.derive(password), data_key, "password"))
        return changed.signed(data_key)

    def with_identity(self, data_key: bytes, receive: bytes, sign: bytes, private: bytes) -> KeyEnvelope:
        """A copy that keeps an identity: public keys ``receive`` and ``sign``, ``private`` wrapped."""
        self.verify_key(data_key)
        wrap = self._seal(_identity_kek(data_key), private, "identity:" + (receive + sign).hex())
        return replace(self, identity_wrap=IdentityWrap(receive, sign, wrap)).signed(data_key)

    def identity_private(self, data_key: bytes) -> bytes | None:
        """The identity's private bytes (``None`` when the vault has no identity yet)."""
        kept = self.identity_wrap
        if kept is None:
            return None
        self.verify_key(data_key)
        try:
            return self._open(
                _identity_kek(data_key), kept.wrap, "identity:" + (kept.receive + kept.sign).hex()
            )
        except InvalidTag:
            raise KeyFileDamaged("identity wrap") from None

    def signed(self, data_key: bytes) -> KeyEnvelope:
        """A copy with ``header_mac`` computed under ``data_key``."""
        return replace(self, header_mac=self._mac(data_key))

    # -- opening -----------------------------------------------------------------------------------

    def unwrap_with_password(self, password: str) -> bytes:
        """The data key, or ``WrongPassword``."""
        try:
            key = self._open(self.kdf.derive(password), self.password_wrap, "password")
        except InvalidTag:
            raise WrongPassword() from None
        self.verify_key(key)
        return key

    def unwrap_with_recovery(self, recovery_secret: bytes) -> bytes:
        """The data key, or ``WrongRecoveryKey``."""
        kek = _recovery_kek(recovery_secret, self.recovery_wrap.salt)
        try:
            key = self._open(kek, self.recovery_wrap, "recovery")
        except InvalidTag:
            raise WrongRecoveryKey() from None
        self.verify_key(key)
        return key

    def key_matches(self, data_key: bytes) -> bool:
        """Whether ``data_key`` is this vault's key (used for a key taken from the keychain cache)."""
        return len(data_key) == DATA_KEY_BYTES and hmac.compare_digest(self._mac(data_key), self.header_mac)

    def verify_key(self, data_key: bytes) -> None:
        """Raise ``KeyFileDamaged`` if the envelope was edited after it was signed with ``data_key``."""
        if not self.key_matches(data_key):
            raise KeyFileDamaged("header MAC mismatch")

    # -- file form ---------------------------------------------------------------------------------

    def to_json(self) -> bytes:
        """The file contents, with the checksum over the rest."""
        body = self._body()
        body["header_mac"] = b64(self.header_mac)
        body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
        return json.dumps(body, indent=2, sort_keys=True).encode("utf-8") + b"\n"

    @classmethod
    def from_json(cls, raw: bytes) -> KeyEnvelope:
        """Parse ``vault.json``; any damage raises ``KeyFileDamaged`` (never a wrong-password error)."""
        try:
            body = json.loads(raw.decode("utf-8"))
            checksum = body.pop("checksum")
            if not hmac.compare_digest(hashlib.sha256(canonical_json(body)).hexdigest(), checksum):
                raise KeyFileDamaged("checksum mismatch")
            if body["format"] != FORMAT_NAME:
                raise KeyFileDamaged("not a vault key file")
            if body["version"] != FORMAT_VERSION:
                raise KeyFileDamaged(f"unsupported key file version {body['version']}")
            kdf = body["kdf"]
            if kdf["name"] != "argon2id":
                raise KeyFileDamaged("unknown KDF")
            return cls(
                vault_id=str(uuid.UUID(body["vault_id"])),
                key_id=str(body["key_id"]),
                created_at=str(body["created_at"]),
                kdf=KdfParams(
                    memory_kib=int(kdf["memory_kib"]),
                    iterations=int(kdf["iterations"]),
                    lanes=int(kdf["lanes"]),
                    salt=unb64(kdf["salt"]),
                ),
                password_wrap=Wrap(
                    unb64(body["password_wrap"]["nonce"]), unb64(body["password_wrap"]["ciphertext"])
                ),
                recovery_wrap=Wrap(
                    unb64(body["recovery_wrap"]["nonce"]),
                    unb64(body["recovery_wrap"]["ciphertext"]),
                    unb64(body["recovery_wrap"]["salt"]),
                ),
                header_mac=unb64(body["header_mac"]),
                identity_wrap=_identity_from(body.get("identity")),
            )
        except KeyFileDamaged:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, binascii.Error) as exc:
            raise KeyFileDamaged(type(exc).__name__) from None

    @classmethod
    def read(cls, path: Path) -> KeyEnvelope:
        """Read and parse ``path``."""
        return cls.from_json(Path(path).read_bytes())

    def write(self, path: Path) -> None:
        """Write atomically with owner-only permissions."""
        write_private_file(Path(path), self.to_json())

    # -- internals ---------------------------------------------------------------------------------

    def _aad(self, purpose: str) -> bytes:
        return f"{FORMAT_NAME}|v{FORMAT_VERSION}|{self.vault_id}|{self.key_id}|{purpose}".encode()

    def _seal(self, kek: bytes, secret: bytes, purpose: str) -> Wrap:
        nonce = os.urandom(_NONCE_BYTES)
        return Wrap(nonce, AESGCM(kek).encrypt(nonce, secret, self._aad(purpose)))

    def _open(self, kek: bytes, wrap: Wrap, purpose: str) -> bytes:
        return AESGCM(kek).decrypt(wrap.nonce, wrap.ciphertext, self._aad(purpose))

    def _body(self) -> dict:
        body = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "key_id": self.key_id,
            "created_at": self.created_at,
            "kdf": {
                "name": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
                "salt": b64(self.kdf.salt),
            },
            "password_wrap": {
                "nonce": b64(self.password_wrap.nonce),
                "ciphertext": b64(self.password_wrap.ciphertext),
            },
            "recovery_wrap": {
                "salt": b64(self.recovery_wrap.salt),
                "nonce": b64(self.recovery_wrap.nonce),
                "ciphertext": b64(self.recovery_wrap.ciphertext),
            },
        }
        if self.identity_wrap is not None:
            kept = self.identity_wrap
            body["identity"] = {
                "receive": b64(kept.receive),
                "sign": b64(kept.sign),
                "nonce": b64(kept.wrap.nonce),
                "ciphertext": b64(kept.wrap.ciphertext),
            }
        return body

    def _mac(self, data_key: bytes) -> bytes:
        mac_key = _hkdf(data_key, b"", b"casenotes vault.json header mac v1")
        return hmac.new(mac_key, canonical_json(self._body()), hashlib.sha256).digest()


def _identity_from(stored: dict | None) -> IdentityWrap | None:
    if stored is None:
        return None
    receive, sign = unb64(stored["receive"]), unb64(stored["sign"])
    if len(receive) != 32 or len(sign) != 32:
        raise KeyFileDamaged("identity keys")
    return IdentityWrap(receive, sign, Wrap(unb64(stored["nonce"]), unb64(stored["ciphertext"])))


def _identity_kek(data_key: bytes) -> bytes:
    # Derived from the data key, so changing the password or using the recovery key keeps the identity.
    return _hkdf(data_key, b"", b"casenotes identity wrap v1")


def _recovery_kek(recovery_secret: bytes, salt: bytes) -> bytes:
    # The recovery key is 128 uniformly random bits, so a fast KDF is enough to stretch it to 256.
    return _hkdf(recovery_secret, salt, b"casenotes recovery wrap v1")


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt or None, info=info).derive(secret)
