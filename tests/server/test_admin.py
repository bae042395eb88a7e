"""``casenotes-server admin``: accounts and devices listed, an account disabled (its devices, sign-ins,
directory entry and transfers refused) and enabled again, devices revoked, the directory printed with
the desktop's fingerprints; an unknown name or database is one readable line and exit 1, never the URL."""

from __future__ import annotations

import json
import uuid

import pytest

from desktop.sync.identity import Identity
from syncserver.__main__ import main
from syncserver.admin import fingerprint, list_accounts, list_devices
from syncserver.models import directory_proof_text
from tests.server.api_helpers import auth, b64, new_account, sign_in_body
from tests.server.test_directory import identity


def admin(capsys, database_url, *command):
    """Run ``casenotes-server admin`` on the test database: (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = main(["admin", "--database-url", database_url, *command])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lene(client):
    return new_account(client, "lene")


def test_accounts_lists_each_account_with_its_devices_and_key(client, lene, capsys, database_url):
    client.post("/v1/sessions", json=sign_in_body(device="office"))
    office_lost = client.post("/v1/sessions", json=sign_in_body(device="lost")).json()
    client.delete(f"/v1/devices/{office_lost['device_id']}", headers=auth(lene))
    client.put("/v1/identity", json=identity("lene"), headers=auth(lene))
    new_account(client, "jonas", auth=b"j" * 32)
    code, out, _ = admin(capsys, database_url, "accounts")
    assert code == 0
    header, jonas, lene_line = out.splitlines()
    assert header.split("  ")[0] == "name" and "identity key" in header
    assert lene_line.startswith("lene") and "2/1" in lene_line and lene_line.endswith("published")
    assert jonas.startswith("jonas") and "1/0" in jonas and jonas.endswith("none")
    assert " no " in f" {lene_line} "  # not disabled


def test_a_disabled_account_is_shut_out_everywhere_and_enabled_again(
    client, lene, capsys, database_url, server_engine
):
    jonas = new_account(client, "jonas", auth=b"j" * 32)
    client.put("/v1/identity", json=identity("lene"), headers=auth(lene))
    assert admin(capsys, database_url, "disable", "lene")[:2] == (0, "lene: disabled\n")
    assert list_accounts(server_engine)[1].disabled_at is not None

    refused = client.get("/v1/changes", headers=auth(lene))
    assert refused.status_code == 401 and refused.json()["detail"] == "the account is disabled"
    signing_in = client.post("/v1/sessions", json=sign_in_body())
    assert signing_in.status_code == 401 and signing_in.json()["detail"] == "the account is disabled"
    wrong_key = client.post("/v1/sessions", json=sign_in_body(auth=b"w" * 32))
    assert wrong_key.json()["detail"] == "wrong account or password"  # said only to whoever has the key
    assert client.get("/v1/directory", headers=auth(jonas)).json() == []
    body = {"id": str(uuid.uuid4()), "to": "lene", "blob": b64(b"sealed")}
    assert client.post("/v1/transfers", json=body, headers=auth(jonas)).status_code == 404

    assert admin(capsys, database_url, "disable", "lene")[1] == "lene was already disabled\n"
    assert admin(capsys, database_url, "enable", "lene")[:2] == (0, "lene: enabled\n")
    assert client.get("/v1/changes", headers=auth(lene)).status_code == 200
    assert [e["account"] for e in client.get("/v1/directory", headers=auth(jonas)).json()] == ["lene"]
    assert client.post("/v1/transfers", json=body, headers=auth(jonas)).status_code == 201


def test_devices_are_listed_and_revoked_one_or_all(client, lene, capsys, database_url, server_engine):
    office = client.post("/v1/sessions", json=sign_in_body(device="office")).json()
    code, out, _ = admin(capsys, database_url, "devices", "lene")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "name", "created", "last", "seen", "revoked"]
    assert [line.split()[0] for line in lines[1:]] == [lene["device_id"], office["device_id"]]

    assert admin(capsys, database_url, "revoke", "lene", office["device_id"])[:2] == (
        0,
        "lene: 1 device revoked\n",
    )
    assert client.get("/v1/devices", headers=auth(office)).status_code == 401
    assert client.get("/v1/devices", headers=auth(lene)).status_code == 200
    assert admin(capsys, database_url, "revoke", "lene", "--all")[1] == "lene: 1 device revoked\n"
    assert client.get("/v1/devices", headers=auth(lene)).status_code == 401
    assert all(d.revoked_at for d in list_devices(server_engine, "lene"))


def test_another_accounts_device_is_not_revoked_through_this_one(client, lene, capsys, database_url):
    jonas = new_account(client, "jonas", auth=b"j" * 32)
    code, _, err = admin(capsys, database_url, "revoke", "lene", jonas["device_id"])
    assert code == 1 and err == f"casenotes-server admin: lene has no device {jonas['device_id']}\n"
    assert client.get("/v1/devices", headers=auth(jonas)).status_code == 200


@pytest.mark.parametrize(
    "command",
    [("disable", "nobody"), ("enable", "nobody"), ("devices", "nobody"), ("revoke", "nobody", "--all")],
)
def test_an_unknown_name_is_one_line_and_exit_1(client, capsys, database_url, command):
    code, out, err = admin(capsys, database_url, *command)
    assert (code, out) == (1, "")
    assert err == "casenotes-server admin: there is no account named 'nobody'\n"


def test_the_directory_prints_the_fingerprint_the_desktop_shows(client, lene, capsys, database_url):
    caseworker = Identity.generate()
    public = caseworker.public
    body = _published(caseworker, "lene")
    assert client.put("/v1/identity", json=body, headers=auth(lene)).status_code == 204
    code, out, _ = admin(capsys, database_url, "directory")
    assert code == 0
    header, line = out.splitlines()
    assert header.split() == ["name", "published", "fingerprint"]
    assert line.startswith("lene") and line.endswith(public.fingerprint())
    assert fingerprint(public.receive, public.sign) == public.fingerprint()


def test_admin_actions_log_one_json_line_each_without_names(client, lene, capsys, database_url, caplog):
    caplog.set_level("INFO", logger="syncserver")
    admin(capsys, database_url, "disable", "lene")
    admin(capsys, database_url, "revoke", "lene", "--all")
    events = [json.loads(r.getMessage()) for r in caplog.records if r.getMessage().startswith("{")]
    assert [e["event"] for e in events] == ["admin.account_disabled", "admin.devices_revoked"]
    assert all(e["account"] == lene["account_id"] for e in events)
    assert "lene" not in caplog.text and database_url not in caplog.text


def test_a_database_that_is_not_there_is_refused_without_printing_its_url(capsys, tmp_path):
    missing = f"sqlite:///{tmp_path / 'typo.db'}"
    code, out, err = admin(capsys, missing, "accounts")
    assert code == 1 and out == "" and "no SQLite database file" in err and str(tmp_path) not in err
    assert not (tmp_path / "typo.db").exists()  # not created by asking
    secret = "postgresql+psycopg://admin:s3cret-password@127.0.0.1:1/nothing"
    code, _, err = admin(capsys, secret, "accounts")
    assert code == 1 and err.count("\n") == 1 and "s3cret" not in err and "cannot open the database" in err


def _published(caseworker, account_name):
    """The body a desktop publishes its identity with (the proof signed by its own signing key)."""
    public = caseworker.public
    proof = caseworker.sign_private.sign(directory_proof_text(account_name, public.receive, public.sign))
    return {"receive": b64(public.receive), "sign": b64(public.sign), "proof": b64(proof)}
