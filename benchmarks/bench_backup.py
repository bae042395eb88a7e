"""Backup, the check of a backup, restore and the vault's own check, in MB/s of vault data.

``run(vault_folder)`` measures on a filled vault (password ``bench_sync.PASSWORD``, e.g. one built by
``benchmarks.caseload.build``) and returns a dict the harness prints; each figure is the median of
``repeats`` runs, and the ratio to raw AES-256-GCM is taken in the same run on the same machine, so a
busy machine lowers both. The vault folder is not changed apart from its access log ("backup.written",
"vault.checked"); backups and the restored copy go to a temporary folder that is removed afterwards.

    python -m benchmarks.bench_backup VAULT_FOLDER [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from benchmarks.bench_sync import PASSWORD
from desktop.services.backup import BackupService
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.db_check import COMMAND_LINE_CACHE_LIMIT
from desktop.storage.vault.keychain import KeyCache
from tests.conftest import InMemoryKeyring  # the one in-memory keyring the tests use

BACKUP_PASSWORD = "a backup password for a fictional caseload"  # noqa: S105 (a throw-away backup)
TARGET_MB_S = 300.0  # backup, and the check of a backup
_MB = 1_000_000
_AES_BLOCK = 1024 * 1024
_AES_TOTAL = 256 * 1024 * 1024


def raw_aes_gcm_mb_s(repeats: int = 3) -> float:
    """AES-256-GCM sealing of 1 MiB blocks in memory: the ceiling a backup's sealing could reach."""
    aead = AESGCM(AESGCM.generate_key(256))
    block = os.urandom(_AES_BLOCK)
    nonce = bytes(12)
    rates = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(_AES_TOTAL // _AES_BLOCK):
            aead.encrypt(nonce, block, None)
        rates.append(_AES_TOTAL / _MB / (time.perf_counter() - started))
    return statistics.median(rates)


def _timed(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds (all threads of this process) of ``action``."""
    times, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(times), statistics.median(cpu)


def run(vault_folder: Path, repeats: int = 3, password: str = PASSWORD) -> dict:
    """Measure backup, backup check, restore and vault check on the vault in ``vault_folder``."""
    vault_folder = Path(vault_folder)
    data_mb = sum((vault_folder / name).stat().st_size for name in ("vault.db", "vault.json")) / _MB
    aes = raw_aes_gcm_mb_s()
    work = Path(tempfile.mkdtemp(prefix="casenotes-bench-backup-"))
    session = VaultSession(vault_folder, KeyCache(InMemoryKeyring()))
    try:
        session.unlock(password)
        service = BackupService(session)
        target = work / "bench.cnbackup"
        backup_s = _timed(lambda: service.write_backup(target, BACKUP_PASSWORD), repeats)
        backup_bytes = target.stat().st_size
        check_s = _timed(lambda: service.check(target, BACKUP_PASSWORD), repeats)
        vault_check_s = _timed(session.vault.verify_integrity, repeats)
        # ``casenotes check`` is a process of its own and lets the check cache more (db_check).
        session.vault.check_cache_limit = COMMAND_LINE_CACHE_LIMIT
        command_line_check_s = _timed(session.vault.verify_integrity, repeats)
        session.lock()

        def restore() -> None:
            folder = work / "restored"
            shutil.rmtree(folder, ignore_errors=True)
            BackupService(VaultSession(folder, KeyCache(InMemoryKeyring()))).restore(target, BACKUP_PASSWORD)

        restore_s = _timed(restore, repeats)
    finally:
        session.lock()
        shutil.rmtree(work, ignore_errors=True)

    def figure(timed: tuple[float, float], target: float | None = None) -> dict:
        seconds, cpu = timed
        rate = data_mb / seconds
        out = {
            "seconds": round(seconds, 3),
            "mb_s": round(rate, 1),
            "ratio_to_aes_gcm": round(rate / aes, 4),
            # On a busy machine wall time stretches with the load; CPU time much less so.
            "cpu_seconds": round(cpu, 3),
            "mb_per_cpu_s": round(data_mb / cpu, 1) if cpu else None,
        }
        if target is not None:
            out.update(target_mb_s=target, meets_target=rate >= target)
        return out

    return {
        "vault_mb": round(data_mb, 1),
        "backup_file_mb": round(backup_bytes / _MB, 1),
        "repeats": repeats,
        "raw_aes_gcm_mb_s": round(aes, 1),
        "backup": figure(backup_s, TARGET_MB_S),
        "backup_check": figure(check_s, TARGET_MB_S),
        "restore": figure(restore_s),
        "vault_check": figure(vault_check_s),
        "vault_check_command_line": figure(command_line_check_s),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vault_folder", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    json.dump(run(args.vault_folder, args.repeats), sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
