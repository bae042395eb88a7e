"""The database half of the vault's check: every page's HMAC and SQLite's structure.

What limits it (156 MB vault, 100k notes): ``quick_check`` is 80% of the time. It walks every b-tree and
then reads every row again for the NOT NULL and CHECK constraints; with SQLite's default 8 MB page cache
the second pass finds few pages still cached, so most pages are read, decrypted and their HMAC verified
twice. A page cache as large as the database (up to ``CACHE_LIMIT``) lets it decrypt each page once
(measured 45 → 101 MB/s). ``cipher_integrity_check`` (HMACs only, every page including free ones) runs
at the same time on a connection of its own, so the two cores share the work. Both connections are
read-only: they never checkpoint, so a damaged vault is left as it was found.

What is left (SQLite 3.53, same vault, page cache warm): 1.36 s, of which ~1.0 s is FTS5's own
integrity check (``quick_check`` calls every virtual table's xIntegrity: the whole search index read
against its content) and ~0.4 s the b-trees; cold, decrypting and HMAC-checking each page adds ~1.6 s.
Checking table by table on more connections (``quick_check(table)``) would spread that over the cores,
but loses the whole-file page accounting (pages used twice or never), so it is not done. At 1M notes
(1.47 GB) neither cap holds the database and the check is as slow as before (47 s, 31 MB/s under load;
19 CPU-seconds either way): what would help there is checking less often (the schedule) or per table.

The cache is memory the process holds while the check runs, so it is capped: ``CACHE_LIMIT`` in the
program, where the check runs beside the open windows (measured 1.3x faster than before at this cap,
2.1x with the whole database cached), and ``COMMAND_LINE_CACHE_LIMIT`` for ``casenotes check``, a
process of its own that ends after the check. A vault larger than the cap is checked with a cache of
that size: slower, never more memory.
"""

from __future__ import annotations

import threading
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.errors import VaultDamaged
from desktop.storage.vault.connection import connect_read_only

CACHE_LIMIT = 64 * 1024 * 1024
COMMAND_LINE_CACHE_LIMIT = 512 * 1024 * 1024
_MIN_CACHE = 8 * 1024 * 1024  # SQLite's default in this build (DEFAULT_CACHE_SIZE=-8000)


def page_and_structure_problems(database: Path, data_key: bytes, cache_limit: int = CACHE_LIMIT) -> list[str]:
    """``cipher_integrity_check`` and ``quick_check`` of ``database`` at once; their findings, [] if none."""
    cipher: list[str] = []
    worker = threading.Thread(
        target=_run,
        args=(database, data_key, "PRAGMA cipher_integrity_check", None, cipher),
        name="cipher-check",
    )
    worker.start()
    structure: list[str] = []
    try:
        size = Path(database).stat().st_size
        cache_kib = max(_MIN_CACHE, min(size + _MIN_CACHE, cache_limit)) // 1024
        _run(database, data_key, "PRAGMA quick_check", cache_kib, structure)
    finally:
        worker.join()
    problems = [p if p.startswith("database: ") else f"cipher: {p}" for p in cipher]
    for line in structure:
        if line.startswith("database: "):
            problems.append(line)
        elif line != "ok":  # one entry may hold several lines, the first naming the schema
            problems += [f"sqlite: {part}" for part in line.splitlines() if part and part[0] != "*"]
    return list(dict.fromkeys(problems))  # a failure to open is said once


def _run(database: Path, data_key: bytes, pragma: str, cache_kib: int | None, out: list[str]) -> None:
    try:
        connection = connect_read_only(str(database), data_key)
    except VaultDamaged as exc:
        out.append(f"database: {exc.detail}")
        return
    try:
        if cache_kib is not None:
            connection.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        out.extend(str(line) for (line,) in connection.execute(pragma))
    except sqlcipher.DatabaseError as exc:
        out.append(f"database: {exc}")
    finally:
        connection.close()
