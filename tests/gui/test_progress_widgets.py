"""The small pieces of the network and progress tabs: the score field's keys, the chart models and the
placing of actors on the map."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.data_file import Text
from desktop.domain.scales import Indicator, MeasurementDraft, Scale
from desktop.services.measurements import Point
from desktop.views.citizen.network_view import (
    NODE_HEIGHT,
    NODE_WIDTH,
    NetworkActor,
    place_actors,
    sector_area,
)
from desktop.views.citizen.progress_charts import LineChart, RadarChart, line_data, radar_data, wrap_label
from desktop.views.widgets.score_field import ScoreField


def _scale(minimum=1, maximum=10):
    indicators = tuple(Indicator(i, Text(f"{i} da", f"{i} en"), Text("", "")) for i in ("a", "b", "c"))
    return Scale("s", 1, Text("Skala", "Scale"), Text("", ""), minimum, maximum, indicators)


class _Stored:
    def __init__(self, rater, rated_on, scores):
        self.draft = MeasurementDraft("s", rated_on, rater, scores)


@pytest.fixture
def field(qtbot):
    widget = ScoreField(1, 10)
    qtbot.addWidget(widget)
    return widget


def test_digits_choose_and_zero_means_ten(qtbot, field):
    chosen = []
    field.chosen.connect(lambda: chosen.append(field.value()))
    qtbot.keyClick(field, "4")
    qtbot.keyClick(field, "0")
    assert chosen == [4, 10]


def test_arrows_home_end_and_delete(qtbot, field):
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert field.value() == 1  # from nothing, right starts at the bottom
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClick(field, Qt.Key.Key_Right)
    assert field.value() == 10  # stays at the top
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.value() == 9
    qtbot.keyClick(field, Qt.Key.Key_Home)
    assert field.value() == 1
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None


def test_a_click_chooses_the_box_under_the_pointer(qtbot, field):
    field.resize(field.sizeHint())
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    assert field.value() in (5, 6)


def test_on_a_longer_scale_two_quick_digits_make_one_number(qtbot):
    widget = ScoreField(0, 20)
    qtbot.addWidget(widget)
    chosen = []
    widget.chosen.connect(lambda: chosen.append(widget.value()))
    qtbot.keyClick(widget, "1")
    assert widget.value() == 1 and chosen == []  # 1 may become 10-19: wait for the next digit
    qtbot.keyClick(widget, "7")
    assert widget.value() == 17 and chosen == [17]
    qtbot.keyClick(widget, "5")
    assert chosen == [17, 5]  # 5 cannot continue (50 > 20): complete at once


def test_a_digit_outside_the_range_changes_nothing(qtbot):
    widget = ScoreField(1, 5)
    qtbot.addWidget(widget)
    qtbot.keyClick(widget, "3")
    qtbot.keyClick(widget, "8")
    qtbot.keyClick(widget, "0")
    assert widget.value() == 3


def test_radar_model_keeps_the_scale_order_and_missing_scores():
    scale = _scale()
    latest = {
        "citizen": _Stored("citizen", date(2026, 11, 1), {"c": 3, "a": 7}),
        "caseworker": _Stored("caseworker", date(2026, 11, 2), {"a": 5, "b": 6, "c": 4}),
    }
    data = radar_data(scale, latest, "da")
    assert data.labels == ("a da", "b da", "c da")
    assert data.scores == {"citizen": (7, None, 3), "caseworker": (5, 6, 4)}
    chart = RadarChart()
    chart.set_data(data)
    drawn = chart.series_points()
    assert len(drawn) == 2
    citizen = next(points for name, points in drawn.items() if name.startswith("Citizen"))
    assert citizen == [(0.0, 7.0), (240.0, 3.0), (360.0, 7.0)]  # the missing score is left out, shape closed


def test_line_model_and_chart_show_one_line_per_rater():
    scale = _scale()
    series = {
        "citizen": [Point(date(2026, 10, 1), 3), Point(date(2026, 11, 1), 5)],
        "caseworker": [],
    }
    data = line_data(scale, "b", series, "en")
    assert data.title == "b en" and list(data.points) == ["citizen"]
    chart = LineChart()
    chart.set_data(data)
    assert chart.series_points() == {"Citizen": [(date(2026, 10, 1), 3), (date(2026, 11, 1), 5)]}
    chart.set_data(line_data(scale, "b", {"citizen": [], "caseworker": []}, "en"))
    assert chart.series_points() == {} and "no ratings yet" in chart.chart().title()


def test_long_indicator_names_are_broken_into_lines_and_escaped():
    assert wrap_label("Viden om arbejdsmarkedet") == "Viden om<br>arbejdsmarkedet"
    assert wrap_label("A & B") == "A &amp; B"


@pytest.mark.parametrize("per_sector", [1, 2, 4])
def test_actors_stay_in_their_sector_without_overlapping(per_sector):
    sectors = ("health", "municipality", "work", "private")
    actors = [
        NetworkActor(f"{sector}{n}", "x", "y", sector, n % 2 == 0)
        for sector in sectors
        for n in range(per_sector)
    ]
    width, height = 560.0, 520.0
    places = place_actors(actors, width, height)
    boxes = {}
    for actor in actors:
        centre = places[actor.id]
        area = sector_area(actor.sector, width, height)
        assert area.left() <= centre.x() - NODE_WIDTH / 2 and centre.x() + NODE_WIDTH / 2 <= area.right()
        assert area.top() <= centre.y() - NODE_HEIGHT / 2 and centre.y() + NODE_HEIGHT / 2 <= area.bottom()
        boxes[actor.id] = (centre.x(), centre.y())
    for (a, pa), (b, pb) in itertools.combinations(boxes.items(), 2):
        overlap = abs(pa[0] - pb[0]) < NODE_WIDTH and abs(pa[1] - pb[1]) < NODE_HEIGHT
        assert not overlap, (a, b)
