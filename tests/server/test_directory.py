"""The key directory: a device publishes its account's identity with proof that it holds the signing
key; every signed-in colleague reads everyone's keys; a forged proof, another account's proof or a
signed-out caller is refused and changes nothing."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from syncserver.models import directory_proof_text
from tests.server.api_helpers import auth, b64, new_account

RAW = (Encoding.Raw, PublicFormat.Raw)


def identity(account_name: str):
    """``(request body, signing key)`` of a new identity published for ``account_name``."""
    signing = Ed25519PrivateKey.generate()
    receive = X25519PrivateKey.generate().public_key().public_bytes(*RAW)
    sign = signing.public_key().public_bytes(*RAW)
    proof = signing.sign(directory_proof_text(account_name, receive, sign))
    return {"receive": b64(receive), "sign": b64(sign), "proof": b64(proof)}


def test_colleagues_read_each_others_published_keys(client):
    lene = new_account(client, "lene")
    jonas = new_account(client, "jonas")
    lene_keys, jonas_keys = identity("lene"), identity("jonas")
    assert client.put("/v1/identity", json=lene_keys, headers=auth(lene)).status_code == 204
    assert client.put("/v1/identity", json=jonas_keys, headers=auth(jonas)).status_code == 204
    listed = client.get("/v1/directory", headers=auth(jonas)).json()
    assert [(e["account"], e["receive"], e["sign"]) for e in listed] == [
        ("jonas", jonas_keys["receive"], jonas_keys["sign"]),
        ("lene", lene_keys["receive"], lene_keys["sign"]),
    ]


def test_publishing_again_replaces_the_keys(client):
    lene = new_account(client, "lene")
    client.put("/v1/identity", json=identity("lene"), headers=auth(lene))
    newer = identity("lene")
    assert client.put("/v1/identity", json=newer, headers=auth(lene)).status_code == 204
    [entry] = client.get("/v1/directory", headers=auth(lene)).json()
    assert entry["sign"] == newer["sign"]


def test_a_proof_that_does_not_fit_is_refused_and_changes_nothing(client):
    lene = new_account(client, "lene")
    kept = identity("lene")
    client.put("/v1/identity", json=kept, headers=auth(lene))
    forged = identity("lene") | {"proof": kept["proof"]}  # new keys under the old keys' proof
    for body in (forged, identity("jonas")):  # and a proof made for another account's name
        answer = client.put("/v1/identity", json=body, headers=auth(lene))
        assert answer.status_code == 403 and "proof" in answer.json()["detail"]
    [entry] = client.get("/v1/directory", headers=auth(lene)).json()
    assert entry["sign"] == kept["sign"]


def test_the_directory_is_for_signed_in_devices_only(client):
    lene = new_account(client, "lene")
    assert client.get("/v1/directory").status_code == 401
    assert client.put("/v1/identity", json=identity("lene")).status_code == 401
    assert client.get("/v1/directory", headers=auth(lene)).json() == []


def test_malformed_keys_are_refused(client):
    lene = new_account(client, "lene")
    body = identity("lene")
    for bad in ({**body, "receive": b64(b"short")}, {**body, "extra": 1}, {"receive": body["receive"]}):
        assert client.put("/v1/identity", json=bad, headers=auth(lene)).status_code == 422
