"""Entering one rater's rating of a scale set: every indicator with its help text, a score and a comment.

Quick with the keyboard alone: type a digit for each indicator (0 means 10) and the cursor moves on
to the next; Tab reaches the comment beside each score; Ctrl+Enter saves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.citizen import Rater
from desktop.domain.scales import COMMENT_MAX, MeasurementDraft, Scale
from desktop.domain.validation import FieldProblem
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.labels import FIELDS, RATERS, label
from desktop.views.widgets.date_field import OptionalDateField
from desktop.views.widgets.error_line import error_line, show_error
from desktop.views.widgets.score_field import ScoreField


class RatingForm(QWidget):
    """Signals:
    edited(): a score, comment, rater or date changed.
    complete(): the last indicator was scored from the keyboard (the panel moves to its save button).
    """

    edited = Signal()
    complete = Signal()

    def __init__(self, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._scale: Scale | None = None
        self.scores: dict[str, ScoreField] = {}
        self.comments: dict[str, QLineEdit] = {}
        self.rater = QComboBox()
        for rater in Rater:
            self.rater.addItem(label(RATERS, rater.value), rater.value)
        self.rater.setAccessibleName(self.tr("Who rates"))
        self.rater.currentIndexChanged.connect(self.edited)
        self.rated_on = OptionalDateField(label(FIELDS, "rated_on"))
        self.rated_on.set_value(today())
        head = QFormLayout()
        head.addRow(self.tr("Who rates"), self.rater)
        head.addRow(label(FIELDS, "rated_on"), self.rated_on)
        self.error = error_line()
        self._rows = QVBoxLayout()
        self._rows.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.error)
        layout.addLayout(self._rows)
        layout.addStretch(1)

    def set_scale(self, scale: Scale, language: str) -> None:
        """One row per indicator of ``scale``; what was typed is dropped."""
        self._scale = scale
        while self._rows.count():
            item = self._rows.takeAt(0)
            row = item.widget() if item is not None else None
            if row:
                row.hide()  # at once: the old rows must not show under the new ones until deleted
                row.deleteLater()
        self.scores, self.comments = {}, {}
        fields: list[ScoreField] = []
        for indicator in scale.indicators:
            name = indicator.label.get(language)
            row = QWidget()
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setSpacing(2)
            title = QLabel(name)
            title.setObjectName("fieldLabel")
            help_text = QLabel(indicator.help.get(language))
            help_text.setObjectName("hint")
            help_text.setWordWrap(True)
            score = ScoreField(scale.minimum, scale.maximum)
            score.setAccessibleName(name)
            score.setToolTip(indicator.help.get(language))
            score.changed.connect(self.edited)
            comment = QLineEdit()
            comment.setMaxLength(COMMENT_MAX)
            comment.setPlaceholderText(self.tr("Comment (optional)"))
            comment.setAccessibleName(self.tr("Comment on %1").replace("%1", name))
            comment.textEdited.connect(self.edited)
            line = QHBoxLayout()
            line.addWidget(score)
            line.addWidget(comment, 1)
            row_layout.addWidget(title)
            row_layout.addWidget(help_text)
            row_layout.addLayout(line)
            self._rows.addWidget(row)
            self.scores[indicator.id] = score
            self.comments[indicator.id] = comment
            fields.append(score)
        for index, score in enumerate(fields):
            following = fields[index + 1] if index + 1 < len(fields) else None
            score.chosen.connect(following.setFocus if following else self.complete.emit)
        show_error(self.error, "")

    def focus_first(self) -> None:
        """Put the cursor on the first indicator."""
        first = next(iter(self.scores.values()), None)
        if first is not None:
            first.setFocus()

    def draft(self) -> MeasurementDraft | None:
        """The rating as entered (only indicators that were scored), or ``None`` with the reason shown."""
        if self._scale is None:
            return None
        rated_on = self.rated_on.value()
        if rated_on is None:
            show_error(self.error, self.tr("Choose the date of the rating."))
            return None
        scores = {key: score for key, field in self.scores.items() if (score := field.value()) is not None}
        if not scores:
            show_error(self.error, self.tr("Give at least one indicator a score."))
            self.focus_first()
            return None
        comments = {key: box.text().strip() for key, box in self.comments.items() if box.text().strip()}
        return MeasurementDraft(self._scale.id, rated_on, self.rater.currentData(), scores, comments)

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Say what is wrong (the domain's checks are a backstop; the fields prevent most problems)."""
        show_error(self.error, self.tr("The rating was not saved: %1").replace("%1", _describe(problems)))

    def is_dirty(self) -> bool:
        """Whether anything has been scored or commented."""
        return any(f.value() is not None for f in self.scores.values()) or any(
            box.text().strip() for box in self.comments.values()
        )

    def clear(self) -> None:
        """Empty scores and comments, dated today."""
        for field in self.scores.values():
            field.set_value(None)
        for box in self.comments.values():
            box.clear()
        self.rated_on.set_value(self._today())
        show_error(self.error, "")

    def switch_rater(self) -> str:
        """Choose the other rater (after one has rated, the other usually does); returns the new one."""
        self.rater.setCurrentIndex((self.rater.currentIndex() + 1) % self.rater.count())
        return self.rater.currentData()


def _describe(problems: list[FieldProblem]) -> str:
    # "scores.energy" → "scores": the field's name is enough, the row is marked by the score itself
    return describe_problems([FieldProblem(p.field.split(".")[0], p.code, p.limit) for p in problems])
