"""The caseworker's own reflection log and records of discretion (det bedste skøn) about one citizen.

Both are append-only: the form at the top writes a new entry; earlier entries are listed below and
shown read-only, and can be copied as text for the official record. "Prepare for peer reflection" shows
the pseudonymised excerpt (names and CPR numbers removed) before anything leaves the vault; only copying
it from there lets it out, and that is logged; "Send to colleagues…" sends it, sealed, to colleagues for
joint professional reflection, and their replies come back into the log. A meeting note can start a
reflection too: its text,
pseudonymised, is put in the form to be read through and edited before it is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reflection import MODELS, PEER_REPLY, RECEIVED_MODELS, Phase, ReflectionDraft
from desktop.domain.reflection import TEXT_MAX as REFLECTION_TEXT_MAX
from desktop.services.citizen_file import CitizenFile
from desktop.services.notes import NoteService
from desktop.services.reflections import ReflectionService
from desktop.views.citizen.discretion_log import DiscretionLog
from desktop.views.citizen.log_layout import EntryLog, MeetingNotes, moment
from desktop.views.dialogs.common import Dialog
from desktop.views.labels import PHASES, REFLECTION_MODELS, REFLECTION_SECTIONS, label
from desktop.views.widgets.buttons import push_button
from desktop.views.widgets.tab_order import chain
from desktop.views.widgets.text_box import text_box

INLINE_SECTIONS = frozenset({"colleague", "question"})  # of a colleague's reply


class ExcerptDialog(Dialog):
    """Shows the pseudonymised excerpt; "Copy" is the only way it leaves the vault."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Excerpt for peer reflection"))
        self.resize(620, 480)
        intro = QLabel(
            self.tr(
                "Names and CPR numbers have been replaced. Read the excerpt through: other details "
                "(places, employers, relatives) can also identify the citizen. Change what you need before "
                "copying."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(self.tr("Excerpt"))
        self.text.setTabChangesFocus(True)  # Tab goes on to the buttons, as in every text box here
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = buttons.addButton(self.tr("&Copy excerpt"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


class ReflectionLog(EntryLog):
    """The caseworker's own reflections, and colleagues' replies to them; ``changed`` is also emitted
    when an excerpt was shared.

    Signals:
        peers_requested(str, str): send the reflection (its id) to colleagues, with its pseudonymised
            excerpt (the page opens the dialog: it has the transfers and the background runner).
    """

    peers_requested = Signal(str, str)

    def __init__(
        self,
        reflections: ReflectionService,
        notes: NoteService,
        copy_to_clipboard: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(reflections, notes, copy_to_clipboard, parent)
        self._sections: dict[str, QPlainTextEdit] = {}
        # Shows the excerpt and returns the text to copy, or None; tests answer it directly.
        self.review_excerpt: Callable[[str], str | None] = self._excerpt_dialog

        self.phase = QComboBox()
        for phase in Phase:
            self.phase.addItem(label(PHASES, phase.value), phase.value)
        self.phase.setCurrentIndex(self.phase.findData(Phase.AFTER.value))
        self.model = QComboBox()
        for model in MODELS:
            self.model.addItem(label(REFLECTION_MODELS, model), model)
        self.note = QComboBox()
        self.note.setAccessibleName(self.tr("Linked meeting note"))
        self.sections_form = QFormLayout()
        self.save_button = push_button(self.tr("Save reflectio&n"), self.save)
        head = QHBoxLayout()
        for text, field in ((self.tr("When"), self.phase), (self.tr("Model"), self.model)):
            name = QLabel(text)
            name.setBuddy(field)  # names the box for screen readers
            head.addWidget(name)
            head.addWidget(field)
        meeting = QLabel(self.tr("Meeting"))
        meeting.setBuddy(self.note)
        head.addWidget(meeting)
        head.addWidget(self.note, 1)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Earlier reflections"))
        self.list.currentItemChanged.connect(self._on_selected)
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Reflection"))
        self.share_button = push_button(self.tr("Prepare for p&eer reflection…"), self.prepare_excerpt)
        self.share_button.setToolTip(
            self.tr("Shows an excerpt without names and CPR numbers before it is shared")
        )
        self.send_button = push_button(self.tr("Sen&d to colleagues…"), self.send_to_colleagues)
        self.send_button.setToolTip(
            self.tr(
                "Send the excerpt without names and CPR numbers to colleagues for joint professional reflection"
            )
        )
        self.copy_button = push_button(self.tr("Copy as te&xt"), self.copy_text)
        self.copy_button.setToolTip(
            self.tr(
                "Copy the reflection as text for the case system. The clipboard is cleared after 30 seconds"
            )
        )
        self._lay_out(
            [head, self.sections_form],
            self.save_button,
            self.tr("Earlier reflections"),
            self.reader,
            [self.copy_button, self.share_button, self.send_button],
        )
        self.model.currentIndexChanged.connect(self._build_sections)
        self._build_sections()

    def is_dirty(self) -> bool:
        """Whether a reflection is being written."""
        return any(box.toPlainText().strip() for box in self._sections.values())

    def discard(self) -> None:
        """Forget the reflection being written."""
        for box in self._sections.values():
            box.clear()

    def save(self) -> bool:
        """Append the reflection as written."""
        if self._citizen_id is None or not self.is_dirty():
            return True
        draft = ReflectionDraft(
            phase=self.phase.currentData(),
            model=self.model.currentData(),
            sections={key: box.toPlainText() for key, box in self._sections.items()},
            note_id=self.note.currentData(),
        )
        citizen_id = self._citizen_id
        return self._append(
            lambda: self._reflections.add_reflection(citizen_id, draft),
            self.tr("The reflection was not saved:"),
            self.tr("The reflection was saved."),
        )

    def prepare_excerpt(self) -> None:
        """Show the chosen reflection without names and CPR numbers; copy it only if the person says so."""
        item = self.list.currentItem()
        if item is None:
            return
        reflection_id = item.data(Qt.ItemDataRole.UserRole)
        text = self.review_excerpt(self._reflections.peer_excerpt(reflection_id))
        if text is None:
            return
        self.copy_to_clipboard(text)
        self._reflections.excerpt_shared(reflection_id)
        self.message.emit(
            self.tr("The excerpt was copied. Paste it where your colleagues will read it."), "ok"
        )
        self.changed.emit()

    def send_to_colleagues(self) -> None:
        """Ask to send the chosen reflection's pseudonymised excerpt to colleagues."""
        item = self.list.currentItem()
        if item is None:
            return
        reflection_id = item.data(Qt.ItemDataRole.UserRole)
        self.peers_requested.emit(reflection_id, self._reflections.peer_excerpt(reflection_id))

    def copy_text(self) -> None:
        """Put the chosen reflection on the clipboard as plain text for the case system."""
        self._copy_chosen(
            self._reflections.reflection_text,
            self.tr("The reflection was copied as text. Paste it into the case system."),
        )

    def start_from_note(self, note_id: str) -> None:
        """Begin a reflection on a meeting for peer reflection: the note's text without the citizen's
        names and CPR, in a free-text reflection linked to the note, to read through and edit before
        saving. Typing already in the form is kept; the excerpt follows it."""
        excerpt = self._reflections.note_excerpt(note_id)
        self.phase.setCurrentIndex(self.phase.findData(Phase.AFTER.value))
        self.model.setCurrentIndex(self.model.findData("free"))
        self.link_note(note_id)
        box = self._sections["text"]
        before = box.toPlainText().rstrip()
        box.setPlainText(f"{before}\n\n{excerpt}" if before else excerpt)
        box.setFocus()
        self.message.emit(
            self.tr(
                "An excerpt of the meeting note without the citizen's name and CPR number is in the reflection. "
                "Read it through: other details can identify the citizen too. It is saved only when you save it."
            ),
            "info",
        )

    def _build_sections(self) -> None:
        kept = {key: box.toPlainText() for key, box in self._sections.items()}
        while self.sections_form.rowCount():
            self.sections_form.removeRow(0)
        self._sections = {}
        for key in MODELS[self.model.currentData()]:
            box = text_box(label(REFLECTION_SECTIONS, key), max_length=REFLECTION_TEXT_MAX)
            box.setPlainText(kept.get(key, ""))
            self._sections[key] = box
            self.sections_form.addRow(label(REFLECTION_SECTIONS, key), box)
        # The fields of the chosen model are made now, so Qt would put them after everything else.
        chain(
            self.phase,
            self.model,
            self.note,
            list(self._sections.values()),
            self.save_button,
            self.list,
            self.copy_button,
            self.share_button,
            self.send_button,
        )

    def _reload(self) -> None:
        self.list.clear()
        self.reader.clear()
        if self._file is not None:
            entries = list(self._file.reflections)
        else:
            entries = self._reflections.reflections(self._citizen_id) if self._citizen_id else []
        for entry in entries:
            text = f"{moment(entry.created_at)} · {label(PHASES, entry.draft.phase)}"
            if entry.draft.model == PEER_REPLY:  # a colleague's reply reads as one, with who wrote it
                colleague = entry.draft.sections.get("colleague", "")
                text = f"{moment(entry.created_at)} · " + self.tr("Reply from %1").replace("%1", colleague)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, entry.draft)
            self.list.addItem(item)
        for button in (self.share_button, self.copy_button, self.send_button):
            button.setEnabled(False)

    def _on_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        draft: ReflectionDraft | None = current.data(Qt.ItemDataRole.UserRole + 1) if current else None
        own = draft is not None and draft.model != PEER_REPLY  # a colleague's reply is not sent on
        self.share_button.setEnabled(own)
        self.send_button.setEnabled(own)
        self.copy_button.setEnabled(draft is not None)
        if draft is None:
            self.reader.clear()
            return
        parts = [f"<p><i>{escape(label(REFLECTION_MODELS, draft.model))}</i></p>"]
        parts += self._concerns(draft.note_id, self.tr("Meeting: %1"))
        for key in MODELS.get(draft.model) or RECEIVED_MODELS.get(draft.model, ()):
            value = draft.sections.get(key, "").strip()
            if not value:
                continue
            body = escape(value).replace("\n", "<br>")
            heading = escape(label(REFLECTION_SECTIONS, key))
            if key in INLINE_SECTIONS:  # a name or a one-line question: beside its label, so the reply shows
                parts.append(f"<p><b>{heading}:</b> {body}</p>")
            else:
                parts.append(f"<h4>{heading}</h4><p>{body}</p>")
        self.reader.setHtml("".join(parts))

    def _excerpt_dialog(self, text: str) -> str | None:
        dialog = ExcerptDialog(text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText()


class ReflectionPanel(QTabWidget):
    """The reflection log and the discretion records, side by side as two tabs."""

    def __init__(
        self,
        reflections: ReflectionService,
        notes: NoteService,
        copy_to_clipboard: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self.log = ReflectionLog(reflections, notes, copy_to_clipboard)
        self.discretion = DiscretionLog(reflections, notes, copy_to_clipboard)
        self.addTab(self.log, self.tr("Reflection log"))
        self.addTab(self.discretion, self.tr("Discretion (best judgement)"))
        self.setDocumentMode(True)
        self._meetings_waiting: MeetingNotes | None = None  # changed while the tab was hidden

    def show_file(self, file: CitizenFile) -> None:
        """Show the entries of a citizen's file as read, reading nothing again."""
        self._meetings_waiting = None
        self.log.show_file(file)
        self.discretion.show_file(file)

    def set_citizen(self, citizen_id: str | None) -> None:
        """Show a citizen's entries; the meeting notes both offer to link to are read once."""
        self._meetings_waiting = None
        meeting_notes = self._notes.list_for(citizen_id) if citizen_id else []
        self.log.set_citizen(citizen_id, meeting_notes)
        self.discretion.set_citizen(citizen_id, meeting_notes)

    def offer_meetings(self, meeting_notes: MeetingNotes) -> None:
        """The citizen's meeting notes changed (one was saved or filed): offer these to link to. Hidden,
        the tab offers them when it is next shown; a save on the Meetings tab does not fill two lists of
        every meeting the citizen has had (with 3,000 notes that was a quarter of the save)."""
        self._meetings_waiting = meeting_notes
        if self.isVisible():
            self._offer_waiting_meetings()

    def showEvent(self, event: QShowEvent) -> None:
        """Offer the meeting notes that changed while the tab was hidden."""
        super().showEvent(event)
        self._offer_waiting_meetings()

    def _offer_waiting_meetings(self) -> None:
        waiting, self._meetings_waiting = self._meetings_waiting, None
        if waiting is not None:
            self.log.offer_meetings(waiting)
            self.discretion.offer_meetings(waiting)

    def is_dirty(self) -> bool:
        """Whether an entry is being written."""
        return self.log.is_dirty() or self.discretion.is_dirty()

    def save(self) -> bool:
        """Save whatever entry is being written."""
        return self.log.save() and self.discretion.save()

    def discard(self) -> None:
        """Forget whatever entry is being written."""
        self.log.discard()
        self.discretion.discard()
