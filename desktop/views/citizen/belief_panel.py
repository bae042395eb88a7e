"""Belief in getting a job: the citizen's and the caseworker's ratings side by side, dated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.citizen import COMMENT_MAX, BeliefEntry, Rater
from desktop.views.formatting import format_date
from desktop.views.labels import RATERS, label
from desktop.views.widgets.date_field import OptionalDateField
from desktop.views.widgets.score_field import compact
from desktop.views.widgets.text_limit import limit_line


class BeliefPanel(QWidget):
    """Shows the ratings and takes a new one.

    Signals:
        rating_entered(str, int, object, str): rater, value 1-10, date, comment.
        edited(): the new rating was touched.
    """

    rating_entered = Signal(str, int, object, str)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("beliefSummary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Who"), self.tr("Rating"), self.tr("Comment")]
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move in it
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Belief ratings"))

        self.rater = QComboBox()
        for code in Rater:
            self.rater.addItem(label(RATERS, code.value), code.value)
        self.value = compact(QSpinBox())
        self.value.setRange(1, 10)
        self.value.setValue(5)
        self.value.setSuffix(self.tr(" of 10"))
        self.rated_on = OptionalDateField(self.tr("Date of the rating"))
        self.rated_on.set_value(date.today())
        self.comment = limit_line(QLineEdit(), COMMENT_MAX)
        self.comment.setPlaceholderText(self.tr("In the citizen's words, or why you rate it so"))
        self.add_button = QPushButton(self.tr("&Add rating"))
        self.add_button.clicked.connect(self._add)
        self._touched = False  # Ctrl+S adds a rating only when one was entered, never the defaults
        self.rater.currentIndexChanged.connect(self._touch)
        self.value.valueChanged.connect(self._touch)
        self.comment.textEdited.connect(self._touch)
        form = QFormLayout()
        form.addRow(self.tr("Who rates"), self.rater)
        form.addRow(self.tr("How likely is a job (1-10)"), self.value)
        form.addRow(self.tr("Date"), self.rated_on)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Belief matters: rate, at each follow-up, how likely the citizen thinks a job is, and how likely "
                "you think it is. The gap between the two is worth talking about."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

    def set_entries(self, entries: tuple[BeliefEntry, ...]) -> None:
        """Show the ratings, newest first, and the latest of each rater."""
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            self.model.appendRow(
                [
                    QStandardItem(format_date(entry.rated_on)),
                    QStandardItem(label(RATERS, entry.rater)),
                    QStandardItem(f"{entry.value}/10"),
                    QStandardItem(entry.comment),
                ]
            )
        latest = {}
        for entry in entries:
            latest.setdefault(entry.rater, entry)
        parts = []
        for rater in Rater:
            entry = latest.get(rater.value)
            if entry:
                parts.append(
                    f"{label(RATERS, rater.value)}: {entry.value}/10 ({format_date(entry.rated_on)})"
                )
        self.summary.setText(" · ".join(parts) if parts else self.tr("No ratings yet."))

    def is_dirty(self) -> bool:
        """Whether a new rating was touched and not added yet (Ctrl+S adds it)."""
        return self._touched

    def save(self) -> bool:
        """Add the rating being entered (Ctrl+S)."""
        if self._touched:
            self._add()
        return True

    def _touch(self, *_args: object) -> None:
        self._touched = True
        self.edited.emit()

    def _add(self) -> None:
        when = self.rated_on.value() or date.today()
        self.rating_entered.emit(self.rater.currentData(), self.value.value(), when, self.comment.text())
        self.comment.clear()
        self._touched = False
