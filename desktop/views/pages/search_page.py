"""Search across the whole caseload: as you type, off the GUI thread, grouped by citizen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QStackedWidget, QTreeView, QWidget

from desktop.domain.search import CitizenResults
from desktop.services.registry import Services
from desktop.views.models.search_results_model import CITIZEN_ID_ROLE, SearchResultsModel
from desktop.views.operation import OperationRunner
from desktop.views.pages.page import Page
from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.html_delegate import HtmlDelegate

DEBOUNCE_MS = 300


class SearchPage(Page):
    """Signals:
    open_requested(str): open this citizen.
    """

    open_requested = Signal(str)

    def __init__(self, services: Services, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search"), parent)
        self._services = services
        self._runner = runner
        self._generation = 0
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr(
                "Search profiles, notes, goals and reflections (whole words; arbejd* for word beginnings)"
            )
        )
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(10_000)
        self.field.textChanged.connect(self._schedule)
        self.field.returnPressed.connect(self._search_now)
        self.body.addWidget(self.field)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.body.addWidget(self.status)

        self.model = SearchResultsModel(self)
        self.model.rowsInserted.connect(self._expand_more)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(HtmlDelegate(self.tree))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.activated.connect(self._open)
        self.tree.doubleClicked.connect(self._open)
        # The next page of citizens when the list is scrolled to its end (or does not fill the view).
        self.tree.verticalScrollBar().valueChanged.connect(self._show_more_at_end)
        self.tree.verticalScrollBar().rangeChanged.connect(self._show_more_at_end)
        self.empty = EmptyState(
            "search.svg",
            self.tr("Search the whole caseload"),
            self.tr(
                "Type a name or a few words. Everything written about a citizen is searched, except health data."
            ),
        )
        self.no_results = QLabel(self.tr("No results."))
        self.no_results.setObjectName("emptyTitle")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.tree, self.no_results):
            self.stack.addWidget(widget)
        self.body.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_now)

    def focus_search(self) -> None:
        """Put the cursor in the search field."""
        self.field.setFocus()
        self.field.selectAll()

    def clear(self) -> None:
        """Forget the query and results (when locking)."""
        self._generation += 1
        self.field.clear()
        self.model.clear()
        self.stack.setCurrentWidget(self.empty)

    # -- searching -------------------------------------------------------------------------------------

    def _schedule(self, _text: str) -> None:
        self._timer.start()

    def _search_now(self) -> None:
        self._timer.stop()
        query = self.field.text()
        self._generation += 1
        generation = self._generation
        if not query.strip():
            self.model.clear()
            self.status.clear()
            self.stack.setCurrentWidget(self.empty)
            return
        self.status.setText(self.tr("Searching…"))
        self._runner.run(
            lambda: self._services.search.search(query),
            lambda results: self._show(generation, results),
            lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, results: list[CitizenResults]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        if results:
            self.stack.setCurrentWidget(self.tree)  # first, so the list is laid out at its own size
        self.model.set_results(results)
        self.tree.expandAll()
        if results:
            self.status.setText(
                self.tr("%n citizen(s)", "", len(results))
                + " · "
                + self.tr("%n hit(s)", "", self.model.hit_count)
            )
            self.tree.setCurrentIndex(self.model.index(0, 0))
        else:
            self.status.clear()
            self.stack.setCurrentWidget(self.no_results)

    def _show_more_at_end(self, *_args: int) -> None:
        bar = self.tree.verticalScrollBar()
        if self.model.has_more and bar.value() >= bar.maximum():
            QTimer.singleShot(0, self.model.show_more)  # not while the view is laying itself out

    def _expand_more(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self.tree.expand(self.model.index(row, 0))

    def _failed(self, generation: int, _exc: BaseException) -> None:
        if generation != self._generation:
            return
        # A search never shows an error dialog: whatever went wrong reads as no results.
        self.model.clear()
        self.status.clear()
        self.stack.setCurrentWidget(self.no_results)

    def _open(self, index: QModelIndex) -> None:
        citizen_id = index.data(CITIZEN_ID_ROLE)
        if citizen_id:
            self.open_requested.emit(citizen_id)
