"""What the reflection log and the discretion records share: the form over the earlier entries, the
time an entry was written, the choice of the meeting note an entry concerns, and (``EntryLog``) how an
entry is appended, copied as text and shown with its meeting."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.citizen_file import CitizenFile
from desktop.services.notes import NoteService
from desktop.services.reflections import ReflectionService
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.formatting import format_date, format_time
from desktop.views.i18n import translate_error
from desktop.views.widgets.buttons import right_aligned
from desktop.views.widgets.form_scroll import in_scroll_area


def moment(created_at: str) -> str:
    """A stored time stamp as the local date and time."""
    local = datetime.fromisoformat(created_at).astimezone()
    return f"{format_date(local)} {format_time(local)}"


def form_over_history(form: QWidget, history_title: str, history: QWidget) -> QSplitter:
    """The form for a new entry above the earlier entries; the person can move the line between them."""
    scroll = in_scroll_area(form)
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


# A citizen's meeting notes as ``NoteService.list_for`` gives them: (id, held on, agenda, status, corrects).
MeetingNotes = list[tuple[str, date, str, str, str | None]]


def fill_meetings(combo: QComboBox, meeting_notes: MeetingNotes) -> dict[str, str]:
    """Offer the citizen's meeting notes (newest first) after "(no meeting)", keeping the choice made;
    returns ``note id -> "date agenda"`` for showing which meeting an entry concerns."""
    linked = combo.currentData()
    combo.clear()
    combo.addItem(QCoreApplication.translate("ReflectionLog", "(no meeting)"), None)
    titles: dict[str, str] = {}
    for note_id, held_on, agenda, _status, _corrects in meeting_notes:
        titles[note_id] = f"{format_date(held_on)} {agenda}".strip()
        combo.addItem(titles[note_id], note_id)
    combo.setCurrentIndex(max(combo.findData(linked), 0))
    return titles


class EntryLog(QWidget):
    """An append-only log of entries about one citizen: a form (with ``note``, the meeting an entry
    concerns) over ``list``, the earlier entries. Subclasses build the widgets and say, in their own
    words, what was saved or copied; ``discard`` and ``_reload`` are theirs.

    Signals:
        changed(): an entry was written or copied.
        message(str, str): a text for the page's banner and its kind.
    """

    changed = Signal()
    message = Signal(str, str)
    note: QComboBox
    list: QListWidget  # so in this class's annotations the built-in list is ``builtins.list``

    def __init__(
        self,
        reflections: ReflectionService,
        notes: NoteService,
        copy_to_clipboard: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reflections = reflections
        self._notes = notes
        self._citizen_id: str | None = None
        self._meetings: dict[str, str] = {}
        self._file: CitizenFile | None = None  # while showing a file just read: read nothing again
        # The page passes the clipboard that hides the copy from clipboard history and clears it later.
        self.copy_to_clipboard = copy_to_clipboard

    def _lay_out(
        self,
        form_parts: builtins.list[QLayout],
        save_button: QPushButton,
        history_title: str,
        reader: QTextBrowser,
        reader_buttons: builtins.list[QPushButton],
    ) -> None:
        """The form (``form_parts``, ``save_button`` at the right under them) over the earlier entries:
        ``list`` beside the ``reader`` of the one chosen, with ``reader_buttons`` at the right under it."""
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        for part in form_parts:
            form_layout.addLayout(part)
        form_layout.addLayout(right_aligned(save_button))
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addWidget(reader, 1)
        reading_layout.addLayout(right_aligned(*reader_buttons))
        lower = QSplitter()
        lower.addWidget(self.list)
        lower.addWidget(reading)
        lower.setSizes([260, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(form_over_history(form_box, history_title, lower))

    def show_file(self, file: CitizenFile) -> None:
        """Show the entries of a citizen's file as read, reading nothing again."""
        self._file = file
        try:
            self.set_citizen(file.citizen_id, list(file.notes))
        finally:
            self._file = None

    def set_citizen(self, citizen_id: str | None, meeting_notes: MeetingNotes | None = None) -> None:
        """Show a citizen's entries and offer their meeting notes to link to (typing is kept for the
        same citizen); ``meeting_notes`` are those notes if already read, else they are read here."""
        if citizen_id != self._citizen_id:
            self.discard()
        self._citizen_id = citizen_id
        if meeting_notes is None:
            meeting_notes = self._notes.list_for(citizen_id) if citizen_id else []
        self.offer_meetings(meeting_notes)
        self._reload()

    def offer_meetings(self, meeting_notes: MeetingNotes) -> None:
        """Offer these meeting notes to link to (the entries and typing stay as they are)."""
        self._meetings = fill_meetings(self.note, meeting_notes)

    def discard(self) -> None:
        """Forget the entry being written."""
        raise NotImplementedError

    def link_note(self, note_id: str) -> None:
        """Pre-select the meeting note the entry concerns."""
        self.note.setCurrentIndex(max(self.note.findData(note_id), 0))

    def _reload(self) -> None:
        raise NotImplementedError

    def _append(self, add: Callable[[], object], not_saved: str, saved: str) -> bool:
        """Store the entry with ``add``, then empty the form and show the entry; a problem is told after
        ``not_saved`` and the typing is kept."""
        try:
            add()
        except InvalidInput as exc:
            problems = describe_problems(list(exc.problems))
            self.message.emit(not_saved + "\n" + problems, "error")
            return False
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return False
        self.discard()
        self._reload()
        self.list.setCurrentRow(0)
        self.message.emit(saved, "ok")
        self.changed.emit()
        return True

    def _copy_chosen(self, text_of: Callable[[str], str], copied: str) -> None:
        """Put the chosen entry, as ``text_of`` its id, on the clipboard for the case system."""
        item = self.list.currentItem()
        if item is None:
            return
        try:
            text = text_of(item.data(Qt.ItemDataRole.UserRole))
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return
        self.copy_to_clipboard(text)
        self.message.emit(copied, "ok")
        self.changed.emit()

    def _concerns(self, note_id: str | None, meeting_template: str) -> builtins.list[str]:
        """The line naming the meeting an entry concerns (``meeting_template`` holds %1), if any."""
        if not note_id:
            return []
        concerns = meeting_template.replace("%1", self._meetings.get(note_id, ""))
        return [f"<p><i>{escape(concerns)}</i></p>"]
