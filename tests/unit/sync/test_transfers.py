"""Handing a citizen's file from one caseworker to another through the real server (in process).

Lene (one account) hands a citizen to Jonas (another account): Jonas gets every record with its
history, Lene's copy goes only after Jonas's signed receipt, both access logs say so, and the server
holds sealed bytes only. Then the ways it must not work: a key swapped by the server, a tampered or
re-signed blob, a receipt from someone else, a decline, an offline sender.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import text

from desktop.demo.caseload import generate
from desktop.errors import (
    CitizenAlreadyHere,
    ColleagueKeyChanged,
    ColleagueUnknown,
    TransferPending,
    TransferUnreadable,
)
from desktop.services.colleagues import CHANGED, NEW, PINNED
from desktop.storage.records import citizens
from desktop.storage.records import transfers as stored
from desktop.storage.vault import audit
from desktop.sync.identity import Identity
from desktop.sync.transfer_client import publish_identity
from tests.conftest import PASSWORD
from tests.unit.sync.conftest import SERVER_URL


@pytest.fixture
def lene(make_device):
    device = make_device("lene")
    device.sync.connect(SERVER_URL, "lene", PASSWORD)
    generate(device.session, 3, 30, seed=7)
    return device


@pytest.fixture
def jonas(make_device):
    device = make_device("jonas")
    device.sync.connect(SERVER_URL, "jonas", PASSWORD)
    return device


def _file(device, citizen_id: str) -> dict[str, list[dict]]:
    with device.session.vault.engine.connect() as conn:
        return stored.file_rows(conn, citizen_id)


def _actions(device) -> list[tuple[str, dict]]:
    with device.session.vault.engine.connect() as conn:
        return [(e.action, json.loads(e.detail or "{}")) for e in reversed(audit.recent_events(conn, 200))]


def _profile(device, citizen_id: str):
    with device.session.vault.engine.connect() as conn:
        return citizens.get_citizen(conn, citizen_id)


def _first_citizen(device) -> str:
    return sorted(row.id for row in device.services.citizens.caseload())[0]


def _server_rows(server_app, sql: str) -> list:
    with server_app.state.engine.connect() as conn:
        return list(conn.execute(text(sql)).all())


def _introduce(*devices) -> None:
    """Each publishes its identity (as a first sync round does)."""
    for device in devices:
        device.services.transfers.round()


def test_a_citizen_goes_from_lene_to_jonas_with_every_record_and_only_after_the_receipt(
    lene, jonas, server_app
):
    _introduce(lene, jonas)
    citizen_id = _first_citizen(lene)
    before = _file(lene, citizen_id)
    name = _profile(lene, citizen_id).draft.name

    transfer_id = lene.services.transfers.hand_over(citizen_id, "jonas", reason="Sygemelding")
    # Sent at once: the server holds the sealed blob, and nothing of the file can be read in it.
    (blob,) = [row[0] for row in _server_rows(server_app, "SELECT blob FROM transfer")]
    assert name.encode() not in blob and citizen_id.encode() not in blob.replace(transfer_id.encode(), b"")
    assert lene.services.transfers.pending_for(citizen_id).state == "sent"

    jonas.services.transfers.round()
    (waiting,) = jonas.services.transfers.waiting()
    assert (waiting.sender, waiting.citizen_name, waiting.reason) == ("lene", name, "Sygemelding")
    assert waiting.sender_fingerprint == lene.services.identity.fingerprint()
    assert waiting.problem is None
    assert jonas.services.citizens.caseload() == []  # nothing in until accepted

    assert jonas.services.transfers.accept(transfer_id) == citizen_id
    after = _file(jonas, citizen_id)
    handover = after.pop("handover")[-1]
    assert (handover["from_caseworker"], handover["to_caseworker"], handover["reason"]) == (
        before["citizen"][0]["responsible_caseworker"],
        "jonas",
        "Sygemelding",
    )
    after["citizen"][0].pop("responsible_caseworker"), after["citizen"][0].pop("updated_at")
    for row in before["citizen"]:
        row.pop("responsible_caseworker"), row.pop("updated_at")
    before.pop("handover", None)
    assert after == before  # every record, with its history (revisions, corrections) as it was
    assert jonas.services.search.search(name.split()[0])  # indexed for search

    # The answer went with the accept; Lene's next round reads the signed receipt and erases.
    assert _profile(lene, citizen_id) is not None
    report = lene.services.transfers.round()
    assert report.erased == 1
    assert _file(lene, citizen_id) == {}
    assert _server_rows(server_app, "SELECT id FROM transfer") == []  # recorded: the server forgets it

    lene_log = [action for action, _ in _actions(lene)]
    assert "citizen.transfer_queued" in lene_log and "citizen.transferred" in lene_log
    assert ("citizen.transfer_accepted", "lene") in [(a, d.get("from")) for a, d in _actions(jonas)]


def test_the_file_can_go_back_and_both_sync_it_to_their_own_accounts(lene, jonas, make_device):
    _introduce(lene, jonas)
    citizen_id = _first_citizen(lene)
    first = lene.services.transfers.hand_over(citizen_id, "jonas")
    jonas.services.transfers.round()
    jonas.services.transfers.accept(first)
    lene.services.transfers.round()
    lene.sync.sync_now()  # the erasure reaches Lene's account
    jonas.sync.sync_now()

    back = jonas.services.transfers.hand_over(citizen_id, "lene", reason="Tilbage")
    lene.services.transfers.round()
    lene.services.transfers.accept(back)
    jonas.services.transfers.round()
    assert _file(jonas, citizen_id) == {}
    assert len(_file(lene, citizen_id)["handover"]) >= 2
    # Both accounts take the change: Lene's account had the citizen's records as deleted.
    lene.sync.sync_now()
    jonas.sync.sync_now()
    assert lene.services.sync.status().waiting == 0 and lene.services.sync.status().conflicts == 0
    laptop = make_device("lene-laptop")
    laptop.sync.connect(SERVER_URL, "lene", PASSWORD)
    laptop.sync.sync_now()
    assert _file(laptop, citizen_id) == _file(lene, citizen_id)


def test_a_decline_keeps_the_file_with_the_sender(lene, jonas):
    _introduce(lene, jonas)
    citizen_id = _first_citizen(lene)
    transfer_id = lene.services.transfers.hand_over(citizen_id, "jonas")
    jonas.services.transfers.round()
    jonas.services.transfers.decline(transfer_id)
    report = lene.services.transfers.round()
    assert report.declined == 1 and report.erased == 0
    assert _file(lene, citizen_id)["citizen"]
    assert jonas.services.citizens.caseload() == []
    assert lene.services.transfers.pending_for(citizen_id) is None  # may be handed over again
    assert "citizen.transfer_declined" in [a for a, _ in _actions(lene)]


def test_one_file_is_handed_over_once_at_a_time(lene, jonas):
    _introduce(lene, jonas)
    citizen_id = _first_citizen(lene)
    lene.services.transfers.hand_over(citizen_id, "jonas")
    with pytest.raises(TransferPending):
        lene.services.transfers.hand_over(citizen_id, "jonas")


def test_an_unknown_colleague_is_refused_and_nothing_is_queued(lene, jonas):
    _introduce(lene, jonas)
    citizen_id = _first_citizen(lene)
    with pytest.raises(ColleagueUnknown):
        lene.services.transfers.hand_over(citizen_id, "mette")
    assert lene.services.transfers.pending_for(citizen_id) is None


def test_offline_the_file_waits_sealed_and_goes_at_the_next_round(lene, jonas, offline):
    _introduce(lene, jonas)
    first, citizen_id = sorted(row.id for row in lene.services.citizens.caseload())[:2]
    lene.services.transfers.hand_over(first, "jonas")  # online: Jonas's keys are pinned (first use)
    offline.on = True
    transfer_id = lene.services.transfers.hand_over(citizen_id, "jonas")
    assert lene.services.transfers.pending_for(citizen_id).state == "queued"
    offline.on = False
    assert lene.services.transfers.round().sent == 1
    jonas.services.transfers.round()
    assert jonas.services.transfers.accept(transfer_id) == citizen_id


def test_a_key_swapped_in_the_directory_is_caught_until_a_person_confirms_it(lene, jonas, server_app):
    _introduce(lene, jonas)
    assert [(c.account, c.state) for c in lene.services.transfers.colleagues()] == [("jonas", NEW)]
    citizen_id = _first_citizen(lene)
    lene.services.transfers.hand_over(citizen_id, "jonas")  # pins Jonas's keys
    jonas.services.transfers.round()
    assert [c.state for c in lene.services.transfers.colleagues()] == [PINNED]

    # The server (or whoever holds Jonas's password) publishes other keys under his name.
    mallory = Identity.generate()
    with jonas.sync.signed_in() as (client, account):
        publish_identity(client, account, mallory)
    (changed,) = lene.services.transfers.colleagues()
    assert changed.state == CHANGED and changed.pinned_fingerprint != changed.fingerprint
    other = sorted(row.id for row in lene.services.citizens.caseload())[1]
    with pytest.raises(ColleagueKeyChanged) as caught:
        lene.services.transfers.hand_over(other, "jonas")
    assert caught.value.presented == mallory.public.fingerprint()
    assert lene.services.transfers.pending_for(other) is None

    with pytest.raises(ColleagueKeyChanged):  # the number compared must be the one shown now
        lene.services.transfers.confirm_colleague("jonas", changed.pinned_fingerprint)
    lene.services.transfers.confirm_colleague("jonas", changed.fingerprint)
    assert [c.state for c in lene.services.transfers.colleagues()] == [PINNED]


def test_a_file_signed_by_a_changed_key_waits_in_the_inbox_unopened(lene, jonas, monkeypatch):
    _introduce(lene, jonas)
    first, citizen_id = sorted(row.id for row in lene.services.citizens.caseload())[:2]
    lene.services.transfers.hand_over(first, "jonas")
    jonas.services.transfers.round()
    # Jonas pinned Lene's keys. Now Lene's computer has another identity (a restored old backup).
    other = Identity.generate()
    monkeypatch.setattr(lene.services.identity, "own", lambda: other)
    with lene.session.vault.transaction() as conn:
        conn.execute(text("UPDATE sync_state SET value = NULL WHERE key = 'identity_published'"))
    transfer_id = lene.services.transfers.hand_over(citizen_id, "jonas")
    jonas.services.transfers.round()
    (_, waiting) = jonas.services.transfers.waiting()
    assert waiting.problem == "key_changed" and waiting.citizen_name == ""
    with pytest.raises(ColleagueKeyChanged):
        jonas.services.transfers.accept(transfer_id)
    assert jonas.services.citizens.caseload() == []
    jonas.services.transfers.confirm_colleague("lene", waiting.sender_fingerprint)
    assert jonas.services.transfers.accept(transfer_id) == citizen_id


def test_a_citizen_already_here_is_not_imported_twice(lene, jonas):
    _introduce(lene, jonas)
    citizen_id = _first_citizen(lene)
    transfer_id = lene.services.transfers.hand_over(citizen_id, "jonas")
    jonas.services.transfers.round()
    with jonas.session.vault.transaction() as conn:  # the same record is here already
        row = _file(lene, citizen_id)["citizen"][0]
        names = sorted(row)
        conn.execute(
            text(f"INSERT INTO citizen ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"),
            row,
        )
    with pytest.raises(CitizenAlreadyHere):
        jonas.services.transfers.accept(transfer_id)
    assert [w.id for w in jonas.services.transfers.waiting()] == [transfer_id]  # still in the inbox


def test_a_file_changed_after_it_was_sealed_is_kept_by_the_sender(lene, jonas):
    _introduce(lene, jonas)
    citizen_id = _first_citizen(lene)
    transfer_id = lene.services.transfers.hand_over(citizen_id, "jonas")
    profile = _profile(lene, citizen_id)
    lene.services.citizens.update_citizen(citizen_id, replace(profile.draft, own_wishes="Skrevet bagefter"))
    jonas.services.transfers.round()
    jonas.services.transfers.accept(transfer_id)
    report = lene.services.transfers.round()
    assert report.kept_changed == 1 and report.erased == 0
    assert _file(lene, citizen_id)["citizen"][0]["own_wishes"] == "Skrevet bagefter"


def _server_blob(server_app, transfer_id: str, change) -> None:
    with server_app.state.engine.begin() as conn:
        blob = conn.execute(
            text("SELECT blob FROM transfer WHERE id = :id"), {"id": transfer_id}
        ).scalar_one()
        conn.execute(
            text("UPDATE transfer SET blob = :b WHERE id = :id"), {"b": change(blob), "id": transfer_id}
        )


def test_a_blob_changed_on_the_server_is_refused_and_nothing_is_imported(lene, jonas, server_app):
    _introduce(lene, jonas)
    citizen_id = _first_citizen(lene)
    transfer_id = lene.services.transfers.hand_over(citizen_id, "jonas")
    _server_blob(server_app, transfer_id, lambda b: b[:300] + bytes([b[300] ^ 1]) + b[301:])
    jonas.services.transfers.round()
    (waiting,) = jonas.services.transfers.waiting()
    assert waiting.problem == "unreadable"
    with pytest.raises(TransferUnreadable):
        jonas.services.transfers.accept(transfer_id)
    assert jonas.services.citizens.caseload() == []
    assert lene.services.transfers.round().erased == 0 and _file(lene, citizen_id)["citizen"]


def test_a_blob_signed_again_by_someone_else_is_refused(lene, jonas, server_app):
    """Mallory takes Lene's blob and signs it with her own key, her keys in the header: it no longer
    opens (the header is bound to the cipher), and her keys are not Lene's pinned ones anyway."""
    _introduce(lene, jonas)
    first, citizen_id = sorted(row.id for row in lene.services.citizens.caseload())[:2]
    lene.services.transfers.hand_over(first, "jonas")
    jonas.services.transfers.round()  # Lene's keys pinned at Jonas's
    transfer_id = lene.services.transfers.hand_over(citizen_id, "jonas")
    mallory = Identity.generate()

    def resign(blob: bytes) -> bytes:
        sender_at = 3 + 1 + 2 + len(transfer_id.encode())
        body = blob[:sender_at] + mallory.public.receive + mallory.public.sign + blob[sender_at + 64 : -64]
        return body + mallory.sign_private.sign(body)

    _server_blob(server_app, transfer_id, resign)
    jonas.services.transfers.round()
    problems = {w.id: w.problem for w in jonas.services.transfers.waiting()}
    assert problems[transfer_id] == "key_changed"
    with pytest.raises(ColleagueKeyChanged):
        jonas.services.transfers.accept(transfer_id)


def test_a_receipt_not_signed_by_the_colleague_erases_nothing(lene, jonas, server_app):
    _introduce(lene, jonas)
    citizen_id = _first_citizen(lene)
    transfer_id = lene.services.transfers.hand_over(citizen_id, "jonas")
    mallory = Identity.generate()
    with server_app.state.engine.begin() as conn:  # the server says "accepted" with a receipt of its own
        conn.execute(
            text("UPDATE transfer SET state = 'accepted', receipt = :r, blob = NULL WHERE id = :id"),
            {"r": mallory.sign_private.sign(b"accepted"), "id": transfer_id},
        )
    report = lene.services.transfers.round()
    assert report.erased == 0 and _file(lene, citizen_id)["citizen"]
    assert "transfer.receipt_refused" in [a for a, _ in _actions(lene)]
    assert lene.services.transfers.pending_for(citizen_id).state == "sent"


def test_the_computers_of_one_caseworker_share_one_identity_without_sending_it(make_device):
    office, laptop = make_device("office"), make_device("laptop")
    before = office.services.identity.fingerprint()  # not syncing yet: a random identity of its own
    office.sync.connect(SERVER_URL, "lene", PASSWORD)
    laptop.sync.connect(SERVER_URL, "lene", PASSWORD)
    shared = office.services.identity.fingerprint()
    assert shared != before and laptop.services.identity.fingerprint() == shared
    office.sync.sync_now()
    with office.session.vault.engine.connect() as conn:  # nothing of it among the synced records
        settings = conn.execute(text("SELECT key FROM app_setting")).scalars().all()
    assert not [key for key in settings if "identity" in key]
