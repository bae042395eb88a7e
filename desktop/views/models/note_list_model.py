"""A citizen's meeting notes as a list model: each row the meeting's date, its agenda (or what it
corrects) and its filing status; the note's id under ``Qt.UserRole``.

The words are the notes panel's (``title_of``): the model holds the rows, the panel says them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

NoteRow = tuple  # (id, held_on, agenda, status, corrects_id), newest first, as NoteService.list_for
Index = QModelIndex | QPersistentModelIndex


class NoteListModel(QAbstractListModel):
    """The notes of one citizen, newest first."""

    def __init__(
        self, title_of: Callable[[NoteRow, dict[str, date]], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._title_of = title_of  # (row, the notes' dates by id) -> the text shown
        self._rows: list[NoteRow] = []
        self._texts: list[str] = []

    def set_rows(self, rows: list[NoteRow]) -> None:
        """Show these notes (all of them replaced)."""
        self.beginResetModel()
        self._rows = list(rows)
        dates = {row[0]: row[1] for row in self._rows}
        self._texts = [self._title_of(row, dates) for row in self._rows]
        self.endResetModel()

    def note_id(self, row: int) -> str | None:
        """The id of the note in ``row``."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, note_id: str | None) -> int:
        """The row of a note, or -1."""
        return next((n for n, row in enumerate(self._rows) if row[0] == note_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()][0]
        return None
