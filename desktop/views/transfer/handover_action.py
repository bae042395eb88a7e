"""The citizen page's side of handing a file to a colleague: the More menu's actions, the line that
says a handover is under way, the dialog, and what happens when the colleague's receipt comes (through
the server, or as a file loaded here), or when the handover is withdrawn.

Whether a handover is under way comes with the citizen's file (read in the background with the rest);
after a change to the open citizen or a sync round it is read again, also in the background, since a
round sends and answers without announcing each step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.errors import TransferUnreadable
from desktop.views.file_dialogs import ask_open_path
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner

if TYPE_CHECKING:
    from desktop.services.citizens import CitizenService
    from desktop.services.transfer_base import TransferRound
    from desktop.services.transfers import TransferService

QUEUED, SENT, FILED = "queued", "sent", "filed"
Pending = tuple[str, str] | None  # the state ("queued", "sent", "filed") and the colleague, or none


class HandoverMenu(NamedTuple):
    """The More menu's actions for handing over: start one, load the receipt of one saved as a file,
    and withdraw one that has not reached the colleague."""

    hand_over: QAction
    take_receipt: QAction
    withdraw: QAction


class HandoverAction(QObject):
    """``menu.hand_over`` opens the dialog; ``mark`` says a handover is under way (hidden when none
    is). ``choose_receipt_path()`` and ``confirm_withdraw(colleague)`` ask the person (tests answer).

    Signals:
        message(str, str): a sentence for the page's banner and its kind ("ok", "info").
        handed_away(str): the open citizen's file went to the colleague and was erased here (their id).
    """

    message = Signal(str, str)
    handed_away = Signal(str)

    def __init__(
        self,
        transfers: TransferService,
        citizens: CitizenService,
        own_fingerprint: Callable[[], str],
        runner: OperationRunner,
        menu: HandoverMenu,
        mark: QLabel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._transfers = transfers
        self._citizens = citizens
        self._own_fingerprint = own_fingerprint
        self._runner = runner
        self._parent = parent
        self.menu = menu
        self.action = menu.hand_over
        self.mark = mark
        self.choose_receipt_path: Callable[[], str] = self._receipt_dialog
        self.confirm_withdraw: Callable[[str], bool] = self._ask_withdraw
        self._citizen: tuple[str, str] | None = None  # id and name of the citizen on show
        self._pending: Pending = None

    def show_file(self, citizen_id: str, name: str, pending: Pending) -> None:
        """A citizen's file on show, with the handover read with it."""
        self._citizen = (citizen_id, name)
        self._show(pending)

    def show_for(self, citizen_id: str | None) -> None:
        """The page's state: no citizen, or another one than the file shown last, has no handover
        (until their file comes)."""
        if self._citizen is not None and self._citizen[0] != citizen_id:
            self._citizen = None
            self._show(None)
        elif self._citizen is None:
            for action in self.menu:
                action.setEnabled(False)

    def note_change(self, entity: str, ids: tuple) -> None:
        """From the change bus: a change to the open citizen reads their handover again."""
        if entity == "citizen" and self._citizen is not None and self._citizen[0] in ids:
            self.refresh()

    def refresh(self) -> None:
        """Read the open citizen's handover again in the background; one that ended by erasing the
        citizen here (the colleague's receipt came) is said with ``handed_away``."""
        if self._citizen is None:
            return
        citizen_id, transfers, citizens = self._citizen[0], self._transfers, self._citizens

        def work() -> tuple[Pending, bool]:
            pending = transfers.pending_for(citizen_id)
            if pending is not None:
                return (pending.state, pending.to_account), False
            return None, bool(citizens.caseload_update("citizen", [citizen_id]).gone)

        self._runner.run(work, lambda result: self._reread(citizen_id, *result), lambda _exc: None)

    def _reread(self, citizen_id: str, pending: Pending, gone: bool) -> None:
        if self._citizen is None or self._citizen[0] != citizen_id:
            return  # another citizen is on show by now
        was_pending = self._pending
        self._show(pending)
        if gone and was_pending is not None:
            self.handed_away.emit(citizen_id)

    def start(self) -> None:
        """Open the handover dialog for the citizen on show; afterwards say what became of it."""
        from desktop.views.transfer.colleague_handover_dialog import ColleagueHandoverDialog

        if self._citizen is None or self._pending is not None:
            return
        citizen_id, name = self._citizen
        dialog = ColleagueHandoverDialog(
            self._transfers, self._own_fingerprint, citizen_id, name, self._runner, self._parent
        )
        if not dialog.exec():
            return
        if dialog.outcome in (QUEUED, SENT, FILED):
            self._show((dialog.outcome, dialog.to_account))
        if dialog.outcome == FILED:
            text = self.tr(
                "Saved. Give the file to %1; your copy is deleted when you load the colleague's receipt."
            ).replace("%1", dialog.to_account)
        elif dialog.outcome == SENT:
            text = self.tr(
                "Sent to %1. Your copy is deleted when the colleague has confirmed receiving it."
            ).replace("%1", dialog.to_account)
        elif dialog.outcome == QUEUED:
            text = self.tr(
                "Ready for %1: the file is sent when there is a connection to the sync server."
            ).replace("%1", dialog.to_account)
        else:
            text = self.tr("Handed over to %1.").replace("%1", dialog.to_account)
        self.message.emit(text, "ok")

    # -- a handover under way: the receipt file, or taking it back --------------------------------------

    def take_receipt(self) -> None:
        """Load the colleague's receipt file for the open citizen's handover saved as a file."""
        if self._citizen is None or self._pending is None or self._pending[0] != FILED:
            return
        path = self.choose_receipt_path()
        if not path:
            return
        citizen_id, transfers = self._citizen[0], self._transfers

        def work() -> tuple[TransferRound, bool]:
            done = transfers.files.take_receipt(Path(path))
            return done, transfers.pending_for(citizen_id) is not None

        self.menu.take_receipt.setEnabled(False)
        self._runner.run(work, lambda result: self._receipt_taken(*result), self._receipt_failed)

    def _receipt_taken(self, done: TransferRound, still_pending: bool) -> None:
        if still_pending:
            text = self.tr("That receipt is for another citizen's handover; it has been taken in.")
        elif done.erased:
            text = ""  # the citizen is gone from here: the page closes and the status bar says so
        elif done.declined:
            text = self.tr("The colleague declined the handover; the file stays with you.")
        else:
            text = self.tr("The file was changed here after it was saved for the colleague, so it is kept.")
        if text:
            self.message.emit(text, "info")
        self.refresh()

    def _receipt_failed(self, exc: BaseException) -> None:
        if isinstance(exc, TransferUnreadable):
            text = self.tr(
                "The receipt cannot be used: it is damaged, is not from the colleague, or belongs to no "
                "handover waiting here. Nothing was deleted."
            )
        else:
            text = translate_error(exc)
        self.message.emit(text, "error")
        self.refresh()

    def withdraw(self) -> None:
        """Take back the open citizen's handover that has not reached the colleague, once confirmed."""
        if self._citizen is None or self._pending is None or self._pending[0] not in (QUEUED, FILED):
            return
        if not self.confirm_withdraw(self._pending[1]):
            return
        citizen_id, transfers = self._citizen[0], self._transfers
        self.menu.withdraw.setEnabled(False)
        self._runner.run(lambda: transfers.withdraw(citizen_id), self._withdrawn, self._withdraw_failed)

    def _withdraw_failed(self, exc: BaseException) -> None:
        self.message.emit(translate_error(exc), "error")
        self.refresh()

    def _withdrawn(self, withdrawn: bool) -> None:
        if withdrawn:
            self.message.emit(self.tr("The handover was withdrawn; the file stays with you."), "ok")
        else:
            self.message.emit(
                self.tr("The handover has already been sent and can no longer be withdrawn."), "info"
            )
        self.refresh()

    def _receipt_dialog(self) -> str:
        return ask_open_path(
            self._parent,
            self.tr("Load the colleague's receipt"),
            self.tr("Receipts (*.cnreceipt)"),
        )

    def _ask_withdraw(self, colleague: str) -> bool:
        answer = QMessageBox.question(
            self._parent,
            self.tr("Withdraw the handover"),
            self.tr(
                "Withdraw the handover to %1? The file stays with you. If it was saved as a file, delete "
                "that file: a receipt for it can no longer be used here."
            ).replace("%1", colleague),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, pending: Pending) -> None:
        self._pending = pending
        state = pending[0] if pending is not None else None
        self.action.setEnabled(self._citizen is not None and pending is None)
        self.menu.take_receipt.setEnabled(state == FILED)
        self.menu.withdraw.setEnabled(state in (QUEUED, FILED))
        if pending is None:
            self.mark.setText("")
            self.mark.setVisible(False)
            return
        _state, colleague = pending
        if state == QUEUED:
            text = self.tr("Handed over to %1 – waiting to be sent")
        elif state == FILED:
            text = self.tr(
                "Saved as a file for %1 – waiting for the receipt file (More → Load receipt from file…)"
            )
        else:
            text = self.tr("Handed over to %1 – waiting for the receipt")
        text = text.replace("%1", colleague)
        self.mark.setText(text)
        self.mark.setToolTip(
            self.tr("The file stays here until the colleague has confirmed receiving it; then it is deleted.")
        )
        self.mark.setVisible(True)
