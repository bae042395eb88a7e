"""The caseload: every citizen, filtered as you type, sortable by each column."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from desktop.domain.citizen import CaseloadRow, CaseloadUpdate
from desktop.views.models.caseload_filter import CaseloadFilterProxy
from desktop.views.models.caseload_model import CITIZEN_ID_ROLE, CaseloadTableModel, Column, PreparedRows
from desktop.views.pages.page import Page
from desktop.views.widgets.empty_state import EmptyState

# Starting widths of the columns, in pixels (each at least as wide as its title).
COLUMN_WIDTHS = {
    Column.NAME: 240,
    Column.CPR: 120,
    Column.PROGRAMME: 220,
    Column.NEXT_FOLLOW_UP: 140,
    Column.LAST_CONTACT: 130,
}


class CaseloadPage(Page):
    """The caseworker's list of citizens.

    Signals:
        open_requested(str): open this citizen.
        new_requested(): create a new citizen.
    """

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Caseload"), parent)
        self.model = CaseloadTableModel(self)
        self.proxy = CaseloadFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.new_button = QPushButton(self.tr("&New citizen…"))
        self.new_button.setToolTip(self.tr("Create a citizen (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.title_row.addWidget(self.new_button)

        self.filter_field = QLineEdit()
        self.filter_field.setPlaceholderText(self.tr("Filter by name, CPR or programme"))
        self.filter_field.setAccessibleName(self.tr("Filter the caseload"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self._on_filter_changed)
        self.filter_field.installEventFilter(self)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Active cases"), "active")
        self.status_filter.addItem(self.tr("Closed cases"), "closed")
        self.status_filter.addItem(self.tr("All cases"), CaseloadFilterProxy.ALL)
        self.status_filter.setAccessibleName(self.tr("Which cases"))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._apply(lambda: self.proxy.set_status(self.status_filter.currentData()))
        )
        self.due_filter = QCheckBox(self.tr("Follow-up &due this week"))
        self.due_filter.toggled.connect(lambda on: self._apply(lambda: self.proxy.set_due_this_week(on)))
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        filters = QHBoxLayout()
        filters.addWidget(self.filter_field, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.due_filter)
        filters.addWidget(self.count_label)
        self.body.addLayout(filters)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move in it
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NEXT_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self._fit_column_titles()
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.empty = EmptyState(
            "caseload.svg",
            self.tr("No citizens yet"),
            self.tr(
                "Create the first citizen with “New citizen” (Ctrl+N). They will be listed here with their "
                "programme, next follow-up and last contact."
            ),
        )
        self.no_match = QLabel(self.tr("No citizens match the filter."))
        self.no_match.setObjectName("hint")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_match)
        self.body.addWidget(self.stack, 1)

        focus_filter = QShortcut(QKeySequence("Ctrl+Shift+F"), self)
        focus_filter.activated.connect(self.focus_filter)
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        """The window's stylesheet arrived (bold titles, padding): widen the columns it needs."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_column_titles()

    def _fit_column_titles(self) -> None:
        # Never narrower than the column's title and its sort arrow (translations run long).
        header = self.table.horizontalHeader()
        for column in COLUMN_WIDTHS:
            needed = header.sectionSizeHint(column)
            if self.table.columnWidth(column) < needed:
                self.table.setColumnWidth(column, needed)

    # -- data --------------------------------------------------------------------------------------

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        """Show these citizens, keeping the selection if the citizen is still there."""
        selected = self.selected_citizen_id()
        self.model.set_rows(rows)
        if selected:
            self.select_citizen(selected)
        self._update_state()

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Show rows made ready off the GUI thread (``prepare_rows``), keeping the selection."""
        selected = self.selected_citizen_id()
        self.model.set_prepared(prepared)
        if selected:
            self.select_citizen(selected)
        self._update_state()

    def update_rows(self, update: CaseloadUpdate) -> None:
        """Redraw only the citizens a change touched; the selection stays with its citizen."""
        selected = self.selected_citizen_id()
        self.model.update_rows(update.rows, update.gone)
        if selected and self.selected_citizen_id() != selected:  # their row moved to its sorted place
            self.select_citizen(selected, scroll=False)
        self._update_state()

    def selected_citizen_id(self) -> str | None:
        """The id of the selected citizen, if any."""
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(CITIZEN_ID_ROLE) if indexes else None

    def select_citizen(self, citizen_id: str, scroll: bool = True) -> None:
        """Select (and scroll to) a citizen if they are shown."""
        row = self.model.row_of(citizen_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            if scroll:
                self.table.scrollTo(index)

    def focus_filter(self) -> None:
        """Put the cursor in the filter field."""
        self.filter_field.setFocus()
        self.filter_field.selectAll()

    # -- internals ---------------------------------------------------------------------------------

    def _on_filter_changed(self, text: str) -> None:
        self._apply(lambda: self.proxy.set_text(text))

    def _apply(self, change: Callable[[], object]) -> None:
        change()
        self._update_state()

    def _update_state(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)))
        if total == 0:
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.table)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        citizen_id = index.data(CITIZEN_ID_ROLE)
        if citizen_id:
            self.open_requested.emit(citizen_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """From the filter field, Down moves into the list and Enter opens the selected citizen."""
        if watched is self.filter_field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down and self.proxy.rowCount():
                self.table.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                citizen_id = self.selected_citizen_id()
                if citizen_id:
                    self.open_requested.emit(citizen_id)
                return True
        return super().eventFilter(watched, event)
