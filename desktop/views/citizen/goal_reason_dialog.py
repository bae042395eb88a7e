"""Asks why a stored goal changes. The old version is kept with the reason, so an empty reason is not an
answer: the dialog says so under the field and stays open with the cursor in it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.domain.goals import validate_revision_reason
from desktop.views.dialogs.common import Dialog, action_buttons, dialog_layout
from desktop.views.widgets.error_line import error_line, show_error
from desktop.views.widgets.field_errors import problem_text
from desktop.views.widgets.text_limit import limit_fields


class GoalReasonDialog(Dialog):
    """``reason()`` is the reason typed, once the dialog was accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why does the goal change?"))
        self.setMinimumWidth(460)
        layout = dialog_layout(
            self,
            self.tr("Why does the goal change?"),
            self.tr("The old version is kept with this reason, so the plan shows why it changed."),
        )
        label = QLabel(self.tr("&Reason"))
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Reason for the change"))
        self.field.setPlaceholderText(self.tr("e.g. the citizen would rather work with horses"))
        label.setBuddy(self.field)
        limit_fields("goal_revision", {"reason": self.field})
        self.error = error_line()
        self.field.textEdited.connect(lambda _text: show_error(self.error, ""))
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        buttons, self.ok_button = action_buttons(
            self, self.tr("&Save the change"), self.submit, self.tr("Cancel")
        )
        layout.addWidget(buttons)
        self.field.setFocus()

    def submit(self) -> None:
        """Accept a reason; an empty one is refused in plain words and the cursor stays in the field."""
        problems = validate_revision_reason(self.field.text())
        if problems:
            problem = problems[0]
            text = (
                self.tr("Write why the goal changes; the old version is kept with this reason.")
                if problem.code == "required"
                else problem_text(problem.code, problem.limit)
            )
            show_error(self.error, text)
            self.field.setFocus()
            return
        self.accept()

    def reason(self) -> str:
        """The reason as typed, without surrounding spaces."""
        return self.field.text().strip()
