"""Where the policy file is looked for, and reading it: no file is no policy, a bad file is an error."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop.domain.policy import Policy
from desktop.errors import PolicyError
from desktop.paths import POLICY_FILE_ENV, load_policy, policy_path


def test_the_environment_variable_points_at_another_file(monkeypatch, tmp_path):
    monkeypatch.setenv(POLICY_FILE_ENV, str(tmp_path / "test-policy.toml"))
    assert policy_path() == tmp_path / "test-policy.toml"


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("win32", Path("D:/Data") / "Casenotes" / "policy.toml"),
        ("darwin", Path("/Library/Application Support/Casenotes/policy.toml")),
        ("linux", Path("/etc/casenotes/policy.toml")),
        ("freebsd14", Path("/etc/casenotes/policy.toml")),
    ],
)
def test_the_system_wide_place_per_platform(monkeypatch, platform, expected):
    monkeypatch.delenv(POLICY_FILE_ENV)
    monkeypatch.setenv("PROGRAMDATA", "D:/Data")
    monkeypatch.setattr(sys, "platform", platform)
    assert policy_path() == expected


def test_no_file_means_no_policy(tmp_path):
    assert load_policy(tmp_path / "policy.toml") == Policy()


def test_a_file_is_read_with_its_path_as_the_source(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_bytes(b"\xef\xbb\xbfidle_lock_minutes = 15\n")  # Notepad's byte-order mark is fine
    assert load_policy(path) == Policy(idle_lock_minutes=15, source=str(path))


def test_a_file_that_is_not_text_is_an_error(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_bytes(b"idle_lock_minutes = \xff\xfe\n")
    with pytest.raises(PolicyError, match=f"The policy file {path} is not UTF-8 text"):
        load_policy(path)


def test_a_file_that_cannot_be_read_is_an_error_not_ignored(tmp_path):
    folder = tmp_path / "policy.toml"
    folder.mkdir()  # a folder where the file should be: there, but not readable as a file
    with pytest.raises(PolicyError, match="cannot be read"):
        load_policy(folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission_is_an_error(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text("idle_lock_minutes = 5\n")
    path.chmod(0)
    with pytest.raises(PolicyError, match="cannot be read"):
        load_policy(path)
