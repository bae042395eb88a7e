"""A date field that may also be empty, written dd-mm-åååå in Danish."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

_EMPTY = QDate(2000, 1, 1)


class OptionalDateField(QDateEdit):
    """``QDateEdit`` whose lowest value means "no date" (shown as a dash)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        danish = QLocale().language() == QLocale.Language.Danish
        self.setDisplayFormat("dd-MM-yyyy" if danish else "yyyy-MM-dd")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText("—")
        self.setAccessibleName(accessible_name)
        self.set_value(None)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field; Left and Right move between day, month and year.

        A date edit otherwise spends one Tab per part of the date, and on the empty dash Tab never
        left it at all: a trap for anyone on the keyboard."""
        return QWidget.focusNextPrevChild(self, next)

    def value(self) -> date | None:
        """The date, or ``None``."""
        current = self.date()
        return None if current == _EMPTY else date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        """Show a date, or the empty dash."""
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)
