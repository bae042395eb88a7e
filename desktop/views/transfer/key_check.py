"""What a caseworker must know about a colleague's security number before a file goes to them or comes
from them, and the one way past a changed number: compare it with the colleague, tick, confirm.

A number that changed can mean a new computer, or a server that swapped a key to read the file; only
a person who spoke with the colleague can tell, so nothing is sent or opened until they confirm.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.colleagues import CHANGED, NEW

NUMBER_STYLE = "font-family: monospace; font-weight: 600;"


def number_html(fingerprint: str) -> str:
    """A security number set apart in monospace, so its groups line up to be read aloud."""
    return f'<span style="{NUMBER_STYLE}">{fingerprint}</span>'


class KeyCheck(QWidget):
    """The note about one colleague's number (first time, compared before, or changed) and, for a
    changed one, the tick and the button that confirm the new number.

    Signals:
        confirm_requested(str, str): the account and the new number the person compared and confirmed.
    """

    confirm_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account = ""
        self._presented = ""
        self._shown: tuple[str, str, str, str] | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compared = QCheckBox()
        self.compared.toggled.connect(self._update_button)
        self.confirm_button = QPushButton(self.tr("Con&firm new number"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self._confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.compared)
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_colleague("", "", "")

    def show_colleague(self, account: str, state: str, fingerprint: str, pinned: str = "") -> None:
        """Show what applies to ``account`` in ``state`` (new, pinned, changed; "" for no colleague).
        The same colleague shown again keeps the tick (the dialog redraws each time it gets busy)."""
        shown = (account, state, fingerprint, pinned)
        if shown == self._shown:
            return
        self._shown = shown
        self._account, self._presented = account, fingerprint
        changed = state == CHANGED
        self.compared.setChecked(False)
        self.compared.setVisible(changed)
        self.confirm_button.setVisible(changed)
        self._update_button()
        if not account:
            self._say("", "hint")
        elif state == NEW:
            self._say(
                self.tr(
                    "First handover with %1. Before you send anything, compare the security number "
                    "%2 with %1 by phone or in person: %1 sees it as their own number in this window."
                )
                .replace("%1", account)
                .replace("%2", number_html(fingerprint)),
                "info",
            )
        elif changed:
            self.compared.setText(self.tr("I have compared the number with %1").replace("%1", account))
            self._say(
                self.tr(
                    "%1's security number has changed.<br>Before: %2<br>Now: %3<br>It can be a new "
                    "computer, or someone trying to read the file on the way. Call %1 or meet in person "
                    "and compare the new number before anything is sent or opened."
                )
                .replace("%1", account)
                .replace("%2", number_html(pinned))
                .replace("%3", number_html(fingerprint)),
                "warning",
            )
        else:
            self._say(
                self.tr("You have compared the security number with %1 before; it is unchanged.").replace(
                    "%1", account
                ),
                "hint",
            )

    def _say(self, html: str, kind: str) -> None:
        self.note.setText(html)
        self.note.setAccessibleName(self.note.text())
        self.note.setObjectName("keyNote")
        self.note.setProperty("kind", kind)
        # Room inside the coloured box (a style-sheet padding was not applied to this rich-text label).
        self.note.setMargin(0 if kind == "hint" else 8)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.setVisible(bool(html))

    def _update_button(self) -> None:
        self.confirm_button.setEnabled(self.compared.isChecked())

    def _confirm(self) -> None:
        if self.compared.isChecked() and self._account:
            self.confirm_requested.emit(self._account, self._presented)
