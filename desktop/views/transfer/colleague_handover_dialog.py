"""Mere → Overdrag til kollega…: choose a colleague of the sync server, say why, and hand the citizen's
whole file over, sealed so only that colleague can open it.

The colleague list and the handover both talk to the server, so they run off the GUI thread. A
colleague whose security number changed cannot be chosen until the person has compared the new number
with them and confirmed it (``KeyCheck``); a first-time colleague can, with a note to compare first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QWidget,
)

from desktop.errors import ColleagueKeyChanged, SyncNotSetUp, SyncOffline
from desktop.services.colleagues import CHANGED, Colleague
from desktop.services.transfers import TransferService
from desktop.views.dialogs.common import Dialog, action_buttons, dialog_layout, set_busy_cursor
from desktop.views.i18n import translate_error
from desktop.views.models.colleague_model import ColleagueColumn, ColleagueModel
from desktop.views.operation import OperationRunner
from desktop.views.transfer.key_check import KeyCheck, number_html
from desktop.views.widgets.error_line import error_line, show_error

REASON_LIMIT = 500


class ColleagueHandoverDialog(Dialog):
    """``own_fingerprint`` gives this caseworker's security number (it may make the identity, so it is
    read off the GUI thread too). After ``exec`` returns accepted, ``outcome`` is the transfer's state
    ("sent" or "queued") and ``to_account`` the colleague."""

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
        self._runner = runner
        self._busy = False
        self._loaded = False
        self.outcome: str | None = None
        self.to_account = ""
        self.setWindowTitle(self.tr("Hand over to a colleague"))
        self.resize(720, 620)
        layout = dialog_layout(
            self,
            self.tr("Hand %1's file to a colleague").replace("%1", citizen_name),
            self.tr(
                "The whole file goes, sealed so that only the colleague can open it. Your copy is "
                "deleted when the colleague has confirmed receiving it; until then nothing is lost."
            ),
        )
        self.status = QLabel(self.tr("Fetching the colleagues from the sync server…"))
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.reload)
        self.retry_button.setVisible(False)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)

        self.model = ColleagueModel(self)
        self.table = QTreeView()
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setAllColumnsShowFocus(True)
        self.table.setAccessibleName(self.tr("Colleagues"))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ColleagueColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ColleagueColumn.NUMBER, ColleagueColumn.STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)
        self.key_check = KeyCheck()
        self.key_check.confirm_requested.connect(self._confirm_colleague)
        layout.addWidget(self.key_check)

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
        buttons, self.hand_over_button = action_buttons(
            self, self.tr("&Hand over"), self._hand_over, self.tr("Cancel"), enabled=False
        )
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.table, self.key_check.compared)
        QWidget.setTabOrder(self.key_check.compared, self.key_check.confirm_button)
        QWidget.setTabOrder(self.key_check.confirm_button, self.reason)
        QWidget.setTabOrder(self.reason, self.with_reflections)
        QWidget.setTabOrder(self.with_reflections, self.hand_over_button)
        self.table.setFocus()
        # One after the other: both may make this caseworker's identity the first time, and two jobs
        # making it at once would each make one.
        runner.run(own_fingerprint, self._own_number_read, lambda _exc: self.reload())

    # -- the colleagues ----------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        """Fetch the colleagues again (``select``: the account to have chosen afterwards)."""
        self.retry_button.setVisible(False)
        self._set_busy(True)
        self._runner.run(
            self._transfers.colleagues, lambda found: self._show_colleagues(found, select), self._load_failed
        )

    def _show_colleagues(self, found: list[Colleague], select: str) -> None:
        self._set_busy(False)
        self._status_kind("hint")
        self._loaded = True
        chosen = self.selected()
        current = select or (chosen.account if chosen is not None else "")
        self.model.set_rows(found)
        if found:
            self.status.setText(self.tr("Choose the colleague who takes over the file:"))
        else:
            self.status.setText(
                self.tr(
                    "No colleague is in the sync server's directory yet: a colleague appears after their "
                    "first sync."
                )
            )
        row = max(self.model.row_of(current), 0) if found else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update()

    def _load_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._status_kind("error")  # nothing can be handed over until it is put right
        if isinstance(exc, SyncNotSetUp):
            self.status.setText(
                self.tr(
                    "Sync is not set up on this computer, and a file goes to a colleague through the sync "
                    "server. Set it up first: Sync → Set up sync…"
                )
            )
        else:
            self.status.setText(translate_error(exc))
            self.retry_button.setVisible(isinstance(exc, SyncOffline))
        self._update()

    def selected(self) -> Colleague | None:
        """The colleague chosen in the list."""
        index = self.table.currentIndex()
        return self.model.colleague(index.row()) if index.isValid() else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        show_error(self.error, "")
        self._update()

    def _confirm_colleague(self, account: str, fingerprint: str) -> None:
        self._set_busy(True)
        self._runner.run(
            lambda: self._transfers.confirm_colleague(account, fingerprint),
            lambda _none: self.reload(select=account),
            self._failed,
        )

    # -- handing over ------------------------------------------------------------------------------

    def _hand_over(self) -> None:
        colleague = self.selected()
        if self._busy or colleague is None or colleague.state == CHANGED:
            return
        reason, with_reflections = self.reason.text(), self.with_reflections.isChecked()
        citizen_id, transfers = self._citizen_id, self._transfers

        def work() -> str:
            transfers.hand_over(citizen_id, colleague.account, reason, with_reflections)
            pending = transfers.pending_for(citizen_id)
            return pending.state if pending is not None else "answered"

        self._set_busy(True)
        self._runner.run(work, lambda state: self._handed_over(colleague.account, state), self._failed)

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
        self._show_own_number(fingerprint)
        self.reload()

    def _show_own_number(self, fingerprint: str) -> None:
        self.own_number.setText(
            self.tr("Your own security number (for a colleague to compare): %1").replace(
                "%1", number_html(fingerprint)
            )
        )

    def _status_kind(self, name: str) -> None:
        self.status.setObjectName(name)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        set_busy_cursor(self, busy)
        self._update()

    def _update(self) -> None:
        colleague = self.selected()
        if colleague is None:
            self.key_check.show_colleague("", "", "")
        else:
            self.key_check.show_colleague(
                colleague.account, colleague.state, colleague.fingerprint, colleague.pinned_fingerprint or ""
            )
        self.table.setEnabled(self._loaded and not self._busy)
        usable = colleague is not None and colleague.state != CHANGED
        self.hand_over_button.setEnabled(usable and not self._busy)
        self.key_check.setEnabled(not self._busy)
