"""Mere → Overdrag til kollega…: choose a colleague of the sync server, say why, and hand the citizen's
whole file over, sealed so only that colleague can open it.

The colleague list and the handover both talk to the server, so they run off the GUI thread. A
colleague whose security number changed cannot be chosen until the person has compared the new number
with them and confirmed it (``KeyCheck`` in ``ColleagueList``); a first-time colleague can, with a note
to compare first.

"Save as file for USB…" is the second way out, for when there is no server: the sealed file goes on a
stick (``TransferFiles.write``). Without the server the list holds the colleagues pinned here (handed to
before), since a file can only be sealed to keys compared already.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.errors import ColleagueKeyChanged
from desktop.services.colleagues import CHANGED, Colleague
from desktop.services.transfers import TransferService
from desktop.views.dialogs.common import Dialog, action_buttons, dialog_layout, set_busy_cursor
from desktop.views.file_dialogs import ask_save_path
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.transfer.colleague_list import ColleagueList
from desktop.views.transfer.key_check import number_html
from desktop.views.widgets.error_line import error_line, show_error

REASON_LIMIT = 500
FILED = "filed"  # the outcome of a handover saved as a file


def handover_file_name(today: date | None = None) -> str:
    """The name offered for the file on the stick: the date, not the citizen's name (a stick is lost
    more easily than a laptop, and the file's content names no one either; the person may rename it)."""
    return f"overdragelse-{(today or date.today()).isoformat()}.cntransfer"


class ColleagueHandoverDialog(Dialog):
    """``own_fingerprint`` gives this caseworker's security number (it may make the identity, so it is
    read off the GUI thread too). After ``exec`` returns accepted, ``outcome`` is the transfer's state
    ("sent", "queued", or "filed" when it was saved as a file) and ``to_account`` the colleague.
    ``choose_path(suggested)`` asks where to save the file (tests answer it)."""

    def __init__(
        self,
        transfers: TransferService,
        own_fingerprint: Callable[[], str],
        citizen_id: str,
        citizen_name: str,
        runner: OperationRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._transfers = transfers
        self._citizen_id = citizen_id
        self._citizen_name = citizen_name
        self._runner = runner
        self._busy = False
        self.choose_path: Callable[[str], str] = self._path_dialog
        self.outcome: str | None = None
        self.to_account = ""
        self.setWindowTitle(self.tr("Hand over to a colleague"))
        self.resize(720, 640)
        layout = dialog_layout(
            self,
            self.tr("Hand %1's file to a colleague").replace("%1", citizen_name),
            self.tr(
                "The whole file goes, sealed so that only the colleague can open it. Your copy is "
                "deleted when the colleague has confirmed receiving it; until then nothing is lost."
            ),
        )
        self.colleagues = ColleagueList(
            transfers,
            runner,
            self.tr("Choose the colleague who takes over the file:"),
            pinned_fallback=True,
        )
        self.colleagues.changed.connect(self._update)
        self.colleagues.busy_changed.connect(lambda _busy: self._update())
        self.colleagues.failed.connect(self._failed)
        # The list's parts, as the tests and the tab order know them.
        self.status, self.retry_button = self.colleagues.status, self.colleagues.retry_button
        self.model, self.table, self.key_check = (
            self.colleagues.model,
            self.colleagues.table,
            self.colleagues.key_check,
        )
        layout.addWidget(self.colleagues, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_LIMIT)
        self.reason.setPlaceholderText(self.tr("For example: the citizen moved to your district"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        reason_hint = QLabel(self.tr("Kept in the citizen's history of handovers."))
        reason_hint.setObjectName("hint")
        form.addRow("", reason_hint)
        self.with_reflections = QCheckBox(self.tr("Include my re&flection log"))
        self.with_reflections.setToolTip(
            self.tr("Your reflections are your own thoughts about the work; leave them out unless they help")
        )
        form.addRow("", self.with_reflections)
        layout.addLayout(form)

        self.own_number = QLabel()
        self.own_number.setObjectName("hint")
        self.own_number.setWordWrap(True)
        self.own_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.own_number)
        self.error = error_line(self)
        layout.addWidget(self.error)
        self.table.selectionModel().selectionChanged.connect(lambda *_: show_error(self.error, ""))
        buttons, self.hand_over_button = action_buttons(
            self, self.tr("&Hand over"), self._hand_over, self.tr("Cancel"), enabled=False
        )
        self.file_button = buttons.addButton(
            self.tr("Save as &file for USB…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.file_button.setAutoDefault(False)
        self.file_button.setToolTip(
            self.tr("For when there is no connection: the sealed file goes to the colleague on a USB stick")
        )
        self.file_button.clicked.connect(self._save_to_file)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.table, self.key_check.compared)
        QWidget.setTabOrder(self.key_check.compared, self.key_check.confirm_button)
        QWidget.setTabOrder(self.key_check.confirm_button, self.reason)
        QWidget.setTabOrder(self.reason, self.with_reflections)
        QWidget.setTabOrder(self.with_reflections, self.hand_over_button)
        QWidget.setTabOrder(self.hand_over_button, self.file_button)
        self._update()
        self.table.setFocus()
        # One after the other: both may make this caseworker's identity the first time, and two jobs
        # making it at once would each make one.
        runner.run(own_fingerprint, self._own_number_read, lambda _exc: self.reload())

    def reload(self, select: str = "") -> None:
        """Fetch the colleagues again (``select``: the account to have chosen afterwards)."""
        self.colleagues.reload(select)

    def selected(self) -> Colleague | None:
        """The colleague chosen in the list."""
        return self.colleagues.selected()

    # -- handing over ------------------------------------------------------------------------------

    def _usable(self) -> Colleague | None:
        colleague = self.selected()
        if self._busy or self.colleagues.busy or colleague is None or colleague.state == CHANGED:
            return None
        return colleague

    def _hand_over(self) -> None:
        colleague = self._usable()
        if colleague is None or (self.colleagues.pinned_only and not self.colleagues.can_queue):
            return
        reason, with_reflections = self.reason.text(), self.with_reflections.isChecked()
        citizen_id, transfers = self._citizen_id, self._transfers

        def work() -> str:
            transfers.hand_over(citizen_id, colleague.account, reason, with_reflections)
            pending = transfers.pending_for(citizen_id)
            return pending.state if pending is not None else "answered"

        self._set_busy(True)
        self._runner.run(work, lambda state: self._handed_over(colleague.account, state), self._failed)

    def _save_to_file(self) -> None:
        colleague = self._usable()
        if colleague is None:
            return
        path = self.choose_path(handover_file_name())
        if not path:
            return
        reason, with_reflections = self.reason.text(), self.with_reflections.isChecked()
        citizen_id, files = self._citizen_id, self._transfers.files
        self._set_busy(True)
        self._runner.run(
            lambda: files.write(citizen_id, colleague.account, Path(path), reason, with_reflections),
            lambda _id: self._handed_over(colleague.account, FILED),
            self._failed,
        )

    def _path_dialog(self, suggested: str) -> str:
        return ask_save_path(
            self,
            self.tr("Save the handover for a USB stick"),
            suggested,
            self.tr("Handover files (*.cntransfer)"),
        )

    def _handed_over(self, account: str, state: str) -> None:
        self._set_busy(False)
        self.outcome, self.to_account = state, account
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self.error, translate_error(exc))
        if isinstance(exc, ColleagueKeyChanged):
            self.reload(select=exc.account)  # shows the changed number and the way to confirm it

    # -- state -------------------------------------------------------------------------------------

    def _own_number_read(self, fingerprint: str) -> None:
        self.own_number.setText(
            self.tr("Your own security number (for a colleague to compare): %1").replace(
                "%1", number_html(fingerprint)
            )
        )
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _update(self) -> None:
        if not hasattr(self, "file_button"):
            return  # the list says it changed while the dialog is still being built
        set_busy_cursor(self, self._busy or self.colleagues.busy)
        self.colleagues.set_enabled_for_work(not self._busy)
        usable = self._usable() is not None
        self.hand_over_button.setEnabled(
            usable and (self.colleagues.can_queue or not self.colleagues.pinned_only)
        )
        self.file_button.setEnabled(usable)
