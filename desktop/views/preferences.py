"""User preferences on this computer, each declared once with its type, default and label.

Stored with ``QSettings`` in an INI file in the data folder (no personal data goes in it). Administrator
policy, which overrides these, arrives with the policy file in a later issue.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

LANGUAGES = {
    "da": QT_TRANSLATE_NOOP("Preferences", "Danish"),
    "en": QT_TRANSLATE_NOOP("Preferences", "English"),
}


@dataclass(frozen=True)
class Setting:
    """One preference: key, Python type, default and a translatable label."""

    key: str
    kind: type
    default: Any
    label: str


LANGUAGE = Setting("ui/language", str, "da", QT_TRANSLATE_NOOP("Preferences", "Language"))
IDLE_LOCK_MINUTES = Setting(
    "security/idle_lock_minutes",
    int,
    5,
    QT_TRANSLATE_NOOP("Preferences", "Lock after minutes without activity"),
)
WINDOW_GEOMETRY = Setting("ui/window_geometry", bytes, b"", "")

IDLE_LOCK_RANGE = (1, 60)


class Preferences:
    """Typed access to the preference file."""

    FILE_NAME = "preferences.ini"

    def __init__(self, data_dir: Path) -> None:
        self._settings = QSettings(str(Path(data_dir) / self.FILE_NAME), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        """The stored value, or the default when missing or of the wrong type."""
        raw = self._settings.value(setting.key, setting.default)
        try:
            value = setting.kind(raw) if raw is not None else setting.default
        except (TypeError, ValueError):
            return setting.default
        if setting is LANGUAGE and value not in LANGUAGES:
            return setting.default
        if setting is IDLE_LOCK_MINUTES:
            low, high = IDLE_LOCK_RANGE
            return min(max(value, low), high)
        return value

    def set(self, setting: Setting, value: Any) -> None:
        """Store a value and write the file at once."""
        self._settings.setValue(setting.key, value)
        self._settings.sync()
