"""Sync benchmark: the first full sync of a large demo caseload to a fresh device, and a small
incremental sync, through the real server (uvicorn, loopback, SQLite file).

    python -m benchmarks.bench_sync [--citizens 500] [--notes 100000]

Prints one JSON document (also written to ``benchmarks/results/sync-latest.json``) with each figure
beside its target; exits 1 when a target is missed.

The raw limit is measured in the same run on the same rows: every synced row sealed, opened and inserted
into a fresh vault (SQLCipher, one transaction, one statement per table). A first push and a first pull
are reported as a ratio to it. ``idle_round_seconds`` is a round with nothing to do (median of five).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import keyring
from sqlalchemy import text

from desktop.demo.caseload import generate
from desktop.services.registry import Services
from desktop.services.sync import SyncService
from desktop.services.vault_session import VaultSession
from desktop.storage.records import sync_store
from desktop.storage.records.sync_types import RECORD_TYPES
from desktop.storage.vault.envelope import KdfParams
from desktop.storage.vault.keychain import KeyCache
from desktop.sync.account_keys import KdfSettings
from desktop.sync.sealing import open_sealed_text, seal
from syncserver.background import serve_in_process
from tests.conftest import InMemoryKeyring  # the one in-memory keyring the tests use

PASSWORD = "benchmark password for a fictional caseload"  # noqa: S105 (a throw-away vault)
FIRST_SYNC_TARGET = 25_000  # records per second, first pull
FIRST_PUSH_TARGET = 15_000  # records per second, first push
IDLE_ROUNDS = 5
INCREMENTAL_TARGET = 1.0  # seconds
RESULTS = Path(__file__).resolve().parent / "results"
# The benchmark measures sync, not password hashing: cheap KDFs for the vaults and the account.
VAULT_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
ACCOUNT_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)


def _device(folder: Path, name: str, existing: bool = False) -> tuple[VaultSession, Services]:
    session = VaultSession(folder / name, KeyCache(InMemoryKeyring()), kdf=VAULT_KDF)
    if existing:
        session.unlock(PASSWORD)
    else:
        session.create(PASSWORD)
    services = Services.for_session(session)
    return session, replace(
        services, sync=SyncService(session, services.bus, kdf=ACCOUNT_KDF, device_name=name)
    )


def raw_limit(office_session: VaultSession, folder: Path) -> dict:
    """Seal, open and insert (SQLCipher, one transaction) every synced row of the office vault into a
    fresh vault: the work a sync cannot avoid, without network, server, bookkeeping or merge."""
    with office_session.vault.engine.connect() as conn:
        everything = sync_store.export_all(conn)
    raw_session, _services = _device(folder, "raw")
    key, vault_id = b"k" * 32, "raw-limit"
    engine = raw_session.vault.engine
    records = 0
    started = time.perf_counter()
    with sync_store.applying(engine) as conn:
        for record_type in RECORD_TYPES:
            rows = everything[record_type.table]
            if not rows:
                continue
            table = record_type.table
            opened = []
            for row in rows:
                wire_id = str(row[record_type.key])
                blob = seal(key, vault_id, table, wire_id, row)
                opened.append(open_sealed_text(key, vault_id, table, wire_id, blob)[0])
            conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 (a new vault's settings)
            sync_store.write_rows(conn, record_type, opened, tuple(opened[0]))
            records += len(rows)
    seconds = time.perf_counter() - started
    raw_session.lock()
    return {"records": records, "seconds": round(seconds, 2), "records_per_s": round(records / seconds)}


def _vault_bytes(session: VaultSession) -> int:
    """The size of a vault's files, its log written into the database first."""
    with session.vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    folder = session.vault.database_path.parent
    return sum(path.stat().st_size for path in folder.iterdir() if path.is_file())


def _rate(records: int, seconds: float, target: float, raw: dict) -> dict:
    rate = records / seconds
    return {
        "records": records,
        "seconds": round(seconds, 2),
        "records_per_s": round(rate),
        "target_records_per_s": target,
        "pass": rate >= target,
        "raw_records_per_s": raw["records_per_s"],
        "ratio_to_raw": round(rate / raw["records_per_s"], 2),
    }


def run(citizens: int, notes: int, office_vault: Path | None = None) -> dict:
    """Sync a demo caseload of ``citizens`` and ``notes`` to a fresh device, then fifty changes.

    ``office_vault``: a vault folder already filled with that caseload (password ``PASSWORD``), e.g. by
    the performance harness (``benchmarks.bench``); it is synced in place, so pass a copy.
    """
    keyring.set_keyring(InMemoryKeyring())
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        if office_vault is None:
            office_session, office = _device(folder, "office")
            started = time.perf_counter()
            generate(office_session, citizens, notes)
            demo_seconds: float | None = time.perf_counter() - started
        else:
            office_session, office = _device(office_vault.parent, office_vault.name, existing=True)
            demo_seconds = None
        raw = raw_limit(office_session, folder)
        with serve_in_process(f"sqlite:///{folder / 'server.db'}") as url:
            office.sync.connect(url, "benchmark", PASSWORD)
            records = office.sync.status().waiting
            office_before = _vault_bytes(office_session)
            started = time.perf_counter()
            pushed = office.sync.sync_now().pushed
            push_seconds = time.perf_counter() - started
            office_after = _vault_bytes(office_session)

            field_session, field = _device(folder, "field")
            field.sync.connect(url, "benchmark", PASSWORD)
            started = time.perf_counter()
            pulled = field.sync.sync_now().pulled
            pull_seconds = time.perf_counter() - started
            field_after = _vault_bytes(field_session)

            for row in office.citizens.caseload()[:50]:  # fifty profiles edited at the office
                draft = office.citizens.open_citizen(row.id).draft
                office.citizens.update_citizen(
                    row.id, replace(draft, own_wishes=draft.own_wishes + " (opdateret)")
                )
            office.sync.sync_now()
            started = time.perf_counter()
            incremental = field.sync.sync_now()
            incremental_seconds = time.perf_counter() - started
            idle = []
            for _ in range(IDLE_ROUNDS):
                started = time.perf_counter()
                field.sync.sync_now()
                idle.append(time.perf_counter() - started)
            converged = office.sync.export_all() == field.sync.export_all()
        field_session.lock()
        office_session.lock()
    return {
        "caseload": {
            "citizens": citizens,
            "notes": notes,
            "records": records,
            "demo_seconds": None if demo_seconds is None else round(demo_seconds, 1),
        },
        "raw_limit": raw,
        "vault": {
            "office_before_push_bytes": office_before,
            "office_after_push_bytes": office_after,
            "field_after_pull_bytes": field_after,
            "bytes_per_note": round(field_after / max(notes, 1)),
        },
        "first_push": _rate(pushed, push_seconds, FIRST_PUSH_TARGET, raw),
        "first_full_sync": _rate(pulled, pull_seconds, FIRST_SYNC_TARGET, raw),
        "incremental_sync": {
            "changes": incremental.pulled,
            "seconds": round(incremental_seconds, 3),
            "target_seconds": INCREMENTAL_TARGET,
            "pass": incremental_seconds <= INCREMENTAL_TARGET,
        },
        "idle_round_seconds": round(statistics.median(idle), 4),
        "converged": converged,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=500)
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args()
    result = run(args.citizens, args.notes)
    text = json.dumps(result, indent=2)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "sync-latest.json").write_text(text + "\n", encoding="utf-8")
    ok = (
        result["first_full_sync"]["pass"]
        and result["first_push"]["pass"]
        and result["incremental_sync"]["pass"]
        and result["converged"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
