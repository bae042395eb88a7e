"""What the reflection log and the discretion records share: the form over the earlier entries, the
time an entry was written, and the choice of the meeting note an entry concerns."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.services.notes import NoteService
from desktop.views.formatting import format_date, format_time
from desktop.views.widgets.form_scroll import scrolled


def moment(created_at: str) -> str:
    """A stored time stamp as the local date and time."""
    local = datetime.fromisoformat(created_at).astimezone()
    return f"{format_date(local)} {format_time(local)}"


def form_over_history(form: QWidget, history_title: str, history: QWidget) -> QSplitter:
    """The form for a new entry above the earlier entries; the person can move the line between them."""
    scroll = scrolled(form)
    lower = QWidget()
    lower_layout = QVBoxLayout(lower)
    lower_layout.setContentsMargins(0, 0, 0, 0)
    title = QLabel(history_title)
    title.setObjectName("fieldLabel")
    lower_layout.addWidget(title)
    lower_layout.addWidget(history, 1)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(scroll)
    splitter.addWidget(lower)
    splitter.setSizes([380, 320])
    return splitter


def fill_meetings(combo: QComboBox, notes: NoteService, citizen_id: str | None) -> dict[str, str]:
    """Offer the citizen's meeting notes (newest first) after "(no meeting)", keeping the choice made;
    returns ``note id -> "date agenda"`` for showing which meeting an entry concerns."""
    linked = combo.currentData()
    combo.clear()
    combo.addItem(QCoreApplication.translate("ReflectionLog", "(no meeting)"), None)
    titles: dict[str, str] = {}
    if citizen_id:
        for note_id, held_on, agenda, _status, _corrects in notes.list_for(citizen_id):
            titles[note_id] = f"{format_date(held_on)} {agenda}".strip()
            combo.addItem(titles[note_id], note_id)
    combo.setCurrentIndex(max(combo.findData(linked), 0))
    return titles
