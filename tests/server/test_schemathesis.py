"""schemathesis against the real server on loopback: generated requests, valid and malformed, for every
operation, signed in as a real device, on SQLite and (in CI) PostgreSQL. It must find no 500, no answer
outside the schema (status, body, headers, content type), no malformed request accepted and no valid one
refused.

Bounded and repeatable: a fixed number of examples per operation, deterministic generation (which keeps
no example database), one worker; about half a minute per database on two cores. The full report is
printed when it fails.
"""

from __future__ import annotations

import base64
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from syncserver.background import serve_in_thread
from syncserver.config import Settings

pytestmark = pytest.mark.slow

EXAMPLES_PER_OPERATION = 80


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


_SIGN_IN = {"name": "schemathesis", "auth_key": base64.b64encode(b"k" * 32).decode(), "device_name": "spare"}


def _signed_in_device(url: str) -> str:
    """A device token of an account with one record, so the feed and devices answer with content."""
    created = httpx.post(
        f"{url}/v1/accounts",
        json={
            "name": "schemathesis",
            "vault_id": str(uuid.uuid4()),
            "auth_key": _b64(b"k" * 32),
            "client_salt": _b64(b"s" * 16),
            "kdf": {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4},
            "wrapped_key": _b64(b"w" * 60),
            "device_name": "fuzzer",
        },
    )
    assert created.status_code == 201, created.text
    token = created.json()["device_token"]
    pushed = httpx.post(
        f"{url}/v1/push",
        json={
            "request_id": str(uuid.uuid4()),
            "changes": [
                {
                    "record_type": "citizen",
                    "record_id": str(uuid.uuid4()),
                    "base_version": 0,
                    "blob": _b64(b"x" * 40),
                }
            ],
        },
        headers={"Authorization": f"Bearer {token}"},
    )
    assert pushed.status_code == 200, pushed.text
    return token


def _transfers(url: str, token: str) -> tuple[str, str, str]:
    """A colleague's account, two transfers to the fuzzer's account and one from it, so the inbox and
    the sent list answer with content; returns their ids (to fetch, to answer, sent)."""
    colleague = httpx.post(
        f"{url}/v1/accounts",
        json={
            "name": "colleague",
            "vault_id": str(uuid.uuid4()),
            "auth_key": _b64(b"c" * 32),
            "client_salt": _b64(b"s" * 16),
            "kdf": {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4},
            "wrapped_key": _b64(b"w" * 60),
            "device_name": "colleague's laptop",
        },
    ).json()["device_token"]
    to_fetch, to_answer, outgoing = (str(uuid.uuid4()) for _ in range(3))
    for sender, to, transfer_id in (
        (colleague, "schemathesis", to_fetch),
        (colleague, "schemathesis", to_answer),
        (token, "colleague", outgoing),
    ):
        sent = httpx.post(
            f"{url}/v1/transfers",
            json={"id": transfer_id, "to": to, "blob": _b64(b"sealed file" * 10)},
            headers={"Authorization": f"Bearer {sender}"},
        )
        assert sent.status_code == 201, sent.text
    return to_fetch, to_answer, outgoing


def _schemathesis(url: str, token: str, folder: Path, *selection: str) -> tuple[int, str]:
    run = subprocess.run(
        [
            str(Path(sys.executable).with_name("st")),
            "run",
            f"{url}/openapi.json",
            *selection,
            "--checks=all",
            "--phases=examples,coverage,fuzzing",
            f"--max-examples={EXAMPLES_PER_OPERATION}",
            "--generation-deterministic",
            "--workers=1",
            "--request-timeout=20",
            "--no-color",
            "--header",
            f"Authorization: Bearer {token}",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return run.returncode, run.stdout + run.stderr


def test_the_live_server_answers_as_its_schema_says(tmp_path, database_url):
    settings = Settings(
        database_url=database_url,
        auth_hash_cost=2**4,
        # The guard's waits shortened: the fuzzer repeats names, and a real delay would only slow it.
        account_delay_seconds=0.001,
        account_delay_max_seconds=0.01,
    )
    with serve_in_thread(settings) as url:
        token = _signed_in_device(url)
        signed_in = {"Authorization": f"Bearer {token}"}
        to_fetch, to_answer, outgoing = _transfers(url, token)
        # The transfer operations name real transfers to this account (besides made-up ids), so one is
        # fetched and another answered for real (answered first, the one fetched would be gone).
        (tmp_path / "schemathesis.toml").write_text(
            f'[parameters]\n"path.transfer_id" = "{to_fetch}"\n'
            '[[operations]]\ninclude-path = "/v1/transfers/{transfer_id}/answer"\n'
            f'parameters = {{ "path.transfer_id" = "{to_answer}" }}\n'
        )
        # Revoking a device is tested last and apart: the fuzzer learns device ids from the answers
        # and would revoke the device whose token the rest of the run signs in with.
        code, report = _schemathesis(url, token, tmp_path, "--exclude-method=DELETE")
        still_signed_in = httpx.get(f"{url}/v1/devices", headers=signed_in)
        fetched = httpx.get(f"{url}/v1/transfers/{to_fetch}", headers=signed_in)
        answered = httpx.get(f"{url}/v1/transfers/{to_answer}", headers=signed_in)
        # Its requests name a second device of the account and the transfer this account sent (besides
        # made-up ids), so a real revocation and a real withdrawal are among them.
        spare = httpx.post(f"{url}/v1/sessions", json=_SIGN_IN).json()["device_id"]
        (tmp_path / "schemathesis.toml").write_text(
            f'[parameters]\n"path.device_id" = "{spare}"\n"path.transfer_id" = "{outgoing}"\n'
        )
        revoke_code, revoke_report = _schemathesis(url, token, tmp_path, "--include-method=DELETE")
        devices = httpx.get(f"{url}/v1/devices", headers=signed_in).json()
        sent = httpx.get(f"{url}/v1/transfers/sent", headers=signed_in).json()
    assert code == 0, report[-12000:]
    assert "No issues found" in report and "14 selected / 16 total" in report, report[-4000:]
    assert still_signed_in.status_code == 200  # the signed-in operations were tested signed in throughout
    assert fetched.status_code == 200 and answered.status_code == 404  # answered by the fuzzer: gone
    assert revoke_code == 0, revoke_report[-12000:]
    assert "2 selected / 16 total" in revoke_report and "FAILURES" not in revoke_report, revoke_report[-4000:]
    assert [d["revoked_at"] is not None for d in devices] == [False, True]
    assert outgoing not in [t["id"] for t in sent]  # withdrawn by the fuzzer (which sent others too)
