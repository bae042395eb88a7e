"""The colleagues of the sync server's key directory, as a table model for the handover dialog (one
chosen) and for asking colleagues for peer reflection (``checkable``: several ticked)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.services.colleagues import CHANGED, NEW, Colleague
from desktop.views import theme

ModelIndex = QModelIndex | QPersistentModelIndex
COLLEAGUE_ROLE = Qt.ItemDataRole.UserRole + 1


class ColleagueColumn(IntEnum):
    """Columns, left to right."""

    NAME = 0
    NUMBER = 1
    STATE = 2


class ColleagueModel(QAbstractTableModel):
    """By name, as the service returns them; a changed number reads in the warning colour and cannot
    be ticked until it is confirmed."""

    def __init__(self, parent: QObject | None = None, checkable: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[Colleague] = []
        self._checkable = checkable
        self._ticked: set[str] = set()

    def set_rows(self, rows: list[Colleague]) -> None:
        """Replace every row; a colleague ticked before stays ticked unless their number changed."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ticked &= {c.account for c in self._rows if c.state != CHANGED}
        self.endResetModel()

    def ticked(self) -> list[str]:
        """The accounts ticked, in the list's order."""
        return [c.account for c in self._rows if c.account in self._ticked]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            self._checkable
            and index.isValid()
            and index.column() == ColleagueColumn.NAME
            and self._rows[index.row()].state != CHANGED
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (
            self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        account = self._rows[index.row()].account
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(account)
        else:
            self._ticked.discard(account)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def colleague(self, row: int) -> Colleague | None:
        """The colleague on ``row``, or ``None``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, account: str) -> int:
        """The row of ``account``, or -1."""
        return next((i for i, c in enumerate(self._rows) if c.account == account), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ColleagueColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Colleague"), self.tr("Security number"), self.tr("Status")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        colleague = self._rows[index.row()]
        column = ColleagueColumn(index.column())
        if role == COLLEAGUE_ROLE:
            return colleague
        if role == Qt.ItemDataRole.CheckStateRole:
            if not self._checkable or column != ColleagueColumn.NAME:
                return None
            ticked = colleague.account in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and colleague.state == CHANGED:
            return QBrush(theme.colour("warning"))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == ColleagueColumn.NAME:
            return colleague.account
        if column == ColleagueColumn.NUMBER:
            return colleague.fingerprint
        return self.state_text(colleague.state)

    def state_text(self, state: str) -> str:
        """A colleague's state in words."""
        if state == NEW:
            return self.tr("First handover: compare the number")
        if state == CHANGED:
            return self.tr("⚠ Number changed")
        return self.tr("Compared before")
