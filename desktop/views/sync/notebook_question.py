"""The question asked when a sync account holds another notebook than this computer's.

Merging two caseloads cannot be undone, so nothing is merged unless the person says the account holds
their own notebook (a restored or re-created copy). The safe answer, keeping them separate, is the
default button and the one Escape gives.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class NotebookQuestion(QMessageBox):
    """Asks "keep separate" or "it is my notebook"; ``same_notebook`` is the answer once finished.

    ``synced_before`` says whether this computer's notebook synced with an account before (the server
    was replaced or emptied) or never did and has a caseload of its own.
    """

    def __init__(self, account: str, synced_before: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Another notebook in this account"))
        self.setText(
            self.tr("The account “%1” holds another notebook than the one on this computer.").replace(
                "%1", account
            )
        )
        if synced_before:
            why = self.tr(
                "This can happen when the server was replaced or emptied, and the account was then made "
                "again from another notebook."
            )
        else:
            why = self.tr("This computer already has citizens of its own.")
        self.setInformativeText(
            why
            + "\n\n"
            + self.tr(
                "If the account holds your own notebook (a restored or re-created copy), the two are "
                "merged: this computer gets the account's records, and the account gets this computer's. "
                "If not, keep them separate: nothing is changed on this computer."
            )
        )
        self.merge_button = self.addButton(
            self.tr("It is my notebook: merge them"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.addButton(self.tr("Keep them separate"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    @property
    def same_notebook(self) -> bool:
        """True only when the person chose to merge (closing the window keeps them separate)."""
        return self.clickedButton() is self.merge_button
