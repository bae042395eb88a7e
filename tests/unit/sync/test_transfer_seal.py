"""A citizen's file sealed to one colleague and signed by the sender: only the receiver opens it, any
change is refused, a blob signed again by someone else does not open, a changed sender key is caught,
and the receiver's receipt holds only for the blob that was sent."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.sync.identity import Identity, IdentityKeyInvalid, PublicIdentity, safety_number
from desktop.sync.transfer_seal import (
    SIGNATURE_BYTES,
    SenderKeyChanged,
    TransferBroken,
    TransferNotForUs,
    open_transfer,
    receipt_holds,
    seal_transfer,
    sign_receipt,
    transfer_digest,
)

PAYLOAD = "Borgerens sag: profil, mål, samtaler, samtykker … æøå".encode()


@pytest.fixture(scope="module")
def people():
    return Identity.generate(), Identity.generate(), Identity.generate()  # Lene, Jonas, Mallory


def test_the_receiver_opens_what_the_sender_sealed(people):
    lene, jonas, _ = people
    blob = seal_transfer(lene, jonas.public, "transfer-1", PAYLOAD)
    opened = open_transfer(jonas, blob, pinned_sender=lene.public)
    assert (opened.transfer_id, opened.sender, opened.payload) == ("transfer-1", lene.public, PAYLOAD)
    assert PAYLOAD not in blob  # sealed, not merely signed


def test_at_first_use_the_sender_is_told_to_the_caller_to_pin(people):
    lene, jonas, _ = people
    opened = open_transfer(jonas, seal_transfer(lene, jonas.public, "t", PAYLOAD), pinned_sender=None)
    assert opened.sender == lene.public


def test_another_caseworker_cannot_open_it(people):
    lene, jonas, mallory = people
    with pytest.raises(TransferNotForUs):
        open_transfer(mallory, seal_transfer(lene, jonas.public, "t", PAYLOAD), pinned_sender=lene.public)


def test_a_changed_sender_key_is_refused_until_confirmed(people):
    lene, jonas, mallory = people
    blob = seal_transfer(mallory, jonas.public, "t", PAYLOAD)
    with pytest.raises(SenderKeyChanged) as refused:
        open_transfer(jonas, blob, pinned_sender=lene.public)
    assert refused.value.presented == mallory.public  # what the person is asked to confirm


def test_a_blob_signed_again_by_someone_else_does_not_open(people):
    """Mallory takes Lene's transfer, puts her own keys in the header and signs it: the header is the
    cipher's associated data, so the content no longer opens, even with nobody pinned."""
    lene, jonas, mallory = people
    blob = seal_transfer(lene, jonas.public, "t", PAYLOAD)
    keys_at = 3 + 1 + 2 + 1
    resealed = (
        blob[:keys_at] + mallory.public.receive + mallory.public.sign + blob[keys_at + 64 : -SIGNATURE_BYTES]
    )
    resealed += mallory.sign_private.sign(resealed)
    with pytest.raises(TransferBroken, match="content does not open"):  # her signature itself checks out
        open_transfer(jonas, resealed, pinned_sender=None)


def test_a_signature_from_another_transfer_does_not_fit(people):
    lene, jonas, _ = people
    one = seal_transfer(lene, jonas.public, "a", PAYLOAD)
    other = seal_transfer(lene, jonas.public, "b", PAYLOAD)
    with pytest.raises(TransferBroken):
        open_transfer(jonas, one[:-SIGNATURE_BYTES] + other[-SIGNATURE_BYTES:], pinned_sender=lene.public)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_byte_changed_or_cut_is_refused(people, data):
    lene, jonas, _ = people
    blob = seal_transfer(lene, jonas.public, "transfer-1", PAYLOAD)
    if data.draw(st.booleans(), label="cut"):
        damaged = blob[: data.draw(st.integers(0, len(blob) - 1), label="length")]
    else:
        at = data.draw(st.integers(0, len(blob) - 1), label="at")
        flip = data.draw(st.integers(1, 255), label="flip")
        damaged = blob[:at] + bytes([blob[at] ^ flip]) + blob[at + 1 :]
    with pytest.raises((TransferBroken, TransferNotForUs, SenderKeyChanged)):
        open_transfer(jonas, damaged, pinned_sender=lene.public)


def test_an_ephemeral_key_that_gives_no_secret_is_refused(people):
    """A sender (here Mallory, signing her own blob) cannot make the receiver crash with a low-order key."""
    _, jonas, mallory = people
    blob = seal_transfer(mallory, jonas.public, "t", PAYLOAD)
    ephemeral_at = 3 + 1 + 2 + 1 + 3 * 32
    forged = blob[:ephemeral_at] + bytes(32) + blob[ephemeral_at + 32 : -SIGNATURE_BYTES]
    forged += mallory.sign_private.sign(forged)
    with pytest.raises(TransferBroken, match="content does not open"):
        open_transfer(jonas, forged, pinned_sender=mallory.public)


def test_the_receipt_holds_only_for_the_blob_sent_and_from_the_receiver(people):
    lene, jonas, mallory = people
    blob = seal_transfer(lene, jonas.public, "t", PAYLOAD)
    receipt = sign_receipt(jonas, "t", blob)
    assert receipt_holds(receipt, jonas.public, "t", transfer_digest(blob))
    other_blob = seal_transfer(lene, jonas.public, "t", PAYLOAD)
    assert not receipt_holds(receipt, jonas.public, "t", transfer_digest(other_blob))
    assert not receipt_holds(receipt, jonas.public, "u", transfer_digest(blob))
    assert not receipt_holds(sign_receipt(mallory, "t", blob), jonas.public, "t", transfer_digest(blob))


def test_a_declining_receipt_does_not_pass_for_an_acceptance(people):
    mette, jonas, _ = people
    blob = seal_transfer(mette, jonas.public, "t", b"file")
    declined = sign_receipt(jonas, "t", blob, accepted=False)
    assert receipt_holds(declined, jonas.public, "t", transfer_digest(blob), accepted=False)
    assert not receipt_holds(declined, jonas.public, "t", transfer_digest(blob))


def test_an_identity_survives_being_kept_as_bytes():
    identity = Identity.generate()
    kept = Identity.from_private_bytes(identity.private_bytes())
    assert kept.public == identity.public
    with pytest.raises(IdentityKeyInvalid):
        Identity.from_private_bytes(identity.private_bytes()[:-1])
    with pytest.raises(IdentityKeyInvalid):
        PublicIdentity(receive=bytes(31), sign=bytes(32))


def test_fingerprints_are_six_groups_of_five_digits_and_the_safety_number_is_the_same_for_both(people):
    lene, jonas, _ = people
    fingerprint = lene.public.fingerprint()
    groups = fingerprint.split(" ")
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert fingerprint == Identity.from_private_bytes(lene.private_bytes()).public.fingerprint()
    assert fingerprint != jonas.public.fingerprint()
    assert safety_number(lene.public, jonas.public) == safety_number(jonas.public, lene.public)
    changed_signing = PublicIdentity(receive=lene.public.receive, sign=jonas.public.sign)
    assert changed_signing.fingerprint() != fingerprint  # either key changed changes the fingerprint
