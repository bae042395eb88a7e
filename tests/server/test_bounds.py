"""Every field, parameter and body the server takes is bounded: anything malformed, oversized or deeply
nested gets a 4xx with one plain sentence, never a 500, and changes nothing."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import insert

from syncserver.db import account
from tests.server.api_helpers import (
    KDF,
    account_body,
    account_count,
    auth,
    b64,
    change,
    feed,
    new_account,
    push,
    record_count,
)

DB_INT_MAX = 2**63 - 1


def _nested(depth: int) -> dict:
    value: dict = {}
    for _ in range(depth):
        value = {"a": value}
    return value


def _plain_refusal(answer, status: int) -> str:
    assert answer.status_code == status, (answer.status_code, answer.text[:300])
    detail = answer.json()["detail"]
    assert isinstance(detail, str) and 0 < len(detail) <= 300, detail
    return detail


def test_a_cursor_beyond_the_database_range_is_refused(client):
    session = new_account(client)
    _plain_refusal(client.get(f"/v1/changes?after={2**63}", headers=auth(session)), 422)
    _plain_refusal(client.get(f"/v1/changes?after={10**30}", headers=auth(session)), 422)
    assert feed(client, session, after=DB_INT_MAX)["changes"] == []


def test_a_deeply_nested_kdf_is_refused_and_nothing_is_stored(client, server_engine):
    _plain_refusal(client.post("/v1/accounts", json=account_body(kdf=_nested(900))), 422)
    assert account_count(server_engine) == 0


def test_the_kdf_is_a_closed_object_of_bounded_numbers(client, server_engine):
    too_big = {**KDF, "padding": "x" * 100_000}
    for kdf in (
        too_big,
        {**KDF, "memory_kib": 2**40},
        {**KDF, "iterations": 0},
        {**KDF, "lanes": "4"},
        {**KDF, "name": "pbkdf2"},
        {k: v for k, v in KDF.items() if k != "lanes"},
        [],
    ):
        _plain_refusal(client.post("/v1/accounts", json=account_body(kdf=kdf)), 422)
    assert account_count(server_engine) == 0


def test_prelogin_of_an_account_stored_with_an_unreadable_kdf_answers_like_any_other(client, server_engine):
    # A row written by an older server that took any JSON: it must not break the question.
    with server_engine.begin() as conn:
        conn.execute(
            insert(account).values(
                id=str(uuid.uuid4()),
                name="old",
                vault_id=str(uuid.uuid4()),
                auth_hash=b"h" * 32,
                auth_salt=b"a" * 16,
                client_salt=b"c" * 16,
                kdf=json.dumps(_nested(900)),
                wrapped_key=b"w" * 60,
                next_seq=1,
                created_at="2024-01-01T00:00:00+00:00",
            )
        )
    answer = client.post("/v1/prelogin", json={"name": "old"})
    assert answer.status_code == 200, answer.text[:300]
    unknown = client.post("/v1/prelogin", json={"name": "nobody"}).json()
    assert answer.json()["kdf"] == unknown["kdf"]


def test_keys_salts_and_names_are_bounded(client, server_engine):
    for name, body in [
        ("auth key of 31 bytes", account_body(auth=b"k" * 31)),
        ("auth key of 33 bytes", account_body(auth=b"k" * 33)),
        ("salt of 17 bytes", account_body(client_salt=b64(b"s" * 17))),
        ("recovery key of 64 bytes", account_body(recovery_auth_key=b64(b"r" * 64))),
        ("wrapped key of 4 KB", account_body(wrapped_key=b64(b"w" * 4096))),
        ("empty wrapped key", account_body(wrapped_key="")),
        ("base64 with spaces", account_body(wrapped_key="d3Jh cHBl")),
        ("device name with a NUL", account_body(device="lap\x00top")),
        ("device name with a newline", account_body(device="lap\ntop")),
        ("device name of 201 letters", account_body(device="x" * 201)),
        ("vault id not a UUID", account_body(vault_id="../etc")),
        ("name of 201 letters", account_body(name="x" * 201)),
    ]:
        answer = client.post("/v1/accounts", json=body)
        assert answer.status_code == 422, (name, answer.status_code, answer.text[:200])
    assert account_count(server_engine) == 0
    sign_in = {"name": "lene", "auth_key": b64(b"k" * 32), "device_name": "x\x00"}
    _plain_refusal(client.post("/v1/sessions", json=sign_in), 422)


def test_versions_and_device_ids_are_bounded(client, server_engine):
    session = new_account(client)
    for base in (2**63, 2**31 - 1, 1.5, "1", True):
        answer = push(client, session, change(base=base))
        assert answer.status_code == 422, (base, answer.status_code, answer.text[:200])
    assert push(client, session, change(deleted=True, record_type="x" * 65)).status_code == 422
    _plain_refusal(client.delete("/v1/devices/" + "x" * 5000, headers=auth(session)), 422)
    assert record_count(server_engine) == 0


def test_a_malformed_field_gets_one_sentence_that_does_not_repeat_what_was_sent(client):
    secretish = "not-base64-" + "Q" * 30
    answer = client.post("/v1/sessions", json={"name": "lene", "auth_key": secretish, "device_name": "x"})
    detail = _plain_refusal(answer, 422)
    assert "auth_key" in detail and secretish not in answer.text


def test_deep_nesting_anywhere_in_a_body_is_a_4xx(client, server_engine):
    session = new_account(client)
    deep_array = "[" * 100_000 + "]" * 100_000
    _plain_refusal(
        client.post("/v1/prelogin", content=deep_array, headers={"Content-Type": "application/json"}), 422
    )
    for depth in (200, 900, 5000):
        body = json.dumps({"request_id": str(uuid.uuid4()), "changes": [{**change(), "blob": _nested(1)}]})
        body = body.replace(
            '{"a": {}}', json.dumps(_nested(depth)) if depth < 900 else "[" * depth + "]" * depth
        )
        answer = client.post(
            "/v1/push", content=body, headers={**auth(session), "Content-Type": "application/json"}
        )
        _plain_refusal(answer, 422)
    _plain_refusal(client.post("/v1/accounts", json=account_body(kdf={"a": _nested(200)})), 422)
    assert record_count(server_engine) == 0


def test_a_body_that_is_not_utf8_json_is_a_422(client):
    answer = client.post(
        "/v1/prelogin", content=b'{"name": "\xff\xfe"}', headers={"Content-Type": "application/json"}
    )
    _plain_refusal(answer, 422)


def test_an_oversized_body_without_a_length_gets_413(client, settings):
    def chunks(total: int):
        sent = 0
        yield b'{"name": "'
        while sent < total:
            yield b"a" * 8192
            sent += 8192
        yield b'"}'

    answer = client.post(
        "/v1/prelogin",
        content=chunks(settings.max_request_bytes + 1),
        headers={"Content-Type": "application/json"},
    )
    assert "content-length" not in answer.request.headers  # sent chunked, as the finding says
    assert _plain_refusal(answer, 413) == "the request is too large"
    small = client.post(
        "/v1/prelogin",
        content=iter([b'{"name": ', b'"lene"}']),
        headers={"Content-Type": "application/json"},
    )
    assert small.status_code == 200, small.text
