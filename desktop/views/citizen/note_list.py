"""The list of a citizen's meeting notes, newest first, with the button that starts a new one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QListView, QPushButton, QVBoxLayout, QWidget

from desktop.views.formatting import format_date
from desktop.views.labels import FILING_STATUSES, label
from desktop.views.models.note_list_model import NoteListModel


class NoteList(QWidget):
    """Signals:
    chosen(str): the person chose a note in the list (not when the panel sets the choice).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NoteListModel(self._row_text, self)
        self.view = QListView()
        self.view.setModel(self.model)
        # Every row is two lines (date and agenda, filing status), a long agenda cut short with "…" (the
        # tooltip holds it whole): a list of rows of one height is laid out without asking each row its
        # size. Rows wrapped to their text made each save and open ask all of them (3,000 notes: 80 ms).
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Meeting notes"))
        self._quiet = False  # while the choice is set by the panel, not by the person
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.setToolTip(self.tr("Start a note for today's meeting"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[tuple], selected: str | None) -> None:
        """Show ``rows`` (the notes' list rows) with ``selected`` chosen, without saying ``chosen``."""
        self._quiet = True
        try:
            self.model.set_rows(rows)
        finally:
            self._quiet = False
        self.select_quietly(selected)

    def select_quietly(self, note_id: str | None) -> None:
        """Choose ``note_id`` (nothing for ``None``) without saying ``chosen``."""
        self._quiet = True
        try:
            row = self.model.row_of(note_id)
            self.view.setCurrentIndex(self.model.index(row) if row >= 0 else QModelIndex())
        finally:
            self._quiet = False

    def _on_current(self, current: QModelIndex, _previous: object) -> None:
        if not self._quiet and current.isValid():
            self.chosen.emit(current.data(Qt.ItemDataRole.UserRole))

    def _row_text(self, row: tuple, dates: dict) -> str:
        _note_id, held_on, agenda, status, corrects_id = row
        title = agenda or self.tr("(no agenda)")
        if corrects_id:
            corrected = dates.get(corrects_id)
            title = self.tr("Correction to %1").replace("%1", format_date(corrected)) + f": {title}"
        return f"{format_date(held_on)}  {title}\n{label(FILING_STATUSES, status)}"
