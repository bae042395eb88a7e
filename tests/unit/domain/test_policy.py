"""The administrator's policy file: every value checked, every error naming the file, the key and what is
wrong; unknown keys ignored with a warning."""

from __future__ import annotations

import logging

import pytest

from desktop.domain.policy import (
    DEFAULT_CASE_RETENTION_YEARS,
    DEFAULT_LOG_RETENTION_MONTHS,
    MIN_LOG_RETENTION_MONTHS,
    Policy,
    parse_policy,
)
from desktop.errors import PolicyError

SOURCE = "/etc/casenotes/policy.toml"

FULL = """
# Set by IT for every caseworker's laptop
idle_lock_minutes = 10
allow_remember = false
case_retention_years = 7
log_retention_months = 24
sync_server = "https://sync.kommune.dk/"
"""


def test_a_full_policy_is_read():
    policy = parse_policy(FULL, SOURCE)
    assert policy == Policy(
        idle_lock_minutes=10,
        allow_remember=False,
        case_retention_years=7,
        log_retention_months=24,
        sync_server="https://sync.kommune.dk",  # the trailing slash goes, as in the sync settings
        source=SOURCE,
    )
    assert all(
        policy.fixes(name)
        for name in (
            "idle_lock_minutes",
            "allow_remember",
            "case_retention_years",
            "log_retention_months",
            "sync_server",
        )
    )
    assert not policy.fixes("source") and not policy.fixes("language")


def test_an_empty_file_fixes_nothing():
    policy = parse_policy("# nothing yet\n", SOURCE)
    assert policy.source == SOURCE
    assert policy.is_empty and Policy().is_empty
    assert not policy.fixes("idle_lock_minutes")


def test_a_partial_policy_leaves_the_rest_to_the_user():
    policy = parse_policy("allow_remember = true\n", SOURCE)
    assert policy.fixes("allow_remember") and policy.allow_remember is True
    assert not policy.fixes("idle_lock_minutes") and policy.idle_lock_minutes is None


def test_the_defaults_of_the_issue():
    assert DEFAULT_CASE_RETENTION_YEARS == 5
    assert DEFAULT_LOG_RETENTION_MONTHS == 6
    assert MIN_LOG_RETENTION_MONTHS == 6


@pytest.mark.parametrize(
    ("line", "key", "words"),
    [
        ("idle_lock_minutes = 0", "idle_lock_minutes", "from 1 to 60 minutes (found 0)"),
        ("idle_lock_minutes = 61", "idle_lock_minutes", "from 1 to 60 minutes (found 61)"),
        ("idle_lock_minutes = 2.5", "idle_lock_minutes", "whole number of minutes"),
        (
            'idle_lock_minutes = "10"',
            "idle_lock_minutes",
            'whole number of minutes from 1 to 60 (found "10")',
        ),
        ("idle_lock_minutes = true", "idle_lock_minutes", "whole number"),
        ('allow_remember = "no"', "allow_remember", 'true or false, without quotes (found "no")'),
        ("allow_remember = 0", "allow_remember", "true or false"),
        ("case_retention_years = 0", "case_retention_years", "from 1 to 30 years (found 0)"),
        ("case_retention_years = 31", "case_retention_years", "from 1 to 30 years"),
        ("log_retention_months = 5", "log_retention_months", "from 6 to 120 months (found 5)"),
        ("log_retention_months = 121", "log_retention_months", "from 6 to 120 months"),
        ("log_retention_months = [12]", "log_retention_months", "(found a list)"),
        ('sync_server = "http://sync.kommune.dk"', "sync_server", "https://"),
        ('sync_server = "ftp://sync.kommune.dk"', "sync_server", "https://"),
        ('sync_server = "https://"', "sync_server", "address of a server"),
        ('sync_server = "https://it:hemmeligt@sync.kommune.dk"', "sync_server", "https://"),
        ('sync_server = "sync.kommune.dk"', "sync_server", 'found "sync.kommune.dk"'),
        ("sync_server = 443", "sync_server", "address in quotes (found 443)"),
    ],
)
def test_every_bad_value_is_refused_with_a_readable_message(line, key, words):
    with pytest.raises(PolicyError) as caught:
        parse_policy(f"# set by IT\n{line}\n", SOURCE)
    message = str(caught.value)
    assert message.startswith(f"The policy file {SOURCE} is not valid: the key {key} must ")
    assert words in message
    assert caught.value.key == key and caught.value.source == SOURCE
    assert "\n" not in message


def test_a_file_that_is_not_toml_names_the_file_and_the_line():
    with pytest.raises(PolicyError) as caught:
        parse_policy("idle_lock_minutes = 5\nallow_remember = = false\n", SOURCE)
    message = str(caught.value)
    assert message.startswith(f"The policy file {SOURCE} is not valid TOML")
    assert "line 2" in message
    assert caught.value.key == ""


@pytest.mark.parametrize("address", ["http://127.0.0.1:8000", "http://localhost:8000/", "http://[::1]:8000"])
def test_plain_http_is_allowed_to_this_computer_only(address):
    assert parse_policy(f'sync_server = "{address}"', SOURCE).sync_server == address.rstrip("/")


def test_unknown_keys_are_ignored_with_a_warning_naming_only_the_key(caplog):
    text = 'idle_lock_minutes = 3\nfavourite_colour = "hemmelig-værdi"\n[security]\npin_length = 6\n'
    with caplog.at_level(logging.WARNING, logger="desktop.domain.policy"):
        policy = parse_policy(text, SOURCE)
    assert policy == Policy(idle_lock_minutes=3, source=SOURCE)
    warnings = [r.getMessage() for r in caplog.records]
    assert any("favourite_colour" in w for w in warnings)
    assert any("security" in w for w in warnings)
    assert not any("hemmelig" in w for w in warnings)


@pytest.mark.parametrize(
    ("text", "key", "where"),
    [
        ("[casenotes]\nidle_lock_minutes = 1\n", "idle_lock_minutes", "[casenotes]"),
        # the usual slip: a key added at the end of a file that has a section further up
        (
            'allow_remember = true\n[notes]\ncomment = "x"\ncase_retention_years = 7\n',
            "case_retention_years",
            "[notes]",
        ),
        ("casenotes.idle_lock_minutes = 1\n", "idle_lock_minutes", "[casenotes]"),
        ("casenotes = { allow_remember = false }\n", "allow_remember", "[casenotes]"),
        ("[[casenotes]]\nlog_retention_months = 12\n", "log_retention_months", "[[casenotes]]"),
        ('[kommune.it]\nsync_server = "https://sync.kommune.dk"\n', "sync_server", "[kommune.it]"),
    ],
)
def test_a_known_key_under_a_section_is_refused_not_ignored(text, key, where):
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, SOURCE)
    message = str(caught.value)
    assert message.startswith(f"The policy file {SOURCE} is not valid: the key {key} is under {where},")
    assert "put the keys at the top of the file" in message
    assert caught.value.key == key and "\n" not in message
