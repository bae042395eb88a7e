"""A citizen's meeting notes: the list on the left, the note being read or written on the right.

A note moves draft → ready → filed. Typing is stashed as an encrypted draft a moment after each change
(and before switching note, leaving the citizen or locking), so a crash loses at most that moment.
A filed note is read-only; "Write correction" starts a new note linked to it, pre-filled with its text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.guides import Guide
from desktop.domain.notes import FilingStatus, NoteDraft, note_from_values, note_to_values
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.citizen_file import CitizenFile
from desktop.services.notes import NoteService, StoredNote
from desktop.views.citizen.note_editor import NoteEditor
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.formatting import format_date, format_time
from desktop.views.i18n import translate_error
from desktop.views.labels import FILING_STATUSES, label
from desktop.views.models.note_list_model import NoteListModel
from desktop.views.widgets.form_scroll import scrolled

AUTOSAVE_MS = 1500
CORRECTS_KEY = "_corrects"
COPY_TEXT_KEYS = "Ctrl+Shift+T"
PEER_REFLECTION_KEYS = "Ctrl+Shift+R"


class NotesPanel(QWidget):
    """Signals:
    changed(): a note was stored (the page refreshes the access log and follow-ups).
    message(str, str): a text for the page's banner and its kind ("ok", "info", "error").
    peer_reflection_requested(str): the caseworker wants to reflect on this stored note with peers.
    """

    changed = Signal()
    message = Signal(str, str)
    peer_reflection_requested = Signal(str)

    def __init__(
        self,
        notes: NoteService,
        guides: list[Guide],
        language: str,
        copy_to_clipboard: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._guides = list(guides)
        self._citizen_id: str | None = None
        self._note_id: str | None = None
        self._status = FilingStatus.DRAFT
        self._corrects: str | None = None
        self._filed_at: str | None = None
        self._list_is_fresh = False
        self.restored_draft = False
        self._file: CitizenFile | None = None  # while showing a file just read: read nothing again
        # Questions and the clipboard go through these so tests can answer and read them; the page
        # passes the clipboard that hides the copy from clipboard history and clears it after 30 s.
        self.confirm: Callable[[str, str], bool] = lambda _title, _text: False
        self.copy_to_clipboard = copy_to_clipboard

        self.list_model = NoteListModel(self._row_text, self)
        self.list = QListView()
        self.list.setModel(self.list_model)
        # Every row is two lines (date and agenda, filing status), a long agenda cut short with "…" (the
        # tooltip holds it whole): a list of rows of one height is laid out without asking each row its
        # size. Rows wrapped to their text made each save and open ask all of them (3,000 notes: 80 ms).
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Meeting notes"))
        self._quiet = False  # while the list's choice is set here, not by the person
        self.list.selectionModel().currentChanged.connect(self._on_selected)
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.setToolTip(self.tr("Start a note for today's meeting"))
        self.new_button.clicked.connect(self.start_new)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.list, 1)

        self.editor = NoteEditor(guides, language)
        self.editor.edited.connect(self._on_edited)
        self.editor.confirm_tool_change = lambda title: self.confirm(
            self.tr("Change tool"),
            self.tr("Remove the answers to %1 from this note?").replace("%1", title),
        )
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")
        self.state_label.setWordWrap(True)
        self.save_button = self._button(self.tr("&Save draft"), self.save, self.tr("Save (Ctrl+S)"))
        self.undo_button = self._button(self.tr("&Undo changes"), self.undo_changes)
        self.ready_button = self._button(
            self.tr("Rea&dy to file"), self.mark_ready, self.tr("The note is finished and waits to be filed")
        )
        self.file_button = self._button(
            self.tr("F&ile…"), self.file_note, self.tr("Mark the note as filed in the case system")
        )
        copy_keys = QKeySequence(COPY_TEXT_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.copy_button = self._button(
            self.tr("Copy as te&xt"),
            self.copy_text,
            self.tr(
                "Copy the note as text for the case system (%1). The clipboard is cleared after 30 seconds"
            ).replace("%1", copy_keys),
        )
        QShortcut(
            QKeySequence(COPY_TEXT_KEYS),
            self,
            self.copy_text,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        reflect_keys = QKeySequence(PEER_REFLECTION_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.reflect_button = self._button(
            self.tr("Peer reflection…"),
            self.request_peer_reflection,
            self.tr(
                "Start a reflection with an excerpt of this note, without the citizen's name and CPR number (%1)"
            ).replace("%1", reflect_keys),
        )
        QShortcut(
            QKeySequence(PEER_REFLECTION_KEYS),
            self,
            self.request_peer_reflection,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.correct_button = self._button(
            self.tr("Write corr&ection"),
            self.start_correction,
            self.tr("A filed note is corrected by a new note"),
        )
        buttons = QHBoxLayout()
        for button in (
            self.undo_button,
            self.save_button,
            self.ready_button,
            self.copy_button,
            self.file_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.reflect_button)
        buttons.addStretch(1)
        scroll = scrolled(self.editor)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.state_label)
        right_layout.addLayout(buttons)
        right_layout.addWidget(scroll, 1)
        self.right = right

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.stash_draft)
        self._show_state()

    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- which citizen and note ---------------------------------------------------------------------------

    @property
    def note_id(self) -> str | None:
        """The note on show (``None`` while a new note or a correction is being written)."""
        return self._note_id

    def show_file(self, file: CitizenFile) -> None:
        """Show the notes of a citizen's file as read (the newest opened, or typing kept brought back),
        reading nothing again."""
        self._file = file
        try:
            self.set_citizen(file.citizen_id)
        finally:
            self._file = None

    def set_citizen(self, citizen_id: str | None) -> None:
        """Show a citizen's notes; a note that was being written when the program stopped comes back."""
        self._autosave.stop()
        self.editor.set_note(NoteDraft(held_on=date.today()))  # never stash one citizen's text as another's
        self._citizen_id = citizen_id
        self._note_id, self._corrects, self._status = None, None, FilingStatus.DRAFT
        self.restored_draft = False
        self._reload_list(None)
        if citizen_id is None:
            self._show_state()
            return
        if self._restore(None):
            return
        if self.list_model.rowCount():
            # The list was read a moment ago: opening its first note need not read it again (issue 8:
            # reading 200 notes twice was a fifth of opening a citizen).
            self._list_is_fresh = True
            try:
                self.list.setCurrentIndex(self.list_model.index(0))
            finally:
                self._list_is_fresh = False
        else:
            self.start_new()

    def start_new(self) -> None:
        """A blank note dated today."""
        if self._citizen_id is None:
            return
        self.stash_draft()
        self._select_quietly(None)
        self._note_id, self._corrects, self._status = None, None, FilingStatus.DRAFT
        self.editor.set_note(NoteDraft(held_on=date.today()))
        if not self._restore(None):
            self._show_state()
        self.editor.agenda.setFocus()

    def start_correction(self) -> None:
        """Write a correction to the filed note on show: a new note pre-filled with its text."""
        if self._note_id is None or self._status is not FilingStatus.FILED or self._citizen_id is None:
            return
        stored = self._notes.get(self._note_id)
        self.stash_draft()
        self._select_quietly(None)
        self._corrects, self._note_id, self._status = stored.id, None, FilingStatus.DRAFT
        self.editor.set_note(stored.draft)
        self._show_state()
        self.message.emit(
            self.tr(
                "You are writing a correction to the note of %1. The filed note stays as it was."
            ).replace("%1", format_date(stored.draft.held_on)),
            "info",
        )
        self.editor.citizen_view.setFocus()

    # -- storing ------------------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether typing has not been stored as a note yet."""
        return (
            self._citizen_id is not None and self._status is not FilingStatus.FILED and self.editor.is_dirty()
        )

    def save(self) -> bool:
        """Store the note as typed; True when stored (or nothing to store)."""
        if self._citizen_id is None or self._status is FilingStatus.FILED:
            return True
        if not self.editor.is_dirty() and (self._note_id is not None or self._corrects is None):
            return True
        draft = self.editor.draft()
        try:
            if self._note_id is not None:
                self._notes.update_note(self._note_id, draft)
                note_id = self._note_id
            elif self._corrects is not None:
                note_id = self._notes.correct(self._corrects, draft)
            else:
                note_id = self._notes.add_note(self._citizen_id, draft)
        except InvalidInput as exc:
            self.message.emit(
                self.tr("The note was not saved:") + "\n" + describe_problems(list(exc.problems)), "error"
            )
            return False
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return False
        self._autosave.stop()
        self._show_stored(note_id)
        self.message.emit(self.tr("The note was saved."), "ok")
        self.changed.emit()
        return True

    def undo_changes(self) -> None:
        """Throw away typing that was not saved (after asking)."""
        if not self.is_dirty() or self._citizen_id is None:
            return
        if not self.confirm(self.tr("Undo changes"), self.tr("Throw away the changes to this note?")):
            return
        self._autosave.stop()
        self._notes.discard_draft(self._citizen_id, self._note_id)
        if self._note_id is None:
            self._corrects = None
            self.editor.set_note(NoteDraft(held_on=date.today()))
            self._show_state()
        else:
            self._open(self._note_id)

    def discard(self) -> None:
        """Throw away unsaved typing without asking (the person already chose to)."""
        self._autosave.stop()
        if self._citizen_id is not None and self.is_dirty():
            self._notes.discard_draft(self._citizen_id, self._note_id)
            self.editor.set_note(self.editor.draft())

    def mark_ready(self) -> None:
        """Save, then mark the note as finished and waiting to be filed."""
        if self.save() and self._note_id is not None:
            self._move(FilingStatus.READY)

    def file_note(self) -> None:
        """Save, confirm, then mark the note as filed; from then on it is read-only."""
        if not self.save() or self._note_id is None:
            return
        if not self.confirm(
            self.tr("File the note"),
            self.tr(
                "Has the note been put into the case system? A filed note cannot be changed; "
                "a correction is written as a new note linked to it."
            ),
        ):
            return
        self._move(FilingStatus.FILED)

    def copy_text(self) -> None:
        """Save, then put the note as plain text on the clipboard for the case system."""
        if not self.save() or self._note_id is None:
            return
        self.copy_to_clipboard(self._notes.text_for_filing(self._note_id, self._guides))
        self.message.emit(self.tr("The note was copied as text. Paste it into the case system."), "ok")

    def request_peer_reflection(self) -> None:
        """Save, then ask for a reflection draft with an anonymised excerpt of this note."""
        if not self.save() or self._note_id is None:
            return
        self.peer_reflection_requested.emit(self._note_id)

    def stash_draft(self) -> None:
        """Keep unsaved typing encrypted in the vault (autosave, switching note, locking)."""
        self._autosave.stop()
        if self._citizen_id is None or not self.is_dirty():
            return
        values = note_to_values(self.editor.draft())
        if self._corrects:
            values[CORRECTS_KEY] = self._corrects
        try:
            self._notes.save_draft(self._citizen_id, self._note_id, values)
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return
        self._show_state()

    # -- internals ----------------------------------------------------------------------------------------

    def _move(self, target: FilingStatus) -> None:
        assert self._note_id is not None
        try:
            self._notes.move(self._note_id, target)
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return
        self._show_stored(self._note_id)
        self.changed.emit()
        text = self.tr("The note was filed.") if target is FilingStatus.FILED else self.tr("Ready to file.")
        self.message.emit(text, "ok")

    def _show_stored(self, note_id: str) -> None:
        """Show a note just stored: its row is put in the list where it belongs, the others are not read
        again (saving a note for a citizen with 3,000 notes read them all twice: 66 of 116 ms)."""
        stored = self._notes.get(note_id)
        draft = stored.draft
        row = (stored.id, draft.held_on, draft.agenda, stored.filing_status, stored.corrects_id)
        self._list_is_fresh = self.list_model.put(row)
        try:
            if self._list_is_fresh:
                self._select_quietly(note_id)
            self._open(note_id, stored, just_stored=True)
        finally:
            self._list_is_fresh = False

    def _open(self, note_id: str, stored: StoredNote | None = None, just_stored: bool = False) -> None:
        """Show a note (``stored``: as just read, else it is read here). ``just_stored``: the editor
        holds what was stored (then it is kept as it is, not built again) and no draft is left."""
        if stored is None:
            first = self._file.first_note if self._file is not None else None
            stored = first if first is not None and first.id == note_id else self._notes.get(note_id)
        self._note_id, self._corrects = note_id, None
        self._status = FilingStatus(stored.filing_status)
        self._filed_at = stored.filed_at
        if not self._list_is_fresh:
            self._reload_list(note_id)
        if just_stored and self.editor.draft() == stored.draft:
            self.editor.mark_unchanged()
        else:
            self.editor.set_note(stored.draft)
        if self._status is not FilingStatus.FILED and not just_stored:
            self._restore(note_id)
        self._show_state()

    def _restore(self, note_id: str | None) -> bool:
        """Bring back typing kept as a draft; True when there was some."""
        if self._citizen_id is None:
            return False
        if self._file is not None:
            stored = self._file.note_draft(note_id)
        else:
            stored = self._notes.load_draft(self._citizen_id, note_id)
        if stored is None:
            return False
        values, saved_at = stored
        try:
            draft = note_from_values(values)
        except ValueError:
            return False
        if note_id is None:
            self._select_quietly(None)
            self._note_id, self._status = None, FilingStatus.DRAFT
            corrects = values.get(CORRECTS_KEY)
            self._corrects = corrects if isinstance(corrects, str) else None
            baseline = NoteDraft(held_on=date.today())
        else:
            baseline = self.editor.draft()
        self.editor.set_note(draft, baseline=baseline)
        self.restored_draft = True
        self._show_state()
        moment = datetime.fromisoformat(saved_at).astimezone()
        self.message.emit(
            self.tr("A note you were writing on %1 at %2 was brought back. Save it or undo the changes.")
            .replace("%1", format_date(moment))
            .replace("%2", format_time(moment)),
            "info",
        )
        return True

    def _reload_list(self, selected: str | None) -> None:
        if self._file is not None:
            rows = list(self._file.notes)
        else:
            rows = self._notes.list_for(self._citizen_id) if self._citizen_id else []
        self._quiet = True
        try:
            self.list_model.set_rows(rows)
        finally:
            self._quiet = False
        self._select_quietly(selected)

    def _row_text(self, row: tuple, dates: dict) -> str:
        _note_id, held_on, agenda, status, corrects_id = row
        title = agenda or self.tr("(no agenda)")
        if corrects_id:
            corrected = dates.get(corrects_id)
            title = self.tr("Correction to %1").replace("%1", format_date(corrected)) + f": {title}"
        return f"{format_date(held_on)}  {title}\n{label(FILING_STATUSES, status)}"

    def _select_quietly(self, note_id: str | None) -> None:
        self._quiet = True
        try:
            row = self.list_model.row_of(note_id)
            self.list.setCurrentIndex(self.list_model.index(row) if row >= 0 else QModelIndex())
        finally:
            self._quiet = False

    def _on_selected(self, current: QModelIndex, _previous: object) -> None:
        if self._quiet or not current.isValid():
            return
        self.stash_draft()
        self._open(current.data(Qt.ItemDataRole.UserRole))

    def _on_edited(self) -> None:
        self._show_state()
        self._autosave.start()

    def _show_state(self) -> None:
        has_citizen = self._citizen_id is not None
        filed = self._status is FilingStatus.FILED
        dirty = self.is_dirty()
        self.right.setEnabled(has_citizen)
        self.editor.set_read_only(filed)
        self.save_button.setVisible(not filed)
        self.save_button.setEnabled(dirty or (self._corrects is not None and self._note_id is None))
        self.undo_button.setVisible(not filed)
        self.undo_button.setEnabled(dirty)
        self.ready_button.setVisible(self._status is FilingStatus.DRAFT)
        self.file_button.setVisible(not filed)
        self.correct_button.setVisible(filed)
        self.copy_button.setEnabled(has_citizen and (self._note_id is not None or dirty))
        self.reflect_button.setEnabled(has_citizen and (self._note_id is not None or dirty))
        if self._note_id is None:
            state = (
                self.tr("Correction, not saved yet") if self._corrects else self.tr("New note, not saved yet")
            )
        elif filed:
            moment = datetime.fromisoformat(self._filed_at).astimezone() if self._filed_at else None
            state = self.tr("Filed %1 at %2. A filed note cannot be changed.")
            state = state.replace("%1", format_date(moment)).replace(
                "%2", format_time(moment) if moment else ""
            )
        else:
            state = label(FILING_STATUSES, self._status.value)
            if dirty:
                state += " · " + self.tr("changes not saved yet")
        self.state_label.setText(state)
