"""The line where a person types a recovery key: fixed-width, with the shape of a key as a placeholder."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLineEdit, QWidget


class RecoveryKeyField(QLineEdit):
    """A ``QLineEdit`` for the eight groups of a recovery key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.setAccessibleName(self.tr("Recovery key"))
