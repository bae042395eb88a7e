"""The command line under the administrator's policy: a broken policy file stops every command with one
line and exit code 2; a fixed sync server refuses any other --server; remembering is not used."""

from __future__ import annotations

import io

import pytest

from desktop import cli
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.keychain import KeyCache
from tests.conftest import PASSWORD
from tests.helpers import casenotes


def test_a_broken_policy_file_stops_the_command_line_with_one_line_and_exit_2(tmp_path, monkeypatch):
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text('allow_remember = "nej"\n')
    monkeypatch.setenv("CASENOTES_POLICY_FILE", str(policy_file))
    result = casenotes("check", "--password-stdin", stdin="pw\n", data_dir=tmp_path / "v")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(policy_file) in lines[0] and "allow_remember" in lines[0] and "true or false" in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "v").exists()


def test_a_policy_key_under_a_section_stops_the_command_line_with_exit_2(tmp_path, monkeypatch, capsys):
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text("[casenotes]\nidle_lock_minutes = 1\n")
    monkeypatch.setenv("CASENOTES_POLICY_FILE", str(policy_file))
    assert cli.run(["--data-dir", str(tmp_path / "v"), "init", "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert str(policy_file) in err and "idle_lock_minutes" in err and "[casenotes]" in err
    assert "put the keys at the top of the file" in err
    assert not (tmp_path / "v").exists()


def test_an_unreadable_policy_file_is_not_ignored(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "policy.toml"
    folder.mkdir()
    monkeypatch.setenv("CASENOTES_POLICY_FILE", str(folder))
    assert cli.run(["--data-dir", str(tmp_path / "v"), "init", "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be read" in err and str(folder) in err
    assert not (tmp_path / "v").exists()


@pytest.fixture
def policy_vault(tmp_path, monkeypatch, fast_kdf):
    """A vault (quick KDF) whose key is remembered, and a policy file the test writes."""
    folder = tmp_path / "v"
    session = VaultSession(folder, KeyCache(), kdf=fast_kdf)
    session.create(PASSWORD, remember=True)
    session.lock()
    policy_file = tmp_path / "policy.toml"
    monkeypatch.setenv("CASENOTES_POLICY_FILE", str(policy_file))
    return folder, policy_file


def test_sync_refuses_a_server_other_than_the_policy_s(policy_vault, monkeypatch, capsys):
    folder, policy_file = policy_vault
    policy_file.write_text('sync_server = "https://sync.kommune.dk"\n')
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    arguments = ["sync", "--server", "https://andet.example", "--account", "lene", "--password-stdin"]
    code = cli.run(["--data-dir", str(folder), *arguments])
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "organisation has set the sync server" in err and "https://sync.kommune.dk" in err


def test_the_command_line_does_not_use_a_key_the_policy_forbids_remembering(
    policy_vault, monkeypatch, capsys
):
    folder, policy_file = policy_vault
    assert VaultSession(folder).is_remembered()
    policy_file.write_text("allow_remember = false\n")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no password to give: the keychain would be needed
    assert cli.run(["--data-dir", str(folder), "check"]) == 1
    assert "password" in capsys.readouterr().err
    assert not VaultSession(folder).is_remembered()
