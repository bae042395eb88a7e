"""The citizen page's side of handing a file to a colleague: the More menu's action, the line that
says a handover is under way, the dialog, and what happens when the colleague's receipt comes.

Whether a handover is under way comes with the citizen's file (read in the background with the rest);
after a change to the open citizen or a sync round it is read again, also in the background, since a
round sends and answers without announcing each step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.operation import OperationRunner

if TYPE_CHECKING:
    from desktop.services.citizens import CitizenService
    from desktop.services.transfers import TransferService

QUEUED, SENT = "queued", "sent"
Pending = tuple[str, str] | None  # the state ("queued", "sent") and the colleague, or none under way


class HandoverAction(QObject):
    """``action`` opens the dialog; ``mark`` says a handover is under way (hidden when none is).

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
        action: QAction,
        mark: QLabel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._transfers = transfers
        self._citizens = citizens
        self._own_fingerprint = own_fingerprint
        self._runner = runner
        self._parent = parent
        self.action = action
        self.mark = mark
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
            self.action.setEnabled(False)

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
        if dialog.outcome in (QUEUED, SENT):
            self._show((dialog.outcome, dialog.to_account))
        if dialog.outcome == SENT:
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

    def _show(self, pending: Pending) -> None:
        self._pending = pending
        self.action.setEnabled(self._citizen is not None and pending is None)
        if pending is None:
            self.mark.setText("")
            self.mark.setVisible(False)
            return
        state, colleague = pending
        text = (
            self.tr("Handed over to %1 – waiting to be sent")
            if state == QUEUED
            else self.tr("Handed over to %1 – waiting for the receipt")
        ).replace("%1", colleague)
        self.mark.setText(text)
        self.mark.setToolTip(
            self.tr("The file stays here until the colleague has confirmed receiving it; then it is deleted.")
        )
        self.mark.setVisible(True)
