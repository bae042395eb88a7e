"""Records of concrete discretion (det bedste skøn) about one citizen: written once, never changed.

A record may concern a meeting (picked from the citizen's notes), and can be copied as plain text for
the official record ("Copy as text"), like a meeting note.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QWidget,
)

from desktop.domain.reflection import DiscretionDraft
from desktop.services.notes import NoteService
from desktop.services.reflections import ReflectionService
from desktop.views.citizen.log_layout import EntryLog, moment
from desktop.views.labels import FIELDS, label
from desktop.views.widgets.buttons import push_button
from desktop.views.widgets.tab_order import chain
from desktop.views.widgets.text_box import text_box
from desktop.views.widgets.text_limit import limit_fields

DISCRETION_PARTS = ("facts", "considerations", "guidelines_in_conflict", "decision")


class DiscretionLog(EntryLog):
    """Records of concrete discretion: facts, considerations, guidelines in conflict, decision, consulted.

    Signals:
        changed(): a record was written.
        message(str, str): a text for the page's banner and its kind.
    """

    def __init__(
        self,
        reflections: ReflectionService,
        notes: NoteService,
        copy_to_clipboard: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(reflections, notes, copy_to_clipboard, parent)
        self.boxes = {key: text_box(label(FIELDS, key), min_height=56) for key in DISCRETION_PARTS}
        self.consulted = QLineEdit()
        limit_fields("discretion_record", {**self.boxes, "consulted": self.consulted})
        self.consulted.setPlaceholderText(self.tr("e.g. team leader, legal adviser, the citizen's GP"))
        self.consulted.setAccessibleName(self.tr("Who was consulted"))
        self.note = QComboBox()
        self.note.setAccessibleName(self.tr("Meeting the record concerns"))
        self.save_button = push_button(self.tr("Save recor&d"), self.save)
        hints = {
            "facts": self.tr("What is known in this case"),
            "considerations": self.tr("What speaks for and against"),
            "guidelines_in_conflict": self.tr(
                "Which rules, guidelines or expectations pull in different directions"
            ),
            "decision": self.tr("What you decided, and why it is the best judgement here"),
        }
        form = QFormLayout()
        form.addRow(self.tr("Meeting"), self.note)
        for key, box in self.boxes.items():
            box.setPlaceholderText(hints[key])
            form.addRow(label(FIELDS, key), box)
        form.addRow(self.tr("Consulted"), self.consulted)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Earlier records"))
        self.list.setWordWrap(True)  # a long decision wraps instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_selected)
        self.history = QTextBrowser()
        self.history.setAccessibleName(self.tr("Discretion record"))
        self.copy_button = push_button(self.tr("Copy as te&xt"), self.copy_text)
        self.copy_button.setToolTip(
            self.tr("Copy the record as text for the case system. The clipboard is cleared after 30 seconds")
        )
        self._lay_out([form], self.save_button, self.tr("Earlier records"), self.history, [self.copy_button])
        chain(
            self.note,
            list(self.boxes.values()),
            self.consulted,
            self.save_button,
            self.list,
            self.copy_button,
        )

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
        self.note.setCurrentIndex(0)

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
        part = {key: box.toPlainText().strip() for key, box in self.boxes.items()}
        draft = DiscretionDraft(
            facts=part["facts"],
            considerations=part["considerations"],
            guidelines_in_conflict=part["guidelines_in_conflict"],
            decision=part["decision"],
            consulted=self.consulted.text().strip(),
            note_id=self.note.currentData(),
        )
        citizen_id = self._citizen_id
        return self._append(
            lambda: self._reflections.add_discretion(citizen_id, draft),
            self.tr("The record was not saved:"),
            self.tr("The record was saved."),
        )

    def copy_text(self) -> None:
        """Put the chosen record on the clipboard as plain text for the case system."""
        self._copy_chosen(
            self._reflections.discretion_text,
            self.tr("The record was copied as text. Paste it into the case system."),
        )

    def _reload(self) -> None:
        self.list.clear()
        self.history.clear()
        if self._file is not None:
            records = list(self._file.discretion)
        else:
            records = self._reflections.discretion_records(self._citizen_id) if self._citizen_id else []
        for record_id, record, created_at in records:
            first_line = record.decision.strip().splitlines()[0] if record.decision.strip() else ""
            item = QListWidgetItem(f"{moment(created_at)} · {first_line[:60]}")
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, record)
            self.list.addItem(item)
        if not records:
            self.history.setPlainText(self.tr("No records yet."))
        self.copy_button.setEnabled(False)

    def _on_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.copy_button.setEnabled(current is not None)
        if current is None:
            self.history.clear()
            return
        record: DiscretionDraft = current.data(Qt.ItemDataRole.UserRole + 1)
        parts = self._concerns(record.note_id, self.tr("Meeting: %1"))
        parts += [
            f"<p><b>{escape(label(FIELDS, key))}:</b> {escape(getattr(record, key))}</p>"
            for key in DISCRETION_PARTS
        ]
        if record.consulted:
            parts.append(f"<p><b>{escape(self.tr('Consulted'))}:</b> {escape(record.consulted)}</p>")
        self.history.setHtml("".join(parts))
