"""Requests the server tests share: an account, a device's bearer header, a change, a push, a feed."""

from __future__ import annotations

import base64
import uuid

from sqlalchemy import func, select

from syncserver.db import account, record

VAULT = str(uuid.uuid4())
KDF = {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4}
RIGHT_KEY = b"k" * 32


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def account_body(name="lene", auth=RIGHT_KEY, device="laptop", **overrides):
    """What the desktop sends to create an account (every field valid unless overridden)."""
    return {
        "name": name,
        "vault_id": VAULT,
        "auth_key": b64(auth),
        "client_salt": b64(b"s" * 16),
        "kdf": dict(KDF),
        "wrapped_key": b64(b"wrapped-sync-key"),
        "recovery_auth_key": b64(b"r" * 32),
        "recovery_wrapped_key": b64(b"recovery-wrapped"),
        "device_name": device,
        **overrides,
    }


def new_account(client, name="lene", auth=RIGHT_KEY, device="laptop"):
    answer = client.post("/v1/accounts", json=account_body(name, auth, device))
    assert answer.status_code == 201, answer.text
    return answer.json()


def sign_in_body(name="lene", auth=RIGHT_KEY, device="office", method="password"):
    return {"name": name, "auth_key": b64(auth), "method": method, "device_name": device}


def auth(session):
    return {"Authorization": f"Bearer {session['device_token']}"}


def change(record_id=None, base=0, blob=b"sealed", deleted=False, record_type="citizen"):
    return {
        "record_type": record_type,
        "record_id": record_id or str(uuid.uuid4()),
        "base_version": base,
        "blob": None if deleted else b64(blob),
        "deleted": deleted,
    }


def push(client, session, *changes, request_id=None):
    return client.post(
        "/v1/push",
        json={"request_id": request_id or str(uuid.uuid4()), "changes": list(changes)},
        headers=auth(session),
    )


def feed(client, session, after=0, limit=500):
    answer = client.get(f"/v1/changes?after={after}&limit={limit}", headers=auth(session))
    assert answer.status_code == 200, answer.text
    return answer.json()


def record_count(engine):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(record)).scalar_one()


def account_count(engine):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(account)).scalar_one()
