"""All editable fields of a citizen's profile, with inline validation and change tracking."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.citizen import (
    FUNCTION_FIELDS,
    HEALTH_FIELDS,
    OWN_WORDS,
    CitizenDraft,
    MeetingForm,
    Programme,
    ValidationResult,
    validate_citizen,
)
from desktop.domain.validation import FieldProblem
from desktop.views.labels import FIELDS, MEETING_FORMS, PROGRAMMES, REFLECTION_SECTIONS, label
from desktop.views.widgets.date_field import OptionalDateField
from desktop.views.widgets.error_line import error_line, show_error, with_error_line
from desktop.views.widgets.field_errors import problem_text
from desktop.views.widgets.text_box import text_box
from desktop.views.widgets.text_limit import limit_fields


def describe_problems(problems: list[FieldProblem]) -> str:
    """Every problem as one line each: "Field: what to do". A part of a field (``agreements[2].who``,
    ``tool_answers.what_helped``) is named by the field; a reflection's section by its heading."""
    lines = []
    for problem in problems:
        base, _dot, part = problem.field.split("[")[0].partition(".")
        name = label(REFLECTION_SECTIONS, part) if base == "sections" and part else label(FIELDS, base)
        lines.append(f"{name}: {problem_text(problem.code, problem.limit)}")
    return "\n".join(dict.fromkeys(lines))


class ProfileForm(QWidget):
    """Builds the field widgets; the citizen page places them on its tabs.

    Signals:
        edited(): any field changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._baseline = CitizenDraft()
        self._loading = False
        self.name = QLineEdit()
        self.cpr = QLineEdit()
        self.cpr.setPlaceholderText(self.tr("DDMMYY-XXXX"))  # day, month, year: ÅÅ in Danish
        self.cpr.setMaxLength(20)
        self.programme = QComboBox()
        for code in Programme:
            self.programme.addItem(label(PROGRAMMES, code.value), code.value)
        self.meeting_form = QComboBox()
        for form in MeetingForm:
            self.meeting_form.addItem(label(MEETING_FORMS, form.value), form.value)
        self.next_follow_up = OptionalDateField(label(FIELDS, "next_follow_up"))
        self.responsible = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.texts: dict[str, QPlainTextEdit] = {}
        hints = {
            "own_situation": self.tr("How the citizen describes their situation, in their own words"),
            "own_problems": self.tr("What the citizen finds difficult"),
            "own_wishes": self.tr("What the citizen wishes for: work, education, everyday life"),
            "own_strategies": self.tr("What the citizen already does that helps"),
            "limitations": self.tr("What the citizen cannot do, or only with support"),
            "resources": self.tr("Strengths, experience, network"),
            "accommodations": self.tr("Fewer hours, breaks, a quiet workplace…"),
            "labour_market_perspective": self.tr("Which trade or function, and on what terms"),
            "diagnoses": self.tr("Only what the work needs; a diagnosis says little on its own"),
        }
        for key in (*OWN_WORDS, *FUNCTION_FIELDS, *HEALTH_FIELDS):
            self.texts[key] = text_box(label(FIELDS, key), hints[key])
        limit_fields(
            "citizen",
            {
                "name": self.name,
                "responsible_caseworker": self.responsible,
                "phone": self.phone,
                "email": self.email,
                "address": self.address,
                **self.texts,
            },
        )
        self.errors = {key: error_line() for key in ("name", "cpr", "email", "phone", "address", *self.texts)}
        for widget, key in (
            (self.name, "name"),
            (self.cpr, "cpr"),
            (self.responsible, "responsible_caseworker"),
            (self.phone, "phone"),
            (self.email, "email"),
            (self.address, "address"),
        ):
            widget.setAccessibleName(label(FIELDS, key))
            widget.textChanged.connect(self._on_edit)
        self.programme.setAccessibleName(label(FIELDS, "programme"))
        self.meeting_form.setAccessibleName(label(FIELDS, "preferred_meeting_form"))
        self.programme.currentIndexChanged.connect(self._on_edit)
        self.meeting_form.currentIndexChanged.connect(self._on_edit)
        self.next_follow_up.dateChanged.connect(self._on_edit)
        for box in self.texts.values():
            box.textChanged.connect(self._on_edit)

    # -- layout helpers for the page ---------------------------------------------------------------

    def overview_layout(self) -> QFormLayout:
        """Name, CPR, programme, dates, contact details."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, widget in (("name", self.name), ("cpr", self.cpr)):
            form.addRow(self._aligned_label(key, widget), self._with_error(widget, key))
        form.addRow(self._label("programme", self.programme), self.programme)
        form.addRow(self._label("next_follow_up", self.next_follow_up), self.next_follow_up)
        form.addRow(self._label("preferred_meeting_form", self.meeting_form), self.meeting_form)
        form.addRow(self._label("responsible_caseworker", self.responsible), self.responsible)
        for key, widget in (("phone", self.phone), ("email", self.email), ("address", self.address)):
            form.addRow(self._aligned_label(key, widget), self._with_error(widget, key))
        return form

    def text_section(self, keys: tuple[str, ...]) -> QWidget:
        """A column of labelled text boxes."""
        section = QWidget()
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        for key in keys:
            heading = self._label(key, self.texts[key])
            heading.setObjectName("fieldLabel")
            layout.addWidget(heading)
            layout.addWidget(self.texts[key], 1)
            layout.addWidget(self.errors[key])
        return section

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        text = QLabel(label(FIELDS, key))
        text.setBuddy(buddy)
        return text

    def _aligned_label(self, key: str, buddy: QWidget) -> QLabel:
        # A field with an error line under it is a taller row: keep the label level with the field.
        text = self._label(key, buddy)
        text.setContentsMargins(0, 3, 0, 0)
        return text

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        return with_error_line(widget, self.errors[key])

    # -- values ------------------------------------------------------------------------------------

    def set_draft(self, draft: CitizenDraft, cpr_text: str, baseline: CitizenDraft | None = None) -> None:
        """Fill every field; ``cpr_text`` is what the CPR field shows (masked unless revealed)."""
        self._loading = True
        try:
            self.name.setText(draft.name)
            self.cpr.setText(cpr_text)
            self.programme.setCurrentIndex(max(0, self.programme.findData(draft.programme)))
            self.meeting_form.setCurrentIndex(
                max(0, self.meeting_form.findData(draft.preferred_meeting_form))
            )
            self.next_follow_up.set_value(draft.next_follow_up)
            self.responsible.setText(draft.responsible_caseworker)
            self.phone.setText(draft.phone)
            self.email.setText(draft.email)
            self.address.setText(draft.address)
            for key, box in self.texts.items():
                box.setPlainText(getattr(draft, key))
        finally:
            self._loading = False
        self._baseline = baseline or draft
        self.show_problems(ValidationResult())

    def show_cpr(self, text: str, editable: bool) -> None:
        """Replace what the CPR field shows (masked or revealed) without counting it as an edit."""
        self._loading = True
        try:
            self.cpr.setText(text)
        finally:
            self._loading = False
        self.cpr.setReadOnly(not editable)

    def draft(self, stored_cpr: str | None = None) -> CitizenDraft:
        """The values as typed; a masked CPR field stands for ``stored_cpr`` (it was not edited)."""
        cpr = self.cpr.text().strip()
        if stored_cpr is not None and cpr.endswith("XXXX"):
            cpr = stored_cpr
        values = {
            "name": self.name.text(),
            "cpr": cpr,
            "programme": self.programme.currentData(),
            "preferred_meeting_form": self.meeting_form.currentData(),
            "next_follow_up": self.next_follow_up.value(),
            "responsible_caseworker": self.responsible.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "address": self.address.text(),
        }
        values |= {key: box.toPlainText() for key, box in self.texts.items()}
        return CitizenDraft(**values)

    def baseline(self) -> CitizenDraft:
        """The values as last loaded or saved."""
        return self._baseline

    def is_dirty(self, stored_cpr: str | None = None) -> bool:
        """Whether anything differs from the baseline."""
        current = self.draft(stored_cpr)
        return any(getattr(current, f.name) != getattr(self._baseline, f.name) for f in fields(CitizenDraft))

    def show_problems(self, result: ValidationResult) -> None:
        """Show each problem under its field; clear the rest."""
        for key, line in self.errors.items():
            problem = result.for_field(key)
            show_error(line, problem_text(problem.code, problem.limit) if problem else "")
        first = result.problems[0].field if result.problems else None
        widget = {"name": self.name, "cpr": self.cpr, "email": self.email}.get(first or "")
        if widget is not None:
            widget.setFocus()
        elif first in self.texts:
            self.texts[first].setFocus()

    def problems_shown(self) -> dict[str, str]:
        """The error lines on show, by field."""
        return {key: line.text() for key, line in self.errors.items() if not line.isHidden()}

    def _recheck(self) -> None:
        """An error on show goes as soon as its field is valid (and says what is wrong now while it is
        not); typing never brings up a new one, that waits for saving."""
        shown = self.problems_shown()
        if not shown:
            return
        result = validate_citizen(self.draft())
        for key in shown:
            problem = result.for_field(key)
            show_error(self.errors[key], problem_text(problem.code, problem.limit) if problem else "")

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self._recheck()
            self.edited.emit()
