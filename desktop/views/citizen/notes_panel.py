"""A citizen's meeting notes: the list on the left, the note being read or written on the right.

A note moves draft → ready → filed. Typing is stashed as an encrypted draft a moment after each change
(and before switching note, leaving the citizen or locking), so a crash loses at most that moment.
A filed note is read-only; "Write correction" starts a new note linked to it, pre-filled with its text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.guides import Guide
from desktop.domain.notes import FilingStatus, NoteDraft, note_from_values, note_to_values
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.citizen_file import CitizenFile
from desktop.services.notes import NoteService, StoredNote
from desktop.views.citizen.note_actions import NoteActions
from desktop.views.citizen.note_editor import NoteEditor
from desktop.views.citizen.note_list import NoteList
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.formatting import format_date, format_time
from desktop.views.i18n import translate_error
from desktop.views.widgets.form_scroll import in_scroll_area

AUTOSAVE_MS = 1500
CORRECTS_KEY = "_corrects"


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

        self.note_list = NoteList()
        self.note_list.chosen.connect(self._on_chosen)
        self.note_list.new_button.clicked.connect(self.start_new)
        self.list = self.note_list.view  # the list and its model, as the page and the tests reach them
        self.list_model = self.note_list.model

        self.editor = NoteEditor(guides, language)
        self.editor.edited.connect(self._on_edited)
        self.editor.confirm_tool_change = lambda title: self.confirm(
            self.tr("Change tool"),
            self.tr("Remove the answers to %1 from this note?").replace("%1", title),
        )
        self.note_actions = NoteActions(
            save=self.save,
            undo=self.undo_changes,
            ready=self.mark_ready,
            file=self.file_note,
            copy=self.copy_text,
            correct=self.start_correction,
            reflect=self.request_peer_reflection,
        )
        self.note_actions.add_keys(self)
        self.right = QWidget()
        right_layout = QVBoxLayout(self.right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note_actions)
        right_layout.addWidget(in_scroll_area(self.editor), 1)

        splitter = QSplitter()
        splitter.addWidget(self.note_list)
        splitter.addWidget(self.right)
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
            # The list was read a moment ago: opening its first note need not read it again
            # (reading 200 notes twice was a fifth of opening a citizen).
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
        self.note_list.select_quietly(None)
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
        self.note_list.select_quietly(None)
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
                self.note_list.select_quietly(note_id)
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
            self.note_list.select_quietly(None)
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
        self.note_list.set_rows(rows, selected)

    def _on_chosen(self, note_id: str) -> None:
        self.stash_draft()
        self._open(note_id)

    def _on_edited(self) -> None:
        self._show_state()
        self._autosave.start()

    def _show_state(self) -> None:
        has_citizen = self._citizen_id is not None
        dirty = self.is_dirty()
        self.right.setEnabled(has_citizen)
        self.editor.set_read_only(self._status is FilingStatus.FILED)
        self.note_actions.show_state(
            self._status,
            saved=self._note_id is not None,
            corrects=self._corrects is not None,
            filed_at=self._filed_at,
            dirty=dirty,
            has_text=has_citizen and (self._note_id is not None or dirty),
        )
