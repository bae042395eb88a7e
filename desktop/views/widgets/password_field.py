"""A password line edit with a show/hide toggle and no copy-out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class PasswordField(QLineEdit):
    """``QLineEdit`` in password mode; the eye action (Alt+V) shows the text while a person checks it."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.setMinimumWidth(280)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no "copy" of a password
        self._toggle = QAction(QIcon.fromTheme("view-reveal-symbolic"), self.tr("Show"), self)
        self._toggle.setCheckable(True)
        self._toggle.setShortcut(QKeySequence("Alt+V"))
        self._toggle.setToolTip(self.tr("Show or hide the password (Alt+V)"))
        self._toggle.toggled.connect(self._on_toggled)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)
        self.installEventFilter(self)

    def _on_toggled(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hide the text again when focus leaves the field."""
        if watched is self and event.type() == QEvent.Type.FocusOut and self._toggle.isChecked():
            self._toggle.setChecked(False)
        return super().eventFilter(watched, event)
