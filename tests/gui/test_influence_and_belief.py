"""Issue 19, items 13 and 14: the citizen's own rating of their influence beside the caseworker's
estimate, with the gap in words; belief in a job over time, both raters and the gap between them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.citizen import CitizenDraft, Rater

INFLUENCE = "influence_and_trust"


def rate(qtbot, panel, rater, digits, on):
    """One rater's rating typed as a caseworker would: a digit per indicator, then Ctrl+Enter's save."""
    panel.form.rater.setCurrentIndex(panel.form.rater.findData(rater))
    panel.form.rated_on.set_value(on)
    panel.form.focus_first()
    for digit in digits:
        qtbot.keyClick(panel.focusWidget() or panel, digit)
    assert panel.save()


def open_progress(window, name="Åse Ærø"):
    citizen = window._services.citizens.create_citizen(CitizenDraft(name=name))
    window.open_citizen(citizen)
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.progress_panel)
    panel = page.progress_panel
    panel.scale.setCurrentIndex(panel.scale.findData(INFLUENCE))
    return citizen, panel


def test_influence_is_rated_by_both_and_the_gap_is_said_in_words(qtbot, main_window):
    citizen, panel = open_progress(main_window)
    assert panel.scale.currentData() == INFLUENCE  # the shipped scale sets include it
    labels = [panel.indicator.itemText(i) for i in range(panel.indicator.count())]
    assert labels[0] == "Influence on my case"
    assert "No influence" not in panel.gaps.text() and "both" in panel.gaps.text()  # the empty state

    earlier = date.today() - timedelta(days=3)
    rate(qtbot, panel, "citizen", "3", earlier)  # the citizen: 3 on influence
    rate(qtbot, panel, "caseworker", "8", earlier)  # the caseworker's estimate: 8
    stored = main_window._services.measurements.latest(citizen, INFLUENCE)
    assert stored["citizen"].draft.scores == {"influence_on_case": 3}
    assert stored["caseworker"].draft.scores == {"influence_on_case": 8}
    gap = panel.gaps.gaps[0]
    assert (gap.indicator.id, gap.citizen, gap.caseworker, gap.difference) == ("influence_on_case", 3, 8, 5)
    text = panel.gaps.text()
    assert "Influence on my case: citizen 3, caseworker 8 – you rate 5 steps higher than the citizen" in text
    assert "<b>Influence on my case" in text  # a wide gap is marked


def test_in_danish_the_gap_is_in_danish_words(qtbot, danish, make_main_window, services):
    window = make_main_window(services)
    _citizen, panel = open_progress(window)
    assert panel.scale.currentText() == "Medindflydelse og tillid"
    on = date.today()
    rate(qtbot, panel, "citizen", "82", on)
    rate(qtbot, panel, "caseworker", "81", on)
    text = panel.gaps.text()
    assert "Indflydelse på min sag: borger 8, sagsbehandler 8 – I er enige" in text
    assert "At blive hørt: borger 2, sagsbehandler 1 – borgeren vurderer 1 trin højere end dig" in text
    assert text.index("At blive hørt") < text.index("Indflydelse på min sag")  # the widest gap first
    assert f"({on.day:02d}-{on.month:02d}-{on.year})" in text  # dd-mm-åååå
    panel.chart_tabs.setCurrentIndex(0)
    panel.resize(1100, 760)
    panel.grab().save("/work/wt/_png/h5/progress_influence_da.png")
