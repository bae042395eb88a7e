"""The headless commands as an administrator runs them: real processes, real vault files."""

from __future__ import annotations

import pytest

from tests.helpers import casenotes, flip_byte

pytestmark = pytest.mark.slow


def test_init_then_check_as_in_the_issue(tmp_path):
    d = tmp_path / "v"
    created = casenotes("init", "--password-stdin", stdin="pw\n", data_dir=d)
    assert created.returncode == 0, created.stderr
    assert "Recovery key" in created.stdout
    key_line = created.stdout.strip().splitlines()[-1].strip()
    assert len(key_line.split("-")) == 8
    checked = casenotes("check", "--password-stdin", stdin="pw\n", data_dir=d)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("OK")


def test_global_options_work_after_the_command_too(tmp_path):
    d = tmp_path / "v"
    assert casenotes("init", "--data-dir", str(d), "--password-stdin", stdin="pw\n").returncode == 0
    assert casenotes("check", "--password-stdin", "--data-dir", str(d), stdin="pw\n").returncode == 0


def test_a_wrong_password_is_one_readable_line(tmp_path):
    d = tmp_path / "v"
    casenotes("init", "--password-stdin", stdin="pw\n", data_dir=d)
    result = casenotes("check", "--password-stdin", stdin="forkert\n", data_dir=d)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "password is not correct" in lines[0]
    assert "Traceback" not in result.stderr


def test_init_refuses_an_existing_vault_and_changes_nothing(tmp_path):
    d = tmp_path / "v"
    casenotes("init", "--password-stdin", stdin="pw\n", data_dir=d)
    before = (d / "vault.json").read_bytes()
    result = casenotes("init", "--password-stdin", stdin="other\n", data_dir=d)
    assert result.returncode == 1 and "already exists" in result.stderr
    assert (d / "vault.json").read_bytes() == before


def test_check_of_a_missing_folder_creates_nothing(tmp_path):
    result = casenotes("check", "--password-stdin", stdin="pw\n", data_dir=tmp_path / "nothing")
    assert result.returncode == 1 and "no vault" in result.stderr
    assert not (tmp_path / "nothing").exists()


@pytest.mark.parametrize(
    ("name", "offset", "words"), [("vault.db", 3000, "damaged"), ("vault.json", 60, "key file")]
)
def test_check_reports_damage_in_one_line(tmp_path, name, offset, words):
    d = tmp_path / "v"
    casenotes("init", "--password-stdin", stdin="pw\n", data_dir=d)
    flip_byte(d / name, offset)
    result = casenotes("check", "--password-stdin", stdin="pw\n", data_dir=d)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2_without_a_traceback():
    result = casenotes("frobnicate")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_version():
    result = casenotes("--version")
    assert result.returncode == 0 and result.stdout.startswith("casenotes ")


def test_export_of_one_citizen_by_id_or_cpr_as_json_and_pdf(tmp_path, key_cache):
    import json

    from desktop.services.registry import Services
    from desktop.services.vault_session import VaultSession

    d = tmp_path / "v"
    casenotes("init", "--password-stdin", stdin="pw\n", data_dir=d)
    casenotes("demo", "--citizens", "3", "--notes", "6", "--password-stdin", stdin="pw\n", data_dir=d)
    session = VaultSession(d, key_cache)
    session.unlock("pw")
    first = Services.for_session(session).citizens.caseload()[0]
    cpr = Services.for_session(session).citizens.reveal_cpr(first.id)
    session.lock()

    as_json = casenotes(
        "export",
        "--citizen",
        first.id,
        "--out",
        str(tmp_path / "a.json"),
        "--password-stdin",
        stdin="pw\n",
        data_dir=d,
    )
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads((tmp_path / "a.json").read_text("utf-8"))["citizen_id"] == first.id
    as_pdf = casenotes(
        "export",
        "--citizen",
        cpr,
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "a.pdf"),
        "--password-stdin",
        stdin="pw\n",
        data_dir=d,
    )
    assert as_pdf.returncode == 0, as_pdf.stderr
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")

    unknown = casenotes(
        "export",
        "--citizen",
        "010203-0000",
        "--out",
        str(tmp_path / "x.json"),
        "--password-stdin",
        stdin="pw\n",
        data_dir=d,
    )
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
    assert "No citizen" in unknown.stderr and not (tmp_path / "x.json").exists()


def test_identity_prints_the_same_fingerprint_every_time(tmp_path):
    d = tmp_path / "v"
    casenotes("init", "--password-stdin", stdin="pw\n", data_dir=d)
    first = casenotes("identity", "--password-stdin", stdin="pw\n", data_dir=d)
    assert first.returncode == 0, first.stderr
    fingerprint = first.stdout.strip().splitlines()[-1].strip()
    assert len(fingerprint.split(" ")) == 6 and fingerprint.replace(" ", "").isdigit()
    again = casenotes("identity", "--password-stdin", stdin="pw\n", data_dir=d)
    assert again.stdout.strip().splitlines()[-1].strip() == fingerprint  # made once, then kept
    assert casenotes("check", "--password-stdin", stdin="pw\n", data_dir=d).returncode == 0
