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
        # Revoking a device is tested last and apart: the fuzzer learns device ids from the answers
        # and would revoke the device whose token the rest of the run signs in with.
        code, report = _schemathesis(url, token, tmp_path, "--exclude-method=DELETE")
        still_signed_in = httpx.get(f"{url}/v1/devices", headers={"Authorization": f"Bearer {token}"})
        # Its requests name a second device of the account (besides made-up ids), so a real
        # revocation is among them.
        spare = httpx.post(f"{url}/v1/sessions", json=_SIGN_IN).json()["device_id"]
        (tmp_path / "schemathesis.toml").write_text(f'[parameters]\n"path.device_id" = "{spare}"\n')
        revoke_code, revoke_report = _schemathesis(url, token, tmp_path, "--include-method=DELETE")
        devices = httpx.get(f"{url}/v1/devices", headers={"Authorization": f"Bearer {token}"}).json()
    assert code == 0, report[-12000:]
    assert "No issues found" in report and "9 selected / 10 total" in report, report[-4000:]
    assert still_signed_in.status_code == 200  # the signed-in operations were tested signed in throughout
    assert revoke_code == 0, revoke_report[-12000:]
    assert "1 selected / 10 total" in revoke_report and "FAILURES" not in revoke_report, revoke_report[-4000:]
    assert [d["revoked_at"] is not None for d in devices] == [False, True]
