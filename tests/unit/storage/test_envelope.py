import json
import os
import stat

import pytest

from desktop.errors import KeyFileDamaged, WrongPassword, WrongRecoveryKey
from desktop.storage.vault.envelope import KdfParams, KeyEnvelope
from tests.helpers import flip_byte

KEY = bytes(range(32))
RECOVERY = bytes(range(100, 116))


@pytest.fixture
def envelope(fast_kdf) -> KeyEnvelope:
    return KeyEnvelope.create(KEY, "første kode", RECOVERY, fast_kdf)


def test_the_key_comes_back_with_the_password_or_the_recovery_key(envelope):
    assert envelope.unwrap_with_password("første kode") == KEY
    assert envelope.unwrap_with_recovery(RECOVERY) == KEY


def test_wrong_secrets_are_refused(envelope):
    with pytest.raises(WrongPassword):
        envelope.unwrap_with_password("forkert")
    with pytest.raises(WrongRecoveryKey):
        envelope.unwrap_with_recovery(bytes(16))


def test_file_round_trip_is_owner_only(envelope, tmp_path):
    path = tmp_path / "vault.json"
    envelope.write(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again = KeyEnvelope.read(path)
    assert again == envelope
    assert again.unwrap_with_password("første kode") == KEY


def test_the_default_cost_is_argon2id_64_mib_t3_p4():
    params = KdfParams()
    assert (params.memory_kib, params.iterations, params.lanes) == (65536, 3, 4)
    assert len(params.salt) == 16


def test_changing_the_password_keeps_the_key_and_retires_the_old_password(envelope):
    changed = envelope.with_password(KEY, "anden kode")
    assert changed.kdf.salt != envelope.kdf.salt
    assert changed.unwrap_with_password("anden kode") == KEY
    with pytest.raises(WrongPassword):
        changed.unwrap_with_password("første kode")
    assert changed.unwrap_with_recovery(RECOVERY) == KEY


def test_a_wrap_cannot_be_moved_to_another_vault(envelope, fast_kdf):
    other = KeyEnvelope.create(KEY, "første kode", RECOVERY, fast_kdf)
    # Same password and key, but the AAD names another vault id: the moved wrap must not open.
    moved = type(envelope)(**{**other.__dict__, "password_wrap": envelope.password_wrap})
    with pytest.raises(WrongPassword):
        moved.unwrap_with_password("første kode")


def test_the_password_and_recovery_slots_cannot_be_swapped(envelope):
    swapped = type(envelope)(**{**envelope.__dict__, "password_wrap": envelope.recovery_wrap})
    with pytest.raises(WrongPassword):
        swapped.unwrap_with_password("første kode")


@pytest.mark.parametrize("offset", [5, 100, 300, -40, -5])
def test_a_flipped_byte_is_reported_as_damage_not_as_a_wrong_password(envelope, tmp_path, offset):
    path = tmp_path / "vault.json"
    envelope.write(path)
    flip_byte(path, offset)
    with pytest.raises(KeyFileDamaged):
        KeyEnvelope.read(path).unwrap_with_password("første kode")


def test_an_edit_with_a_recomputed_checksum_is_caught_by_the_header_mac(envelope, tmp_path):
    import hashlib

    body = json.loads(envelope.to_json())
    body.pop("checksum")
    body["created_at"] = "2001-01-01T00:00:00+00:00"
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    edited = KeyEnvelope.from_json(json.dumps(body).encode())
    with pytest.raises(KeyFileDamaged):
        edited.unwrap_with_password("første kode")


@pytest.mark.parametrize("raw", [b"", b"{", b"[]", b'{"checksum": "x"}', "æøå".encode("latin-1")])
def test_garbage_is_damage(raw):
    with pytest.raises(KeyFileDamaged):
        KeyEnvelope.from_json(raw)
