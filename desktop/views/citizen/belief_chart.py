"""Belief in a job over time: the citizen's line, the caseworker's line and the gap between them shaded.

A Danish indicator study found about 27% got a job where the caseworker believed they would, about 1%
where not (DOMAIN.md, Tro på og tillid til beskæftigelse): the two beliefs and how far apart they are is
the point of the picture. What it shows is computed first as plain data (``BeliefChartData``).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise

from PySide6.QtCharts import QAreaSeries, QCategoryAxis, QLineSeries
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.domain.citizen import BeliefEntry, Rater
from desktop.views.citizen.progress_charts import LineChart, LineData, _moment
from desktop.views.formatting import format_date

BELIEF_MIN, BELIEF_MAX = 1, 10
GAP_COLOUR = QColor(95, 99, 104, 70)  # a grey tint: both raters' colours stay readable on top of it


@dataclass(frozen=True)
class BeliefChartData:
    """Each rater's ratings oldest first; the band between the two lines where both have rated; the newest
    gap (caseworker minus citizen, or ``None`` while one of them has not rated)."""

    points: dict[str, tuple[tuple[date, int], ...]]
    band: tuple[tuple[date, float, float], ...]  # (day, citizen's line, caseworker's line)
    latest_gap: int | None


def belief_chart_data(entries: Iterable[BeliefEntry]) -> BeliefChartData:
    """What the chart shows, from the stored ratings (in any order; two on one day: the later entry wins)."""
    by_rater: dict[str, dict[date, int]] = {rater.value: {} for rater in Rater}
    for entry in sorted(entries, key=lambda e: e.rated_on, reverse=True):  # oldest last, so it loses
        by_rater.get(entry.rater, {}).setdefault(entry.rated_on, entry.value)
    points = {rater: tuple(sorted(days.items())) for rater, days in by_rater.items() if days}
    citizen = points.get(Rater.CITIZEN.value, ())
    caseworker = points.get(Rater.CASEWORKER.value, ())
    band: tuple[tuple[date, float, float], ...] = ()
    latest_gap = None
    if citizen and caseworker:
        latest_gap = caseworker[-1][1] - citizen[-1][1]
        start, end = max(citizen[0][0], caseworker[0][0]), min(citizen[-1][0], caseworker[-1][0])
        days = sorted({d for d, _v in citizen + caseworker if start <= d <= end})
        band = tuple((d, _on_line(citizen, d), _on_line(caseworker, d)) for d in days)
    return BeliefChartData(points, band, latest_gap)


def _on_line(points: tuple[tuple[date, int], ...], day: date) -> float:
    """Where the straight line through ``points`` (oldest first) is on ``day`` (within their span)."""
    for (d0, v0), (d1, v1) in pairwise(points):
        if d0 <= day <= d1:
            return v0 + (v1 - v0) * (day - d0).days / max((d1 - d0).days, 1)
    return float(points[-1][1] if day >= points[-1][0] else points[0][1])


class BeliefChart(LineChart):
    """Both raters' belief in a job over time, the gap between them shaded and named in the title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.belief = belief_chart_data(())
        super().__init__(parent)
        self.setAccessibleName(self.tr("Belief in a job over time"))
        self.setMinimumSize(320, 260)

    def set_belief(self, data: BeliefChartData) -> None:
        """Draw the two lines and the shaded gap between them."""
        self.belief = data
        self.set_data(LineData(self.tr("Belief in a job"), BELIEF_MIN, BELIEF_MAX, data.points))
        chart = self.chart()
        if data.points:
            # Two short lines rather than one long one that Qt would cut with "…" in a narrow window.
            head, _sep, gap = self.title_text(data).partition(" – ")
            second = f'<br><span style="font-weight:normal">{html.escape(gap)}</span>' if gap else ""
            chart.setTitle(html.escape(head) + second)
        self._fit_date_labels()
        if len(data.band) < 2:
            return  # one shared day: no area to shade; the title names the gap
        upper, lower = QLineSeries(), QLineSeries()
        for day, citizen, caseworker in data.band:
            upper.append(_moment(day), caseworker)
            lower.append(_moment(day), citizen)
        area = QAreaSeries(upper, lower)
        for line in (upper, lower):
            line.setParent(
                area
            )  # Qt's area does not own its lines: they go with it, not with Python's collector
        area.setName(self.tr("Gap"))
        area.setBrush(GAP_COLOUR)
        area.setPen(Qt.PenStyle.NoPen)
        chart.addSeries(area)
        for axis in chart.axes():
            area.attachAxis(axis)
        for line in [s for s in chart.series() if isinstance(s, QLineSeries)]:
            chart.removeSeries(line)  # put back above the shading, so the lines keep their full colour
            chart.addSeries(line)
            for axis in chart.axes():
                line.attachAxis(axis)

    def title_text(self, data: BeliefChartData) -> str:
        """ "Belief in a job – gap now: you 3 steps higher" (or who is higher, or that you agree)."""
        gap = data.latest_gap
        if gap is None:
            return self.tr("Belief in a job")
        if gap == 0:
            now = self.tr("gap now: none, you agree")
        elif gap > 0:
            now = self.tr("gap now: you rate %n step(s) higher", "", gap)
        else:
            now = self.tr("gap now: the citizen rates %n step(s) higher", "", -gap)
        return f"{self.tr('Belief in a job')} – {now}"

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Thin the dates to what the new width has room for."""
        super().resizeEvent(event)
        self._fit_date_labels()

    def picture(self, size: QSize | None = None) -> QImage:
        """The chart as an image, its dates fitted to ``size``."""
        if size is not None:
            self.resize(size)
        self._fit_date_labels()
        return super().picture()

    def _fit_date_labels(self) -> None:
        """Every date where there is room, else every second or third: a date cut to "202…" says nothing."""
        axes = [a for a in self.chart().axes(Qt.Orientation.Horizontal) if isinstance(a, QCategoryAxis)]
        days = sorted({day for points in self.belief.points.values() for day, _v in points})
        if not axes or not days:
            return
        axis = axes[0]
        room = max(self.width() - 90, 60)  # the score axis and the margins take about this much
        needed = QFontMetrics(axis.labelsFont()).horizontalAdvance(format_date(days[0])) * 1.25
        fit = min(max(int(room // needed), 1), len(days))
        # Evenly spread, the first and the last day always among them when two fit.
        shown = (
            sorted({days[round(i * (len(days) - 1) / (fit - 1))] for i in range(fit)})
            if fit > 1
            else days[:1]
        )
        for name in axis.categoriesLabels():
            axis.remove(name)
        for day in shown:
            axis.append(format_date(day), _moment(day))

    def shown_dates(self) -> list[str]:
        """The dates written under the chart (for tests)."""
        axes = [a for a in self.chart().axes(Qt.Orientation.Horizontal) if isinstance(a, QCategoryAxis)]
        return list(axes[0].categoriesLabels()) if axes else []

    def gap_band(self) -> list[tuple[date, float, float]]:
        """The shaded band as drawn: (day, lower, upper) (for tests)."""
        areas = [s for s in self.chart().series() if isinstance(s, QAreaSeries)]
        if not areas:
            return []
        upper, lower = areas[0].upperSeries().points(), areas[0].lowerSeries().points()
        return [
            (datetime.fromtimestamp(u.x() / 1000).date(), lo.y(), u.y())
            for u, lo in zip(upper, lower, strict=True)
        ]

    def series_points(self) -> dict[str, list[tuple[date, int]]]:
        """The drawn points of each rater's line by its legend name (for tests)."""
        return {
            s.name(): [(datetime.fromtimestamp(p.x() / 1000).date(), round(p.y())) for p in s.points()]
            for s in self.chart().series()
            if isinstance(s, QLineSeries)
        }
