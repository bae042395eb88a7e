"""benchmarks/bench_backup.py still runs and reports every figure (the figures themselves say how fast
this machine is, so only their presence and shape are tested)."""

from benchmarks import bench_backup
from benchmarks.bench_sync import PASSWORD, VAULT_KDF
from desktop.demo.caseload import generate
from desktop.services.vault_session import VaultSession


def test_the_backup_harness_reports_backup_check_restore_and_vault_check(tmp_path, key_cache):
    folder = tmp_path / "vault"
    session = VaultSession(folder, key_cache, kdf=VAULT_KDF)
    session.create(PASSWORD)
    generate(session, citizens=2, notes=10, seed=2)
    session.lock()

    figures = bench_backup.run(folder, repeats=1)

    assert figures["raw_aes_gcm_mb_s"] > 0 and figures["vault_mb"] > 0
    for name in ("backup", "backup_check", "restore", "vault_check", "vault_check_command_line"):
        assert figures[name]["mb_s"] > 0 and figures[name]["ratio_to_aes_gcm"] > 0
    assert figures["backup"]["target_mb_s"] == figures["backup_check"]["target_mb_s"] == 300
    session.unlock(PASSWORD)
    assert session.verify_integrity().ok  # and leaves the vault whole
    session.lock()
