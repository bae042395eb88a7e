"""A citizen's access log as a table model."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.citizen import AccessLogEntry
from desktop.views.formatting import format_date, format_time
from desktop.views.labels import ACTIONS, FIELDS, RATERS, label


class LogColumn(IntEnum):
    """Columns of the access log."""

    WHEN = 0
    WHO = 1
    WHAT = 2
    DETAIL = 3


class AccessLogModel(QAbstractTableModel):
    """Newest first, as the service returns it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccessLogEntry] = []

    def set_rows(self, rows: list[AccessLogEntry]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._rows[index.row()]
        column = LogColumn(index.column())
        if column == LogColumn.WHEN:
            moment = datetime.fromisoformat(entry.at).astimezone()
            return f"{format_date(moment)} {format_time(moment)}"
        if column == LogColumn.WHO:
            return entry.actor
        if column == LogColumn.WHAT:
            return label(ACTIONS, entry.action)
        return self._detail(entry)

    def _detail(self, entry: AccessLogEntry) -> str:
        changed = entry.detail.get("fields")
        if isinstance(changed, list):
            return ", ".join(label(FIELDS, name) for name in changed)
        rater = entry.detail.get("rater")
        if isinstance(rater, str):
            return label(RATERS, rater)
        return ""
