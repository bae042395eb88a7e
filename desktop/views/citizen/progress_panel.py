"""Progress: rate a scale set (the citizen and the caseworker separately), see the latest ratings as a
radar and each indicator over time as a line; save either as a picture or put them in the plan PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.scales import Scale
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.citizen_file import CitizenFile
from desktop.services.measurements import MeasurementService, indicator_series, newest_per_rater
from desktop.views.citizen.progress_charts import LineChart, RadarChart, line_data, radar_data
from desktop.views.citizen.rating_form import RatingForm
from desktop.views.citizen.rating_gap import RatingGapList
from desktop.views.formatting import format_date
from desktop.views.i18n import translate_error, ui_language
from desktop.views.labels import RATERS, label
from desktop.views.widgets.buttons import push_button, right_aligned
from desktop.views.widgets.form_scroll import in_scroll_area
from desktop.views.widgets.picture_export import ask_png_path, save_png
from desktop.views.widgets.tab_order import chain, focus_stops

PLAN_RADAR_SIZE = QSize(700, 560)
PLAN_LINE_SIZE = QSize(700, 300)


class ProgressPanel(QWidget):
    """Signals:
    changed(): a rating was stored.
    message(str, str): a text for the page's banner and its kind.
    exported(str): a chart was saved outside the vault (which one).
    """

    changed = Signal()
    message = Signal(str, str)
    exported = Signal(str)

    def __init__(
        self,
        measurements: MeasurementService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = measurements
        self._language = ui_language()
        self._citizen_id: str | None = None
        self._file: CitizenFile | None = None  # while showing a file just read: read nothing again
        self._scales: list[Scale] = measurements.scales()
        self._ratings: list = []  # the chosen scale set's ratings of the citizen, oldest first
        self._charts_stale = False  # ratings changed while the tab was hidden: drawn when it is shown
        self.choose_image_path: Callable[[str], str] = lambda suggested: ask_png_path(self, suggested)

        self.scale = QComboBox()
        self.scale.setAccessibleName(self.tr("Scale set"))
        for scale in self._scales:
            self.scale.addItem(scale.title.get(self._language), scale.id)
        self.scale.currentIndexChanged.connect(self._on_scale_changed)
        self.description = QLabel()
        self.description.setObjectName("hint")
        self.description.setWordWrap(True)

        self.form = RatingForm(today)
        self.save_button = QPushButton(self.tr("Sa&ve rating"))
        self.save_button.setToolTip(self.tr("Save the rating (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.form.complete.connect(self.save_button.setFocus)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form_layout.addLayout(save_row)
        form_scroll = in_scroll_area(form_box)

        self.radar = RadarChart()
        self.gaps = RatingGapList()
        self.line = LineChart()
        self.indicator = QComboBox()
        self.indicator.setAccessibleName(self.tr("Indicator"))
        self.indicator.currentIndexChanged.connect(self._draw_line)
        self.history = QTextBrowser()
        self.history.setAccessibleName(self.tr("Ratings of this indicator"))
        self.history.setMaximumHeight(120)
        radar_tab = QWidget()
        radar_layout = QVBoxLayout(radar_tab)
        radar_layout.addWidget(self.radar, 1)
        radar_layout.addWidget(self.gaps)
        radar_layout.addLayout(
            right_aligned(
                push_button(self.tr("Save as p&icture…"), lambda: self.export_chart(self.radar, "radar"))
            )
        )
        line_tab = QWidget()
        line_layout = QVBoxLayout(line_tab)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Indicator")))
        pick.addWidget(self.indicator, 1)
        line_layout.addLayout(pick)
        line_layout.addWidget(self.line, 1)
        line_layout.addWidget(self.history)
        line_layout.addLayout(
            right_aligned(
                push_button(self.tr("Save as p&icture…"), lambda: self.export_chart(self.line, "line"))
            )
        )
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setDocumentMode(True)
        self.chart_tabs.addTab(radar_tab, self.tr("Latest ratings"))
        self.chart_tabs.addTab(line_tab, self.tr("Over time"))
        self.include_in_plan = QCheckBox(self.tr("I&nclude the charts in My plan (PDF)"))
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.chart_tabs, 1)
        charts_layout.addWidget(self.include_in_plan)

        splitter = QSplitter()
        splitter.addWidget(form_scroll)
        splitter.addWidget(charts)
        splitter.setSizes([480, 580])
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Scale set")))
        head.addWidget(self.scale)
        head.addWidget(self.description, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        if not self._scales:
            self.description.setText(self.tr("No scale sets were found. Ask your administrator."))
            self.save_button.setEnabled(False)
        self._on_scale_changed()

    # -- the work-panel protocol ---------------------------------------------------------------------

    def show_file(self, file: CitizenFile) -> None:
        """Show the ratings of a citizen's file as read, reading nothing again."""
        self._file = file
        try:
            self.set_citizen(file.citizen_id)
        finally:
            self._file = None

    def set_citizen(self, citizen_id: str | None) -> None:
        """Show a citizen's ratings on the scale set they were last rated on (typing kept for the same one)."""
        if citizen_id != self._citizen_id:
            self.form.clear()
            self.include_in_plan.setChecked(False)
            self._citizen_id = citizen_id
            if self._file is not None:
                last = self._file.measurements_on()[-1:]
            else:
                last = self._service.measurements(citizen_id)[-1:] if citizen_id else []
            if last:
                index = self.scale.findData(last[0].draft.scale_id)
                if index >= 0 and index != self.scale.currentIndex():
                    self.scale.setCurrentIndex(index)  # redraws
                    return
        self._draw()

    def is_dirty(self) -> bool:
        """Whether a rating is being entered."""
        return self.form.is_dirty()

    def save(self) -> bool:
        """Store the rating being entered; afterwards the form is ready for the other rater."""
        if self._citizen_id is None or not self.form.is_dirty():
            return True
        draft = self.form.draft()
        if draft is None:
            return False
        try:
            self._service.record(self._citizen_id, draft)
        except InvalidInput as exc:
            self.form.show_problems(list(exc.problems))
            return False
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return False
        self.form.clear()
        other = self.form.switch_rater()
        self._draw()
        self.message.emit(
            self.tr("The rating was saved. The form is ready for: %1.").replace("%1", label(RATERS, other)),
            "ok",
        )
        self.form.focus_first()
        self.changed.emit()
        return True

    def discard(self) -> None:
        """Forget the rating being entered."""
        self.form.clear()

    # -- charts ---------------------------------------------------------------------------------------

    def export_chart(self, chart: RadarChart | LineChart, name: str) -> None:
        """Save a chart as a PNG where the person chooses (logged by the page)."""
        if self._citizen_id is None:
            return
        path = self.choose_image_path(self.tr("Progress.png"))
        if not path:
            return
        if not save_png(chart.picture(), path):
            self.message.emit(self.tr("The picture could not be saved there."), "error")
            return
        self.exported.emit(f"chart_{name}")
        self.message.emit(self.tr("The chart was saved as a picture."), "ok")

    def plan_charts(self) -> list[tuple[str, QImage]]:
        """Pictures for the plan PDF when the caseworker ticked the box and there are ratings: the radar
        under the scale set's name, then one line chart per rated indicator."""
        scale = self._current_scale()
        if not self.include_in_plan.isChecked() or scale is None or self._citizen_id is None:
            return []
        ratings = self._service.measurements(self._citizen_id, scale.id)
        latest = newest_per_rater(ratings)
        if not latest:
            return []
        radar = RadarChart()
        radar.set_data(radar_data(scale, latest, self._language))
        pictures = [(scale.title.get(self._language), radar.picture(PLAN_RADAR_SIZE))]
        for indicator in scale.indicators:
            data = line_data(scale, indicator.id, indicator_series(ratings, indicator.id), self._language)
            if data.points:
                line = LineChart()
                line.set_data(data)
                pictures.append(("", line.picture(PLAN_LINE_SIZE)))  # the chart's title names it
        return pictures

    # -- internals --------------------------------------------------------------------------------------

    def _current_scale(self) -> Scale | None:
        return next((s for s in self._scales if s.id == self.scale.currentData()), None)

    def _on_scale_changed(self) -> None:
        scale = self._current_scale()
        if scale is None:
            return
        self.description.setText(scale.description.get(self._language))
        self.form.set_scale(scale, self._language)
        # One row per indicator, made now: Tab goes through them, then to "Save rating".
        chain(self.scale, focus_stops(self.form), self.save_button)
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for indicator in scale.indicators:
            self.indicator.addItem(indicator.label.get(self._language), indicator.id)
        self.indicator.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        """Read the chosen scale set's ratings once, and draw both charts from them."""
        scale = self._current_scale()
        if self._file is not None and scale:
            self._ratings = self._file.measurements_on(scale.id)
        else:
            self._ratings = (
                self._service.measurements(self._citizen_id, scale.id) if scale and self._citizen_id else []
            )
        if not self.isVisible():  # drawn when the tab is shown: opening a citizen draws no hidden chart
            self._charts_stale = True
            return
        self._draw_charts()

    def showEvent(self, event: QShowEvent) -> None:
        """Draw the charts left undrawn while the tab was hidden."""
        super().showEvent(event)
        if self._charts_stale:
            self._draw_charts()

    def _draw_charts(self) -> None:
        self._charts_stale = False
        scale = self._current_scale()
        latest = newest_per_rater(self._ratings)
        self.radar.set_data(radar_data(scale, latest, self._language) if scale and latest else None)
        self.gaps.set_ratings(scale, latest, self._language)
        self._draw_line()

    def _draw_line(self) -> None:
        scale = self._current_scale()
        indicator_id = self.indicator.currentData()
        if scale is None or self._citizen_id is None or indicator_id is None:
            self.line.set_data(None)
            self.history.clear()
            return
        series = indicator_series(self._ratings, indicator_id)
        self.line.set_data(line_data(scale, indicator_id, series, self._language))
        rows = []
        for measurement in reversed(self._ratings):
            score = measurement.draft.scores.get(indicator_id)
            if score is None:
                continue
            comment = measurement.draft.comments.get(indicator_id, "")
            head = f"{format_date(measurement.draft.rated_on)} · {label(RATERS, measurement.draft.rater)}: {score}"
            rows.append(f"<b>{escape(head)}</b>" + (f" – {escape(comment)}" if comment else ""))
        self.history.setHtml("<br>".join(rows) or escape(self.tr("No ratings of this indicator yet.")))
