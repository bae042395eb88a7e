"""The question asked before unsaved edits would be lost: save them, throw them away, or stay."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class UnsavedQuestion(QMessageBox):
    """ "You have changed … without saving." with Save (the default), Discard changes and Cancel."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Unsaved changes"))
        self.setText(self.tr("You have changed %1 without saving.").replace("%1", what))
        self._save = self.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        self._discard = self.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self._save)

    def answer(self) -> str:
        """Ask, and say which was chosen: ``SAVE``, ``DISCARD`` or ``CANCEL`` (Escape too)."""
        self.exec()
        clicked = self.clickedButton()
        return SAVE if clicked is self._save else DISCARD if clicked is self._discard else CANCEL


def ask_unsaved(parent: QWidget, what: str) -> str:
    """Ask about the unsaved edits to ``what`` (a citizen's name) on ``parent``."""
    return UnsavedQuestion(what, parent).answer()
