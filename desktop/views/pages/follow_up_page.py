"""What is due across the caseload: agreements from meetings, overdue first."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from desktop.domain.notes import FollowUp
from desktop.errors import CaseNotesError
from desktop.services.registry import Services
from desktop.views.i18n import translate_error
from desktop.views.models.follow_up_model import CITIZEN_ID_ROLE, ID_ROLE, FollowUpColumn, FollowUpTableModel
from desktop.views.operation import OperationRunner
from desktop.views.pages.page import Page
from desktop.views.widgets.empty_state import EmptyState

log = logging.getLogger(__name__)


class FollowUpPage(Page):
    """Signals:
    open_requested(str): open this citizen.
    loaded(): the list on show was read afresh.
    """

    open_requested = Signal(str)
    loaded = Signal()

    def __init__(self, services: Services, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up"), parent)
        self._services = services
        self._runner = runner
        self._reading = False  # a read is under way
        self._read_again = False  # something changed while it was read
        self._shown = 0  # counts what was put on show: a read begun before ``clear`` is dropped
        self._done_here: set[str] = set()  # marked done on this page: their change needs no new read
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Due today"), 0)
        self.scope.addItem(self.tr("Due this week"), -1)
        self.scope.addItem(self.tr("Due within 30 days"), 30)
        self.scope.setCurrentIndex(1)
        self.scope.setAccessibleName(self.tr("Which follow-ups"))
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.done_button = QPushButton(self.tr("Mark as &done"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.message = QLabel()
        self.message.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        row.addWidget(self.scope)
        row.addWidget(self.message, 1)
        row.addWidget(self.done_button)
        self.body.addLayout(row)

        self.model = FollowUpTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(FollowUpColumn.DUE, 120)
        self.table.setColumnWidth(FollowUpColumn.CITIZEN, 220)
        self.table.setColumnWidth(FollowUpColumn.WHAT, 520)
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.doubleClicked.connect(self._open)
        self.empty = EmptyState(
            "caseload.svg",
            self.tr("Nothing due"),
            self.tr("Agreements with a date from your meeting notes show up here when they fall due."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.body.addWidget(self.stack, 1)

    def reload(self) -> None:
        """Fetch the follow-ups for the chosen period, off the GUI thread: across the caseload this is
        110-145 ms of queries at 5,000 citizens. The list on show stays until they come."""
        if self._reading:
            self._read_again = True
            return
        self._reading, self._read_again = True, False
        days = self.scope.currentData()
        today = date.today()
        until = None if days == -1 else today + timedelta(days=days)
        shown = self._shown
        self._runner.run(
            lambda: self._services.notes.follow_ups(until),
            lambda rows: self._show(shown, rows),
            lambda exc: self._failed(shown, exc),
        )

    def changed(self, entity: str, ids: tuple) -> None:
        """Something the list may show changed: read it again, unless it was a follow-up marked done
        here, which is off the list already."""
        if entity == "followup" and ids and self._done_here.issuperset(ids):
            self._done_here.difference_update(ids)
            return
        self.reload()

    def _show(self, shown: int, rows: list[FollowUp]) -> None:
        if shown != self._shown:
            return  # cleared (locked) while it was read
        self._reading = False
        if self._read_again:
            self.reload()
            return
        selected = self._selected_id()
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        self.done_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            row = self.model.row_of(selected) if selected else -1
            self.table.selectRow(max(row, 0))
        self.loaded.emit()

    def _failed(self, shown: int, exc: BaseException) -> None:
        if shown == self._shown:
            self._reading = False
            log.warning("reading the follow-ups failed: %s", type(exc).__name__)
            self.message.setText(translate_error(exc))

    def clear(self) -> None:
        """Show nothing (when locking)."""
        self._shown += 1
        self._reading = self._read_again = False
        self._done_here.clear()
        self.model.set_rows([])

    def mark_selected_done(self) -> None:
        """Mark the selected follow-up as done (logged) and take it off the list."""
        follow_up_id = self._selected_id()
        if follow_up_id is None:
            return
        self._done_here.add(follow_up_id)  # before: the change is announced inside the call
        try:
            self._services.notes.mark_done(follow_up_id)
        except CaseNotesError as exc:
            self._done_here.discard(follow_up_id)
            self.message.setText(translate_error(exc))
            return
        self.message.setText(self.tr("Marked as done."))
        number = self.model.row_of(follow_up_id)
        self.model.remove_row(follow_up_id)
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        self.done_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.table.selectRow(min(number, self.model.rowCount() - 1))

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _open(self, index: QModelIndex) -> None:
        citizen_id = index.data(CITIZEN_ID_ROLE)
        if citizen_id:
            self.open_requested.emit(citizen_id)
