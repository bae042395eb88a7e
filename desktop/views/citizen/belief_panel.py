"""Belief in getting a job: the citizen's and the caseworker's ratings side by side, dated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
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
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.citizen import COMMENT_MAX, BeliefEntry, Rater
from desktop.views.citizen.belief_chart import BeliefChart, belief_chart_data
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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # The comment column takes what is left and elides: no sideways scrolling to read a date.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(
            Qt.TextElideMode.ElideRight
        )  # a long comment ends in "…"; its tooltip holds it all
        self.table.setAccessibleName(self.tr("Belief ratings"))
        self._size_columns()
        self.chart = BeliefChart()

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
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.table.minimumWidth(), 10_000])  # the chart takes what is left
        layout.addWidget(self.splitter, 1)
        layout.addLayout(form)

    def set_entries(self, entries: tuple[BeliefEntry, ...]) -> None:
        """Show the ratings, newest first, the latest of each rater and the gap between them, and the chart."""
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            rater = label(RATERS, entry.rater)
            row = [
                QStandardItem(format_date(entry.rated_on)),
                QStandardItem(rater),
                QStandardItem(f"{entry.value}/10"),
                QStandardItem(entry.comment),
            ]
            for item in row:
                item.setToolTip(f"{format_date(entry.rated_on)} · {rater}: {entry.value}/10")
            if entry.comment:
                row[3].setToolTip(entry.comment)
            self.model.appendRow(row)
        latest: dict[str, BeliefEntry] = {}
        for entry in entries:
            latest.setdefault(entry.rater, entry)
        parts = []
        for rater in Rater:
            newest = latest.get(rater.value)
            if newest:
                parts.append(
                    f"{label(RATERS, rater.value)}: {newest.value}/10 ({format_date(newest.rated_on)})"
                )
        data = belief_chart_data(entries)
        self.chart.set_belief(data)
        if data.latest_gap is not None:
            parts.append(self.tr("Gap: %n step(s)", "", abs(data.latest_gap)))
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

    def _size_columns(self) -> None:
        """Room for a whole date and the longer rater's name (never "20-11-…" or "Sagsbeh…"); the
        comment takes the rest."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.averageCharWidth() + 12
        widths = {
            0: metrics.horizontalAdvance(format_date(date(2026, 12, 28))),
            1: max(metrics.horizontalAdvance(label(RATERS, r.value)) for r in Rater),
            2: metrics.horizontalAdvance("10/10"),
        }
        for column, width in widths.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            needed = max(width, header.fontMetrics().horizontalAdvance(str(title)) + 8) + padding
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, needed)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        comment_title = str(self.model.headerData(3, Qt.Orientation.Horizontal))
        comment = max(
            14 * metrics.averageCharWidth(), header.fontMetrics().horizontalAdvance(comment_title) + padding
        )
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(sum(header.sectionSize(c) for c in widths) + comment + frame)

    def _add(self) -> None:
        when = self.rated_on.value() or date.today()
        self.rating_entered.emit(self.rater.currentData(), self.value.value(), when, self.comment.text())
        self.comment.clear()
        self._touched = False
