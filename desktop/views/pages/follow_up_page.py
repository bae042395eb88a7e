"""What is due across the caseload: agreements from meetings, overdue first."""

from __future__ import annotations

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

from desktop.errors import CaseNotesError
from desktop.services.registry import Services
from desktop.views.i18n import translate_error
from desktop.views.models.follow_up_model import CITIZEN_ID_ROLE, ID_ROLE, FollowUpColumn, FollowUpTableModel
from desktop.views.pages.page import Page
from desktop.views.widgets.empty_state import EmptyState


class FollowUpPage(Page):
    """Signals:
    open_requested(str): open this citizen.
    """

    open_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up"), parent)
        self._services = services
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
        """Fetch the follow-ups for the chosen period."""
        days = self.scope.currentData()
        today = date.today()
        until = None if days == -1 else today + timedelta(days=days)
        self.model.set_rows(self._services.notes.follow_ups(until))
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        self.done_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.table.selectRow(0)

    def clear(self) -> None:
        """Show nothing (when locking)."""
        self.model.set_rows([])

    def mark_selected_done(self) -> None:
        """Mark the selected follow-up as done (logged) and refresh."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        try:
            self._services.notes.mark_done(rows[0].data(ID_ROLE))
        except CaseNotesError as exc:
            self.message.setText(translate_error(exc))
            return
        self.message.setText(self.tr("Marked as done."))
        self.reload()

    def _open(self, index: QModelIndex) -> None:
        citizen_id = index.data(CITIZEN_ID_ROLE)
        if citizen_id:
            self.open_requested.emit(citizen_id)
