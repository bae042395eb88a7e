"""The colleagues a file or a question can go to, as both the handover dialog and the peer-reflection
dialog show them: read from the sync server off the GUI thread, with what is known of each one's
security number (``KeyCheck`` for the one chosen) and the one way past a changed number.

Without the server (not set up, or out of reach) the list can fall back on the colleagues pinned here
(``pinned_fallback``), for a handover on a USB stick: a file can only be sealed to keys compared already.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from desktop.errors import SyncNotSetUp, SyncOffline
from desktop.services.colleagues import Colleague
from desktop.services.transfers import TransferService
from desktop.views.i18n import translate_error
from desktop.views.models.colleague_model import ColleagueColumn, ColleagueModel
from desktop.views.operation import OperationRunner
from desktop.views.transfer.key_check import KeyCheck


class ColleagueList(QWidget):
    """``prompt`` heads the list once it is read; ``checkable`` lets several colleagues be ticked.

    Signals:
        changed(): the list, the choice or the ticks changed (the owner updates its buttons).
        busy_changed(bool): the list is being read, or a number confirmed, in the background.
        failed(object): confirming a number failed (the exception, for the owner's error line).
    """

    changed = Signal()
    busy_changed = Signal(bool)
    failed = Signal(object)

    def __init__(
        self,
        transfers: TransferService,
        runner: OperationRunner,
        prompt: str,
        checkable: bool = False,
        pinned_fallback: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._transfers = transfers
        self._runner = runner
        self._prompt = prompt
        self._pinned_fallback = pinned_fallback
        self.busy = False
        self.loaded = False
        self.pinned_only = False  # the server is away: the colleagues pinned here, for a file
        self.can_queue = True  # a handover can wait for the server (sync is set up, it is only away)
        self.status = QLabel(self.tr("Fetching the colleagues from the sync server…"))
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(lambda: self.reload())
        self.retry_button.setVisible(False)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)

        self.model = ColleagueModel(self, checkable=checkable)
        self.model.dataChanged.connect(lambda *_args: self.changed.emit())
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
        self.key_check = KeyCheck()
        self.key_check.confirm_requested.connect(self._confirm_colleague)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(status_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.key_check)
        self._update()

    def reload(self, select: str = "") -> None:
        """Fetch the colleagues again (``select``: the account to have chosen afterwards)."""
        self.retry_button.setVisible(False)
        self._set_busy(True)
        self._runner.run(
            self._transfers.colleagues, lambda found: self._show(found, select), self._load_failed
        )

    def selected(self) -> Colleague | None:
        """The colleague chosen in the list."""
        index = self.table.currentIndex()
        return self.model.colleague(index.row()) if index.isValid() else None

    def ticked(self) -> list[str]:
        """The colleagues ticked (``checkable`` lists)."""
        return self.model.ticked()

    def _show(self, found: list[Colleague], select: str, pinned_only: bool = False) -> None:
        self._set_busy(False)
        self._status_kind("hint")
        self.loaded, self.pinned_only = True, pinned_only
        chosen = self.selected()
        current = select or (chosen.account if chosen is not None else "")
        self.model.set_rows(found)
        if found:
            self.status.setText(self._prompt)
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
        if self._pinned_fallback and isinstance(exc, (SyncNotSetUp, SyncOffline)):
            self._runner.run(
                self._transfers.pinned_colleagues,
                lambda pinned: self._show_pinned(pinned, exc),
                lambda _again: self._say_failure(exc),
            )
        else:
            self._say_failure(exc)

    def _show_pinned(self, pinned: list[Colleague], exc: BaseException) -> None:
        if not pinned:
            self._say_failure(exc)
            return
        self._show(pinned, "", pinned_only=True)
        self.can_queue = not isinstance(exc, SyncNotSetUp)
        self._status_kind("info")
        if self.can_queue:
            text = self.tr(
                "The sync server cannot be reached. A handover to a colleague you have handed a file to "
                "before waits here, sealed, and is sent when it can be reached; or save it as a file:"
            )
        else:
            text = (
                self.tr("Sync is not set up on this computer.")
                + " "
                + self.tr(
                    "You can save the handover as a file for a colleague you have handed a file to before:"
                )
            )
        self.status.setText(text)
        self.retry_button.setVisible(isinstance(exc, SyncOffline))

    def _say_failure(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._status_kind("error")  # nothing can go to a colleague until it is put right
        if isinstance(exc, SyncNotSetUp):
            self.status.setText(
                self.tr(
                    "Sync is not set up on this computer, and colleagues are reached through the sync "
                    "server. Set it up first: Sync → Set up sync…"
                )
            )
        else:
            self.status.setText(translate_error(exc))
            self.retry_button.setVisible(isinstance(exc, SyncOffline))
        self._update()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update()

    def _confirm_colleague(self, account: str, fingerprint: str) -> None:
        self._set_busy(True)
        self._runner.run(
            lambda: self._transfers.confirm_colleague(account, fingerprint),
            lambda _none: self.reload(select=account),
            self._confirm_failed,
        )

    def _confirm_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.failed.emit(exc)

    def _status_kind(self, name: str) -> None:
        self.status.setObjectName(name)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)
        self._update()

    def set_enabled_for_work(self, enabled: bool) -> None:
        """The owner's own work (a handover, a request) runs: nothing here is chosen meanwhile."""
        self.table.setEnabled(enabled and self.loaded and not self.busy)
        self.key_check.setEnabled(enabled and not self.busy)

    def _update(self) -> None:
        colleague = self.selected()
        if colleague is None:
            self.key_check.show_colleague("", "", "")
        else:
            self.key_check.show_colleague(
                colleague.account, colleague.state, colleague.fingerprint, colleague.pinned_fingerprint or ""
            )
        self.set_enabled_for_work(True)
        self.changed.emit()
