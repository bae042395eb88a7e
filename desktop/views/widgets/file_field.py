"""A file name with a "Choose…" button beside it (the button opens the platform's file dialog)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class FileField(QWidget):
    """``choose()`` returns the chosen path or "" (the caller wraps a ``QFileDialog`` call).

    Signals:
        path_changed(str): the path was chosen or edited.
    """

    path_changed = Signal(str)

    def __init__(
        self, accessible_name: str, choose: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMinimumWidth(320)
        self.button = QPushButton(self.tr("C&hoose…"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._on_choose)
        self.edit.editingFinished.connect(lambda: self.path_changed.emit(self.path()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def path(self) -> str:
        """The path as shown (stripped)."""
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        """Show ``path`` and announce it."""
        self.edit.setText(path)
        self.path_changed.emit(self.path())

    def _on_choose(self) -> None:
        chosen = self._choose()
        if chosen:
            self.set_path(chosen)
