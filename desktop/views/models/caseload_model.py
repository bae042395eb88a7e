"""The caseload as a Qt table model that sorts itself (filtered by ``caseload_filter``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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
FILTER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3

# The roles ``data`` answers; a view asks for a dozen per cell on every repaint (font, decoration,
# alignment…), and answering "nothing" before any other work keeps typing in the filter quick.
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        CITIZEN_ID_ROLE,
        FILTER_TEXT_ROLE,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
)


_COLUMN_COUNT = len(Column)
_DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


class CaseloadTableModel(QAbstractTableModel):
    """Plain rows in, display text out; never queries storage.

    The model sorts its rows itself (``sort``, which the view's header reaches through the proxy), with
    each column's keys made once per ``set_rows``. Sorted by the proxy instead, every comparison asked
    ``data`` for two keys: 30 ms for 500 citizens on each reload of the caseload (after every saved
    change), and most of the time of each key typed in the filter.
    """

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._search_text: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}  # by column, made when that column is sorted by
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)  # -1: as given
        self._today = today
        self._row_of: dict[str, int] | None = None
        self._collator = _danish_collator()

    @property
    def today(self) -> date:
        """Today (fixed in tests)."""
        return self._today or date.today()

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        """Replace every row (in the order sorted by last)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._search_text = [_filter_text(r) for r in self._rows]
        self._sort_keys = {}
        self._row_of = None
        self._sort_rows()
        self.endResetModel()

    @property
    def order(self) -> tuple[int, Qt.SortOrder]:
        """The column sorted by (-1: none) and its direction."""
        return self._order

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Replace every row with rows ``prepare_rows`` made ready; sorted again here only if the
        order changed meanwhile."""
        if prepared.order != self._order:
            self.set_rows(prepared.rows)
            return
        self.beginResetModel()
        self._rows, self._search_text = list(prepared.rows), list(prepared.search_text)
        self._sort_keys = {c: list(keys) for c, keys in prepared.sort_keys.items()}
        self._row_of = None
        self.endResetModel()

    def update_rows(self, rows: Iterable[CaseloadRow], gone: Iterable[str] = ()) -> None:
        """Replace or add these citizens' rows, each at its place in the order sorted by, and remove the
         ``gone`` ones: a save redraws the row it changed, not the list. Rows that stay keep
        their persistent indexes; the proxy filters only the rows that changed."""
        for citizen_id in gone:
            number = self.row_of(citizen_id)
            if number >= 0:
                self.beginRemoveRows(QModelIndex(), number, number)
                self._take(number)
                self.endRemoveRows()
        for row in rows:
            self._put(row)

    def _put(self, row: CaseloadRow) -> None:
        column = self._order[0]
        sorted_by = 0 <= column < _COLUMN_COUNT
        if sorted_by:
            self._keys_of(column)  # made now if the list was too short to sort before
        entry = (row, _filter_text(row), {c: self._sort_key(row, Column(c)) for c in self._sort_keys})
        old = self.row_of(row.id)
        if old < 0:
            place = self._places_of(entry[2][column])[1] if sorted_by else len(self._rows)
            self.beginInsertRows(QModelIndex(), place, place)
            self._insert(place, entry)
            self.endInsertRows()
            return
        place = old
        if sorted_by:
            sort_keys = self._sort_keys[column]
            own = sort_keys.pop(old)  # the place is found among the other rows
            first, last = self._places_of(entry[2][column])
            sort_keys.insert(old, own)
            place = old if first <= old <= last else last  # among its equals, a row stays put
        if place == old:  # in place: the row index stays good
            self._rows[old], self._search_text[old] = row, entry[1]
            for c, made in self._sort_keys.items():
                made[old] = entry[2][c]
            self.dataChanged.emit(self.index(old, 0), self.index(old, _COLUMN_COUNT - 1))
            return
        # Out and in again rather than a move: QSortFilterProxyModel takes a move for a change of
        # layout and filters every row again (5,000 calls at 5,000 citizens), but maps a removal and
        # an insertion row by row. The page selects the citizen again if it was theirs.
        self.beginRemoveRows(QModelIndex(), old, old)
        self._take(old)
        self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), place, place)
        self._insert(place, entry)
        self.endInsertRows()

    def _take(self, number: int) -> tuple[CaseloadRow, str, dict[int, Any]]:
        keys = {c: made.pop(number) for c, made in self._sort_keys.items()}
        self._row_of = None
        return self._rows.pop(number), self._search_text.pop(number), keys

    def _insert(self, number: int, entry: tuple[CaseloadRow, str, dict[int, Any]]) -> None:
        row, text, keys = entry
        self._row_of = None
        self._rows.insert(number, row)
        self._search_text.insert(number, text)
        for c, made in self._sort_keys.items():
            made.insert(number, keys[c])

    def _places_of(self, key: Any) -> tuple[int, int]:
        """The first and the last place a row with this key may take in the sorted rows: before and
        after the rows with an equal key (a stable sort puts a new one last)."""
        keys = self._sort_keys[self._order[0]]
        if self._order[1] == Qt.SortOrder.DescendingOrder:
            return _bisect(keys, key, lambda a, b: b < a)
        return _bisect(keys, key, lambda a, b: a < b)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``: dates in time order with missing ones last, text in Danish order
        (… z, æ, ø, å, with "aa" as å), ignoring case, whatever the language of the program or the
        computer: the names are Danish. Kept through ``set_rows``."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in before]
        self._sort_rows()
        row_of = {row.id: number for number, row in enumerate(self._rows)}
        after = [self.index(row_of[i], index.column()) for index, i in zip(before, ids, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._order
        if not 0 <= column < _COLUMN_COUNT or len(self._rows) < 2:
            return
        keys = self._keys_of(column)
        by_key = sorted(
            range(len(self._rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        self._rows = [self._rows[i] for i in by_key]
        self._row_of = None
        self._search_text = [self._search_text[i] for i in by_key]
        self._sort_keys = {c: [made[i] for i in by_key] for c, made in self._sort_keys.items()}

    def _keys_of(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = self._make_sort_keys(Column(column))
        return keys

    def _make_sort_keys(self, column: Column) -> list[Any]:
        return [_sort_key(r, column, self._collator) for r in self._rows]

    def _sort_key(self, row: CaseloadRow, column: Column) -> Any:
        return _sort_key(row, column, self._collator)

    def row_at(self, row: int) -> CaseloadRow:
        """The plain row behind a model row."""
        return self._rows[row]

    def filter_text(self, row: int) -> str:
        """The lower-cased text a filter looks in for a model row (what ``FILTER_TEXT_ROLE`` gives)."""
        return self._search_text[row]

    def row_of(self, citizen_id: str) -> int:
        """The model row of a citizen, or -1."""
        if self._row_of is None:  # made again after the rows changed place
            self._row_of = {row.id: number for number, row in enumerate(self._rows)}
        return self._row_of.get(citizen_id, -1)

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
        return _display(row, column)


def _display(row: CaseloadRow, column: Column) -> str:
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


def _sort_key(row: CaseloadRow, column: Column, collator: QCollator) -> Any:
    if column == Column.NEXT_FOLLOW_UP:
        return row.next_follow_up or date.max
    if column == Column.LAST_CONTACT:
        return row.last_contact or date.min
    if column == Column.CPR:
        return row.cpr or ""
    return collator.sortKey(_display(row, column))


def _danish_collator() -> QCollator:
    collator = QCollator(_DANISH)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


@dataclass(frozen=True)
class PreparedRows:
    """Rows with their filter texts, sorted, with their sort keys: what ``set_rows`` makes of them,
    made by ``prepare_rows`` on a worker thread."""

    rows: list[CaseloadRow]
    search_text: list[str]
    order: tuple[int, Qt.SortOrder]
    sort_keys: dict[int, list[Any]]


def prepare_rows(rows: list[CaseloadRow], order: tuple[int, Qt.SortOrder]) -> PreparedRows:
    """The work of ``set_rows`` for a worker thread (30-50 ms at 5,000 citizens): filter
    texts, sort keys, and the rows sorted by ``order`` (the model's ``order`` when the rows were
    asked for). Plain Python and a QCollator of its own: safe off the GUI thread."""
    search_text = [_filter_text(r) for r in rows]
    column, direction = order
    if not 0 <= column < _COLUMN_COUNT or len(rows) < 2:
        return PreparedRows(list(rows), search_text, order, {})
    collator = _danish_collator()
    keys = [_sort_key(r, Column(column), collator) for r in rows]
    by_key = sorted(range(len(rows)), key=keys.__getitem__, reverse=direction == Qt.SortOrder.DescendingOrder)
    return PreparedRows(
        [rows[i] for i in by_key],
        [search_text[i] for i in by_key],
        order,
        {column: [keys[i] for i in by_key]},
    )


def _bisect(keys: list[Any], key: Any, before: Callable[[Any, Any], bool]) -> tuple[int, int]:
    """The first and the last index at which ``key`` may go into ``keys``, ordered by ``before``."""
    low, high = 0, len(keys)
    while low < high:  # the first key not before ``key``
        middle = (low + high) // 2
        if before(keys[middle], key):
            low = middle + 1
        else:
            high = middle
    first, high = low, len(keys)
    while low < high:  # the first key after ``key``
        middle = (low + high) // 2
        if before(key, keys[middle]):
            high = middle
        else:
            low = middle + 1
    return first, low


def _filter_text(row: CaseloadRow) -> str:
    """The lower-cased text a filter looks in: name, CPR digits with and without dash, programme label."""
    cpr = row.cpr or ""
    return " ".join((row.name, cpr, cpr.replace("-", ""), label(PROGRAMMES, row.programme))).lower()
