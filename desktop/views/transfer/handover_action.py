"""The citizen page's side of handing a file to a colleague: the More menu's action, the line that
says a handover is under way, the dialog, and what happens when the colleague's receipt comes.

Whether a handover is under way is one indexed read of the vault, done when another citizen is shown
or a change to the open one comes from the bus (a sync round sends, answers and erases), not on every
keystroke that redraws the page's header.
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
        self._read_for: str | None = None  # the citizen whose pending handover ``_pending`` is
        self._pending: tuple[str, str] | None = None  # its state and colleague

    def show_for(self, citizen_id: str | None, name: str = "") -> None:
        """The citizen on show (``None``: none); their pending handover is read when they change."""
        self._citizen = (citizen_id, name) if citizen_id is not None else None
        if citizen_id != self._read_for:
            self._read(citizen_id)

    def note_change(self, entity: str, ids: tuple) -> None:
        """From the change bus: a change to the open citizen reads their handover again; one that
        finished it by erasing them here says so (``handed_away``)."""
        if entity == "citizen" and self._citizen is not None and self._citizen[0] in ids:
            self.refresh()

    def refresh(self) -> None:
        """Read the open citizen's handover again (after a sync round: it may have been sent, or
        answered, which the bus does not announce for every step)."""
        if self._citizen is None:
            return
        citizen_id, was_pending = self._citizen[0], self._pending
        self._read(citizen_id)
        finished = was_pending is not None and self._pending is None
        if finished and self._citizens.caseload_update("citizen", [citizen_id]).gone:
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
        self._read(citizen_id)
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

    def _read(self, citizen_id: str | None) -> None:
        self._read_for = citizen_id
        pending = self._transfers.pending_for(citizen_id) if citizen_id is not None else None
        self._pending = (pending.state, pending.to_account) if pending is not None else None
        self._show()

    def _show(self) -> None:
        self.action.setEnabled(self._citizen is not None and self._pending is None)
        if self._pending is None:
            self.mark.setText("")
            self.mark.setVisible(False)
            return
        state, colleague = self._pending
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
