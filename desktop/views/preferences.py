"""User preferences on this computer, each declared once with its type, default and label.

Stored with ``QSettings`` in an INI file in the data folder (no personal data goes in it). The
administrator's policy (``desktop.domain.policy``) overrides them: a setting the policy fixes reads as
the policy's value whatever the file says, and cannot be changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from desktop.domain.policy import (
    CASE_RETENTION_RANGE,
    DEFAULT_CASE_RETENTION_YEARS,
    DEFAULT_LOG_RETENTION_MONTHS,
    IDLE_LOCK_RANGE,
    LOG_RETENTION_RANGE,
    Policy,
)
from desktop.errors import QT_TRANSLATE_NOOP

LANGUAGES: dict[str, str] = {
    "da": QT_TRANSLATE_NOOP("Preferences", "Danish"),
    "en": QT_TRANSLATE_NOOP("Preferences", "English"),
}


@dataclass(frozen=True)
class Setting:
    """One preference: key, Python type, default and a translatable label.

    ``limits`` (lowest, highest) clamp a number read from the file; ``policy_field`` names the field of
    ``Policy`` that can fix this setting ("" when the policy has no say).
    """

    key: str
    kind: type
    default: Any
    label: str
    limits: tuple[int, int] | None = None
    policy_field: str = ""


LANGUAGE = Setting("ui/language", str, "da", QT_TRANSLATE_NOOP("Preferences", "Language"))
IDLE_LOCK_MINUTES = Setting(
    "security/idle_lock_minutes",
    int,
    5,
    QT_TRANSLATE_NOOP("Preferences", "Lock after minutes without activity"),
    IDLE_LOCK_RANGE,
    "idle_lock_minutes",
)
CASE_RETENTION_YEARS = Setting(
    "retention/case_years",
    int,
    DEFAULT_CASE_RETENTION_YEARS,
    QT_TRANSLATE_NOOP("Preferences", "Keep a closed case for years"),
    CASE_RETENTION_RANGE,
    "case_retention_years",
)
LOG_RETENTION_MONTHS = Setting(
    "retention/log_months",
    int,
    DEFAULT_LOG_RETENTION_MONTHS,
    QT_TRANSLATE_NOOP("Preferences", "Keep the access log for months"),
    LOG_RETENTION_RANGE,
    "log_retention_months",
)
WINDOW_GEOMETRY = Setting("ui/window_geometry", bytes, b"", "")
# How a citizen reaches the caseworker, printed on "Min plan". The caseworker's own work contact, not
# citizen data: it lives with the other preferences of this computer, not in the vault.
CONTACT_NAME = Setting("plan/caseworker_name", str, "", QT_TRANSLATE_NOOP("Preferences", "Your name"))
CONTACT_PHONE = Setting("plan/caseworker_phone", str, "", QT_TRANSLATE_NOOP("Preferences", "Work phone"))
CONTACT_EMAIL = Setting("plan/caseworker_email", str, "", QT_TRANSLATE_NOOP("Preferences", "Work e-mail"))
CONTACT_HOURS = Setting(
    "plan/caseworker_hours", str, "", QT_TRANSLATE_NOOP("Preferences", "When you can be reached")
)
CONTACT_SETTINGS = {
    "name": CONTACT_NAME,
    "phone": CONTACT_PHONE,
    "email": CONTACT_EMAIL,
    "hours": CONTACT_HOURS,
}


class SettingFixed(Exception):
    """A setting the administrator's policy fixes was about to be changed (the views never offer it)."""


class Preferences:
    """Typed access to the preference file, with the administrator's policy on top."""

    FILE_NAME = "preferences.ini"

    def __init__(self, data_dir: Path, policy: Policy = Policy()) -> None:  # noqa: B008 - frozen, shared
        self._settings = QSettings(str(Path(data_dir) / self.FILE_NAME), QSettings.Format.IniFormat)
        self._policy = policy

    @property
    def policy(self) -> Policy:
        """The administrator's policy these preferences obey (empty when there is none)."""
        return self._policy

    def is_fixed(self, setting: Setting) -> bool:
        """Whether the policy sets ``setting``, so the person cannot change it."""
        return bool(setting.policy_field) and self._policy.fixes(setting.policy_field)

    def get(self, setting: Setting) -> Any:
        """The policy's value when it fixes the setting; else the stored value, or the default when it is
        missing or of the wrong type (numbers are kept within their limits)."""
        if self.is_fixed(setting):
            return getattr(self._policy, setting.policy_field)
        raw = self._settings.value(setting.key, setting.default)
        try:
            value = setting.kind(raw) if raw is not None else setting.default
        except (TypeError, ValueError):
            return setting.default
        if setting is LANGUAGE and value not in LANGUAGES:
            return setting.default
        if setting.limits is not None:
            low, high = setting.limits
            return min(max(value, low), high)
        return value

    def set(self, setting: Setting, value: Any) -> None:
        """Store a value and write the file at once; a setting the policy fixes raises ``SettingFixed``."""
        if self.is_fixed(setting):
            raise SettingFixed(setting.key)
        self._settings.setValue(setting.key, value)
        self._settings.sync()
