"""The sync server's API: accounts, sign-in, devices, the push/pull feed, and every kind of bad request
getting a 4xx that changes nothing."""

from __future__ import annotations

import base64
import os
import uuid

from tests.server.api_helpers import (
    KDF,
    VAULT,
    account_body,
    auth,
    b64,
    change,
    feed,
    new_account,
    push,
    record_count,
)


def test_health_and_openapi(client):
    assert client.get("/health").json()["status"] == "ok"
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/accounts", "/v1/sessions", "/v1/push", "/v1/changes", "/v1/devices/{device_id}"} <= set(
        paths
    )


def test_an_account_is_created_once_and_signed_in_with_password_or_recovery_key(client):
    session = new_account(client)
    assert session["vault_id"] == VAULT and session["wrapped_key"] == b64(b"wrapped-sync-key")
    # Creating it again with another key is a failed sign-in, not a new account (see test_sign_in_guard).
    again = client.post("/v1/accounts", json=account_body(auth=b"x" * 32, device="other"))
    assert again.status_code == 401

    signed = client.post(
        "/v1/sessions", json={"name": "lene", "auth_key": b64(b"k" * 32), "device_name": "office"}
    )
    assert signed.status_code == 201
    assert signed.json()["wrapped_key"] == b64(b"wrapped-sync-key")
    assert signed.json()["device_token"] != session["device_token"]
    recovery = client.post(
        "/v1/sessions",
        json={"name": "lene", "auth_key": b64(b"r" * 32), "method": "recovery", "device_name": "new laptop"},
    )
    assert recovery.status_code == 201 and recovery.json()["recovery_wrapped_key"] == b64(b"recovery-wrapped")


def test_prelogin_does_not_reveal_whether_an_account_exists(client):
    new_account(client)
    known = client.post("/v1/prelogin", json={"name": "lene"}).json()
    unknown = client.post("/v1/prelogin", json={"name": "nobody"}).json()
    assert known["client_salt"] == b64(b"s" * 16) and known["kdf"] == KDF
    assert set(unknown) == set(known) and len(base64.b64decode(unknown["client_salt"])) == 16
    assert unknown["kdf"]["name"] == "argon2id" and unknown["kdf"]["memory_kib"] >= 65536
    assert client.post("/v1/prelogin", json={"name": "nobody"}).json() == unknown  # stable, like a real one


def test_failed_sign_ins_from_one_address_are_limited(client):
    new_account(client)
    wrong = {"name": "lene", "auth_key": b64(b"w" * 32), "device_name": "x"}
    assert [client.post("/v1/sessions", json=wrong).status_code for _ in range(3)] == [401, 401, 401]
    limited = client.post("/v1/sessions", json=wrong)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    # The address that guessed waits, whatever it sends; the owner elsewhere does not (test_sign_in_guard).
    right = {"name": "lene", "auth_key": b64(b"k" * 32), "device_name": "x"}
    assert client.post("/v1/sessions", json=right).status_code == 429


def test_push_then_pull_in_pages(client):
    session = new_account(client)
    ids = [str(uuid.uuid4()) for _ in range(5)]
    answer = push(client, session, *(change(i) for i in ids))
    assert answer.status_code == 200
    assert [r["status"] for r in answer.json()["results"]] == ["accepted"] * 5
    assert answer.json()["cursor"] == 5

    first = feed(client, session, after=0, limit=2)
    assert [c["record_id"] for c in first["changes"]] == ids[:2] and first["more"] and first["cursor"] == 2
    rest = feed(client, session, after=first["cursor"], limit=10)
    assert [c["record_id"] for c in rest["changes"]] == ids[2:] and not rest["more"]
    assert rest["head"] == 5
    assert feed(client, session, after=5)["changes"] == []


def test_a_stale_base_version_gets_the_current_blob_back(client, server_engine):
    laptop = new_account(client)
    office = client.post(
        "/v1/sessions", json={"name": "lene", "auth_key": b64(b"k" * 32), "device_name": "office"}
    ).json()
    rid = str(uuid.uuid4())
    assert push(client, laptop, change(rid, 0, b"v1")).json()["results"][0]["version"] == 1
    assert push(client, office, change(rid, 1, b"office v2")).json()["results"][0]["status"] == "accepted"

    stale = push(client, laptop, change(rid, 1, b"laptop v2")).json()["results"][0]
    assert stale["status"] == "conflict" and stale["version"] == 2
    assert base64.b64decode(stale["blob"]) == b"office v2"
    entries = feed(client, laptop)["changes"]
    assert [(e["version"], base64.b64decode(e["blob"])) for e in entries] == [(2, b"office v2")]


def test_a_retried_push_is_idempotent_and_a_replayed_request_is_refused(client, server_engine):
    session = new_account(client)
    rid, request_id = str(uuid.uuid4()), str(uuid.uuid4())
    assert push(client, session, change(rid, 0, b"v1"), request_id=request_id).status_code == 200
    head = feed(client, session)["head"]

    replayed = push(client, session, change(rid, 0, b"v1"), request_id=request_id)
    assert replayed.status_code == 409
    retried = push(client, session, change(rid, 0, b"v1")).json()  # a new request after a lost answer
    assert retried["results"][0] == {
        "record_type": "citizen",
        "record_id": rid,
        "status": "accepted",
        "version": 1,
        "blob": None,
        "deleted": False,
    }
    assert feed(client, session)["head"] == head and record_count(server_engine) == 1


def test_a_deletion_is_a_tombstone_in_the_feed(client):
    session = new_account(client)
    rid = str(uuid.uuid4())
    push(client, session, change(rid))
    assert push(client, session, change(rid, 1, deleted=True)).json()["results"][0]["version"] == 2
    entry = feed(client, session, after=1)["changes"][0]
    assert entry["deleted"] and entry["blob"] is None and entry["version"] == 2


def test_revoking_a_device_stops_it_at_the_next_request(client):
    laptop = new_account(client)
    lost = client.post(
        "/v1/sessions", json={"name": "lene", "auth_key": b64(b"k" * 32), "device_name": "lost"}
    ).json()
    listed = client.get("/v1/devices", headers=auth(laptop)).json()
    assert [d["name"] for d in listed] == ["laptop", "lost"] and listed[0]["this_device"]
    assert client.delete(f"/v1/devices/{lost['device_id']}", headers=auth(laptop)).status_code == 204
    assert client.get("/v1/changes", headers=auth(lost)).status_code == 401
    assert push(client, lost, change()).status_code == 401
    assert client.get("/v1/changes", headers=auth(laptop)).status_code == 200


def test_accounts_do_not_see_each_others_records(client):
    lene = new_account(client)
    other = new_account(client, name="ole", auth=b"o" * 32)
    push(client, lene, change())
    assert feed(client, other)["changes"] == []
    devices = client.get("/v1/devices", headers=auth(other)).json()
    assert client.delete(f"/v1/devices/{lene['device_id']}", headers=auth(other)).status_code == 404
    assert len(devices) == 1


def test_bad_requests_get_4xx_and_change_nothing(client, server_engine):
    session = new_account(client)
    push(client, session, change())
    before = (record_count(server_engine), feed(client, session)["head"])
    bad_requests = [
        ("no token", lambda: client.get("/v1/changes"), 401),
        ("made-up token", lambda: client.get("/v1/changes", headers={"Authorization": "Bearer nope"}), 401),
        ("not json", lambda: client.post("/v1/push", content=b"{nope", headers=auth(session)), 422),
        ("bad base64", lambda: push(client, session, {**change(), "blob": "%%%"}), 422),
        ("bad record id", lambda: push(client, session, change(record_id="../../etc")), 422),
        ("bad record type", lambda: push(client, session, change(record_type="Robert'); DROP")), 422),
        ("unknown field", lambda: push(client, session, {**change(), "owner": "x"}), 422),
        ("negative version", lambda: push(client, session, change(base=-1)), 422),
        ("blob on a deletion", lambda: push(client, session, {**change(), "deleted": True}), 422),
        ("record twice", lambda: push(client, session, *(2 * [change(record_id=VAULT)])), 422),
        ("too many changes", lambda: push(client, session, *(change() for _ in range(51))), 413),
        ("blob too large", lambda: push(client, session, change(blob=os.urandom(65 * 1024))), 413),
        (
            "body too large",
            lambda: push(client, session, *(change(blob=os.urandom(40_000)) for _ in range(8))),
            413,
        ),
        ("negative cursor", lambda: client.get("/v1/changes?after=-1", headers=auth(session)), 422),
        ("account name with spaces", lambda: client.post("/v1/prelogin", json={"name": "a b"}), 422),
    ]
    for name, send, expected in bad_requests:
        answer = send()
        assert answer.status_code == expected, (name, answer.status_code, answer.text[:200])
        assert "detail" in answer.json(), name
    assert (record_count(server_engine), feed(client, session)["head"]) == before
