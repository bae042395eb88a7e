"""The fictional caseload every figure of the harness is measured on, built once per run.

The vault is created here with a cheap key derivation (the harness measures the program, not Argon2id),
its key remembered in the benchmark keyring file (``benchmarks.bench_keyring``), and then filled by the
real command line, ``casenotes demo``, in a subprocess.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from benchmarks.bench_keyring import BenchmarkKeyring
from benchmarks.bench_sync import PASSWORD, VAULT_KDF
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.keychain import KeyCache

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Caseload:
    """A filled vault: where it is, where its remembered key is, and what is in it."""

    vault: Path
    keyring_file: Path
    citizens: int
    notes: int
    measurements: int
    records: dict[str, int]
    demo_seconds: float
    vault_mb: float = 0.0

    def open(self) -> VaultSession:
        """The vault unlocked with its password (not remembered again)."""
        session = VaultSession(self.vault, KeyCache(BenchmarkKeyring(self.keyring_file)))
        session.unlock(PASSWORD)
        return session


def build(folder: Path, citizens: int, notes: int, measurements: int) -> Caseload:
    """Create the vault in ``folder`` and fill it with ``casenotes demo``."""
    vault, keyring_file = folder / "vault", folder / "keyring.json"
    session = VaultSession(vault, KeyCache(BenchmarkKeyring(keyring_file)), kdf=VAULT_KDF)
    session.create(PASSWORD, remember=True)
    session.lock()
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 (our own interpreter and command line)
        [
            sys.executable,
            "-m",
            "desktop",
            "--data-dir",
            str(vault),
            "demo",
            "--citizens",
            str(citizens),
            "--notes",
            str(notes),
            "--measurements",
            str(measurements),
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        text=True,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    demo_seconds = time.perf_counter() - started
    caseload = Caseload(vault, keyring_file, citizens, notes, measurements, {}, demo_seconds)
    session = caseload.open()
    try:
        with session.vault.engine.connect() as conn:
            records = {
                table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()  # noqa: S608
                for table in (
                    "citizen",
                    "meeting_note",
                    "goal",
                    "activity",
                    "actor",
                    "consent",
                    "contact_log",
                    "measurement",
                )
            }
    finally:
        session.lock()
    size = sum(f.stat().st_size for f in vault.iterdir() if f.is_file()) / 1e6
    return Caseload(vault, keyring_file, citizens, notes, measurements, records, demo_seconds, round(size, 1))
