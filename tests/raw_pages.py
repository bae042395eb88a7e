"""Every page of a SQLCipher database (file and WAL) decrypted, free pages and slack included.

What a forensic look at the disk would find with the key: used for "no recoverable pages" tests.
SQLCipher 4 defaults with a raw key: 4096-byte pages, each AES-256-CBC encrypted up to its last 80
bytes (16-byte IV, 64-byte HMAC); page 1 starts with the 16-byte salt instead of the header.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypted_pages(database: Path, key: bytes) -> bytes:
    """The plaintext of every page in ``database`` and in its ``-wal`` file, concatenated."""
    out = bytearray()
    data = database.read_bytes()
    for number, start in enumerate(range(0, len(data), PAGE), start=1):
        out += _page(data[start : start + PAGE], key, first=number == 1)
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        for start in range(WAL_HEADER, len(raw) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
            page_number = int.from_bytes(raw[start : start + 4], "big")
            frame = raw[start + FRAME_HEADER : start + FRAME_HEADER + PAGE]
            out += _page(frame, key, first=page_number == 1)
    return bytes(out)


def _page(page: bytes, key: bytes, first: bool) -> bytes:
    if len(page) < PAGE:
        return b""
    offset = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[offset : PAGE - RESERVE]) + decryptor.finalize()
