"""Synkronisering → Modtagne overdragelser…: the files colleagues handed here, to accept or decline,
and their questions for joint professional reflection, to answer.

Nothing of a waiting file is in the caseload until it is accepted; declining leaves it with the
colleague. A file whose sender's security number changed, whose sender is unknown, or that does not
check out cannot be accepted: the dialog says why (and for a changed number, how to confirm it).
Accepting writes the file in and answers the colleague, so it runs off the GUI thread.

A handover on a USB stick is opened here too ("Open handover from file…"); its answer cannot go back by
the server, so after accepting or declining it the dialog asks where to save the receipt file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QWidget,
)

from desktop.services.colleagues import CHANGED
from desktop.services.transfers import TransferService, Waiting
from desktop.views.dialogs.common import Dialog, dialog_layout, set_busy_cursor
from desktop.views.i18n import translate_error
from desktop.views.models.waiting_transfer_model import WaitingColumn, WaitingTransferModel
from desktop.views.operation import OperationRunner
from desktop.views.transfer.inbox_questions import ask_decline, ask_receipt_path, ask_transfer_file
from desktop.views.transfer.key_check import KeyCheck, number_html
from desktop.views.transfer.waiting_details import KEY_CHANGED, WaitingDetails, is_question
from desktop.views.widgets.error_line import error_line, show_error

RECEIPT_NAME = "kvittering.cnreceipt"


class InboxDialog(Dialog):
    """``confirm_decline(entry)`` asks before a file is declined (tests pass their own answer);
    ``choose_transfer_file()`` and ``choose_receipt_path(suggested)`` ask for the files of a handover on
    a USB stick (tests answer them).

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
        self._confirm_decline = confirm_decline or (lambda entry: ask_decline(self, entry))
        self._busy = False
        self._accepted_id: str | None = None
        self.choose_transfer_file: Callable[[], str] = lambda: ask_transfer_file(self)
        self.choose_receipt_path: Callable[[str], str] = lambda name: ask_receipt_path(self, name)
        self.setWindowTitle(self.tr("Received handovers"))
        self.resize(760, 600)
        layout = dialog_layout(
            self,
            self.tr("Received handovers"),
            self.tr(
                "Citizens' files that colleagues have handed to you, and their questions for joint "
                "professional reflection. Nothing comes into your caseload until you accept it; if you "
                "decline, the colleague keeps the file."
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
        self.entry_view = WaitingDetails()
        self.details, self.reply = self.entry_view.details, self.entry_view.reply
        layout.addWidget(self.entry_view)
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
        self.open_file_button = buttons.addButton(
            self.tr("Open handover from &file…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.open_file_button.setToolTip(
            self.tr("A handover a colleague gave you on a USB stick (.cntransfer)")
        )
        self.open_file_button.clicked.connect(self._open_file)
        self.reply_button = buttons.addButton(self.tr("&Send reply"), QDialogButtonBox.ButtonRole.ActionRole)
        self.reply_button.clicked.connect(self._reply_selected)
        self.accept_button = buttons.addButton(self.tr("&Accept"), QDialogButtonBox.ButtonRole.ActionRole)
        self.accept_button.clicked.connect(self._accept_selected)
        self.decline_button = buttons.addButton(self.tr("&Decline…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.decline_button.clicked.connect(self._decline_selected)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        for button in (
            self.open_file_button,
            self.reply_button,
            self.accept_button,
            self.decline_button,
            close,
        ):
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
            self.tr("%n item(s) wait for your answer:", "", len(found))
            if found
            else self.tr("Nothing waits for you.")
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
        self._after_answer(entry)

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
        self._after_answer(entry)

    def _after_answer(self, entry: Waiting) -> None:
        """A handover from a file is answered with a receipt file, given back to the colleague."""
        if entry.via != "file" or is_question(entry):
            self.reload()
            return
        path = self.choose_receipt_path(RECEIPT_NAME)
        if not path:
            show_error(
                self.error,
                self.tr("No receipt was saved, so %1 still has a copy of the file.").replace(
                    "%1", entry.sender
                ),
            )
            self.reload()
            return
        files, done = self._transfers.files, self.answer_line.text()
        self._runner.run(
            lambda: files.write_receipt(entry.id, Path(path)),
            lambda _none: self._receipt_saved(entry, done, Path(path).name),
            self._failed,
        )
        self.reload()

    def _receipt_saved(self, entry: Waiting, done: str, name: str) -> None:
        self._show_done(
            done
            + " "
            + self.tr("The receipt is saved as %1: give it back to %2 with the USB stick.")
            .replace("%1", name)
            .replace("%2", entry.sender)
        )

    def _reply_selected(self) -> None:
        entry = self.selected()
        text = self.entry_view.reply_text()
        if self._busy or not is_question(entry) or entry is None:
            return
        if not text:
            show_error(self.error, self.tr("Write your reply first."))
            self.reply.setFocus()
            return
        self._set_busy(True)
        self._runner.run(
            lambda: self._transfers.peers.reply(entry.id, text),
            lambda _none: self._replied(entry),
            self._failed,
        )

    def _replied(self, entry: Waiting) -> None:
        self._accepted_id = None
        self._show_done(self.tr("Your reply goes to %1.").replace("%1", entry.sender))
        self.answered.emit()
        self.reload()

    def _open_file(self) -> None:
        path = self.choose_transfer_file()
        if not path or self._busy:
            return
        self._set_busy(True)
        self._runner.run(
            lambda: self._transfers.files.open(Path(path)), lambda _id: self.reload(), self._failed
        )

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
        self.entry_view.show_entry(entry)
        if entry is not None and entry.problem == KEY_CHANGED:
            self.key_check.show_colleague(
                entry.sender, CHANGED, entry.sender_fingerprint, entry.pinned_fingerprint
            )
        else:
            self.key_check.show_colleague("", "", "")
        self.key_check.setEnabled(not self._busy)
        self.table.setEnabled(not self._busy)
        question = is_question(entry)
        self.accept_button.setVisible(not question)
        self.reply_button.setVisible(question)
        self.reply_button.setEnabled(question and not self._busy)
        self.accept_button.setEnabled(entry is not None and not entry.problem and not self._busy)
        self.open_file_button.setEnabled(not self._busy)
        self.decline_button.setEnabled(entry is not None and not self._busy)

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
