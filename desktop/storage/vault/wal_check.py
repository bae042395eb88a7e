"""Checks the write-ahead log before SQLite replays it.

SQLite treats a WAL frame that fails its checksum as the end of the log and silently ignores it and
everything after it. After a crash that is right (a torn, uncommitted tail), but a damaged frame in the
middle of committed frames would quietly drop committed transactions. This module finds that case, so
the vault is reported as damaged instead of opened without the data. No key is needed: the checksums
cover the encrypted bytes as stored.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_HEADER_SIZE = 32
_FRAME_HEADER_SIZE = 24
_MAGIC_LE = 0x377F0682
_MAGIC_BE = 0x377F0683


@dataclass(frozen=True)
class WalReport:
    """What the WAL holds: ``damaged`` is set when committed frames would be lost."""

    frames: int
    valid_frames: int
    damaged: bool
    reason: str = ""


def check_wal(path: Path) -> WalReport:
    """Inspect the WAL file at ``path`` (a missing or empty file is fine)."""
    path = Path(path)
    if not path.exists():
        return WalReport(0, 0, False)
    data = path.read_bytes()
    if len(data) == 0:
        return WalReport(0, 0, False)
    if len(data) < _HEADER_SIZE:
        return WalReport(0, 0, True, "WAL header is truncated")
    magic, _version, page_size, _ckpt, salt1, salt2, ck1, ck2 = struct.unpack(">8I", data[:_HEADER_SIZE])
    if magic not in (_MAGIC_LE, _MAGIC_BE):
        return WalReport(0, 0, True, "WAL header is not recognised")
    big_endian = magic == _MAGIC_BE
    s0, s1 = _checksum(data[:24], 0, 0, big_endian)
    if (s0, s1) != (ck1, ck2):
        has_frames = len(data) >= _HEADER_SIZE + _FRAME_HEADER_SIZE + page_size
        return WalReport(0, 0, has_frames, "WAL header checksum mismatch")

    frame_size = _FRAME_HEADER_SIZE + page_size
    frame_count = (len(data) - _HEADER_SIZE) // frame_size
    valid = 0
    first_bad = None
    for index in range(frame_count):
        offset = _HEADER_SIZE + index * frame_size
        header = data[offset : offset + _FRAME_HEADER_SIZE]
        _page_no, _commit, f_salt1, f_salt2, f_ck1, f_ck2 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break  # a stale frame from an earlier generation of the log: the live log ends here
        s0, s1 = _checksum(header[:8], s0, s1, big_endian)
        s0, s1 = _checksum(data[offset + _FRAME_HEADER_SIZE : offset + frame_size], s0, s1, big_endian)
        if (s0, s1) != (f_ck1, f_ck2):
            first_bad = index
            break
        valid += 1
    if first_bad is None:
        return WalReport(frame_count, valid, False)
    # Frames of the same generation after the bad one that end a transaction mean the bad frame was
    # part of, or followed by, committed work: losing it would lose committed data.
    for index in range(first_bad + 1, frame_count):
        offset = _HEADER_SIZE + index * frame_size
        _page_no, commit, f_salt1, f_salt2, _a, _b = struct.unpack(
            ">6I", data[offset : offset + _FRAME_HEADER_SIZE]
        )
        if (f_salt1, f_salt2) == (salt1, salt2) and commit:
            return WalReport(frame_count, valid, True, f"WAL frame {first_bad} fails its checksum")
    return WalReport(frame_count, valid, False, "torn tail after a crash (uncommitted)")


def _checksum(block: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(block) // 4}I", block)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1
