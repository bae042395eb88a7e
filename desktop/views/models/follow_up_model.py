"""Open agreements across the caseload as a table model."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.domain.notes import FollowUp as FollowUpRow
from desktop.views import theme
from desktop.views.formatting import format_date
from desktop.views.labels import ACTORS, label

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CITIZEN_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class FollowUpColumn(IntEnum):
    """Columns, left to right."""

    DUE = 0
    CITIZEN = 1
    WHAT = 2
    WHO = 3


class FollowUpTableModel(QAbstractTableModel):
    """Earliest first, as the service returns them; overdue dates in red."""

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []
        self._today = today

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def remove_row(self, follow_up_id: str) -> bool:
        """Take one follow-up off the list (marked done here); whether it was on it."""
        number = self.row_of(follow_up_id)
        if number < 0:
            return False
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        self.endRemoveRows()
        return True

    def row_of(self, follow_up_id: str) -> int:
        """The row of a follow-up, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == follow_up_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FollowUpColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Due"), self.tr("Citizen"), self.tr("What"), self.tr("Who")]
        return titles[section] if 0 <= section < len(titles) else None

    def _what(self, row: FollowUpRow) -> str:
        if row.kind == "activity":
            return self.tr("Activity ends: %1").replace("%1", row.text)
        if row.kind == "consent":
            return self.tr("Consent expires: %1").replace("%1", row.text)
        if row.kind == "network_decision":
            return self.tr("Network meeting: %1").replace("%1", row.text)
        return row.text

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = FollowUpColumn(index.column())
        overdue = row.due < (self._today or date.today())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                FollowUpColumn.DUE: format_date(row.due),
                FollowUpColumn.CITIZEN: row.citizen_name,
                FollowUpColumn.WHAT: self._what(row),
                FollowUpColumn.WHO: label(ACTORS, row.who) if row.kind == "activity" else row.who,
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == FollowUpColumn.DUE and overdue:
            return QBrush(theme.colour("error"))
        if role == Qt.ItemDataRole.ToolTipRole and column == FollowUpColumn.DUE and overdue:
            return self.tr("Overdue")
        if role == Qt.ItemDataRole.ToolTipRole and column == FollowUpColumn.WHAT and row.kind == "activity":
            return self.tr(
                "The activity has ended: follow up on how it went and write the outcome under the goal"
            )
        if role == ID_ROLE:
            return row.id
        if role == CITIZEN_ID_ROLE:
            return row.citizen_id
        return None
