"""A conversation tool inside a note: its purpose, its prompts, and a field for each answer it asks for.

Built from a ``Guide`` (data in ``resources/guides``). Answers come back as plain JSON values keyed by
the guide's field ids, so they are stored structured: text → str, scale → int, choice → the option's
Danish text (stable whatever the interface language), list → list of lines, network → {sector: lines}.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.guides import Guide, GuideField
from desktop.domain.notes import ANSWER_TEXT_MAX, HELPED_KEY
from desktop.views.widgets.score_field import compact
from desktop.views.widgets.text_box import text_box

PHASE_ORDER = ("before", "during", "after")


class ToolForm(QWidget):
    """Signals:
    edited(): an answer changed.
    """

    edited = Signal()

    def __init__(self, guide: Guide, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self._language = language
        self._inputs: dict[str, QWidget | dict[str, QPlainTextEdit]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        purpose = QLabel(guide.purpose.get(language))
        purpose.setObjectName("hint")
        purpose.setWordWrap(True)
        layout.addWidget(purpose)
        phase_titles = {
            "before": self.tr("Before the meeting"),
            "during": self.tr("Questions to ask"),
            "after": self.tr("After the meeting"),
        }
        for phase in PHASE_ORDER:
            prompts = guide.prompts.get(phase, ())
            if not prompts:
                continue
            title = QLabel(phase_titles[phase])
            title.setObjectName("fieldLabel")
            layout.addWidget(title)
            items = "".join(f"<li>{escape(p.get(language))}</li>" for p in prompts)
            body = QLabel(f"<ul style='margin-left:-20px'>{items}</ul>")
            body.setWordWrap(True)
            body.setObjectName("prompts")
            layout.addWidget(body)
        form = QFormLayout()
        for guide_field in guide.fields:
            form.addRow(self._row_label(guide_field), self._input_for(guide_field))
        layout.addLayout(form)

    # -- values -----------------------------------------------------------------------------------------

    def answers(self) -> dict:
        """The answers given so far (unanswered fields are left out)."""
        result: dict = {}
        for guide_field in self.guide.fields:
            value = self._read(guide_field)
            if value not in (None, "", [], {}):
                result[guide_field.id] = value
        return result

    def set_answers(self, answers: dict) -> None:
        """Show stored answers (unknown keys, e.g. from a newer guide version, are kept by the caller)."""
        for guide_field in self.guide.fields:
            self._write(guide_field, answers.get(guide_field.id))

    def set_read_only(self, read_only: bool) -> None:
        """Filed notes are shown, never changed."""
        for widget in self._all_inputs():
            if isinstance(widget, QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    def input(self, field_id: str) -> QWidget | dict[str, QPlainTextEdit]:
        """The widget for one field (a dict of sector → editor for a network map)."""
        return self._inputs[field_id]

    # -- internals --------------------------------------------------------------------------------------

    def _row_label(self, guide_field: GuideField) -> QLabel:
        text = guide_field.label.get(self._language)
        row_label = QLabel(text)
        row_label.setWordWrap(True)
        if guide_field.help:
            row_label.setToolTip(guide_field.help.get(self._language))
        return row_label

    def _input_for(self, guide_field: GuideField) -> QWidget:
        label = guide_field.label.get(self._language)
        if guide_field.kind == "scale":
            spin = compact(QSpinBox())
            spin.setRange(guide_field.minimum - 1, guide_field.maximum)
            spin.setSpecialValueText("—")
            spin.setValue(guide_field.minimum - 1)
            spin.setAccessibleName(label)
            spin.valueChanged.connect(self.edited)
            self._inputs[guide_field.id] = spin
            return spin
        if guide_field.kind == "choice":
            combo = QComboBox()
            combo.addItem("—", "")
            for option in guide_field.options:
                combo.addItem(option.get(self._language), option.da)
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self.edited)
            self._inputs[guide_field.id] = combo
            return combo
        if guide_field.kind == "network":
            box = QWidget()
            sectors_form = QFormLayout(box)
            sectors_form.setContentsMargins(0, 0, 0, 0)
            editors: dict[str, QPlainTextEdit] = {}
            for sector in guide_field.sectors:
                editor = _text_editor(sector.get(self._language), lines=2)
                editor.setPlaceholderText(self.tr("One person per line"))
                editor.textChanged.connect(self.edited)
                editors[sector.da] = editor
                sectors_form.addRow(sector.get(self._language), editor)
            self._inputs[guide_field.id] = editors
            return box
        editor = _text_editor(label, lines=3)
        if guide_field.kind == "list":
            editor.setPlaceholderText(self.tr("One item per line"))
        editor.textChanged.connect(self.edited)
        self._inputs[guide_field.id] = editor
        return editor

    def _read(self, guide_field: GuideField) -> object:
        widget = self._inputs[guide_field.id]
        if isinstance(widget, dict):
            return {sector: _lines(editor) for sector, editor in widget.items() if _lines(editor)}
        if isinstance(widget, QSpinBox):
            return None if widget.value() < guide_field.minimum else widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData() or None
        assert isinstance(widget, QPlainTextEdit)
        if guide_field.kind == "list":
            return _lines(widget)
        return widget.toPlainText()

    def _write(self, guide_field: GuideField, value: object) -> None:
        widget = self._inputs[guide_field.id]
        if isinstance(widget, dict):
            stored = value if isinstance(value, dict) else {}
            for sector, editor in widget.items():
                items = stored.get(sector, [])
                editor.setPlainText("\n".join(str(v) for v in items) if isinstance(items, list) else "")
        elif isinstance(widget, QSpinBox):
            number = value if isinstance(value, int) and not isinstance(value, bool) else None
            widget.setValue(number if number is not None else guide_field.minimum - 1)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if isinstance(value, str) else -1
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QPlainTextEdit):
            if isinstance(value, list):
                widget.setPlainText("\n".join(str(v) for v in value))
            else:
                widget.setPlainText(value if isinstance(value, str) else "")

    def _all_inputs(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for widget in self._inputs.values():
            widgets += list(widget.values()) if isinstance(widget, dict) else [widget]
        return widgets


def helped_answer(answers: dict) -> str:
    """The stored "did the tool help?" answer ("yes", "partly", "no" or "")."""
    value = answers.get(HELPED_KEY, "")
    return value if isinstance(value, str) else ""


def _text_editor(accessible_name: str, lines: int) -> QPlainTextEdit:
    # One text answer, or all the lines of a list or a network sector (each line is held to the same
    # bound by the service, and so is the number of lines).
    editor = text_box(accessible_name, max_length=ANSWER_TEXT_MAX)
    editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
    return editor


def _lines(editor: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in editor.toPlainText().splitlines() if line.strip()]
