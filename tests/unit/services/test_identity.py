"""The caseworker's identity: made once, the first time it is needed, kept in the vault's envelope
(never in the clear), the same after locking, a new password and the recovery path, and logged."""

from desktop.storage.vault import audit
from desktop.sync.identity import Identity
from tests.conftest import PASSWORD


def test_the_identity_is_made_once_and_kept_through_lock_and_a_new_password(services):
    session = services.session
    assert session.vault.identity_private() is None  # nothing is made before it is needed
    made = services.identity.own()
    assert services.identity.own().public == made.public
    raw = session.vault.envelope_path.read_bytes()
    assert made.private_bytes() not in raw and made.private_bytes().hex().encode() not in raw
    session.change_password(PASSWORD, "en helt anden lang adgangssætning")
    session.lock()
    session.unlock("en helt anden lang adgangssætning")
    assert services.identity.own().public == made.public
    assert services.identity.fingerprint() == made.public.fingerprint()


def test_making_the_identity_is_in_the_access_log(services):
    services.identity.own()
    services.identity.own()
    with services.session.vault.engine.connect() as conn:
        actions = [event.action for event in audit.recent_events(conn)]
    assert actions.count("vault.identity_created") == 1


def test_a_kept_identity_opens_transfers_sealed_to_its_public_keys(services):
    from desktop.sync.transfer_seal import open_transfer, seal_transfer

    colleague = Identity.generate()
    mine = services.identity.own()
    blob = seal_transfer(colleague, mine.public, "t-1", b"en borgers sag")
    assert (
        open_transfer(services.identity.own(), blob, pinned_sender=colleague.public).payload
        == b"en borgers sag"
    )
