from desktop.storage.vault.wal_check import check_wal


def test_no_wal_and_an_empty_wal_are_fine(tmp_path):
    assert not check_wal(tmp_path / "none").damaged
    (tmp_path / "empty").write_bytes(b"")
    assert not check_wal(tmp_path / "empty").damaged


def test_garbage_is_damage(tmp_path):
    (tmp_path / "wal").write_bytes(b"x" * 5000)
    assert check_wal(tmp_path / "wal").damaged


def test_a_torn_uncommitted_tail_is_not_damage(vault_dir, key_cache, fast_kdf, tmp_path):
    from desktop.storage.vault import audit
    from desktop.storage.vault.vault import Vault
    from tests.conftest import PASSWORD

    v = Vault(vault_dir, key_cache)
    v.create(PASSWORD, fast_kdf)
    v.unlock_with_password(PASSWORD)
    for _ in range(3):
        with v.transaction() as conn:
            audit.append_event(conn, "t", "x")
    data = v.wal_path.read_bytes()
    v.lock()
    report_whole = check_wal_bytes(tmp_path / "whole", data)
    assert not report_whole.damaged and report_whole.valid_frames == report_whole.frames
    torn = bytearray(data)
    torn[-10] ^= 0xFF  # the last frame of the last transaction: a crash while writing it
    report = check_wal_bytes(tmp_path / "torn", bytes(torn))
    assert not report.damaged
    assert report.valid_frames == report.frames - 1


def check_wal_bytes(path, data):
    path.write_bytes(data)
    return check_wal(path)
