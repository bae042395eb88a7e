"""Network meetings: the citizen, the caseworker and some of the citizen's actors
around one table. Written here: the date, who took part (picked from the citizen's actors), what was
discussed, and the decisions as "who does what by when"; each decision becomes a follow-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.network_meeting import DecisionDraft, NetworkMeetingDraft
from desktop.domain.validation import FieldProblem
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.coordination import CoordinationService
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.formatting import format_date
from desktop.views.i18n import translate_error
from desktop.views.widgets.buttons import push_button, right_aligned
from desktop.views.widgets.caption import caption
from desktop.views.widgets.date_field import OptionalDateField
from desktop.views.widgets.field_errors import FieldErrors
from desktop.views.widgets.row_list import RowEditor, RowList
from desktop.views.widgets.text_box import text_box
from desktop.views.widgets.text_limit import limit_fields

CITIZEN, CASEWORKER = "citizen", "caseworker"  # the two attendees who are not actors


class DecisionRow(RowEditor):
    """One decision: what, who does it (one of those present, or typed), and by when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("e.g. ask the GP for a statement on working hours"))
        self.what.setAccessibleName(self.tr("Decision: what"))
        self.who = QComboBox()
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who.setAccessibleName(self.tr("Decision: who"))
        who_line = self.who.lineEdit()
        assert who_line is not None  # an editable combo box has its line edit
        who_line.setPlaceholderText(self.tr("Who does it"))
        self.due_on = OptionalDateField(self.tr("Decision: by when"))
        limit_fields("network_decision", {"what": self.what, "who": who_line})
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who.setMinimumContentsLength(10)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setVerticalSpacing(2)
        # What on a line of its own (it is the longest); who and by when under it, captions above each.
        for text, widget, row, column, span in (
            (self.tr("What"), self.what, 0, 0, 2),
            (self.tr("Who"), self.who, 2, 0, 1),
            (self.tr("By when"), self.due_on, 2, 1, 1),
        ):
            field_label = QLabel(text)
            field_label.setObjectName("hint")
            field_label.setBuddy(widget)
            grid.addWidget(field_label, row, column, 1, span)
            grid.addWidget(widget, row + 1, column, 1, span)
        grid.setColumnStretch(0, 1)
        self.what.textChanged.connect(self.edited)
        self.who.currentTextChanged.connect(self.edited)
        self.due_on.dateChanged.connect(self.edited)

    def set_people(self, names: list[str]) -> None:
        """Who may be picked (typing someone else stays possible); what was typed is kept."""
        typed = self.who.currentText()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItems(names)
        self.who.setEditText(typed)
        self.who.blockSignals(False)

    def value(self) -> DecisionDraft:
        return DecisionDraft(self.what.text().strip(), self.who.currentText().strip(), self.due_on.value())

    def set_value(self, value: DecisionDraft) -> None:
        self.what.setText(value.what)
        self.who.setEditText(value.who)
        self.due_on.set_value(value.due_on)

    def is_blank(self) -> bool:
        return not self.what.text().strip() and not self.who.currentText().strip()

    def set_read_only(self, read_only: bool) -> None:
        self.what.setReadOnly(read_only)
        for widget in (self.who, self.due_on):
            widget.setEnabled(not read_only)

    def focus_first(self) -> None:
        self.what.setFocus()


class NetworkMeetingPanel(QWidget):
    """Earlier network meetings, and the form of a new one.

    Signals:
    changed(): a meeting was stored.
    message(str, str): a text for the page's banner and its kind.
    """

    changed = Signal()
    message = Signal(str, str)

    def __init__(
        self,
        coordination: CoordinationService,
        caseworker: str,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = coordination
        self._caseworker = caseworker
        self._today = today
        self._citizen_id: str | None = None
        self._citizen_name = ""
        self._actor_names: dict[str, str] = {}
        self._count = 0

        self.history = QTextBrowser()
        self.history.setAccessibleName(self.tr("Earlier network meetings"))
        self.history.setMinimumHeight(110)
        self.history.setMaximumHeight(150)
        self.held_on = OptionalDateField(self.tr("Date of the meeting"))
        self.attendees = QListWidget()
        self.attendees.setAccessibleName(self.tr("Who took part"))
        self.attendees.setMaximumHeight(120)
        self.attendees.itemChanged.connect(self._on_attendees)
        self.discussed = text_box(self.tr("What was discussed"), self.tr("What you talked about"), 56)
        self.discussed.setMaximumHeight(110)
        limit_fields("network_meeting", {"discussed": self.discussed})
        self.decisions = RowList(DecisionRow, self.tr("Add &decision"))
        self.decisions.add_button.clicked.connect(self._on_attendees)  # the new row gets the names
        self.errors = FieldErrors(
            {
                ("attendees", "required"): self.tr("Tick at least one of the citizen's actors."),
                ("discussed", "required"): self.tr("Write what was discussed, or add a decision."),
                ("decisions", "incomplete"): self.tr(
                    "Every decision needs what, who and by when: it becomes a follow-up."
                ),
            }
        )
        self.save_button = push_button(self.tr("Sa&ve network meeting"), self.save)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for key, text, widget in (
            ("held_on", self.tr("Date"), self.held_on),
            ("attendees", self.tr("Who took part"), self.attendees),
            ("discussed", self.tr("What was discussed"), self.discussed),
            ("decisions", self.tr("Who does what by when"), self.decisions),
        ):
            field_label = QLabel(text)
            field_label.setBuddy(widget)
            form.addRow(field_label, self.errors.wrap(key, widget))
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self.tr("Earlier network meetings")))
        layout.addWidget(self.history)
        layout.addWidget(caption(self.tr("New network meeting")))
        layout.addLayout(form)
        layout.addLayout(right_aligned(self.save_button))
        layout.addStretch(1)
        self.discard()

    # -- what the coordination panel calls ------------------------------------------------------------

    def set_citizen(self, citizen_id: str | None, name: str = "") -> None:
        """Take a citizen's meetings (typing is kept for the same citizen). They are read and shown by
        ``reload``, which the coordination panel calls once it has set the citizen's actors (attendees are
        shown by name), so they are not read twice on opening a citizen."""
        if citizen_id != self._citizen_id:
            self._citizen_id = citizen_id
            self.discard()
        self._citizen_name = name or self._citizen_name
        self.setEnabled(citizen_id is not None)

    def set_citizen_name(self, name: str) -> None:
        """The citizen's name, as an attendee and someone who can do something."""
        self._citizen_name = name
        self._fill_attendees(self._ticked())

    def set_actors(self, actors: list[tuple[str, str]]) -> None:
        """The citizen's actors as ``(id, name)``: who can be ticked as present; ticks are kept."""
        self._actor_names = dict(actors)
        self._fill_attendees(self._ticked())

    def meeting_count(self) -> int:
        """How many meetings are on show."""
        return self._count

    def is_dirty(self) -> bool:
        """Whether a meeting is being written."""
        return bool(self.discussed.toPlainText().strip() or self.decisions.values())

    def discard(self) -> None:
        """An empty form dated today, with the citizen and the caseworker ticked."""
        self.held_on.set_value(self._today())
        self.discussed.clear()
        if self.decisions.values() or len(self.decisions.rows()) != 1:  # else it is the blank row already
            self.decisions.set_values([])
            self.decisions.add_row(announce=False)
        self._fill_attendees({CITIZEN, CASEWORKER})
        self.errors.clear()

    def save(self) -> bool:
        """Store the meeting being written; False (with the reason shown) when it could not be."""
        if self._citizen_id is None:
            return False
        held_on = self.held_on.value()
        if held_on is None:
            self.errors.show([FieldProblem("held_on", "required")])
            return False
        ticked = self._ticked()
        draft = NetworkMeetingDraft(
            held_on=held_on,
            actor_ids=[a for a in self._actor_names if a in ticked],
            citizen_attended=CITIZEN in ticked,
            caseworker=self._caseworker if CASEWORKER in ticked else "",
            discussed=self.discussed.toPlainText().strip(),
            decisions=self.decisions.values(),
        )
        try:
            self._service.record_network_meeting(self._citizen_id, draft)
        except InvalidInput as exc:
            left = self.errors.show(list(exc.problems))
            self.message.emit(
                describe_problems(left)
                if left
                else self.tr("The network meeting was not saved. See the fields marked in red."),
                "error",
            )
            return False
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return False
        self.discard()
        self.reload()
        done = self.tr("The network meeting was saved.")
        if draft.decisions:
            done += " " + self.tr("Its decisions are on the follow-up list.")
        self.message.emit(done, "ok")
        self.changed.emit()
        return True

    def reload(self, meetings: list | None = None) -> None:
        """Show the stored meetings, newest first (``meetings``: as just read, else they are read here)."""
        if meetings is None:
            meetings = self._service.network_meetings(self._citizen_id) if self._citizen_id else []
        self._count = len(meetings)
        parts = []
        for meeting in meetings:
            draft = meeting.draft
            present = [self._citizen_name or self.tr("The citizen")] if draft.citizen_attended else []
            present += [draft.caseworker] if draft.caseworker else []
            present += [self._actor_names.get(a, self.tr("(removed actor)")) for a in draft.actor_ids]
            body = f"<p><b>{escape(format_date(draft.held_on))}</b> · {escape(', '.join(present))}"
            if draft.discussed:
                body += f"<br>{escape(draft.discussed)}"
            for decision in meeting.decisions:
                mark = "✓ " if decision.done_at else "• "
                due = format_date(decision.draft.due_on) if decision.draft.due_on else ""
                line = self.tr("%1 does: %2, by %3").replace("%1", decision.draft.who)
                line = line.replace("%2", decision.draft.what).replace("%3", due)
                body += f"<br>{mark}{escape(line)}"
            parts.append(body + "</p>")
        self.history.setHtml("".join(parts) or escape(self.tr("No network meetings yet.")))

    # -- internals ------------------------------------------------------------------------------------

    def _ticked(self) -> set[str]:
        return {
            self.attendees.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.attendees.count())
            if self.attendees.item(row).checkState() == Qt.CheckState.Checked
        }

    def _fill_attendees(self, ticked: set[str]) -> None:
        self.attendees.blockSignals(True)
        self.attendees.clear()
        people = [
            (
                CITIZEN,
                self.tr("%1 (the citizen)").replace("%1", self._citizen_name or self.tr("The citizen")),
            ),
            (CASEWORKER, self.tr("%1 (caseworker)").replace("%1", self._caseworker)),
            *self._actor_names.items(),
        ]
        for code, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.attendees.blockSignals(False)
        self._on_attendees()

    def _on_attendees(self, *_args: object) -> None:
        """The people a decision can be given to: those ticked as present."""
        ticked = self._ticked()
        names = {
            CITIZEN: self._citizen_name or self.tr("The citizen"),
            CASEWORKER: self._caseworker,
            **self._actor_names,
        }
        people = [names[code] for code in names if code in ticked and names[code]]
        for row in self.decisions.rows():
            row.set_people(people)  # type: ignore[attr-defined]
