"""A handover on a USB stick: a ``.cntransfer`` file there and a ``.cnreceipt`` file back.

The colleagues met through the server once (their keys are pinned); the handover itself goes with the
server out of reach. The file names no citizen; the sender's copy goes only on a receipt that checks
out; a damaged file or a receipt signed by someone else changes nothing.
"""

from __future__ import annotations

import base64
import json

import pytest

from desktop.demo.caseload import generate
from desktop.errors import TransferPending, TransferUnreadable
from desktop.storage.records import transfers as stored
from desktop.sync.identity import Identity
from tests.conftest import PASSWORD
from tests.unit.sync.conftest import SERVER_URL


@pytest.fixture
def pair(make_device, offline):
    lene, jonas = make_device("lene"), make_device("jonas")
    lene.sync.connect(SERVER_URL, "lene", PASSWORD)
    jonas.sync.connect(SERVER_URL, "jonas", PASSWORD)
    generate(lene.session, 2, 10, seed=11)
    lene.services.transfers.round()
    jonas.services.transfers.round()
    first, second = sorted(row.id for row in lene.services.citizens.caseload())
    lene.services.transfers.hand_over(first, "jonas")  # online once: each pins the other's keys
    jonas.services.transfers.round()
    offline.on = True  # from here on, no server
    return lene, jonas, second


def _file(device, citizen_id):
    with device.session.vault.engine.connect() as conn:
        return stored.file_rows(conn, citizen_id)


def test_a_file_goes_on_a_stick_and_the_receipt_comes_back(pair, tmp_path):
    lene, jonas, citizen_id = pair
    before = _file(lene, citizen_id)
    name = before["citizen"][0]["name"]
    stick = tmp_path / "stick"
    stick.mkdir()
    transfer_id = lene.services.transfers.files.write(citizen_id, "jonas", stick / "sag.cntransfer", "Ferie")
    content = (stick / "sag.cntransfer").read_bytes()
    assert name.encode() not in content and b"Ferie" not in content
    assert lene.services.transfers.pending_for(citizen_id).state == "filed"
    with pytest.raises(TransferPending):
        lene.services.transfers.hand_over(citizen_id, "jonas")

    assert jonas.services.transfers.files.open(stick / "sag.cntransfer") == transfer_id
    entry = next(w for w in jonas.services.transfers.waiting() if w.id == transfer_id)
    assert (entry.citizen_name, entry.reason) == (name, "Ferie")
    jonas.services.transfers.accept(transfer_id)
    jonas.services.transfers.files.write_receipt(transfer_id, stick / "sag.cnreceipt")
    assert _file(jonas, citizen_id)["citizen"][0]["name"] == name

    done = lene.services.transfers.files.take_receipt(stick / "sag.cnreceipt")
    assert done.erased == 1 and _file(lene, citizen_id) == {}


def test_a_damaged_file_is_refused_and_nothing_changes(pair, tmp_path):
    lene, jonas, citizen_id = pair
    path = tmp_path / "sag.cntransfer"
    transfer_id = lene.services.transfers.files.write(citizen_id, "jonas", path)
    document = json.loads(path.read_text())
    blob = bytearray(base64.b64decode(document["blob"]))
    blob[200] ^= 1
    document["blob"] = base64.b64encode(bytes(blob)).decode()
    path.write_text(json.dumps(document))
    jonas.services.transfers.files.open(path)
    entry = next(w for w in jonas.services.transfers.waiting() if w.id == transfer_id)
    assert entry.problem == "unreadable"
    with pytest.raises(TransferUnreadable):
        jonas.services.transfers.accept(transfer_id)
    for junk in (b"", b"{", b'{"format": "casenotes-transfer-file", "version": 2}', b"\xff" * 100):
        path.write_bytes(junk)
        with pytest.raises(TransferUnreadable):
            jonas.services.transfers.files.open(path)


def test_a_receipt_from_someone_else_erases_nothing_and_a_lost_file_can_be_withdrawn(pair, tmp_path):
    lene, _, citizen_id = pair
    path = tmp_path / "sag.cntransfer"
    transfer_id = lene.services.transfers.files.write(citizen_id, "jonas", path)
    mallory = Identity.generate()
    forged = {
        "format": "casenotes-transfer-receipt",
        "version": 1,
        "id": transfer_id,
        "from": "jonas",
        "accepted": True,
        "receipt": base64.b64encode(mallory.sign_private.sign(b"x")).decode(),
    }
    (tmp_path / "sag.cnreceipt").write_text(json.dumps(forged))
    with pytest.raises(TransferUnreadable):
        lene.services.transfers.files.take_receipt(tmp_path / "sag.cnreceipt")
    assert _file(lene, citizen_id)["citizen"]
    assert lene.services.transfers.withdraw(citizen_id)  # the stick was lost
    assert lene.services.transfers.pending_for(citizen_id) is None
    assert _file(lene, citizen_id)["citizen"]


def test_the_inbox_says_which_handover_came_on_a_stick(pair, tmp_path):
    lene, jonas, citizen_id = pair
    transfer_id = lene.services.transfers.files.write(citizen_id, "jonas", tmp_path / "sag.cntransfer")
    jonas.services.transfers.files.open(tmp_path / "sag.cntransfer")
    via = {entry.id: entry.via for entry in jonas.services.transfers.waiting()}
    assert via.pop(transfer_id) == "file"  # its answer goes back as a receipt file
    assert list(via.values()) == ["server"]  # the one handed over through the server in ``pair``
