"""What someone who wants a vault to lose or hide data does to its files, for tests that must catch it.

The "attacker" here holds the password (a caseworker hiding what they looked at, or anyone who learnt it)
and edits the database with a plain SQLCipher connection: none of the program's own code runs, so
nothing the program does on a commit happens. Others only touch the files: cut or delete the
write-ahead log, delete the commit mark.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.storage.vault.envelope import KeyEnvelope
from tests.conftest import PASSWORD

WAL_HEADER = 32
FRAME_HEADER = 24
PAGE_SIZE = 4096
FRAME = FRAME_HEADER + PAGE_SIZE
GENESIS = "0" * 64


def data_key(folder: Path, password: str = PASSWORD) -> bytes:
    """The vault's data key, as anyone with the password can unwrap it."""
    return KeyEnvelope.read(Path(folder) / "vault.json").unwrap_with_password(password)


def attacker_connection(folder: Path, password: str = PASSWORD) -> sqlcipher.Connection:
    """A plain SQLCipher connection on the vault's database, keyed (autocommit; use BEGIN/COMMIT)."""
    connection = sqlcipher.connect(str(Path(folder) / "vault.db"), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{data_key(folder, password).hex()}'\"")
    connection.execute("PRAGMA journal_mode = WAL").fetchone()
    return connection


def edit(folder: Path, *statements: str) -> None:
    """Run ``statements`` in one transaction over an attacker's connection, then close it."""
    connection = attacker_connection(folder)
    try:
        connection.execute("BEGIN")
        for statement in statements:
            connection.execute(statement)
        connection.execute("COMMIT")
    finally:
        connection.close()


def legacy_hash(*fields: object) -> str:
    """The access log's original, unkeyed link: SHA-256 over the JSON of the fields."""
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(payload).hexdigest()


def rehash_with_sha256(connection: sqlcipher.Connection) -> None:
    """Renumber and re-link the stored log with plain SHA-256 from its start (the anchor, or the genesis
    link when there is none): the attack that passed ``check`` before schema 0011."""
    anchor = connection.execute("SELECT through_seq, through_hash FROM audit_anchor").fetchone()
    seq, prev = (anchor[0] + 1, anchor[1]) if anchor else (1, GENESIS)
    rows = connection.execute(
        "SELECT id, at, actor, action, citizen_id, detail FROM audit_event ORDER BY seq"
    ).fetchall()
    connection.execute("UPDATE audit_event SET seq = -seq")  # out of the way of the unique index
    for event_id, at, actor, action, citizen_id, detail in rows:
        digest = legacy_hash(prev, event_id, seq, at, actor, action, citizen_id, detail)
        connection.execute(
            "UPDATE audit_event SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (seq, prev, digest, event_id),
        )
        prev, seq = digest, seq + 1


def crash_copy(folder: Path, target: Path) -> Path:
    """Copy a vault folder as a crash leaves it (database, write-ahead log and mark as on disk; no -shm)."""
    shutil.copytree(folder, target)
    for leftover in Path(target).glob("*-shm"):
        leftover.unlink()
    return Path(target)


def wal_frames(wal: Path) -> int:
    """How many whole frames the write-ahead log holds."""
    return max(0, (Path(wal).stat().st_size - WAL_HEADER) // FRAME)


def cut_wal(wal: Path, frames: int) -> None:
    """Cut the write-ahead log after ``frames`` whole frames: every checksum left still holds."""
    data = Path(wal).read_bytes()
    Path(wal).write_bytes(data[: WAL_HEADER + frames * FRAME])


def vault_file_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of each of the vault's own files (not the -shm index, not the program's log, not the
    lock a program holds on the folder and its holder note).

    An empty write-ahead log counts as none: SQLite makes one when it opens a WAL database where there
    was none, even read-only, and it holds nothing.
    """
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(folder).iterdir())
        if path.is_file()
        and not path.name.endswith("-shm")
        and not path.name.startswith("vault.lock")
        and not (path.name.endswith("-wal") and path.stat().st_size == 0)
    }
