"""Inline error lines under form fields, filled from the domain's ``FieldProblem`` list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.validation import FieldProblem
from desktop.views.widgets.error_line import error_line, show_error, with_error_line


def problem_text(code: str, limit: int = 0) -> str:
    """The sentence for a validation problem code."""
    texts = {
        "required": QCoreApplication.translate("ProfileForm", "Fill this in."),
        "too_long": QCoreApplication.translate("ProfileForm", "Too long: at most %1 characters.").replace(
            "%1", QLocale().toString(limit)
        ),
        "cpr_format": QCoreApplication.translate(
            "ProfileForm", "Write the CPR number as DDMMYY-SSSS (10 digits)."
        ),
        "cpr_date": QCoreApplication.translate(
            "ProfileForm", "The first six digits are not a real date (DDMMYY)."
        ),
        "cpr_future": QCoreApplication.translate(
            "ProfileForm", "The birth date in the CPR number lies in the future."
        ),
        "email": QCoreApplication.translate("ProfileForm", "This does not look like an e-mail address."),
        "unknown": QCoreApplication.translate("ProfileForm", "Choose one of the options."),
        "range": QCoreApplication.translate("ProfileForm", "Choose a value from 1 to 10."),
        "future": QCoreApplication.translate("ProfileForm", "The date lies in the future."),
        "before_start": QCoreApplication.translate("ProfileForm", "The end date is before the start date."),
        "generic": QCoreApplication.translate(
            "ProfileForm",
            "Too general: a consent must say exactly what and why. 'All relevant information' or "
            "'case work' is not a valid consent.",
        ),
        "too_many": QCoreApplication.translate("ProfileForm", "Too many: at most %1.").replace(
            "%1", QLocale().toString(limit)
        ),
        "invalid": QCoreApplication.translate("ProfileForm", "This cannot be stored in this form."),
        "scheme_not_trade": QCoreApplication.translate(
            "ProfileForm",
            "Name a trade or a function (e.g. 'kitchen assistant'), not a scheme such as 'flex job'.",
        ),
    }
    return texts.get(code, code)


class FieldErrors:
    """One error line per field; ``special`` gives a sentence for a (field, code) pair that needs its own."""

    def __init__(self, special: dict[tuple[str, str], str] | None = None) -> None:
        self._lines: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._special = special or {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` with its error line under it, to put in a form row."""
        line = error_line()
        self._lines[field] = line
        self._widgets[field] = widget
        return with_error_line(widget, line)

    def show(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Show each problem under its field and put the cursor in the first such field; returns the
        problems no field here could show."""
        self.clear()
        left = []
        focused = False
        for problem in problems:
            line = self._lines.get(problem.field)
            if line is None:
                left.append(problem)
                continue
            if not focused:
                self._widgets[problem.field].setFocus()
                focused = True
            show_error(line, self._text(problem))
        return left

    def recheck(self, problems: list[FieldProblem]) -> None:
        """Against the problems of the fields as typed now: an error on show goes as soon as its field is
        valid, or says what is wrong now; typing never brings up a new one (that waits for saving)."""
        now: dict[str, FieldProblem] = {}
        for problem in problems:
            now.setdefault(problem.field, problem)
        for field, line in self._lines.items():
            if line.text():
                current = now.get(field)
                show_error(line, self._text(current) if current else "")

    def _text(self, problem: FieldProblem) -> str:
        return self._special.get((problem.field, problem.code)) or problem_text(problem.code, problem.limit)

    def clear(self) -> None:
        """Hide every error line."""
        for line in self._lines.values():
            show_error(line, "")

    def shown(self) -> dict[str, str]:
        """The errors on show, by field (for tests)."""
        return {field: line.text() for field, line in self._lines.items() if line.text()}
