"""Above a meeting note: its state in words, and the buttons for what can be done with it in that state."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.notes import FilingStatus
from desktop.views.formatting import format_date, format_time
from desktop.views.labels import FILING_STATUSES, label

COPY_TEXT_KEYS = "Ctrl+Shift+T"
PEER_REFLECTION_KEYS = "Ctrl+Shift+R"

Handler = Callable[[], object]


class NoteActions(QWidget):
    """The note's state ("Draft · changes not saved yet", "Filed … cannot be changed"), and undo, save,
    ready to file, copy as text, file, write a correction, peer reflection: the panel gives each button
    its handler and says after every change which state the note is in."""

    def __init__(
        self,
        save: Handler,
        undo: Handler,
        ready: Handler,
        file: Handler,
        copy: Handler,
        correct: Handler,
        reflect: Handler,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._copy, self._reflect = copy, reflect
        native = QKeySequence.SequenceFormat.NativeText
        self.save_button = _button(self.tr("&Save draft"), save, self.tr("Save (Ctrl+S)"))
        self.undo_button = _button(self.tr("&Undo changes"), undo)
        self.ready_button = _button(
            self.tr("Rea&dy to file"), ready, self.tr("The note is finished and waits to be filed")
        )
        self.file_button = _button(
            self.tr("F&ile…"), file, self.tr("Mark the note as filed in the case system")
        )
        self.copy_button = _button(
            self.tr("Copy as te&xt"),
            copy,
            self.tr(
                "Copy the note as text for the case system (%1). The clipboard is cleared after 30 seconds"
            ).replace("%1", QKeySequence(COPY_TEXT_KEYS).toString(native)),
        )
        self.reflect_button = _button(
            self.tr("Peer reflection…"),
            reflect,
            self.tr(
                "Start a reflection with an excerpt of this note, without the citizen's name and CPR number (%1)"
            ).replace("%1", QKeySequence(PEER_REFLECTION_KEYS).toString(native)),
        )
        self.correct_button = _button(
            self.tr("Write corr&ection"), correct, self.tr("A filed note is corrected by a new note")
        )
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")
        self.state_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.state_label)
        row = QHBoxLayout()
        column.addLayout(row)
        for button in (
            self.undo_button,
            self.save_button,
            self.ready_button,
            self.copy_button,
            self.file_button,
            self.correct_button,
            self.reflect_button,
        ):
            row.addWidget(button)
        row.addStretch(1)

    def add_keys(self, owner: QWidget) -> None:
        """Copy as text and peer reflection by key, anywhere in ``owner`` (the note being written too)."""
        for keys, button in ((COPY_TEXT_KEYS, self.copy_button), (PEER_REFLECTION_KEYS, self.reflect_button)):
            QShortcut(
                QKeySequence(keys), owner, button.click, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )

    def show_state(
        self,
        status: FilingStatus,
        saved: bool,
        corrects: bool,
        filed_at: str | None,
        dirty: bool,
        has_text: bool,
    ) -> None:
        """``saved``: the note is stored (not a new note or correction being written); ``corrects``: it
        corrects a filed note; ``has_text``: there is a note to copy or reflect on."""
        filed = status is FilingStatus.FILED
        self.save_button.setVisible(not filed)
        self.save_button.setEnabled(dirty or (corrects and not saved))
        self.undo_button.setVisible(not filed)
        self.undo_button.setEnabled(dirty)
        self.ready_button.setVisible(status is FilingStatus.DRAFT)
        self.file_button.setVisible(not filed)
        self.correct_button.setVisible(filed)
        self.copy_button.setEnabled(has_text)
        self.reflect_button.setEnabled(has_text)
        if not saved:
            state = self.tr("Correction, not saved yet") if corrects else self.tr("New note, not saved yet")
        elif filed:
            moment = datetime.fromisoformat(filed_at).astimezone() if filed_at else None
            state = self.tr("Filed %1 at %2. A filed note cannot be changed.")
            state = state.replace("%1", format_date(moment)).replace(
                "%2", format_time(moment) if moment else ""
            )
        else:
            state = label(FILING_STATUSES, status.value)
            if dirty:
                state += " · " + self.tr("changes not saved yet")
        self.state_label.setText(state)


def _button(text: str, slot: Handler, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button
