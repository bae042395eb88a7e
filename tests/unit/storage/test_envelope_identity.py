"""The caseworker's identity kept in ``vault.json``: wrapped under the data key, kept through a new
password, covered by the envelope's MAC; an envelope made before it reads and checks as before."""

import json
import os

import pytest

from desktop.errors import KeyFileDamaged
from desktop.storage.vault.envelope import KeyEnvelope
from desktop.sync.identity import Identity

PASSWORD = "en lang og god adgangssætning"


@pytest.fixture
def keyed(fast_kdf):
    data_key = os.urandom(32)
    return data_key, KeyEnvelope.create(data_key, PASSWORD, os.urandom(16), fast_kdf)


def _with(envelope: KeyEnvelope, data_key: bytes, identity: Identity) -> KeyEnvelope:
    public = identity.public
    return envelope.with_identity(data_key, public.receive, public.sign, identity.private_bytes())


def test_the_identity_is_kept_through_the_file_and_a_new_password(keyed):
    data_key, envelope = keyed
    identity = Identity.generate()
    kept = KeyEnvelope.from_json(_with(envelope, data_key, identity).to_json())
    assert kept.identity_private(data_key) == identity.private_bytes()
    assert (kept.identity_wrap.receive, kept.identity_wrap.sign) == (
        identity.public.receive,
        identity.public.sign,
    )
    after = kept.with_password(data_key, "en anden lang adgangssætning")
    assert after.identity_private(after.unwrap_with_password("en anden lang adgangssætning")) == (
        identity.private_bytes()
    )
    assert identity.private_bytes() not in kept.to_json()  # the private half is never in the clear


def test_an_envelope_without_an_identity_reads_and_checks_as_before(keyed):
    data_key, envelope = keyed
    raw = envelope.to_json()
    assert b"identity" not in raw
    read = KeyEnvelope.from_json(raw)
    assert read.identity_wrap is None and read.identity_private(data_key) is None
    assert read.unwrap_with_password(PASSWORD) == data_key


def _edited(raw: bytes, edit) -> bytes:
    """``raw`` with ``edit`` applied to the body and the checksum made to match (a deliberate edit)."""
    import hashlib

    from desktop.storage.vault.codec import canonical_json

    body = json.loads(raw)
    body.pop("checksum")
    edit(body)
    body["checksum"] = hashlib.sha256(canonical_json(body)).hexdigest()
    return json.dumps(body).encode()


def test_a_swapped_public_key_or_a_removed_identity_is_caught_by_the_mac(keyed):
    data_key, envelope = keyed
    raw = _with(envelope, data_key, Identity.generate()).to_json()
    other = Identity.generate().public

    def swap_signing_key(body):
        from desktop.storage.vault.codec import b64

        body["identity"]["sign"] = b64(other.sign)

    for edit in (swap_signing_key, lambda body: body.pop("identity")):
        with pytest.raises(KeyFileDamaged):
            KeyEnvelope.from_json(_edited(raw, edit)).unwrap_with_password(PASSWORD)


def test_a_damaged_identity_field_is_damage_not_a_wrong_password(keyed):
    data_key, envelope = keyed
    raw = _with(envelope, data_key, Identity.generate()).to_json()
    with pytest.raises(KeyFileDamaged):
        KeyEnvelope.from_json(_edited(raw, lambda body: body["identity"].update(receive="AAAA")))


def test_only_the_vaults_own_key_may_add_an_identity(keyed):
    _, envelope = keyed
    identity = Identity.generate()
    with pytest.raises(KeyFileDamaged):
        envelope.with_identity(
            os.urandom(32), identity.public.receive, identity.public.sign, identity.private_bytes()
        )
