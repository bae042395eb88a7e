"""Preferences under the administrator's policy: the policy's value wins over the person's, and a fixed
setting cannot be changed; the retention settings and their limits."""

from __future__ import annotations

import pytest

from desktop.domain.policy import Policy
from desktop.views.preferences import (
    CASE_RETENTION_YEARS,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LOG_RETENTION_MONTHS,
    Preferences,
    SettingFixed,
)

POLICY = Policy(idle_lock_minutes=2, case_retention_years=10, log_retention_months=36, source="/etc/p.toml")


def test_policy_values_override_the_user_settings(tmp_path):
    mine = Preferences(tmp_path)
    mine.set(IDLE_LOCK_MINUTES, 30)
    mine.set(CASE_RETENTION_YEARS, 3)
    mine.set(LOG_RETENTION_MONTHS, 9)
    mine.set(LANGUAGE, "en")

    governed = Preferences(tmp_path, POLICY)
    assert governed.get(IDLE_LOCK_MINUTES) == 2
    assert governed.get(CASE_RETENTION_YEARS) == 10
    assert governed.get(LOG_RETENTION_MONTHS) == 36
    assert governed.get(LANGUAGE) == "en"  # the policy has no say in the language
    assert governed.is_fixed(IDLE_LOCK_MINUTES) and governed.is_fixed(CASE_RETENTION_YEARS)
    assert not governed.is_fixed(LANGUAGE)
    assert governed.policy is POLICY
    # The person's own choices stay in the file, for when the policy goes away.
    assert Preferences(tmp_path).get(IDLE_LOCK_MINUTES) == 30


def test_a_fixed_setting_cannot_be_changed(tmp_path):
    governed = Preferences(tmp_path, Policy(idle_lock_minutes=2))
    with pytest.raises(SettingFixed):
        governed.set(IDLE_LOCK_MINUTES, 45)
    assert Preferences(tmp_path).get(IDLE_LOCK_MINUTES) == 5  # nothing was written
    governed.set(CASE_RETENTION_YEARS, 8)  # not fixed: the person's choice
    assert governed.get(CASE_RETENTION_YEARS) == 8


def test_without_a_policy_nothing_is_fixed(tmp_path):
    preferences = Preferences(tmp_path)
    assert preferences.policy == Policy()
    assert not any(preferences.is_fixed(s) for s in (IDLE_LOCK_MINUTES, CASE_RETENTION_YEARS, LANGUAGE))


def test_retention_defaults_and_limits(tmp_path):
    preferences = Preferences(tmp_path)
    assert preferences.get(CASE_RETENTION_YEARS) == 5
    assert preferences.get(LOG_RETENTION_MONTHS) == 6
    preferences.set(LOG_RETENTION_MONTHS, 2)  # e.g. an edited preferences.ini
    assert preferences.get(LOG_RETENTION_MONTHS) == 6  # never below six months
    preferences.set(CASE_RETENTION_YEARS, 99)
    assert preferences.get(CASE_RETENTION_YEARS) == 30
    preferences.set(IDLE_LOCK_MINUTES, "ikke et tal")
    assert preferences.get(IDLE_LOCK_MINUTES) == 5
