"""The form of one meeting note: when and where, who, the agenda, the conversation tool and its answers,
the account of the meeting (referat), what the citizen said, the caseworker's assessment (vurdering),
belief in a job, the agreements (each may get a due date and become a follow-up), the summary to read
back to the citizen ("det aftalte vi") and next steps.

The editor only shows and collects values; the notes panel decides what is stored and when.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.guides import Guide
from desktop.domain.notes import HELPED_ANSWERS, HELPED_KEY, Agreement, NoteDraft, Place, note_to_values
from desktop.views.citizen.note_belief import BeliefQuestions
from desktop.views.citizen.tool_form import ToolForm, helped_answer
from desktop.views.labels import HELPED, PLACES, label
from desktop.views.widgets.date_field import OptionalDateField
from desktop.views.widgets.row_list import RowEditor, RowList
from desktop.views.widgets.tab_order import chain, focus_stops
from desktop.views.widgets.text_box import text_box
from desktop.views.widgets.text_limit import limit_fields


class AgreementRow(RowEditor):
    """One agreement: what, who, and by when (a due date makes it a follow-up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What was agreed"))
        self.text.setAccessibleName(self.tr("Agreement"))
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Who"))
        self.who.setAccessibleName(self.tr("Who"))
        self.who.setMaximumWidth(160)
        self.due = OptionalDateField(self.tr("Due"))
        self.due.setToolTip(self.tr("With a date the agreement appears on the follow-up list"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.who)
        layout.addWidget(self.due)
        limit_fields("agreement", {"text": self.text, "who": self.who})
        self.text.textChanged.connect(self.edited)
        self.who.textChanged.connect(self.edited)
        self.due.dateChanged.connect(self.edited)

    def value(self) -> Agreement:
        return Agreement(self.text.text().strip(), self.who.text().strip(), self.due.value())

    def set_value(self, value: Agreement) -> None:
        self.text.setText(value.text)
        self.who.setText(value.who)
        self.due.set_value(value.due)

    def is_blank(self) -> bool:
        return not self.text.text().strip() and not self.who.text().strip() and self.due.value() is None

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        self.who.setReadOnly(read_only)
        self.due.setReadOnly(read_only)

    def focus_first(self) -> None:
        self.text.setFocus()


class NoteEditor(QWidget):
    """Signals:
    edited(): anything changed.
    """

    edited = Signal()

    def __init__(self, guides: list[Guide], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guides = {guide.id: guide for guide in guides}
        self._language = language
        self._baseline: dict = {}
        self._loading = False
        self._extra_answers: dict = {}
        self.tool_form: ToolForm | None = None
        # Asked before a tool with answers is swapped for another; tests answer it directly.
        self.confirm_tool_change: Callable[[str], bool] = lambda _title: True

        self.held_on = OptionalDateField(self.tr("Date of the meeting"))
        self.place = QComboBox()
        for place in Place:
            self.place.addItem(label(PLACES, place.value), place.value)
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("e.g. the citizen, mentor Jonas, me"))
        self.agenda = QLineEdit()
        self.agenda.setPlaceholderText(self.tr("What the meeting is about"))
        self.tool = QComboBox()
        self.tool.addItem(self.tr("No tool"), "")
        for guide in sorted(guides, key=lambda g: g.title.get(language).lower()):
            self.tool.addItem(guide.title.get(language), guide.id)
        self.tool.setAccessibleName(self.tr("Conversation tool"))
        self.citizen_view = text_box(
            self.tr("The citizen's view"), self.tr("What the citizen said, in the citizen's own words"), 90
        )
        self.account = text_box(
            self.tr("Account of the meeting"),
            self.tr("What happened in the meeting, as it should be recorded"),
            90,
        )
        self.assessment = text_box(
            self.tr("Assessment"), self.tr("Your professional assessment: what it means for the case"), 70
        )
        self.belief = BeliefQuestions()
        self.read_back = text_box(
            self.tr("What we agreed"),
            self.tr("A few plain sentences to read back to the citizen before the meeting ends"),
            60,
        )
        self.agreements = RowList(AgreementRow, self.tr("&Add agreement"))
        self.next_steps = text_box(self.tr("Next steps"), self.tr("What happens next"), 90)
        self.tool_box = QGroupBox()
        self.tool_box_layout = QVBoxLayout(self.tool_box)
        self.helped = QComboBox()
        self.helped.addItem("—", "")
        for code in HELPED_ANSWERS:
            self.helped.addItem(label(HELPED, code), code)
        self.helped.setAccessibleName(self.tr("Did the tool help?"))
        self.evaluation = QLineEdit()
        self.evaluation.setPlaceholderText(self.tr("What worked, what did not"))
        self.evaluation.setAccessibleName(self.tr("Comment on the tool"))
        self.evaluation_question = QLabel()
        self.evaluation_question.setWordWrap(True)
        self.evaluation_box = QGroupBox(self.tr("After the meeting: did the tool help?"))
        evaluation_layout = QVBoxLayout(self.evaluation_box)
        evaluation_layout.addWidget(self.evaluation_question)
        row = QHBoxLayout()
        row.addWidget(self.helped)
        row.addWidget(self.evaluation, 1)
        evaluation_layout.addLayout(row)

        limit_fields(
            "meeting_note",
            {
                "participants": self.participants,
                "agenda": self.agenda,
                "citizen_view": self.citizen_view,
                "account": self.account,
                "assessment": self.assessment,
                "read_back": self.read_back,
                "next_steps": self.next_steps,
                "tool_evaluation": self.evaluation,
            },
        )

        top = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        when.addWidget(self.place)
        when.addStretch(1)
        when_label = QLabel(self.tr("Da&te and place"))
        when_label.setBuddy(self.held_on)
        top.addRow(when_label, when)
        top.addRow(self.tr("Participants"), self.participants)
        top.addRow(self.tr("Agenda"), self.agenda)
        top.addRow(self.tr("Con&versation tool"), self.tool)
        self.held_on.setAccessibleName(self.tr("Date of the meeting"))
        self.place.setAccessibleName(self.tr("Place"))
        self.participants.setAccessibleName(self.tr("Participants"))
        self.agenda.setAccessibleName(self.tr("Agenda"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tool_box)
        layout.addWidget(_section(self.tr("Account of the meeting"), self.account))
        layout.addWidget(self.account)
        layout.addWidget(_section(self.tr("The citizen's view")))
        layout.addWidget(self.citizen_view)
        layout.addWidget(_section(self.tr("Assessment"), self.assessment))
        layout.addWidget(self.assessment)
        layout.addWidget(self.belief)
        layout.addWidget(_section(self.tr("Agreements")))
        layout.addWidget(self.agreements)
        layout.addWidget(_section(self.tr("What we agreed (read back to the citizen)"), self.read_back))
        layout.addWidget(self.read_back)
        layout.addWidget(_section(self.tr("Next steps")))
        layout.addWidget(self.next_steps)
        layout.addWidget(self.evaluation_box)
        layout.addStretch(1)

        for line in (self.participants, self.agenda, self.evaluation):
            line.textChanged.connect(self._on_edit)
        for box in (self.account, self.citizen_view, self.assessment, self.read_back, self.next_steps):
            box.textChanged.connect(self._on_edit)
        self.belief.edited.connect(self._on_edit)
        self.held_on.dateChanged.connect(self._on_edit)
        self.place.currentIndexChanged.connect(self._on_edit)
        self.helped.currentIndexChanged.connect(self._on_edit)
        self.agreements.edited.connect(self._on_edit)
        self.tool.currentIndexChanged.connect(self._on_tool_chosen)
        self.set_note(NoteDraft(held_on=date.today()))

    # -- values -----------------------------------------------------------------------------------------

    def set_note(self, draft: NoteDraft, baseline: NoteDraft | None = None) -> None:
        """Show a note; ``baseline`` (default: the note itself) is what "unchanged" means."""
        self._loading = True
        try:
            self.held_on.set_value(draft.held_on)
            self.place.setCurrentIndex(max(self.place.findData(draft.place), 0))
            self.participants.setText(draft.participants)
            self.agenda.setText(draft.agenda)
            self.account.setPlainText(draft.account)
            self.citizen_view.setPlainText(draft.citizen_view)
            self.assessment.setPlainText(draft.assessment)
            self.read_back.setPlainText(draft.read_back)
            self.belief.set_values(draft.belief_citizen, draft.belief_caseworker)
            self.agreements.set_values(list(draft.agreements))
            if not draft.agreements:
                self.agreements.add_row(announce=False)
            self.next_steps.setPlainText(draft.next_steps)
            known_tool = draft.tool if draft.tool in self._guides else ""
            self.tool.setCurrentIndex(max(self.tool.findData(known_tool), 0))
            self._show_tool(known_tool)
            guide_ids = {f.id for f in self.tool_form.guide.fields} if self.tool_form else set()
            self._extra_answers = {
                k: v for k, v in draft.tool_answers.items() if k not in guide_ids and k != HELPED_KEY
            }
            if self.tool_form:
                self.tool_form.set_answers(draft.tool_answers)
            self.helped.setCurrentIndex(max(self.helped.findData(helped_answer(draft.tool_answers)), 0))
            self.evaluation.setText(draft.tool_evaluation)
        finally:
            self._loading = False
        self.order_tabs()
        self._baseline = note_to_values(baseline or self.draft())

    def mark_unchanged(self) -> None:
        """What is shown now is what "unchanged" means (the note as typed was just stored as it is:
        building the editor again, its agreement rows anew, was a fifth of a save)."""
        self._baseline = note_to_values(self.draft())

    def draft(self) -> NoteDraft:
        """The note as typed (blank agreement rows left out)."""
        answers = dict(self._extra_answers)
        if self.tool_form:
            answers.update(self.tool_form.answers())
        if self.helped.currentData():
            answers[HELPED_KEY] = self.helped.currentData()
        belief_citizen, belief_caseworker = self.belief.values()
        return NoteDraft(
            held_on=self.held_on.value() or date.today(),
            place=self.place.currentData(),
            participants=self.participants.text().strip(),
            agenda=self.agenda.text().strip(),
            citizen_view=self.citizen_view.toPlainText(),
            agreements=self.agreements.values(),
            next_steps=self.next_steps.toPlainText(),
            tool=self.tool.currentData() or "",
            tool_answers=answers,
            tool_evaluation=self.evaluation.text().strip(),
            account=self.account.toPlainText(),
            assessment=self.assessment.toPlainText(),
            read_back=self.read_back.toPlainText(),
            belief_citizen=belief_citizen,
            belief_caseworker=belief_caseworker,
        )

    def is_dirty(self) -> bool:
        """Whether the note differs from what it was when shown."""
        return note_to_values(self.draft()) != self._baseline

    def set_read_only(self, read_only: bool) -> None:
        """A filed note is shown, never changed."""
        for line in (self.participants, self.agenda, self.evaluation):
            line.setReadOnly(read_only)
        for box in (self.account, self.citizen_view, self.assessment, self.read_back, self.next_steps):
            box.setReadOnly(read_only)
        self.belief.set_read_only(read_only)
        self.held_on.setReadOnly(read_only)
        for combo in (self.place, self.tool, self.helped):
            combo.setEnabled(not read_only)
        self.agreements.set_read_only(read_only)
        if self.tool_form:
            self.tool_form.set_read_only(read_only)

    # -- internals --------------------------------------------------------------------------------------

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_tool_chosen(self, _index: int) -> None:
        if self._loading:
            return
        chosen = self.tool.currentData() or ""
        form = self.tool_form
        switching = form is not None and form.guide.id != chosen and bool(form.answers())
        if switching and form and not self.confirm_tool_change(form.guide.title.get(self._language)):
            self._loading = True
            self.tool.setCurrentIndex(max(self.tool.findData(form.guide.id), 0))
            self._loading = False
            return
        self._show_tool(chosen)
        self.edited.emit()

    def _show_tool(self, guide_id: str) -> None:
        if self.tool_form is not None:
            if self.tool_form.guide.id == guide_id:
                return
            self.tool_form.setParent(None)
            self.tool_form.deleteLater()
            self.tool_form = None
        guide = self._guides.get(guide_id)
        self.tool_box.setVisible(guide is not None)
        self.evaluation_box.setVisible(guide is not None)
        if guide is None:
            return
        self.tool_box.setTitle(guide.title.get(self._language))
        self.tool_form = ToolForm(guide, self._language)
        self.tool_form.edited.connect(self._on_edit)
        self.tool_box_layout.addWidget(self.tool_form)
        question = guide.evaluation.get(self._language) if guide.evaluation else ""
        self.evaluation_question.setText(question)
        self.evaluation_question.setVisible(bool(question))
        self.order_tabs()

    def order_tabs(self) -> None:
        """Tab through the note as it reads, top to bottom: the tool's answers (built when a tool is
        chosen) and the rows of agreements go where they show, not after everything else."""
        chain(
            self.held_on,
            self.place,
            self.participants,
            self.agenda,
            self.tool,
            focus_stops(self.tool_form) if self.tool_form is not None else [],
            self.account,
            self.citizen_view,
            self.assessment,
            self.belief.citizen,
            self.belief.caseworker,
            self.agreements.focus_stops(),
            self.read_back,
            self.next_steps,
            self.helped,
            self.evaluation,
        )


def _section(text: str, buddy: QWidget | None = None) -> QLabel:
    title = QLabel(text)
    title.setObjectName("fieldLabel")
    if buddy is not None:
        title.setBuddy(buddy)
    return title
