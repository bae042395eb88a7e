"""The published OpenAPI schema tells the truth: each operation lists the refusals it can answer with
their body, base64 fields say so with a pattern and length bounds, and the KDF is a closed object."""

from __future__ import annotations

import re

import pytest

PROBLEM = {"$ref": "#/components/schemas/Problem"}
EXPECTED = {
    ("post", "/v1/accounts"): {"201", "401", "413", "422", "429"},
    ("post", "/v1/prelogin"): {"200", "413", "422"},
    ("post", "/v1/sessions"): {"201", "401", "413", "422", "429"},
    ("get", "/v1/devices"): {"200", "401", "413"},
    ("delete", "/v1/devices/{device_id}"): {"204", "401", "404", "413", "422"},
    ("post", "/v1/push"): {"200", "401", "409", "413", "422"},
    ("get", "/v1/changes"): {"200", "401", "413", "422"},
    ("put", "/v1/identity"): {"204", "401", "403", "413", "422"},
    ("get", "/v1/directory"): {"200", "401", "413"},
    ("post", "/v1/transfers"): {"200", "201", "401", "404", "409", "413", "422"},
    ("get", "/v1/transfers/inbox"): {"200", "401", "413"},
    ("get", "/v1/transfers/sent"): {"200", "401", "413"},
    ("get", "/v1/transfers/{transfer_id}"): {"200", "401", "404", "413", "422"},
    ("post", "/v1/transfers/{transfer_id}/answer"): {"204", "401", "404", "409", "413", "422"},
    ("delete", "/v1/transfers/{transfer_id}"): {"204", "401", "404", "413", "422"},
    ("get", "/health"): {"200", "413"},
}


@pytest.fixture
def schema(client):
    return client.get("/openapi.json").json()


def test_every_operation_lists_its_answers_with_their_bodies(schema):
    listed = {
        (method, path): set(operation["responses"])
        for path, item in schema["paths"].items()
        for method, operation in item.items()
    }
    assert listed == EXPECTED
    for (method, path), codes in EXPECTED.items():
        responses = schema["paths"][path][method]["responses"]
        for code in codes - {"200", "201", "204"}:
            body = responses[code]["content"]["application/json"]["schema"]
            assert body == PROBLEM, (method, path, code, body)
    assert schema["components"]["schemas"]["Problem"]["required"] == ["detail"]
    for path in ("/v1/sessions", "/v1/accounts"):
        headers = schema["paths"][path]["post"]["responses"]["429"]["headers"]
        assert headers["Retry-After"]["schema"]["type"] == "integer"


def test_signed_in_operations_declare_the_bearer_token(schema):
    assert schema["components"]["securitySchemes"]["DeviceToken"]["scheme"] == "bearer"
    for (method, path), codes in EXPECTED.items():
        operation = schema["paths"][path][method]
        assert ("401" in codes and path != "/v1/accounts" and path != "/v1/sessions") == (
            "security" in operation
        ), (method, path)


def _field(schema, model, name):
    prop = schema["components"]["schemas"][model]["properties"][name]
    if "anyOf" in prop:  # optional: the string form beside null
        prop = next(p for p in prop["anyOf"] if p.get("type") == "string")
    return prop


@pytest.mark.parametrize(
    ("model", "name", "decoded"),
    [
        ("NewAccount", "auth_key", b"k" * 32),
        ("NewAccount", "client_salt", b"s" * 16),
        ("NewAccount", "wrapped_key", b"w" * 60),
        ("NewAccount", "recovery_auth_key", b"r" * 32),
        ("NewAccount", "recovery_wrapped_key", b"w" * 60),
        ("SignIn", "auth_key", b"k" * 32),
        ("SealedRecord", "blob", b"b" * 1000),
        ("NewTransfer", "blob", b"b" * 100_000),
        ("TransferAnswer", "receipt", b"r" * 4096),
    ],
)
def test_base64_fields_carry_their_pattern_and_bounds(schema, model, name, decoded):
    import base64

    prop = _field(schema, model, name)
    assert prop["contentEncoding"] == "base64"
    assert prop["maxLength"] >= len(base64.b64encode(decoded)) >= prop["minLength"] >= 4
    assert re.fullmatch(prop["pattern"].strip("^$"), base64.b64encode(decoded).decode())
    assert not re.fullmatch(prop["pattern"].strip("^$"), "d3Jh cHBl")


def test_every_request_string_and_number_is_bounded(schema):
    models = (
        "NewAccount",
        "PreLogin",
        "SignIn",
        "SealedRecord",
        "Deletion",
        "Push",
        "Kdf",
        "PublishedIdentity",
        "NewTransfer",
        "TransferAnswer",
    )
    for model in models:
        definition = schema["components"]["schemas"][model]
        assert definition.get("additionalProperties") is False, model
        for name, prop in definition["properties"].items():
            for option in prop.get("anyOf", [prop]):
                kind = option.get("type")
                if kind == "string":
                    assert (
                        "maxLength" in option or "pattern" in option or "enum" in option or "const" in option
                    ), (model, name)
                if kind == "integer":
                    assert "maximum" in option and "minimum" in option, (model, name)
                if kind == "array":
                    assert "maxItems" in option, (model, name)
    kdf = _field(schema, "NewAccount", "kdf")
    assert kdf == {"$ref": "#/components/schemas/Kdf"}
    after = next(p for p in schema["paths"]["/v1/changes"]["get"]["parameters"] if p["name"] == "after")
    assert after["schema"]["maximum"] == 2**63 - 1
    device_id = schema["paths"]["/v1/devices/{device_id}"]["delete"]["parameters"][0]
    assert "pattern" in device_id["schema"]
