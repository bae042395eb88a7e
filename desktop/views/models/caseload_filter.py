"""The caseload filtered as the caseworker types: words, active/closed/all, follow-up due this week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from desktop.views.models.caseload_model import CaseloadTableModel, ModelIndex


class CaseloadFilterProxy(QSortFilterProxyModel):
    """Type-ahead text, active/closed/all, and "follow-up due this week"."""

    ALL = "all"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status = "active"
        self._due_this_week = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Passed on to the caseload model, which sorts quicker; the proxy keeps the model's order."""
        model = self.sourceModel()
        if isinstance(model, CaseloadTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        """Show rows whose name, CPR or programme contain every typed word."""
        self._refilter(lambda: setattr(self, "_words", text.lower().split()))

    def set_status(self, status: str) -> None:
        """ "active", "closed" or "all"."""
        self._refilter(lambda: setattr(self, "_status", status))

    def set_due_this_week(self, enabled: bool) -> None:
        """Only citizens whose follow-up is overdue or falls before the end of this week."""
        self._refilter(lambda: setattr(self, "_due_this_week", enabled))

    def _refilter(self, change: Callable[[], object]) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() with begin/endFilterChange(); support both.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CaseloadTableModel):
            return True
        row = model.row_at(source_row)
        if self._status != self.ALL and row.status != self._status:
            return False
        if self._due_this_week:
            today = model.today
            end_of_week = today + timedelta(days=6 - today.weekday())
            if row.next_follow_up is None or row.next_follow_up > end_of_week:
                return False
        if self._words:
            haystack = model.filter_text(source_row)  # directly: no model index and data() per row
            return all(word in haystack for word in self._words)
        return True
