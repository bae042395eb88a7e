"""The backup file format on its own: round trip, and every kind of damage told apart from a wrong secret."""

from __future__ import annotations

import hashlib
import random
import struct
import tracemalloc

import pytest

from desktop.errors import (
    BackupDamaged,
    BackupTooNew,
    BackupVerificationFailed,
    NotABackup,
    WrongBackupSecret,
)
from desktop.storage.vault import backup
from desktop.storage.vault.envelope import KdfParams
from tests.helpers import flip_byte

CHUNK = 4096
TAG = 16
FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSWORD = backup.BackupSecret.password("en lang nok adgangssætning")
RECOVERY = backup.BackupSecret.recovery_key(bytes(range(16)))


@pytest.fixture
def sources(tmp_path):
    """Two files standing in for a vault: 3.5 chunks of 'database' and a small key file."""
    folder = tmp_path / "src"
    folder.mkdir()
    rng = random.Random(7)
    (folder / "vault.db").write_bytes(bytes(rng.getrandbits(8) for _ in range(CHUNK * 3 + CHUNK // 2)))
    (folder / "vault.json").write_bytes(b'{"key": "file"}\n')
    return [("vault.json", folder / "vault.json"), ("vault.db", folder / "vault.db")]


def _sources(files) -> list[backup.Source]:
    """Each file as a source, read in blocks of a quarter chunk (blocks and chunks need not line up)."""

    def blocks(path):
        with open(path, "rb") as handle:
            while block := handle.read(CHUNK // 4 + 1):
                yield block

    return [backup.Source(name, path.stat().st_size, lambda path=path: blocks(path)) for name, path in files]


def _manifest(files) -> backup.Manifest:
    return backup.Manifest("vault-id", "0008_sync", "0.1.0", backup.describe(_sources(files)))


def _write(tmp_path, files, secret=PASSWORD, name="b.cnbackup"):
    target = tmp_path / name
    header = backup.write_verified(
        target, _sources(files), secret, _manifest(files), kdf=FAST, chunk_size=CHUNK
    )
    return target, header


@pytest.mark.parametrize("secret", [PASSWORD, RECOVERY], ids=["password", "recovery-key"])
def test_round_trip_gives_back_the_same_files(tmp_path, sources, secret):
    target, header = _write(tmp_path, sources, secret)
    assert header.secret == secret.kind
    assert backup.verify(target, secret) == _manifest(sources)
    out = tmp_path / "out"
    out.mkdir()
    backup.extract(target, secret, out)
    for name, path in sources:
        assert (out / name).read_bytes() == path.read_bytes()
    # Nothing but the final file is left beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.cnbackup", "out", "src"]


def test_the_file_is_header_then_authenticated_chunks_and_holds_no_plaintext(tmp_path, sources):
    target, header = _write(tmp_path, sources)
    data = target.read_bytes()
    assert data.startswith(backup.MAGIC)
    body = len(data) - len(header.raw)
    content = sum(path.stat().st_size for _, path in sources)
    chunks = -(-body // (CHUNK + TAG))
    assert chunks >= 4  # the content spans several chunks, so order and truncation are tested
    assert body > content  # manifest and tags on top of the files
    for _, path in sources:
        assert path.read_bytes()[:64] not in data
    assert b"vault-id" not in data  # the manifest is inside the encryption


def test_wrong_password_and_wrong_kind_of_secret_are_told_apart_from_damage(tmp_path, sources):
    target, _ = _write(tmp_path, sources)
    with pytest.raises(WrongBackupSecret):
        backup.verify(target, backup.BackupSecret.password("en anden adgangssætning"))
    with pytest.raises(WrongBackupSecret):
        backup.verify(target, RECOVERY)
    recovery_target, _ = _write(tmp_path, sources, RECOVERY, "r.cnbackup")
    with pytest.raises(WrongBackupSecret):
        backup.verify(recovery_target, backup.BackupSecret.recovery_key(bytes(16)))


def test_a_flipped_byte_anywhere_is_damage(tmp_path, sources):
    target, header = _write(tmp_path, sources)
    original = target.read_bytes()
    size = len(original)
    stored = CHUNK + TAG
    offsets = set(range(len(header.raw)))  # every byte of the header: magic, length, JSON, checksum
    body = len(header.raw)
    for start in range(body, size, stored):  # the first and last bytes of every chunk and its tag
        offsets |= {start, start + 1, min(start + stored, size) - TAG, min(start + stored, size) - 1}
    offsets |= set(random.Random(1).sample(range(body, size), 200))
    for offset in sorted(offsets):
        target.write_bytes(original)
        flip_byte(target, offset)
        with pytest.raises(BackupDamaged):
            backup.verify(target, PASSWORD)


@pytest.mark.parametrize("cut", ["inside the header", "at a chunk border", "inside a chunk", "the last byte"])
def test_a_cut_off_file_is_damage(tmp_path, sources, cut):
    target, header = _write(tmp_path, sources)
    data = target.read_bytes()
    body = len(header.raw)
    length = {
        "inside the header": body // 2,
        "at a chunk border": body + 2 * (CHUNK + TAG),
        "inside a chunk": body + CHUNK + 100,
        "the last byte": len(data) - 1,
    }[cut]
    target.write_bytes(data[:length])
    with pytest.raises(BackupDamaged):
        backup.verify(target, PASSWORD)


def test_chunks_swapped_repeated_or_appended_are_damage(tmp_path, sources):
    target, header = _write(tmp_path, sources)
    data = target.read_bytes()
    head, body = data[: len(header.raw)], data[len(header.raw) :]
    stored = CHUNK + TAG
    chunks = [body[i : i + stored] for i in range(0, len(body), stored)]
    variants = {
        "swapped": [chunks[1], chunks[0], *chunks[2:]],
        "repeated": [chunks[0], *chunks],
        "last dropped and one before it made last": chunks[:-1],
        "last repeated": [*chunks, chunks[-1]],
    }
    for name, parts in variants.items():
        target.write_bytes(head + b"".join(parts))
        with pytest.raises(BackupDamaged):
            backup.verify(target, PASSWORD)
            pytest.fail(f"{name} was accepted")


def test_a_chunk_from_another_backup_with_the_same_password_does_not_fit(tmp_path, sources):
    first, header = _write(tmp_path, sources)
    second, header2 = _write(tmp_path, sources, name="c.cnbackup")
    a, b = first.read_bytes(), second.read_bytes()
    mixed = a[: len(header.raw) + CHUNK + TAG] + b[len(header2.raw) + CHUNK + TAG :]
    first.write_bytes(mixed)
    with pytest.raises(BackupDamaged):
        backup.verify(first, PASSWORD)


def test_other_files_are_not_backups_and_newer_versions_are_named(tmp_path, sources):
    stranger = tmp_path / "notes.txt"
    stranger.write_text("Mødereferat\n" * 100, encoding="utf-8")
    with pytest.raises(NotABackup):
        backup.verify(stranger, PASSWORD)
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    with pytest.raises(NotABackup):
        backup.read_header(empty)

    target, header = _write(tmp_path, sources)
    newer_version = f'"version":{backup.FORMAT_VERSION + 1}'.encode()
    body = header.raw[len(backup.MAGIC) + 4 : -32].replace(
        f'"version":{backup.FORMAT_VERSION}'.encode(), newer_version
    )
    preamble = backup.MAGIC + struct.pack(">I", len(body)) + body
    newer = preamble + hashlib.sha256(preamble).digest()
    target.write_bytes(newer + target.read_bytes()[len(header.raw) :])
    with pytest.raises(BackupTooNew):
        backup.verify(target, PASSWORD)


def test_a_header_asking_for_an_absurd_kdf_is_refused_before_any_work(tmp_path, sources):
    target, header = _write(tmp_path, sources)
    body = header.raw[len(backup.MAGIC) + 4 : -32].replace(b'"memory_kib":8192', b'"memory_kib":99999999')
    preamble = backup.MAGIC + struct.pack(">I", len(body)) + body
    target.write_bytes(preamble + hashlib.sha256(preamble).digest() + target.read_bytes()[len(header.raw) :])
    with pytest.raises(BackupDamaged, match="KDF"):
        backup.read_header(target)


def test_a_failed_check_after_writing_deletes_the_file_and_keeps_an_older_backup(
    tmp_path, sources, monkeypatch
):
    target, _ = _write(tmp_path, sources)
    older = target.read_bytes()
    real_seal = backup._seal

    def seal_then_damage(path, *args, **kwargs):
        header = real_seal(path, *args, **kwargs)
        flip_byte(path, -5)  # as if the drive wrote one byte wrong
        return header

    monkeypatch.setattr(backup, "_seal", seal_then_damage)
    with pytest.raises(BackupVerificationFailed):
        backup.write_verified(
            target, _sources(sources), PASSWORD, _manifest(sources), kdf=FAST, chunk_size=CHUNK
        )
    assert target.read_bytes() == older
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.cnbackup", "src"]


def test_extract_refuses_names_that_are_not_vault_files(tmp_path, sources):
    with pytest.raises(ValueError, match="does not carry"):
        backup.describe(_sources([("../escape", sources[0][1])]))
    with pytest.raises(ValueError, match="does not carry"):
        backup.describe(_sources([sources[0], sources[0]]))


def test_a_source_that_gives_more_or_fewer_bytes_than_it_said_leaves_no_file(tmp_path, sources):
    target = tmp_path / "b.cnbackup"
    for wrong in (-1, 1):
        said = [backup.Source(s.name, s.size + wrong, s.blocks) for s in _sources(sources)]
        manifest = backup.Manifest("vault-id", "0008_sync", "0.1.0", backup.describe(said))
        with pytest.raises(BackupVerificationFailed, match="changed size"):
            backup.write_verified(target, said, PASSWORD, manifest, kdf=FAST, chunk_size=CHUNK)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["src"]


def test_sealing_holds_one_chunk_of_plaintext_whatever_the_blocks(tmp_path):
    """A source giving the whole file as one block is cut into chunks as it goes: the sealer's buffer
    never grows past one chunk (it used to append the block and then cut it)."""
    size = CHUNK * 40 + 7
    data = bytes(random.Random(3).getrandbits(8) for _ in range(size))
    sources = [backup.bytes_source("vault.json", b"{}"), backup.bytes_source("vault.db", data)]
    manifest = backup.Manifest("vault-id", "0008_sync", "0.1.0", backup.describe(sources))
    target = tmp_path / "b.cnbackup"
    tracemalloc.start()
    try:
        backup.write_verified(target, sources, RECOVERY, manifest, chunk_size=CHUNK)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 6 * CHUNK + 64 * 1024, peak  # the data itself was allocated before tracing began
    out = tmp_path / "out"
    out.mkdir()
    backup.extract(target, RECOVERY, out)
    assert (out / "vault.db").read_bytes() == data
