"""The backup file: one file holding a whole vault, sealed with a backup password or the recovery key.

Layout (all integers big-endian)::

    "CASENOTES-BACKUP"          16 bytes, the magic
    header length               u32
    header                      canonical JSON, UTF-8 (below)
    header checksum             32 bytes, SHA-256 of everything before it
    chunk 0 … chunk n-1         AES-256-GCM ciphertext and tag of 1 MiB of content each; the last is shorter

    header = {"format": "casenotes-backup", "version": 2, "created_at": "<UTC ISO time>",
              "secret": "password" | "recovery-key",
              "kdf": {"name": "argon2id", "memory_kib": …, "iterations": …, "lanes": …} | {"name": "hkdf-sha256"},
              "salt": "<base64>", "key_check": "<base64>", "cipher": "aes-256-gcm", "chunk_size": 1048576}

**Keys.** A backup password goes through Argon2id with a fresh 16-byte salt, at the cost the vault's own
password has (``KdfParams`` from the envelope); the recovery key is 128 random bits, so HKDF-SHA256 with
a fresh 32-byte salt is enough. Either secret then gives, through HKDF with the salt and labels of their
own (``casenotes-backup/<version>/<secret>/content`` and ``…/key-check``), the content key and a 16-byte key
check. The labels differ from the envelope's and sync's, so one password or recovery key never yields
the same key in two places, and the fresh salt makes every file's content key new.

**Chunks.** Chunk *i* is sealed with the nonce ``i`` (11 bytes) ‖ ``last`` (1 byte: 1 on the final chunk,
else 0) and the associated data SHA-256(header bytes) ‖ ``i`` (8 bytes) ‖ ``last``. The key is new for
every file, so a counter never repeats a nonce under one key (the STREAM construction age uses). The
index and the flag in both mean a chunk moved, dropped, repeated or cut off, a file cut at a chunk
border, or one byte flipped anywhere fails authentication, and the header (KDF settings, salt, which
secret) cannot be changed without every chunk failing too.

**Damage or a wrong secret.** The checksum catches a damaged header before any key is derived; the key
check then tells a wrong password or recovery key apart from a damaged body, so each gets its own
message. A magic that is mostly right counts as damage; a file that is something else entirely is
"not a backup".

**Content** (the plaintext the chunks carry): ``u32`` length, a manifest (JSON: the vault id, its schema
revision, the program version, and each file's name and size), then the files one after another:
``vault.json`` as it was, ``vault.db``, the database file still SQLCipher-encrypted under the vault's
data key, and ``vault.mark``, the commit mark, when the vault has one. Nothing is ever written to disk
in plaintext.

**Format 2** is written in one pass: the database file is read once, as it stands at one
moment (``live_copy``: held still by a read transaction, every page's HMAC checked on the way), and
sealed as it is read. Its manifest therefore names sizes, known before the first byte, and no hashes,
which would be known only after the last: the chunks' authentication (every byte in one chunk, bound
to its place and to the end) is the integrity, and the mark (read just before the moment, so never
ahead of the database) lets the restored vault check itself against it. Nothing is compressed: the
database pages are ciphertext (zlib level 1: 1.0003 of the size, at a tenth of the speed). When the
database cannot be held still, a checked ``VACUUM INTO`` copy is sealed instead, without a mark (it
says it has none). **Format 1** (a ``VACUUM INTO`` copy and a SHA-256 per file in the manifest, no mark)
is still read: its keys derive with the label of version 1 and its hashes are checked.

**Writing** goes to a hidden temporary file beside the target, which is fsynced, read back and checked
in full (``verify``: every chunk authenticated and the manifest compared with the one written) before
it is renamed over the target, so an older backup at the same place survives a failed one. A file that
fails the check, or whose source failed (a damaged page), is deleted. The sealer holds one chunk of
plaintext at a time, and the database is read in blocks of a chunk: memory stays a few chunks whatever
the size of the vault.

**Reading** for a restore is two passes: ``verify`` authenticates the whole file without writing a byte,
then ``extract`` decrypts it into a staging folder (authenticating again, in case the file changed in
between). Nothing becomes the vault until both have passed; see ``vault_swap`` for the swap.
"""

from __future__ import annotations

import binascii
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import shutil
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.errors import (
    BackupDamaged,
    BackupTooNew,
    BackupVerificationFailed,
    NotABackup,
    WrongBackupSecret,
)
from desktop.storage.vault import vault_swap
from desktop.storage.vault.atomic import fsync_directory, make_private_folder, replaced_when_done
from desktop.storage.vault.codec import b64, canonical_json, unb64
from desktop.storage.vault.envelope import KdfParams
from desktop.storage.vault.processes import process_alive

MAGIC = b"CASENOTES-BACKUP"
FORMAT_NAME = "casenotes-backup"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
CONTENT_FORMAT = "casenotes-backup-content"
CHUNK_SIZE = 1024 * 1024
SECRET_PASSWORD = "password"  # noqa: S105 - which secret sealed a file, not a secret
SECRET_RECOVERY_KEY = "recovery-key"  # noqa: S105 - likewise
FILE_SUFFIX = ".cnbackup"

_TAG = 16
_NONCE_INDEX_BYTES = 11
_CHECKSUM = 32
_MAX_HEADER = 16 * 1024
_MAX_MANIFEST = 64 * 1024
_RECOVERY_SALT = 32
_KEY_CHECK = 16
# What a file may ask of the KDF: enough to resist guessing, never enough to exhaust the laptop.
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ITERATIONS = 20
_MAX_LANES = 16
# A name in the manifest becomes a file name in the staging folder: only these, never a path.
REQUIRED_FILES = ("vault.json", "vault.db")
ALLOWED_FILES = (*REQUIRED_FILES, "vault.mark")


@dataclass(frozen=True, repr=False)
class BackupSecret:
    """What seals a backup: a backup password, or the vault's recovery key (its 16 secret bytes)."""

    kind: str
    value: bytes

    @classmethod
    def password(cls, text: str) -> BackupSecret:
        """A backup password as the person typed it."""
        return cls(SECRET_PASSWORD, text.encode("utf-8"))

    @classmethod
    def recovery_key(cls, secret: bytes) -> BackupSecret:
        """The recovery key's secret bytes (``RecoveryKey.secret``)."""
        return cls(SECRET_RECOVERY_KEY, bytes(secret))

    def __repr__(self) -> str:  # never print the secret by accident
        return f"BackupSecret({self.kind}, <hidden>)"


@dataclass(frozen=True)
class BackupHeader:
    """The parsed header; ``raw`` is its bytes as stored, which every chunk is bound to."""

    created_at: str
    secret: str
    kdf: KdfParams | None
    salt: bytes
    key_check: bytes
    chunk_size: int
    raw: bytes
    version: int = FORMAT_VERSION

    @property
    def digest(self) -> bytes:
        """SHA-256 of the stored header, the start of every chunk's associated data."""
        return hashlib.sha256(self.raw).digest()


@dataclass(frozen=True)
class FileEntry:
    """One file carried by a backup (``sha256`` in format 1 only, else "")."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """What a backup holds (inside the encryption)."""

    vault_id: str
    schema_revision: str
    app_version: str
    files: tuple[FileEntry, ...]


# -- writing ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One file a backup carries: its name, its exact size, and what gives its bytes in blocks (once)."""

    name: str
    size: int
    blocks: Callable[[], Iterable[bytes]]


def bytes_source(name: str, data: bytes) -> Source:
    """A small file already in memory (the key envelope, the commit mark)."""
    return Source(name, len(data), lambda: (data,))


def describe(sources: Sequence[Source]) -> tuple[FileEntry, ...]:
    """The manifest's entries for ``sources``: names and sizes (format 2 carries no hashes, see above)."""
    seen = set()
    for source in sources:
        if source.name not in ALLOWED_FILES or source.name in seen:
            raise ValueError(f"a backup does not carry {source.name!r}")
        seen.add(source.name)
    return tuple(FileEntry(source.name, source.size, "") for source in sources)


def write_verified(
    target: Path,
    sources: Sequence[Source],
    secret: BackupSecret,
    manifest: Manifest,
    kdf: KdfParams | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> BackupHeader:
    """Seal ``sources`` into ``target`` in one pass, read the file back and check it before it takes the name.

    ``manifest.files`` must be ``describe(sources)``. Raises ``BackupVerificationFailed`` (after deleting
    the written file) when the check fails; whatever a source raises (a damaged page) leaves no file.
    """
    if manifest.files != describe(sources):
        raise ValueError("the manifest does not describe the sources")
    with replaced_when_done(Path(target)) as partial:
        header = _seal(partial, sources, secret, manifest, kdf, chunk_size)
        try:
            written = verify(partial, secret)
        except (BackupDamaged, WrongBackupSecret, NotABackup, BackupTooNew) as exc:
            raise BackupVerificationFailed(type(exc).__name__) from None
        if written != manifest:
            raise BackupVerificationFailed("the content read back differs from the vault copy")
    return header


def _seal(
    path: Path,
    sources: Sequence[Source],
    secret: BackupSecret,
    manifest: Manifest,
    kdf: KdfParams | None,
    chunk_size: int,
) -> BackupHeader:
    if chunk_size < 1:
        raise ValueError("chunk_size must be positive")
    if secret.kind == SECRET_PASSWORD:
        kdf = (kdf or KdfParams()).with_new_salt()
        salt = kdf.salt
    else:
        kdf, salt = None, secrets.token_bytes(_RECOVERY_SALT)
    fields = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "secret": secret.kind,
        "kdf": _kdf_json(kdf),
        "salt": b64(salt),
        "cipher": "aes-256-gcm",
        "chunk_size": chunk_size,
    }
    content_key, key_check = _derive(secret, secret.kind, kdf, salt, FORMAT_VERSION)
    fields["key_check"] = b64(key_check)
    body = canonical_json(fields)
    preamble = MAGIC + struct.pack(">I", len(body)) + body
    raw = preamble + hashlib.sha256(preamble).digest()
    header = _parse_header(raw)
    manifest_bytes = canonical_json(_manifest_json(manifest))
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "wb", buffering=0) as out:
        out.write(raw)
        sealer = _ChunkSealer(out, AESGCM(content_key), header.digest, chunk_size)
        sealer.write(struct.pack(">I", len(manifest_bytes)) + manifest_bytes)
        for source in sources:
            given = 0
            for block in source.blocks():
                given += len(block)
                if given > source.size:
                    break
                sealer.write(block)
            if given != source.size:
                raise BackupVerificationFailed(f"{source.name} changed size while it was read")
        sealer.finish()
        os.fsync(out.fileno())
    return header


class _ChunkSealer:
    """Cuts the content into chunks and seals each; a full chunk waits until more follows, so the last
    one is known. Holds at most one chunk of plaintext, whatever size the blocks written are."""

    def __init__(self, out: BinaryIO, aead: AESGCM, header_digest: bytes, chunk_size: int) -> None:
        self._out = out
        self._aead = aead
        self._digest = header_digest
        self._size = chunk_size
        self._buffer = bytearray()
        self._index = 0

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if len(self._buffer) == self._size:  # more follows, so this chunk is not the last
                self._emit(self._buffer, last=False)
                self._buffer = bytearray()
            room = self._size - len(self._buffer)
            self._buffer += view[:room]
            view = view[room:]

    def finish(self) -> None:
        self._emit(self._buffer, last=True)
        self._buffer = bytearray()

    def _emit(self, plaintext: bytearray, last: bool) -> None:
        nonce, aad = _chunk_binding(self._digest, self._index, last)
        self._out.write(self._aead.encrypt(nonce, plaintext, aad))
        self._index += 1


# -- reading ------------------------------------------------------------------------------------------


def read_header(path: Path) -> BackupHeader:
    """The header of the backup at ``path``: ``NotABackup``, ``BackupDamaged`` or ``BackupTooNew`` if unusable."""
    with open(path, "rb") as handle:
        start = handle.read(len(MAGIC) + 4)
        if len(start) < len(MAGIC) or start[: len(MAGIC)] != MAGIC:
            _raise_for_magic(start[: len(MAGIC)])
        if len(start) < len(MAGIC) + 4:
            raise BackupDamaged("the file ends inside the header")
        (length,) = struct.unpack(">I", start[len(MAGIC) :])
        if length > _MAX_HEADER:
            raise BackupDamaged("header length out of range")
        rest = handle.read(length + _CHECKSUM)
    if len(rest) != length + _CHECKSUM:
        raise BackupDamaged("the file ends inside the header")
    return _parse_header(start + rest)


def verify(path: Path, secret: BackupSecret) -> Manifest:
    """Authenticate every chunk of the backup and check its files' hashes; writes nothing."""
    return _read_content(Path(path), secret, None)


def extract(path: Path, secret: BackupSecret, folder: Path) -> Manifest:
    """Decrypt the backup's files into ``folder`` (which must exist), each fsynced.

    On any failure the files written so far are left for the caller to remove with the folder.
    """
    return _read_content(Path(path), secret, Path(folder))


def _read_content(path: Path, secret: BackupSecret, folder: Path | None) -> Manifest:
    header = read_header(path)
    if secret.kind != header.secret:
        raise WrongBackupSecret(f"the backup is sealed with the {header.secret}")
    content_key, key_check = _derive(secret, header.secret, header.kdf, header.salt, header.version)
    if not hmac.compare_digest(key_check, header.key_check):
        raise WrongBackupSecret()
    with open(path, "rb", buffering=0) as handle:
        handle.seek(len(header.raw))
        body_size = os.fstat(handle.fileno()).st_size - len(header.raw)
        stream = _PlainStream(handle, AESGCM(content_key), header, body_size)
        (length,) = struct.unpack(">I", stream.read_exactly(4))
        if length > _MAX_MANIFEST:
            raise BackupDamaged("manifest length out of range")
        manifest = _parse_manifest(stream.read_exactly(length), header.version)
        for entry in manifest.files:
            _copy_entry(stream, entry, folder)
        if not stream.at_end():
            raise BackupDamaged("content after the last file")
    if folder is not None:
        fsync_directory(folder)
    return manifest


def _copy_entry(stream: _PlainStream, entry: FileEntry, folder: Path | None) -> None:
    # Format 1 carries each file's SHA-256; format 2 relies on the chunks' authentication alone (every
    # byte is in exactly one chunk, bound to its place and to the end of the content).
    digest = hashlib.sha256() if entry.sha256 else None
    out = None
    if folder is not None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        out = os.fdopen(os.open(folder / entry.name, flags, 0o600), "wb", buffering=0)
    try:
        for block in stream.blocks(entry.size):
            if digest is not None:
                digest.update(block)
            if out is not None:
                out.write(block)
        if out is not None:
            os.fsync(out.fileno())
    finally:
        if out is not None:
            out.close()
    if digest is not None and not hmac.compare_digest(digest.hexdigest(), entry.sha256):
        raise BackupDamaged(f"{entry.name} does not match its hash")


class _PlainStream:
    """The authenticated plaintext of the chunks, read in order; any failure is ``BackupDamaged``."""

    def __init__(self, handle: BinaryIO, aead: AESGCM, header: BackupHeader, body_size: int) -> None:
        stored = header.chunk_size + _TAG
        self._handle = handle
        self._aead = aead
        self._digest = header.digest
        self._stored = stored
        self._count = max(1, -(-body_size // stored))
        last_size = body_size - (self._count - 1) * stored
        if body_size < _TAG or last_size < _TAG:
            raise BackupDamaged("the file is cut off")
        self._index = 0
        self._buffer = memoryview(b"")
        self._offset = 0

    def read_exactly(self, n: int) -> bytes:
        return b"".join(bytes(part) for part in self.blocks(n))

    def blocks(self, n: int) -> Iterator[memoryview]:
        """The next ``n`` bytes, in pieces of the decrypted chunks (no copies)."""
        while n:
            if self._offset == len(self._buffer):
                self._next_chunk()
            take = self._buffer[self._offset : self._offset + n]
            self._offset += len(take)
            n -= len(take)
            yield take

    def at_end(self) -> bool:
        while self._offset == len(self._buffer) and self._index < self._count:
            self._next_chunk()
        return self._offset == len(self._buffer) and self._index == self._count

    def _next_chunk(self) -> None:
        if self._index >= self._count:
            raise BackupDamaged("the content ends early")
        sealed = self._handle.read(self._stored)
        last = self._index == self._count - 1
        nonce, aad = _chunk_binding(self._digest, self._index, last)
        try:
            self._buffer = memoryview(self._aead.decrypt(nonce, sealed, aad))
        except InvalidTag:
            raise BackupDamaged(f"chunk {self._index + 1} of {self._count} fails authentication") from None
        self._offset = 0
        self._index += 1


# -- staging folders ----------------------------------------------------------------------------------


@contextlib.contextmanager
def staging_folder(vault_folder: Path, purpose: str) -> Iterator[Path]:
    """A private folder inside the vault folder for copies on their way in or out; removed afterwards."""
    folder = new_staging_folder(vault_folder, purpose)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def new_staging_folder(vault_folder: Path, purpose: str) -> Path:
    """Create ``<vault folder>/.<purpose>-staging-<pid>-<random>`` (owner only)."""
    make_private_folder(Path(vault_folder))
    folder = Path(vault_folder) / f".{purpose}-staging-{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    return folder


def remove_stale_staging(vault_folder: Path, keep: Sequence[str] = ()) -> list[str]:
    """Remove staging folders left by a process that no longer runs (a kill during backup or restore);
    returns their names.

    Called before every backup and restore and at every unlock. Never touched: a folder of this process
    (a backup may be running on another thread), of a process that still runs, or any folder at all
    while a restore journal is there (the restore to be finished needs its staging folder).
    """
    if vault_swap.committed(vault_folder):
        return []
    removed = []
    for folder in Path(vault_folder).glob(".*-staging-*"):
        if folder.name in keep or folder.is_symlink() or not folder.is_dir():
            continue
        try:
            pid = int(folder.name.rsplit("-", 2)[-2])
        except ValueError:
            continue
        if pid != os.getpid() and not process_alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


# -- internals ----------------------------------------------------------------------------------------


def _derive(
    secret: BackupSecret, kind: str, kdf: KdfParams | None, salt: bytes, version: int
) -> tuple[bytes, bytes]:
    """The content key and the key check for ``secret`` under a header's settings."""
    if kind == SECRET_PASSWORD:
        if kdf is None:  # _parse_header gives every password backup its Argon2id settings
            raise BackupDamaged("password backup without KDF settings")
        ikm = kdf.derive(secret.value.decode("utf-8"))
    else:
        ikm = secret.value
    label = f"casenotes-backup/{version}/{kind}/".encode()
    content = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=label + b"content").derive(ikm)
    check = HKDF(algorithm=hashes.SHA256(), length=_KEY_CHECK, salt=salt, info=label + b"key-check").derive(
        ikm
    )
    return content, check


def _chunk_binding(header_digest: bytes, index: int, last: bool) -> tuple[bytes, bytes]:
    flag = b"\x01" if last else b"\x00"
    nonce = index.to_bytes(_NONCE_INDEX_BYTES, "big") + flag
    aad = header_digest + index.to_bytes(8, "big") + flag
    return nonce, aad


def _parse_header(raw: bytes) -> BackupHeader:
    body, checksum = raw[:-_CHECKSUM], raw[-_CHECKSUM:]
    if not hmac.compare_digest(hashlib.sha256(body).digest(), checksum):
        raise BackupDamaged("header checksum mismatch")
    try:
        fields = json.loads(body[len(MAGIC) + 4 :].decode("utf-8"))
        if fields["format"] != FORMAT_NAME:
            raise NotABackup()
        if fields["version"] not in READABLE_VERSIONS:
            raise BackupTooNew(f"backup format version {fields['version']}")
        kind = fields["secret"]
        kdf_fields = fields["kdf"]
        salt = unb64(fields["salt"])
        if kind == SECRET_PASSWORD and kdf_fields["name"] == "argon2id":
            kdf = KdfParams(
                memory_kib=int(kdf_fields["memory_kib"]),
                iterations=int(kdf_fields["iterations"]),
                lanes=int(kdf_fields["lanes"]),
                salt=salt,
            )
            if not (
                1 <= kdf.lanes <= _MAX_LANES
                and 8 * kdf.lanes <= kdf.memory_kib <= _MAX_MEMORY_KIB
                and 1 <= kdf.iterations <= _MAX_ITERATIONS
            ):
                raise BackupDamaged("KDF settings out of range")
        elif kind == SECRET_RECOVERY_KEY and kdf_fields["name"] == "hkdf-sha256":
            kdf = None
        else:
            raise BackupDamaged("unknown secret or KDF")
        chunk_size = int(fields["chunk_size"])
        if fields["cipher"] != "aes-256-gcm" or not 1 <= chunk_size <= 64 * CHUNK_SIZE:
            raise BackupDamaged("unknown cipher or chunk size")
        return BackupHeader(
            created_at=str(fields["created_at"]),
            secret=kind,
            kdf=kdf,
            salt=salt,
            key_check=unb64(fields["key_check"]),
            chunk_size=chunk_size,
            raw=raw,
            version=int(fields["version"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, binascii.Error) as exc:
        # The checksum matched, so this is a file we did not write, not a damaged one.
        raise NotABackup(type(exc).__name__) from None


def _raise_for_magic(start: bytes) -> None:
    # One flipped byte in the magic is damage; a file that shares little of it is something else.
    same = sum(a == b for a, b in zip(start, MAGIC, strict=False))
    if same * 2 >= len(MAGIC):
        raise BackupDamaged("the magic is damaged")
    raise NotABackup()


def _kdf_json(kdf: KdfParams | None) -> dict:
    if kdf is None:
        return {"name": "hkdf-sha256"}
    return {
        "name": "argon2id",
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
    }


def _manifest_json(manifest: Manifest) -> dict:
    return {
        "format": CONTENT_FORMAT,
        "version": FORMAT_VERSION,
        "vault_id": manifest.vault_id,
        "schema_revision": manifest.schema_revision,
        "app_version": manifest.app_version,
        "files": [{"name": f.name, "size": f.size} for f in manifest.files],
    }


def _parse_manifest(raw: bytes, version: int) -> Manifest:
    # Inside the authenticated content: anything odd here is a file we did not write.
    try:
        fields = json.loads(raw.decode("utf-8"))
        if fields["format"] != CONTENT_FORMAT or fields["version"] != version:
            raise BackupDamaged("unknown content format")
        files = tuple(
            FileEntry(str(f["name"]), int(f["size"]), str(f["sha256"]) if version == 1 else "")
            for f in fields["files"]
        )
        names = [f.name for f in files]
        if (
            len(set(names)) != len(names)
            or not set(REQUIRED_FILES) <= set(names) <= set(ALLOWED_FILES)
            or (version == 1 and sorted(names) != sorted(REQUIRED_FILES))
            or any(f.size < 0 for f in files)
        ):
            raise BackupDamaged("unexpected files in the backup")
        return Manifest(
            vault_id=str(fields["vault_id"]),
            schema_revision=str(fields["schema_revision"]),
            app_version=str(fields["app_version"]),
            files=files,
        )
    except BackupDamaged:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise BackupDamaged(f"unreadable manifest ({type(exc).__name__})") from None
