"""The caseload as a Qt table model, and the proxy that filters and sorts it."""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from desktop.domain.citizen import CaseloadRow
from desktop.domain.cpr import mask
from desktop.views import theme
from desktop.views.formatting import format_date
from desktop.views.labels import PROGRAMMES, STATUSES, label

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The columns, left to right."""

    NAME = 0
    CPR = 1
    PROGRAMME = 2
    NEXT_FOLLOW_UP = 3
    LAST_CONTACT = 4
    STATUS = 5


CITIZEN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3

# The roles ``data`` answers; a view asks for a dozen per cell on every repaint (font, decoration,
# alignment…), and answering "nothing" before any other work keeps typing in the filter quick (issue 8).
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        SORT_ROLE,
        CITIZEN_ID_ROLE,
        FILTER_TEXT_ROLE,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
)


_COLUMN_COUNT = len(Column)
_SORT_ROLE = int(SORT_ROLE)


class CaseloadTableModel(QAbstractTableModel):
    """Plain rows in, display text out; never queries storage.

    Sorting 500 citizens asks ``data`` for ~7,000 sort keys (and Qt asks ``rowCount`` and
    ``columnCount`` for each index it makes), every time the caseload is reloaded: after each saved
    change. The keys of a column are therefore made once per ``set_rows``, when it is first sorted by,
    and those three calls do as little as they can (issue 8).
    """

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._search_text: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}  # by column, made when that column is sorted
        self._today = today

    @property
    def today(self) -> date:
        """Today (fixed in tests)."""
        return self._today or date.today()

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        # Lower-cased text a filter looks in: name, CPR digits with and without dash, programme label.
        self._search_text = [
            " ".join(
                (r.name, r.cpr or "", (r.cpr or "").replace("-", ""), label(PROGRAMMES, r.programme))
            ).lower()
            for r in self._rows
        ]
        self._sort_keys = {}
        self.endResetModel()

    def row_at(self, row: int) -> CaseloadRow:
        """The plain row behind a model row."""
        return self._rows[row]

    def filter_text(self, row: int) -> str:
        """The lower-cased text a filter looks in for a model row (what ``FILTER_TEXT_ROLE`` gives)."""
        return self._search_text[row]

    def row_of(self, citizen_id: str) -> int:
        """The model row of a citizen, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == citizen_id), -1)

    # -- Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NAME: self.tr("Name"),
            Column.CPR: self.tr("CPR"),
            Column.PROGRAMME: self.tr("Programme"),
            Column.NEXT_FOLLOW_UP: self.tr("Next follow-up"),
            Column.LAST_CONTACT: self.tr("Last contact"),
            Column.STATUS: self.tr("Status"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == _SORT_ROLE:
            keys = self._sort_keys.get(index.column())
            if keys is None:
                column = Column(index.column())
                keys = self._sort_keys[index.column()] = [self._sort_key(r, column) for r in self._rows]
            return keys[index.row()]
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CITIZEN_ID_ROLE:
            return row.id
        if role == FILTER_TEXT_ROLE:
            return self._search_text[index.row()]
        if column == Column.NEXT_FOLLOW_UP and self._is_overdue(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.colour("error"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The follow-up date has passed")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column)
        return None

    def _is_overdue(self, row: CaseloadRow) -> bool:
        return bool(row.next_follow_up and row.next_follow_up < self.today and row.status == "active")

    def _display(self, row: CaseloadRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.CPR:
            return mask(row.cpr)
        if column == Column.PROGRAMME:
            return label(PROGRAMMES, row.programme)
        if column == Column.NEXT_FOLLOW_UP:
            return format_date(row.next_follow_up)
        if column == Column.LAST_CONTACT:
            return format_date(row.last_contact)
        return label(STATUSES, row.status)

    def _sort_key(self, row: CaseloadRow, column: Column) -> Any:
        if column == Column.NEXT_FOLLOW_UP:
            return (row.next_follow_up or date.max).isoformat()
        if column == Column.LAST_CONTACT:
            return (row.last_contact or date.min).isoformat()
        if column == Column.CPR:
            return row.cpr or ""
        return self._display(row, column).lower()


class CaseloadFilterProxy(QSortFilterProxyModel):
    """Type-ahead text, active/closed/all, and "follow-up due this week"."""

    ALL = "all"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status = "active"
        self._due_this_week = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)  # Danish order: … x, y, z, æ, ø, å

    def set_text(self, text: str) -> None:
        """Show rows whose name, CPR or programme contain every typed word."""
        self._refilter(lambda: setattr(self, "_words", text.lower().split()))

    def set_status(self, status: str) -> None:
        """ "active", "closed" or "all"."""
        self._refilter(lambda: setattr(self, "_status", status))

    def set_due_this_week(self, enabled: bool) -> None:
        """Only citizens whose follow-up is overdue or falls before the end of this week."""
        self._refilter(lambda: setattr(self, "_due_this_week", enabled))

    def _refilter(self, change) -> None:  # type: ignore[no-untyped-def]
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
