"""Synkronisering → Modtagne overdragelser…: the files colleagues handed here, to accept or decline.

Nothing of a waiting file is in the caseload until it is accepted; declining leaves it with the
colleague. A file whose sender's security number changed, whose sender is unknown, or that does not
check out cannot be accepted: the dialog says why (and for a changed number, how to confirm it).
Accepting writes the file in and answers the colleague, so it runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QWidget,
)

from desktop.services.colleagues import CHANGED
from desktop.services.transfers import TransferService, Waiting
from desktop.views.dialogs.common import Dialog, dialog_layout, set_busy_cursor
from desktop.views.i18n import translate_error
from desktop.views.models.waiting_transfer_model import WaitingColumn, WaitingTransferModel, sent_on
from desktop.views.operation import OperationRunner
from desktop.views.transfer.key_check import KeyCheck, number_html
from desktop.views.widgets.error_line import error_line, show_error

KEY_CHANGED, UNKNOWN_SENDER = "key_changed", "unknown_sender"


class InboxDialog(Dialog):
    """``confirm_decline(entry)`` asks before a file is declined (tests pass their own answer).

    Signals:
        open_requested(str): the person asked to open the citizen just accepted (the dialog closes).
        answered(): a file was accepted or declined (the count of waiting files changed).
    """

    open_requested = Signal(str)
    answered = Signal()

    def __init__(
        self,
        transfers: TransferService,
        own_fingerprint: Callable[[], str],
        runner: OperationRunner,
        confirm_decline: Callable[[Waiting], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._transfers = transfers
        self._runner = runner
        self._confirm_decline = confirm_decline or self._ask_decline
        self._busy = False
        self._accepted_id: str | None = None
        self.setWindowTitle(self.tr("Received handovers"))
        self.resize(760, 600)
        layout = dialog_layout(
            self,
            self.tr("Received handovers"),
            self.tr(
                "Citizens' files that colleagues have handed to you. Nothing comes into your caseload "
                "until you accept it; if you decline, the colleague keeps the file."
            ),
        )
        self.status = QLabel(self.tr("Opening the files…"))
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = WaitingTransferModel(self)
        self.table = QTreeView()
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setAllColumnsShowFocus(True)
        self.table.setAccessibleName(self.tr("Files waiting"))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WaitingColumn.CITIZEN, QHeaderView.ResizeMode.Stretch)
        for column in (WaitingColumn.SENDER, WaitingColumn.RECORDS, WaitingColumn.SENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.key_check = KeyCheck()
        self.key_check.confirm_requested.connect(self._confirm_colleague)
        layout.addWidget(self.key_check)
        self.own_number = QLabel()
        self.own_number.setObjectName("hint")
        self.own_number.setWordWrap(True)
        self.own_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.own_number)

        self.answer_line = QLabel()
        self.answer_line.setObjectName("ok")
        self.answer_line.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the citizen's file"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open_accepted)
        done_row = QHBoxLayout()
        done_row.addWidget(self.answer_line, 1)
        done_row.addWidget(self.open_button)
        layout.addLayout(done_row)
        self.error = error_line(self)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(self.tr("&Accept"), QDialogButtonBox.ButtonRole.ActionRole)
        self.accept_button.clicked.connect(self._accept_selected)
        self.decline_button = buttons.addButton(self.tr("&Decline…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.decline_button.clicked.connect(self._decline_selected)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        for button in (self.accept_button, self.decline_button, close):
            button.setAutoDefault(False)
        layout.addWidget(buttons)
        self._show_done("")
        self.table.setFocus()
        # One after the other: both may make this caseworker's identity the first time, and two jobs
        # making it at once would each make one.
        runner.run(own_fingerprint, self._own_number_read, lambda _exc: self.reload())

    # -- the list ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the waiting files again (they are opened to show who sent what)."""
        self._set_busy(True)
        self._runner.run(self._transfers.waiting, self._show_waiting, self._failed)

    def _show_waiting(self, found: list[Waiting]) -> None:
        self._set_busy(False)
        current = self.selected()
        self.model.set_rows(found)
        self.status.setText(
            self.tr("%n file(s) wait for your answer:", "", len(found))
            if found
            else self.tr("No file waits for you.")
        )
        ids = [entry.id for entry in found]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        if found:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update()

    def selected(self) -> Waiting | None:
        """The file chosen in the list."""
        index = self.table.currentIndex()
        return self.model.waiting(index.row()) if index.isValid() else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        show_error(self.error, "")
        self._update()

    # -- answers -----------------------------------------------------------------------------------

    def _accept_selected(self) -> None:
        entry = self.selected()
        if self._busy or entry is None or entry.problem:
            return
        self._set_busy(True)
        self._runner.run(
            lambda: self._transfers.accept(entry.id),
            lambda citizen_id: self._accepted(entry, citizen_id),
            self._failed,
        )

    def _accepted(self, entry: Waiting, citizen_id: str) -> None:
        self._accepted_id = citizen_id
        self._show_done(self.tr("%1 is now in your caseload.").replace("%1", entry.citizen_name))
        self.answered.emit()
        self.reload()

    def _decline_selected(self) -> None:
        entry = self.selected()
        if self._busy or entry is None or not self._confirm_decline(entry):
            return
        self._set_busy(True)
        self._runner.run(
            lambda: self._transfers.decline(entry.id), lambda _none: self._declined(entry), self._failed
        )

    def _declined(self, entry: Waiting) -> None:
        self._accepted_id = None
        self._show_done(self.tr("Declined: %1 keeps the file.").replace("%1", entry.sender))
        self.answered.emit()
        self.reload()

    def _confirm_colleague(self, account: str, fingerprint: str) -> None:
        self._set_busy(True)
        self._runner.run(
            lambda: self._transfers.confirm_colleague(account, fingerprint),
            lambda _none: self.reload(),
            self._failed,
        )

    def _open_accepted(self) -> None:
        if self._accepted_id is not None:
            self.open_requested.emit(self._accepted_id)
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self.error, translate_error(exc))

    # -- what is shown -----------------------------------------------------------------------------

    def _update(self) -> None:
        entry = self.selected()
        self.details.setText(self._describe(entry) if entry is not None else "")
        self.details.setVisible(entry is not None)
        if entry is not None and entry.problem == KEY_CHANGED:
            self.key_check.show_colleague(
                entry.sender, CHANGED, entry.sender_fingerprint, entry.pinned_fingerprint
            )
        else:
            self.key_check.show_colleague("", "", "")
        self.key_check.setEnabled(not self._busy)
        self.table.setEnabled(not self._busy)
        self.accept_button.setEnabled(entry is not None and not entry.problem and not self._busy)
        self.decline_button.setEnabled(entry is not None and not self._busy)

    def _describe(self, entry: Waiting) -> str:
        sender = escape(entry.sender)
        if entry.problem == KEY_CHANGED:
            return self.tr("From %1. The file is opened once the new security number is confirmed.").replace(
                "%1", sender
            )
        if entry.problem == UNKNOWN_SENDER:
            return self.tr(
                "From %1, who is not in the sync server's directory, so the file cannot be checked. "
                "Sync again later, or decline it."
            ).replace("%1", sender)
        if entry.problem:
            return self.tr(
                "From %1. The file cannot be opened: it is damaged, was changed on the way, or is not "
                "for you. Decline it and ask %1 to hand it over again."
            ).replace("%1", sender)
        lines = [
            self.tr("<b>%1</b> from %2 (security number %3)")
            .replace("%1", escape(entry.citizen_name))
            .replace("%2", sender)
            .replace("%3", number_html(entry.sender_fingerprint)),
            self.tr("Reason: %1").replace("%1", escape(entry.reason) or self.tr("none given")),
            self.tr("%n record(s), sent %1", "", entry.records).replace("%1", sent_on(entry.sent_at)),
        ]
        return "<br>".join(lines)

    def _show_done(self, text: str) -> None:
        self.answer_line.setText(text)
        self.answer_line.setVisible(bool(text))
        self.open_button.setVisible(bool(text) and self._accepted_id is not None)

    def _own_number_read(self, fingerprint: str) -> None:
        self._show_own_number(fingerprint)
        self.reload()

    def _show_own_number(self, fingerprint: str) -> None:
        self.own_number.setText(
            self.tr("Your own security number (for a colleague to compare): %1").replace(
                "%1", number_html(fingerprint)
            )
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        set_busy_cursor(self, busy)
        self._update()

    def _ask_decline(self, entry: Waiting) -> bool:
        what = entry.citizen_name or self.tr("this file")
        answer = QMessageBox.question(
            self,
            self.tr("Decline the handover"),
            self.tr("Decline %1 from %2? Nothing comes into your notebook, and %2 keeps the file.")
            .replace("%1", what)
            .replace("%2", entry.sender),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
