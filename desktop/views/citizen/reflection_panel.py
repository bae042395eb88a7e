"""The caseworker's own reflection log and records of discretion (det bedste skøn) about one citizen.

Both are append-only: the form at the top writes a new entry; earlier entries are listed below and
shown read-only. "Prepare for peer reflection" shows the pseudonymised excerpt (names and CPR numbers
removed) before anything leaves the vault; only copying it from there lets it out, and that is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reflection import MODELS, DiscretionDraft, Phase, ReflectionDraft
from desktop.domain.reflection import TEXT_MAX as REFLECTION_TEXT_MAX
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.notes import NoteService
from desktop.services.reflections import ReflectionService
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.dialogs.common import Dialog
from desktop.views.formatting import format_date, format_time
from desktop.views.i18n import translate_error
from desktop.views.labels import FIELDS, PHASES, REFLECTION_MODELS, REFLECTION_SECTIONS, label
from desktop.views.widgets.form_scroll import scrolled
from desktop.views.widgets.tab_order import chain
from desktop.views.widgets.text_box import text_box
from desktop.views.widgets.text_limit import limit_fields


def _moment(created_at: str) -> str:
    moment = datetime.fromisoformat(created_at).astimezone()
    return f"{format_date(moment)} {format_time(moment)}"


def _form_over_history(form: QWidget, history_title: str, history: QWidget) -> QSplitter:
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


class ReflectionLog(QWidget):
    """Signals:
    changed(): an entry was written or an excerpt shared.
    message(str, str): a text for the page's banner and its kind.
    """

    changed = Signal()
    message = Signal(str, str)

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
        self._sections: dict[str, QPlainTextEdit] = {}
        # Shows the excerpt and returns the text to copy, or None; tests answer it directly.
        self.review_excerpt: Callable[[str], str | None] = self._excerpt_dialog
        # The page passes the clipboard that hides the copy from clipboard history and clears it later.
        self.copy_to_clipboard = copy_to_clipboard

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
        self.save_button = QPushButton(self.tr("Save reflectio&n"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
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
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(head)
        form_layout.addLayout(self.sections_form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form_layout.addLayout(save_row)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Earlier reflections"))
        self.list.currentItemChanged.connect(self._on_selected)
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Reflection"))
        self.share_button = QPushButton(self.tr("Prepare for p&eer reflection…"))
        self.share_button.setToolTip(
            self.tr("Shows an excerpt without names and CPR numbers before it is shared")
        )
        self.share_button.setAutoDefault(False)
        self.share_button.clicked.connect(self.prepare_excerpt)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addWidget(self.reader, 1)
        reading_layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignRight)
        lower = QSplitter()
        lower.addWidget(self.list)
        lower.addWidget(reading)
        lower.setSizes([260, 600])

        layout = QVBoxLayout(self)
        layout.addWidget(_form_over_history(form_box, self.tr("Earlier reflections"), lower))
        self.model.currentIndexChanged.connect(self._build_sections)
        self._build_sections()

    def set_citizen(self, citizen_id: str | None) -> None:
        """Show a citizen's reflections and offer their notes to link to (typing is kept for the same citizen)."""
        if citizen_id != self._citizen_id:
            for box in self._sections.values():
                box.clear()
        self._citizen_id = citizen_id
        linked = self.note.currentData()
        self.note.clear()
        self.note.addItem(self.tr("(no meeting)"), None)
        if citizen_id:
            for note_id, held_on, agenda, _status, _corrects in self._notes.list_for(citizen_id):
                self.note.addItem(f"{format_date(held_on)} {agenda}", note_id)
        self.note.setCurrentIndex(max(self.note.findData(linked), 0))
        self._reload()

    def is_dirty(self) -> bool:
        """Whether a reflection is being written."""
        return any(box.toPlainText().strip() for box in self._sections.values())

    def discard(self) -> None:
        """Forget the reflection being written."""
        for box in self._sections.values():
            box.clear()

    def link_note(self, note_id: str) -> None:
        """Pre-select a meeting note to reflect on."""
        self.note.setCurrentIndex(max(self.note.findData(note_id), 0))

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
        try:
            self._reflections.add_reflection(self._citizen_id, draft)
        except InvalidInput as exc:
            problems = describe_problems(list(exc.problems))
            self.message.emit(self.tr("The reflection was not saved:") + "\n" + problems, "error")
            return False
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return False
        for box in self._sections.values():
            box.clear()
        self._reload()
        self.list.setCurrentRow(0)
        self.message.emit(self.tr("The reflection was saved."), "ok")
        self.changed.emit()
        return True

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
        chain(self.phase, self.model, self.note, list(self._sections.values()), self.save_button, self.list)

    def _reload(self) -> None:
        self.list.clear()
        self.reader.clear()
        entries = self._reflections.reflections(self._citizen_id) if self._citizen_id else []
        for entry in entries:
            text = f"{_moment(entry.created_at)} · {label(PHASES, entry.draft.phase)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, entry.draft)
            self.list.addItem(item)
        self.share_button.setEnabled(False)

    def _on_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.share_button.setEnabled(current is not None)
        if current is None:
            self.reader.clear()
            return
        draft: ReflectionDraft = current.data(Qt.ItemDataRole.UserRole + 1)
        parts = [f"<p><i>{escape(label(REFLECTION_MODELS, draft.model))}</i></p>"]
        for key in MODELS.get(draft.model, ()):
            value = draft.sections.get(key, "").strip()
            if value:
                body = escape(value).replace("\n", "<br>")
                parts.append(f"<h4>{escape(label(REFLECTION_SECTIONS, key))}</h4><p>{body}</p>")
        self.reader.setHtml("".join(parts))

    def _excerpt_dialog(self, text: str) -> str | None:
        dialog = ExcerptDialog(text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText()


DISCRETION_PARTS = ("facts", "considerations", "guidelines_in_conflict", "decision")


class DiscretionLog(QWidget):
    """Records of concrete discretion: facts, considerations, guidelines in conflict, decision, consulted.

    Signals:
        changed(): a record was written.
        message(str, str): a text for the page's banner and its kind.
    """

    changed = Signal()
    message = Signal(str, str)

    def __init__(self, reflections: ReflectionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reflections = reflections
        self._citizen_id: str | None = None
        self.boxes = {key: text_box(label(FIELDS, key), min_height=56) for key in DISCRETION_PARTS}
        self.consulted = QLineEdit()
        limit_fields("discretion_record", {**self.boxes, "consulted": self.consulted})
        self.consulted.setPlaceholderText(self.tr("e.g. team leader, legal adviser, the citizen's GP"))
        self.consulted.setAccessibleName(self.tr("Who was consulted"))
        self.save_button = QPushButton(self.tr("Save recor&d"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        hints = {
            "facts": self.tr("What is known in this case"),
            "considerations": self.tr("What speaks for and against"),
            "guidelines_in_conflict": self.tr(
                "Which rules, guidelines or expectations pull in different directions"
            ),
            "decision": self.tr("What you decided, and why it is the best judgement here"),
        }
        form = QFormLayout()
        for key, box in self.boxes.items():
            box.setPlaceholderText(hints[key])
            form.addRow(label(FIELDS, key), box)
        form.addRow(self.tr("Consulted"), self.consulted)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        self.history = QTextBrowser()
        self.history.setAccessibleName(self.tr("Earlier records"))
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(form)
        form_layout.addLayout(save_row)
        layout = QVBoxLayout(self)
        layout.addWidget(_form_over_history(form_box, self.tr("Earlier records"), self.history))

    def set_citizen(self, citizen_id: str | None) -> None:
        """Show a citizen's records."""
        self._citizen_id = citizen_id
        for box in self.boxes.values():
            box.clear()
        self.consulted.clear()
        self._reload()

    def is_dirty(self) -> bool:
        """Whether a record is being written."""
        return any(box.toPlainText().strip() for box in self.boxes.values()) or bool(
            self.consulted.text().strip()
        )

    def discard(self) -> None:
        """Forget the record being written."""
        for box in self.boxes.values():
            box.clear()
        self.consulted.clear()

    def save(self) -> bool:
        """Append the record; every part but "consulted" is needed."""
        if self._citizen_id is None or not self.is_dirty():
            return True
        missing = [key for key, box in self.boxes.items() if not box.toPlainText().strip()]
        if missing:
            names = ", ".join(label(FIELDS, key) for key in missing)
            self.message.emit(self.tr("The record was not saved. Fill in: %1").replace("%1", names), "error")
            self.boxes[missing[0]].setFocus()
            return False
        draft = DiscretionDraft(
            *(self.boxes[key].toPlainText().strip() for key in DISCRETION_PARTS),
            consulted=self.consulted.text().strip(),
        )
        try:
            self._reflections.add_discretion(self._citizen_id, draft)
        except InvalidInput as exc:
            problems = describe_problems(list(exc.problems))
            self.message.emit(self.tr("The record was not saved:") + "\n" + problems, "error")
            return False
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return False
        self.set_citizen(self._citizen_id)
        self.message.emit(self.tr("The record was saved."), "ok")
        self.changed.emit()
        return True

    def _reload(self) -> None:
        records = self._reflections.discretion_records(self._citizen_id) if self._citizen_id else []
        parts = []
        for _id, record, created_at in records:
            rows = "".join(
                f"<p><b>{escape(label(FIELDS, key))}:</b> {escape(getattr(record, key))}</p>"
                for key in DISCRETION_PARTS
            )
            consulted = (
                f"<p><b>{escape(self.tr('Consulted'))}:</b> {escape(record.consulted)}</p>"
                if record.consulted
                else ""
            )
            parts.append(f"<h4>{_moment(created_at)}</h4>{rows}{consulted}<hr>")
        self.history.setHtml("".join(parts) or escape(self.tr("No records yet.")))


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
        self.log = ReflectionLog(reflections, notes, copy_to_clipboard)
        self.discretion = DiscretionLog(reflections)
        self.addTab(self.log, self.tr("Reflection log"))
        self.addTab(self.discretion, self.tr("Discretion (best judgement)"))
        self.setDocumentMode(True)

    def set_citizen(self, citizen_id: str | None) -> None:
        """Show a citizen's entries."""
        self.log.set_citizen(citizen_id)
        self.discretion.set_citizen(citizen_id)

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
