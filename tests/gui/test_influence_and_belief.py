"""The citizen's own rating of their influence beside the caseworker's
estimate, with the gap in words; belief in a job over time, both raters and the gap between them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.domain.citizen import CitizenDraft
from tests.gui.conftest import open_citizen_and_wait

INFLUENCE = "influence_and_trust"


def rate(qtbot, panel, rater, digits, on):
    """One rater's rating typed as a caseworker would: a digit per indicator, then Ctrl+Enter's save."""
    panel.form.rater.setCurrentIndex(panel.form.rater.findData(rater))
    panel.form.rated_on.set_value(on)
    panel.form.focus_first()
    for digit in digits:
        qtbot.keyClick(panel.focusWidget() or panel, digit)
    assert panel.save()


def open_progress(qtbot, window, name="Åse Ærø"):
    citizen = window.services.citizens.create_citizen(CitizenDraft(name=name))
    open_citizen_and_wait(window, qtbot, citizen)
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.progress_panel)
    panel = page.tabs.progress_panel
    panel.scale.setCurrentIndex(panel.scale.findData(INFLUENCE))
    return citizen, panel


def test_influence_is_rated_by_both_and_the_gap_is_said_in_words(qtbot, english, main_window):
    citizen, panel = open_progress(qtbot, main_window)
    assert panel.scale.currentData() == INFLUENCE  # the shipped scale sets include it
    labels = [panel.indicator.itemText(i) for i in range(panel.indicator.count())]
    assert labels[0] == "Influence on my case"
    assert "No influence" not in panel.gaps.text() and "both" in panel.gaps.text()  # the empty state

    earlier = date.today() - timedelta(days=3)
    rate(qtbot, panel, "citizen", "3", earlier)  # the citizen: 3 on influence
    rate(qtbot, panel, "caseworker", "8", earlier)  # the caseworker's estimate: 8
    stored = main_window.services.measurements.latest(citizen, INFLUENCE)
    assert stored["citizen"].draft.scores == {"influence_on_case": 3}
    assert stored["caseworker"].draft.scores == {"influence_on_case": 8}
    gap = panel.gaps.gaps[0]
    assert (gap.indicator.id, gap.citizen, gap.caseworker, gap.difference) == ("influence_on_case", 3, 8, 5)
    text = panel.gaps.text()
    assert "Influence on my case: citizen 3, caseworker 8 – you 5 steps higher" in text
    assert "<b>Influence on my case" in text  # a wide gap is marked


def test_in_danish_the_gap_is_in_danish_words(qtbot, danish, make_main_window, services):
    window = make_main_window(services)
    _citizen, panel = open_progress(qtbot, window)
    assert panel.scale.currentText() == "Medindflydelse og tillid"
    on = date.today()
    rate(qtbot, panel, "citizen", "82", on)
    rate(qtbot, panel, "caseworker", "81", on)
    text = panel.gaps.text()
    assert "Indflydelse på min sag: borger 8, sagsbehandler 8 – I er enige" in text
    assert "At blive hørt: borger 2, sagsbehandler 1 – borgeren 1 trin højere" in text
    assert text.index("At blive hørt") < text.index("Indflydelse på min sag")  # the widest gap first
    assert f"({on.day:02d}-{on.month:02d}-{on.year})" in text  # dd-mm-åååå
    panel.chart_tabs.setCurrentIndex(0)
    panel.resize(1100, 760)
    assert not panel.grab().isNull()


def add_belief(qtbot, panel, rater, value, on, comment=""):
    """Enter one belief rating in the tab's form, as a caseworker would, and press Add rating."""
    panel.rater.setCurrentIndex(panel.rater.findData(rater))
    panel.value.setValue(value)
    panel.rated_on.set_value(on)
    panel.comment.setText(comment)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def belief(qtbot, english, main_window):
    citizen = main_window.services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    open_citizen_and_wait(main_window, qtbot, citizen)
    page = main_window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.belief_panel)
    return page.tabs.belief_panel


def test_belief_over_time_shows_both_lines_and_shades_the_gap(qtbot, belief):
    today = date.today()
    first, second, third = today - timedelta(days=28), today - timedelta(days=14), today
    assert belief.chart.belief.points == {}
    add_belief(qtbot, belief, "citizen", 2, first)
    add_belief(qtbot, belief, "caseworker", 6, first)
    add_belief(qtbot, belief, "citizen", 4, third, "Praktikken går godt")
    add_belief(qtbot, belief, "caseworker", 7, second)
    add_belief(qtbot, belief, "caseworker", 6, third)
    assert belief.model.rowCount() == 5

    lines = belief.chart.series_points()
    assert lines == {
        "Citizen": [(first, 2), (third, 4)],
        "Caseworker": [(first, 6), (second, 7), (third, 6)],
    }
    # The gap is shaded between the two lines, on the days either rated: the citizen's line at the
    # middle day is read off the straight line from 2 to 4.
    assert belief.chart.gap_band() == [(first, 2.0, 6.0), (second, 3.0, 7.0), (third, 4.0, 6.0)]
    assert belief.chart.chart().title().endswith("gap now: you rate 2 steps higher</span>")
    assert belief.summary.text().endswith("Gap: 2 steps")
    assert (
        belief.chart.title_text(belief.chart.belief) == "Belief in a job – gap now: you rate 2 steps higher"
    )

    # Narrow, the dates under the chart are thinned (first and last kept), never cut to "202…".
    belief.chart.resize(900, 400)
    assert belief.chart.shown_dates() == [first.isoformat(), second.isoformat(), third.isoformat()]
    belief.chart.resize(250, 300)
    assert belief.chart.shown_dates() == [first.isoformat(), third.isoformat()]


def test_the_citizen_rating_higher_is_said_too_and_one_rater_has_no_gap(qtbot, belief):
    add_belief(qtbot, belief, "caseworker", 3, date.today() - timedelta(days=7))
    assert belief.chart.belief.latest_gap is None and belief.chart.gap_band() == []
    assert "Gap" not in belief.summary.text()
    add_belief(qtbot, belief, "citizen", 8, date.today())
    assert belief.chart.title_text(belief.chart.belief) == (
        "Belief in a job – gap now: the citizen rates 5 steps higher"
    )


def test_the_belief_table_shows_whole_dates_and_raters_and_a_long_comment_in_its_tooltip(qtbot, belief):
    long_comment = (
        "Jeg tror ikke rigtig på det endnu, men praktikken i børnehaven hjælper mig hver eneste uge " * 2
    )
    add_belief(qtbot, belief, "caseworker", 6, date.today(), long_comment)
    belief.resize(760, 620)
    qtbot.waitUntil(lambda: belief.table.isVisible())
    table = belief.table
    metrics = table.fontMetrics()
    viewport = table.viewport().rect()
    for column in (0, 1, 2):
        index = belief.model.index(0, column)
        cell = table.visualRect(index)
        assert viewport.contains(cell), f"column {column} is outside the visible part"
        assert cell.width() >= metrics.horizontalAdvance(index.data()) + 8, f"column {column} is clipped"
    comment = belief.model.index(0, 3)
    assert (
        comment.data(Qt.ItemDataRole.ToolTipRole) == long_comment.strip()
        or comment.data(Qt.ItemDataRole.ToolTipRole) == long_comment
    )
    assert not table.horizontalScrollBar().isVisible()  # no sideways scrolling to read a date


def test_belief_chart_data_keeps_the_later_entry_of_a_day_and_bands_only_where_both_rated():
    from desktop.domain.citizen import BeliefEntry
    from desktop.views.citizen.belief_chart import belief_chart_data

    d1, d2, d3 = date(2026, 10, 1), date(2026, 10, 15), date(2026, 11, 1)
    entries = [  # newest first, as stored
        BeliefEntry("c3", "citizen", 5, d3),
        BeliefEntry("w2b", "caseworker", 9, d2),  # entered after w2a on the same day: it wins
        BeliefEntry("w2a", "caseworker", 6, d2),
        BeliefEntry("c1", "citizen", 1, d1),
    ]
    data = belief_chart_data(entries)
    assert data.points == {"citizen": ((d1, 1), (d3, 5)), "caseworker": ((d2, 9),)}
    assert data.band == ((d2, 1 + 4 * 14 / 31, 9.0),)  # on the citizen's line; the caseworker rated once
    assert data.latest_gap == 4
