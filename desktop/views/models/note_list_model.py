"""A citizen's meeting notes as a list model: each row the meeting's date, its agenda (or what it
corrects) and its filing status; the note's id under ``Qt.UserRole``.

The words are the notes panel's (``title_of``): the model holds the rows, the panel says them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt

NoteRow = tuple  # (id, held_on, agenda, status, corrects_id), newest first, as NoteService.list_for
Index = QModelIndex | QPersistentModelIndex


class NoteListModel(QStringListModel):
    """The notes of one citizen, newest first.

    The texts shown live in Qt's own string list: the list view counts and places thousands of rows
    without calling into Python for each of them (with a model in Python it asked ``rowCount`` once a
    row at every change, 5 of the 7 ms a save took the list of a citizen with 3,000 notes)."""

    def __init__(
        self, title_of: Callable[[NoteRow, dict[str, date]], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._title_of = title_of  # (row, the notes' dates by id) -> the text shown
        self._rows: list[NoteRow] = []
        self._dates: dict[str, date] = {}  # every listed note's date, for the titles of corrections

    def set_rows(self, rows: list[NoteRow]) -> None:
        """Show these notes (all of them replaced)."""
        self._rows = list(rows)
        self._dates = {row[0]: row[1] for row in self._rows}
        self.setStringList([self._title_of(row, self._dates) for row in self._rows])

    def rows(self) -> list[NoteRow]:
        """The notes shown, newest first."""
        return list(self._rows)

    def put(self, row: NoteRow) -> bool:
        """Show one note just stored without reading the others again (a citizen may have thousands):
        a note already listed is changed where it stands, a new one goes above the notes of its date
        and after the newer ones (the newest stored comes first among notes of one date). False when
        the note's date changed: its place among notes of the new date is not known here, so the
        caller reads the list again."""
        note_id, held_on = row[0], row[1]
        self._dates[note_id] = held_on
        at = self.row_of(note_id)
        if at >= 0:
            if self._rows[at][1] != held_on:
                return False
            self._rows[at] = row
        else:
            at = next((n for n, listed in enumerate(self._rows) if listed[1] <= held_on), len(self._rows))
            self._rows.insert(at, row)
            self.insertRows(at, 1)
        self.setData(self.index(at), self._title_of(row, self._dates))
        return True

    def note_id(self, row: int) -> str | None:
        """The id of the note in ``row``."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, note_id: str | None) -> int:
        """The row of a note, or -1."""
        return next((n for n, row in enumerate(self._rows) if row[0] == note_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return self.note_id(index.row()) if index.isValid() else None
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole  # the whole text, where the row cuts a long agenda short
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows to choose, not to edit, drag or drop (as Qt's string list would allow)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
