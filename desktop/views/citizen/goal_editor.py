"""The form of one goal or sub-goal: what kind, the goal itself, the trade or function it names, the
citizen's own wording, who formulated it, its status, and the activities under it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.goals import (
    MAX_HOURS_PER_WEEK,
    ActivityDraft,
    Actor,
    Author,
    GoalDraft,
    GoalKind,
    GoalStatus,
)
from desktop.views.labels import ACTORS, AUTHORS, GOAL_KINDS, GOAL_STATUSES, label
from desktop.views.widgets.date_field import OptionalDateField
from desktop.views.widgets.row_list import RowEditor, RowList
from desktop.views.widgets.text_box import text_box
from desktop.views.widgets.text_limit import limit_fields


def _combo(table: Mapping[str, str], codes: type[StrEnum], accessible: str) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(table, code.value), code.value)
    combo.setAccessibleName(accessible)
    return combo


class ActivityRow(RowEditor):
    """One activity: what, who does it, from/to, hours a week, and how it went. Every field has a
    visible caption above it; "someone else" is picked from the citizen's actors
    or typed (item 12b)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("e.g. work placement in the bakery, 2 × 3 hours"))
        self.what.setAccessibleName(self.tr("Activity"))
        self.actor = _combo(ACTORS, Actor, self.tr("Who does it"))
        self.actor_name = QComboBox()  # one of the citizen's actors, or a name typed
        self.actor_name.setEditable(True)
        self.actor_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        actor_line = self.actor_name.lineEdit()
        assert actor_line is not None  # an editable combo box has its line edit
        self._actor_line = actor_line
        actor_line.setPlaceholderText(self.tr("Actor or name"))
        self.actor_name.setAccessibleName(self.tr("Name of who does it"))
        self.actor_name.setToolTip(
            self.tr("The citizen's actors from the network tab, or type a name or role")
        )
        self.actor_name.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.actor_name.setMinimumContentsLength(12)
        self.actor_name.setMinimumWidth(
            self.actor_name.minimumSizeHint().width()
        )  # never squeezed by the dates
        self.starts_on = OptionalDateField(self.tr("From"))
        self.ends_on = OptionalDateField(self.tr("To"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(-0.5, MAX_HOURS_PER_WEEK)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText("—")
        self.hours.setSuffix(self.tr(" h/week"))
        self.hours.setValue(-0.5)
        self.hours.setAccessibleName(self.tr("Hours per week"))
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("How it went"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        limit_fields(
            "activity",
            {"what": self.what, "actor_name": actor_line, "outcome": self.outcome},
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 6)
        grid.setVerticalSpacing(2)
        self.captions: dict[str, QLabel] = {}
        # (caption, field, row, column, column span): captions sit over their fields.
        for key, text, widget, row, column, span in (
            ("what", self.tr("Activity"), self.what, 0, 0, 2),
            ("actor", self.tr("Who does it"), self.actor, 0, 2, 1),
            ("actor_name", self.tr("Name"), self.actor_name, 0, 3, 2),
            ("starts_on", self.tr("From"), self.starts_on, 2, 0, 1),
            ("ends_on", self.tr("To"), self.ends_on, 2, 1, 1),
            ("hours", self.tr("Hours per week"), self.hours, 2, 2, 1),
            ("outcome", self.tr("Outcome"), self.outcome, 2, 3, 2),
        ):
            caption = QLabel(text)
            caption.setObjectName("hint")
            caption.setBuddy(widget)
            self.captions[key] = caption
            grid.addWidget(caption, row, column, 1, span)
            grid.addWidget(widget, row + 1, column, 1, span)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 1)
        for line in (self.what, self.outcome):
            line.textChanged.connect(self.edited)
        self.actor_name.currentTextChanged.connect(self.edited)
        for field in (self.starts_on, self.ends_on):
            field.dateChanged.connect(self.edited)
        self.hours.valueChanged.connect(self.edited)
        self.actor.currentIndexChanged.connect(self._on_actor)
        self._on_actor()

    def set_network_actors(self, names: list[str]) -> None:
        """The citizen's actors to pick from as "someone else"; what was typed or chosen is kept."""
        chosen = self.actor_name.currentText()
        self.actor_name.blockSignals(True)
        self.actor_name.clear()
        self.actor_name.addItems(names)
        self.actor_name.setEditText(chosen)
        self.actor_name.blockSignals(False)

    def value(self) -> ActivityDraft:
        hours = self.hours.value()
        return ActivityDraft(
            what=self.what.text().strip(),
            actor=self.actor.currentData(),
            actor_name=self.actor_name.currentText().strip()
            if self.actor.currentData() == Actor.OTHER.value
            else "",
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            hours_per_week=None if hours < 0 else hours,
            outcome=self.outcome.text().strip(),
        )

    def set_value(self, value: ActivityDraft) -> None:
        self.what.setText(value.what)
        self.actor.setCurrentIndex(max(self.actor.findData(value.actor), 0))
        self.actor_name.setEditText(value.actor_name)
        self.starts_on.set_value(value.starts_on)
        self.ends_on.set_value(value.ends_on)
        self.hours.setValue(-0.5 if value.hours_per_week is None else value.hours_per_week)
        self.outcome.setText(value.outcome)

    def is_blank(self) -> bool:
        return not self.what.text().strip() and not self.outcome.text().strip()

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.what, self._actor_line, self.outcome):
            line.setReadOnly(read_only)
        for widget in (self.actor, self.starts_on, self.ends_on, self.hours):
            widget.setEnabled(not read_only)

    def focus_first(self) -> None:
        self.what.setFocus()

    def _on_actor(self) -> None:
        other = self.actor.currentData() == Actor.OTHER.value
        self.actor_name.setVisible(other)
        self.captions["actor_name"].setVisible(other)
        self.edited.emit()


class GoalEditor(QWidget):
    """Signals:
    edited(): anything changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._baseline: GoalDraft | None = None
        self._parent_id: str | None = None
        self._loading = False
        self.kind = _combo(GOAL_KINDS, GoalKind, self.tr("Kind of goal"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("The goal, concrete and near the citizen"))
        self.text.setAccessibleName(self.tr("Goal"))
        self.trade = QLineEdit()
        self.trade.setPlaceholderText(self.tr("e.g. kitchen assistant, warehouse work, social care helper"))
        self.trade.setAccessibleName(self.tr("Trade or function"))
        self.trade_hint = QLabel(
            self.tr("A job goal names a trade or a function; a scheme such as 'flex job' is not a goal.")
        )
        self.trade_hint.setObjectName("hint")
        self.trade_hint.setWordWrap(True)
        self.citizen_wording = text_box(
            self.tr("In the citizen's words"), self.tr("The goal as the citizen says it"), min_height=0
        )
        self.citizen_wording.setFixedHeight(64)
        limit_fields(
            "goal",
            {"text": self.text, "trade_or_function": self.trade, "citizen_wording": self.citizen_wording},
        )
        self.author = _combo(AUTHORS, Author, self.tr("Formulated by"))
        self.status = _combo(GOAL_STATUSES, GoalStatus, self.tr("Status"))
        self.status_since = QLabel()
        self.status_since.setObjectName("hint")
        self._network_actors: list[str] = []
        self.activities = RowList(self._new_activity_row, self.tr("Add act&ivity"))

        form = QFormLayout()
        self.kind_label = QLabel(self.tr("&Kind"))
        self.kind_label.setBuddy(self.kind)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.tr("Go&al"), self.text)
        self.trade_label = QLabel(self.tr("Tra&de or function"))
        self.trade_label.setBuddy(self.trade)
        form.addRow(self.trade_label, self.trade)
        form.addRow("", self.trade_hint)
        form.addRow(self.tr("In the citi&zen's words"), self.citizen_wording)
        form.addRow(self.tr("Formulated &by"), self.author)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow("", self.status_since)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        title = QLabel(self.tr("Activities"))
        title.setObjectName("fieldLabel")
        layout.addWidget(title)
        layout.addWidget(self.activities)

        for line in (self.text, self.trade):
            line.textChanged.connect(self._on_edit)
        self.citizen_wording.textChanged.connect(self._on_edit)
        for combo in (self.kind, self.author, self.status):
            combo.currentIndexChanged.connect(self._on_edit)
        self.activities.edited.connect(self._on_edit)

    def set_network_actors(self, names: list[str]) -> None:
        """The citizen's actors, offered as who does an activity."""
        self._network_actors = list(names)
        for row in self.activities.rows():
            row.set_network_actors(self._network_actors)  # type: ignore[attr-defined]

    def _new_activity_row(self) -> ActivityRow:
        row = ActivityRow()
        row.set_network_actors(self._network_actors)
        return row

    def set_goal(self, draft: GoalDraft, status_since: str = "") -> None:
        """Show a goal; what is shown now counts as unchanged."""
        self._loading = True
        try:
            self._parent_id = draft.parent_id
            self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
            self.text.setText(draft.text)
            self.trade.setText(draft.trade_or_function)
            self.citizen_wording.setPlainText(draft.citizen_wording)
            self.author.setCurrentIndex(max(self.author.findData(draft.author), 0))
            self.status.setCurrentIndex(max(self.status.findData(draft.status), 0))
            self.status_since.setText(status_since)
            self.activities.set_values(list(draft.activities))
            if not draft.activities:
                self.activities.add_row(announce=False)
        finally:
            self._loading = False
        self._baseline = self.draft()
        self._show_kind()

    def draft(self) -> GoalDraft:
        """The goal as typed."""
        is_sub_goal = self._parent_id is not None
        return GoalDraft(
            kind=GoalKind.PURPOSE.value if is_sub_goal else self.kind.currentData(),
            text=self.text.text().strip(),
            author=self.author.currentData(),
            trade_or_function="" if is_sub_goal else self.trade.text().strip(),
            citizen_wording=self.citizen_wording.toPlainText().strip(),
            status=self.status.currentData(),
            parent_id=self._parent_id,
            activities=self.activities.values(),
        )

    def is_dirty(self) -> bool:
        """Whether the goal differs from what was shown."""
        return self._baseline is not None and self.draft() != self._baseline

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self._show_kind()
            self.edited.emit()

    def _show_kind(self) -> None:
        top = self._parent_id is None
        names_trade = self.kind.currentData() in (GoalKind.EMPLOYMENT.value, GoalKind.EDUCATION.value)
        for kind_widget in (self.kind, self.kind_label):
            kind_widget.setVisible(top)
        for trade_widget in (self.trade, self.trade_label, self.trade_hint):
            trade_widget.setVisible(top and names_trade)
