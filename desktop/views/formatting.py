"""How dates and times are written in the UI: ``dd-mm-åååå`` in Danish, ISO-like in English."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale


def format_date(value: date | datetime | None) -> str:
    """``22-11-2026`` (Danish) or ``2026-11-22`` (English); empty for no date."""
    if value is None:
        return ""
    if QLocale().language() == QLocale.Language.Danish:
        return value.strftime("%d-%m-%Y")
    return value.strftime("%Y-%m-%d")


def format_time(value: datetime) -> str:
    """``10:42``."""
    return value.strftime("%H:%M")
