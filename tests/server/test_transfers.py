"""The transfer inbox: a sealed file left for a colleague, fetched and answered by that colleague only,
the answer's receipt read by the sender, and the file dropped as soon as it is no longer needed; every
request about someone else's transfer is a 404, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import os
import uuid

import pytest
from sqlalchemy import select, update

from syncserver.db import account, transfer
from tests.server.api_helpers import auth, b64, new_account

SEALED = b"sealed citizen file " * 50
RECEIPT = b"signed receipt"


@pytest.fixture
def people(client):
    """Three accounts: lene sends, jonas receives, mette is a colleague with nothing to do with it."""
    return {
        name: new_account(client, name, auth=name[0].encode() * 32, device=f"{name}'s laptop")
        for name in ("lene", "jonas", "mette")
    }


def send(client, who, to="jonas", blob=SEALED, transfer_id=None):
    body = {"id": transfer_id or str(uuid.uuid4()), "to": to, "blob": b64(blob)}
    return client.post("/v1/transfers", json=body, headers=auth(who))


def sent_one(client, who, **kwargs):
    answer = send(client, who, **kwargs)
    assert answer.status_code == 201, answer.text
    return answer.json()["id"]


def inbox(client, who):
    answer = client.get("/v1/transfers/inbox", headers=auth(who))
    assert answer.status_code == 200, answer.text
    return answer.json()


def outbox(client, who):
    answer = client.get("/v1/transfers/sent", headers=auth(who))
    assert answer.status_code == 200, answer.text
    return answer.json()


def answer_it(client, who, transfer_id, accepted=True, receipt=RECEIPT):
    body = {"accepted": accepted, "receipt": b64(receipt)}
    return client.post(f"/v1/transfers/{transfer_id}/answer", json=body, headers=auth(who))


def stored_blob(engine, transfer_id):
    with engine.connect() as conn:
        return conn.execute(select(transfer.c.blob).where(transfer.c.id == transfer_id)).one().blob


def test_a_file_is_sent_fetched_accepted_and_the_sender_reads_the_receipt(client, people, server_engine):
    lene, jonas = people["lene"], people["jonas"]
    transfer_id = str(uuid.uuid4())
    created = send(client, lene, transfer_id=transfer_id)
    assert created.status_code == 201
    assert created.json()["id"] == transfer_id and created.json()["created_at"]

    [waiting] = inbox(client, jonas)
    assert waiting == {
        "id": transfer_id,
        "from": "lene",
        "size": len(SEALED),
        "created_at": created.json()["created_at"],
    }
    fetched = client.get(f"/v1/transfers/{transfer_id}", headers=auth(jonas))
    assert fetched.status_code == 200
    assert fetched.json() == {"id": transfer_id, "from": "lene", "blob": b64(SEALED)}
    [before] = outbox(client, lene)
    assert before["state"] == "waiting" and before["receipt"] is None and before["answered_at"] is None

    assert answer_it(client, jonas, transfer_id).status_code == 204
    assert inbox(client, jonas) == []
    assert stored_blob(server_engine, transfer_id) is None  # the server keeps no ciphertext after it
    assert client.get(f"/v1/transfers/{transfer_id}", headers=auth(jonas)).status_code == 404
    [after] = outbox(client, lene)
    assert after["id"] == transfer_id and after["to"] == "jonas" and after["state"] == "accepted"
    assert base64.b64decode(after["receipt"]) == RECEIPT and after["answered_at"]

    assert client.delete(f"/v1/transfers/{transfer_id}", headers=auth(lene)).status_code == 204
    assert outbox(client, lene) == []
    assert client.delete(f"/v1/transfers/{transfer_id}", headers=auth(lene)).status_code == 404


def test_a_declined_transfer_tells_the_sender_so(client, people, server_engine):
    transfer_id = sent_one(client, people["lene"])
    assert answer_it(client, people["jonas"], transfer_id, accepted=False).status_code == 204
    [sent] = outbox(client, people["lene"])
    assert sent["state"] == "declined" and base64.b64decode(sent["receipt"]) == RECEIPT
    assert stored_blob(server_engine, transfer_id) is None


def test_the_inbox_and_the_sent_list_are_oldest_first_and_each_callers_own(client, people):
    lene, jonas, mette = people["lene"], people["jonas"], people["mette"]
    first = sent_one(client, lene)
    second = sent_one(client, mette)
    third = sent_one(client, lene, to="mette")
    assert [(t["id"], t["from"]) for t in inbox(client, jonas)] == [(first, "lene"), (second, "mette")]
    assert [(t["id"], t["from"]) for t in inbox(client, mette)] == [(third, "lene")]
    assert [(t["id"], t["to"]) for t in outbox(client, lene)] == [(first, "jonas"), (third, "mette")]
    assert inbox(client, lene) == [] and outbox(client, jonas) == []


def test_sending_the_same_transfer_again_answers_as_the_first_time(client, people, server_engine):
    transfer_id = str(uuid.uuid4())
    first = send(client, people["lene"], transfer_id=transfer_id)
    again = send(client, people["lene"], transfer_id=transfer_id)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert len(inbox(client, people["jonas"])) == 1
    # Still the same after it was answered (the file is gone, its hash is not).
    answer_it(client, people["jonas"], transfer_id)
    assert send(client, people["lene"], transfer_id=transfer_id).json() == first.json()
    assert outbox(client, people["lene"])[0]["state"] == "accepted"


def test_another_transfer_under_a_taken_id_is_refused(client, people):
    transfer_id = sent_one(client, people["lene"])
    for name, answer in [
        ("other file", send(client, people["lene"], blob=b"another file", transfer_id=transfer_id)),
        ("other colleague", send(client, people["lene"], to="mette", transfer_id=transfer_id)),
        ("other sender", send(client, people["mette"], transfer_id=transfer_id)),
    ]:
        assert answer.status_code == 409, name
        assert answer.json()["detail"] == "this transfer id is taken"
    [waiting] = inbox(client, people["jonas"])
    assert waiting["from"] == "lene" and waiting["size"] == len(SEALED)


def test_a_transfer_to_oneself_or_to_nobody_is_refused(client, people, server_engine):
    to_self = send(client, people["lene"], to="lene")
    assert to_self.status_code == 409 and "own account" in to_self.json()["detail"]
    nobody = send(client, people["lene"], to="nobody")
    assert nobody.status_code == 404 and nobody.json()["detail"] == "no such colleague"
    assert outbox(client, people["lene"]) == []


def test_a_disabled_colleague_cannot_be_sent_to(client, people, server_engine):
    with server_engine.begin() as conn:
        conn.execute(update(account).where(account.c.name == "jonas").values(disabled_at="2026-01-01"))
    refused = send(client, people["lene"])
    assert refused.status_code == 404 and refused.json()["detail"] == "no such colleague"
    assert outbox(client, people["lene"]) == []


def test_a_file_over_the_limit_is_refused(client, people, settings):
    too_big = send(client, people["lene"], blob=os.urandom(settings.max_transfer_bytes + 1))
    assert too_big.status_code == 413
    assert send(client, people["lene"], blob=os.urandom(settings.max_transfer_bytes)).status_code == 201


def test_strangers_can_neither_fetch_nor_answer_nor_delete(client, people, server_engine):
    lene, jonas, mette = people["lene"], people["jonas"], people["mette"]
    transfer_id = sent_one(client, lene)
    refused = {
        "mette fetches": client.get(f"/v1/transfers/{transfer_id}", headers=auth(mette)),
        "lene fetches her own": client.get(f"/v1/transfers/{transfer_id}", headers=auth(lene)),
        "mette answers": answer_it(client, mette, transfer_id),
        "lene answers her own": answer_it(client, lene, transfer_id),
        "mette deletes": client.delete(f"/v1/transfers/{transfer_id}", headers=auth(mette)),
        "jonas deletes": client.delete(f"/v1/transfers/{transfer_id}", headers=auth(jonas)),
        "unknown id": client.get(f"/v1/transfers/{uuid.uuid4()}", headers=auth(jonas)),
    }
    for name, answer in refused.items():
        assert answer.status_code == 404, name
        assert answer.json()["detail"] == "no such transfer", name
    assert [t["id"] for t in inbox(client, jonas)] == [transfer_id]
    assert stored_blob(server_engine, transfer_id) == SEALED
    assert outbox(client, lene)[0]["state"] == "waiting"


def test_the_same_answer_again_is_taken_and_the_other_one_refused(client, people):
    transfer_id = sent_one(client, people["lene"])
    jonas = people["jonas"]
    assert answer_it(client, jonas, transfer_id, accepted=True).status_code == 204
    assert answer_it(client, jonas, transfer_id, accepted=True, receipt=b"re-signed").status_code == 204
    changed = answer_it(client, jonas, transfer_id, accepted=False)
    assert changed.status_code == 409 and changed.json()["detail"] == "this transfer was already accepted"
    [sent] = outbox(client, people["lene"])
    assert sent["state"] == "accepted" and base64.b64decode(sent["receipt"]) == RECEIPT  # the first kept


def test_the_sender_withdraws_a_waiting_transfer(client, people, server_engine):
    transfer_id = sent_one(client, people["lene"])
    assert client.delete(f"/v1/transfers/{transfer_id}", headers=auth(people["lene"])).status_code == 204
    assert inbox(client, people["jonas"]) == []
    assert answer_it(client, people["jonas"], transfer_id).status_code == 404
    with server_engine.connect() as conn:
        assert conn.execute(select(transfer)).all() == []


def test_malformed_transfer_requests_are_refused(client, people):
    lene, jonas = people["lene"], people["jonas"]
    transfer_id = sent_one(client, lene)
    good = {"id": str(uuid.uuid4()), "to": "jonas", "blob": b64(SEALED)}
    for bad in (
        {**good, "id": "not-a-uuid"},
        {**good, "blob": "%%%"},
        {**good, "to": "a b"},
        {**good, "extra": 1},
        {"id": good["id"], "to": "jonas"},
    ):
        assert client.post("/v1/transfers", json=bad, headers=auth(lene)).status_code == 422, bad
    for receipt in ("", b64(b"r" * 4099), "%%%"):
        body = {"accepted": True, "receipt": receipt}
        answer = client.post(f"/v1/transfers/{transfer_id}/answer", json=body, headers=auth(jonas))
        assert answer.status_code == 422, receipt
    assert client.get("/v1/transfers/not-a-uuid", headers=auth(jonas)).status_code == 422
    assert answer_it(client, jonas, transfer_id, receipt=b"r" * 4096).status_code == 204


def test_the_transfer_routes_are_for_signed_in_devices_only(client, people):
    transfer_id = sent_one(client, people["lene"])
    for method, path in [
        ("POST", "/v1/transfers"),
        ("GET", "/v1/transfers/inbox"),
        ("GET", "/v1/transfers/sent"),
        ("GET", f"/v1/transfers/{transfer_id}"),
        ("POST", f"/v1/transfers/{transfer_id}/answer"),
        ("DELETE", f"/v1/transfers/{transfer_id}"),
    ]:
        assert client.request(method, path).status_code == 401, (method, path)


def test_the_log_names_ids_and_sizes_never_the_file(client, people, caplog):
    caplog.set_level("INFO", logger="syncserver")
    transfer_id = sent_one(client, people["lene"])
    client.get(f"/v1/transfers/{transfer_id}", headers=auth(people["jonas"]))
    answer_it(client, people["jonas"], transfer_id)
    logged = caplog.text
    assert transfer_id in logged and f'"size": {len(SEALED)}' in logged
    for secret in (b64(SEALED), b64(RECEIPT), "sealed citizen file", "jonas", "lene"):
        assert secret not in logged


def test_a_method_the_transfer_does_not_have_names_all_it_has(client, people):
    answer = client.put(f"/v1/transfers/{uuid.uuid4()}", headers=auth(people["lene"]))
    assert answer.status_code == 405 and answer.headers["Allow"] == "DELETE, GET"
    assert client.post("/health").headers["Allow"] == "GET"
    assert client.delete("/v1/transfers/inbox", headers=auth(people["lene"])).status_code == 422
