"""The progress charts: a radar of the latest ratings (citizen and caseworker in two colours, so the gap
shows at a glance) and a line per rater for one indicator over time.

What a chart shows is computed first as plain data (``RadarData``, ``LineData``) so it can be tested
without looking at pixels; the chart widgets only draw that data.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPolarChart,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.domain.citizen import Rater
from desktop.domain.scales import Scale
from desktop.views.formatting import format_date
from desktop.views.labels import RATERS, label

# Blue and orange tell apart for most colour-blind readers; the dashed line helps on a grey printout.
RATER_COLOURS = {Rater.CITIZEN.value: "#0b57d0", Rater.CASEWORKER.value: "#e8710a"}
MAX_DATE_LABELS = 6
RATER_LINES = {Rater.CITIZEN.value: Qt.PenStyle.SolidLine, Rater.CASEWORKER.value: Qt.PenStyle.DashLine}


@dataclass(frozen=True)
class RadarData:
    """The latest rating of each rater, one score (or ``None``) per indicator, in the scale's order."""

    labels: tuple[str, ...]
    minimum: int
    maximum: int
    scores: dict[str, tuple[int | None, ...]]  # rater → scores
    rated_on: dict[str, date]  # rater → date of that rating


@dataclass(frozen=True)
class LineData:
    """One indicator over time: ``(date, score)`` per rater, oldest first."""

    title: str
    minimum: int
    maximum: int
    points: dict[str, tuple[tuple[date, int], ...]]


def radar_data(scale: Scale, latest: dict, language: str) -> RadarData:
    """What the radar shows, from ``MeasurementService.latest`` (rater → stored measurement)."""
    scores, dates = {}, {}
    for rater, measurement in latest.items():
        scores[rater] = tuple(measurement.draft.scores.get(i.id) for i in scale.indicators)
        dates[rater] = measurement.draft.rated_on
    return RadarData(
        tuple(i.label.get(language) for i in scale.indicators), scale.minimum, scale.maximum, scores, dates
    )


def line_data(scale: Scale, indicator_id: str, series: dict, language: str) -> LineData:
    """What the line chart shows, from ``MeasurementService.series`` (rater → points)."""
    indicator = scale.indicator(indicator_id)
    title = indicator.label.get(language) if indicator else indicator_id
    points = {rater: tuple((p.rated_on, p.score) for p in items) for rater, items in series.items() if items}
    return LineData(title, scale.minimum, scale.maximum, points)


def wrap_label(text: str, width: int = 14) -> str:
    """An indicator's name broken into short lines (chart labels are rich text), so long names do not
    squeeze the radar into a corner."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(html.escape(line) for line in lines)


def _pen(rater: str, width: float = 2.5) -> QPen:
    pen = QPen(QColor(RATER_COLOURS.get(rater, "#5f6368")), width)
    pen.setStyle(RATER_LINES.get(rater, Qt.PenStyle.SolidLine))
    return pen


def _larger(font: QFont, points: float) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(max(font.pointSizeF(), 9.0) + points)
    return bigger


def _readable(chart: QChart) -> None:
    """Large enough letters for someone not used to charts; no animation, a plain white background."""
    font = QFont(chart.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0) + 1)
    for axis in chart.axes():
        axis.setLabelsFont(font)
    chart.legend().setFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    title = QFont(font)
    title.setBold(True)
    title.setPointSizeF(font.pointSizeF() + 2)
    chart.setTitleFont(title)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(8, 8, 8, 8))


class _ChartView(QChartView):
    """A chart view that can also give its picture for a file or the plan PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 300)
        self._kept: list[QLineSeries] = []  # Qt does not own an area series' line; Python must keep it

    def sizeHint(self) -> QSize:
        return QSize(620, 480)

    def picture(self, size: QSize | None = None) -> QImage:
        """The chart as an image (at ``size``, or as large as it is shown)."""
        if size is not None:
            self.resize(size)
        return self.grab().toImage()


class RadarChart(_ChartView):
    """The newest rating of the citizen and of the caseworker on one picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Latest ratings as a radar"))
        self.data: RadarData | None = None
        self.set_data(None)

    def set_data(self, data: RadarData | None) -> None:
        """Draw ``data`` (or an empty chart that says there is nothing yet)."""
        self.data = data
        chart = QPolarChart()
        self._kept = []
        if data is None or not data.labels:
            chart.setTitle(self.tr("No ratings yet"))
            self.setChart(chart)
            return
        count = len(data.labels)
        angles = [index * 360.0 / count for index in range(count)]
        around = QCategoryAxis()
        around.setRange(0, 360)
        around.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for text, angle in zip(data.labels, angles, strict=True):
            around.append(wrap_label(text), angle)
        out = QValueAxis()
        out.setRange(data.minimum - 1, data.maximum)
        out.setTickCount(min(data.maximum - data.minimum + 2, 11))
        out.setLabelFormat("%d")
        out.setLabelsVisible(False)  # the numbers would sit on the lines; the legend says the range
        chart.addAxis(around, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(out, QPolarChart.PolarOrientation.PolarOrientationRadial)
        for rater in (r.value for r in Rater):
            scores = data.scores.get(rater)
            if not scores:
                continue
            name = f"{label(RATERS, rater)} {format_date(data.rated_on[rater])}"
            outline = QLineSeries()
            for angle, score in zip(angles, scores, strict=True):
                if score is not None:
                    outline.append(angle, score)
            first = next((s for s in scores if s is not None), None)
            if scores[0] is not None and first is not None:
                outline.append(360.0, first)  # close the shape
            fill = QLineSeries()
            fill.replace(outline.points())
            area = QAreaSeries(fill)
            tint = QColor(RATER_COLOURS[rater])
            tint.setAlpha(45)
            area.setBrush(tint)
            area.setPen(Qt.PenStyle.NoPen)
            self._kept += [outline, fill]
            chart.addSeries(area)
            outline.setPen(_pen(rater))
            outline.setPointsVisible(True)
            outline.setName(name)
            chart.addSeries(outline)
            for series in (area, outline):
                series.attachAxis(around)
                series.attachAxis(out)
            chart.legend().markers(area)[0].setVisible(False)
        chart.setTitle(
            self.tr("Latest ratings (middle = %1, edge = %2)")
            .replace("%1", str(data.minimum))
            .replace("%2", str(data.maximum))
        )
        _readable(chart)
        self.setChart(chart)

    def series_points(self) -> dict[str, list[tuple[float, float]]]:
        """The drawn outline of each series by its legend name (for tests)."""
        return {
            s.name(): [(p.x(), p.y()) for p in s.points()]
            for s in self.chart().series()
            if isinstance(s, QLineSeries) and s.name()
        }


class LineChart(_ChartView):
    """One indicator over time, a line for the citizen and one for the caseworker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("One indicator over time"))
        self.data: LineData | None = None
        self._scores_axis: QValueAxis | None = None
        self.set_data(None)

    def set_data(self, data: LineData | None) -> None:
        """Draw ``data`` (or an empty chart that says there is nothing yet)."""
        self.data = data
        chart = QChart()
        self._scores_axis = None
        if data is None or not data.points:
            chart.setTitle(
                data.title + " – " + self.tr("no ratings yet") if data else self.tr("No ratings yet")
            )
            _readable(chart)
            self.setChart(chart)
            return
        days = sorted({day for points in data.points.values() for day, _score in points})
        across = QCategoryAxis()  # ticks on the days of the ratings, not on arbitrary dates between them
        across.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        pad = max((days[-1] - days[0]).days * 0.15, 5.0) * 86_400_000  # room for the outer dates
        across.setRange(_moment(days[0], -pad), _moment(days[-1], pad))
        every = -(-len(days) // MAX_DATE_LABELS)  # show at most that many dates, evenly thinned
        for day in days[::every]:
            across.append(format_date(day), _moment(day))
        up = QValueAxis()
        up.setRange(data.minimum, data.maximum)
        up.setTickType(QValueAxis.TickType.TicksDynamic)
        up.setTickAnchor(data.minimum)
        up.setTickInterval(1)
        up.setLabelFormat("%d")
        self._scores_axis = up
        chart.addAxis(across, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(up, Qt.AlignmentFlag.AlignLeft)
        for rater in (r.value for r in Rater):
            points = data.points.get(rater)
            if not points:
                continue
            line = QLineSeries()
            for day, score in points:
                line.append(_moment(day), score)
            line.setName(label(RATERS, rater))
            line.setPen(_pen(rater))
            line.setPointsVisible(True)
            line.setPointLabelsVisible(True)
            line.setPointLabelsFormat("@yPoint")
            line.setPointLabelsClipping(False)
            line.setPointLabelsFont(_larger(line.pointLabelsFont(), 2))
            chart.addSeries(line)
            line.attachAxis(across)
            line.attachAxis(up)
        chart.setTitle(data.title)
        _readable(chart)
        self.setChart(chart)
        self._fit_score_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Thin the score labels to what the new height has room for."""
        super().resizeEvent(event)
        self._fit_score_labels()

    def picture(self, size: QSize | None = None) -> QImage:
        """The chart as an image, its labels fitted to ``size`` (a hidden chart gets no resize event)."""
        if size is not None:
            self.resize(size)
        self._fit_score_labels()
        return super().picture()

    def _fit_score_labels(self) -> None:
        """A label on every score where there is room, else on every second or third (1, 4, 7, 10):
        Qt shortens labels that do not fit to "…", which tells nobody anything."""
        axis, data = self._scores_axis, self.data
        if axis is None or data is None or not data.points:
            return
        span = data.maximum - data.minimum
        plot = self.height() - 150  # the title, the dates and the legend take about this much
        needed = QFontMetrics(axis.labelsFont()).height() * 1.4
        step = next((n for n in range(1, span + 1) if span % n == 0 and plot * n / span >= needed), span)
        axis.setTickInterval(step)

    def series_points(self) -> dict[str, list[tuple[date, int]]]:
        """The drawn points of each rater's line by its legend name (for tests)."""
        return {
            s.name(): [(datetime.fromtimestamp(p.x() / 1000).date(), round(p.y())) for p in s.points()]
            for s in self.chart().series()
            if isinstance(s, QLineSeries)  # every series of this chart is a line
        }


def _moment(day: date, offset_ms: float = 0.0) -> float:
    """Milliseconds since 1970 at noon on ``day`` (what ``QDateTimeAxis`` counts in), plus an offset."""
    return datetime.combine(day, time(12)).timestamp() * 1000 + offset_ms
