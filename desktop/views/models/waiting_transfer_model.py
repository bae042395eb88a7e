"""The files colleagues handed here, and their questions for joint professional reflection, not yet
answered, as a table model for the inbox."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.services.transfer_opening import PEER_REQUEST
from desktop.services.transfers import Waiting
from desktop.views import theme
from desktop.views.formatting import format_date

ModelIndex = QModelIndex | QPersistentModelIndex
WAITING_ROLE = Qt.ItemDataRole.UserRole + 1


class WaitingColumn(IntEnum):
    """Columns, left to right."""

    SENDER = 0
    CITIZEN = 1
    RECORDS = 2
    SENT = 3


def sent_on(stamp: str) -> str:
    """The day a file was sent, as the UI writes dates ("" when unknown)."""
    try:
        return format_date(datetime.fromisoformat(stamp).astimezone())
    except ValueError:
        return ""


class WaitingTransferModel(QAbstractTableModel):
    """As the service returns them; a file that cannot be accepted reads in the warning colour and
    says why in the citizen column (its contents are not known until it opens)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Waiting] = []

    def set_rows(self, rows: list[Waiting]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def waiting(self, row: int) -> Waiting | None:
        """The file on ``row``, or ``None``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(WaitingColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("From"), self.tr("Citizen"), self.tr("Records"), self.tr("Sent")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = WaitingColumn(index.column())
        if role == WAITING_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole and entry.problem:
            return QBrush(theme.colour("warning"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WaitingColumn.RECORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == WaitingColumn.SENDER:
            return entry.sender
        if column == WaitingColumn.CITIZEN:
            if entry.problem:
                return self.tr("⚠ Cannot be opened yet")
            if entry.kind == PEER_REQUEST:
                return self.tr("Question for joint professional reflection")
            return entry.citizen_name
        if column == WaitingColumn.RECORDS:
            return str(entry.records) if not entry.problem and entry.kind != PEER_REQUEST else ""
        return sent_on(entry.sent_at)
