"""The Overview tab shows what matters today, from one service call, and each line
leads to its tab with the keyboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.domain.citizen import CitizenDraft, Rater
from desktop.domain.coordination import ActorDraft, ConsentDraft
from desktop.domain.goals import ActivityDraft, GoalDraft
from desktop.domain.notes import Agreement, FilingStatus, NoteDraft
from desktop.domain.scales import MeasurementDraft
from tests.gui.conftest import open_citizen_and_wait

TODAY = date.today()


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def consent(actor_id, information, given_on, expires_on) -> ConsentDraft:
    return ConsentDraft(
        actor_id=actor_id,
        information=information,
        direction="to",
        purpose="Planlægge opstart i praktik",
        legal_basis="Samtykke (databeskyttelsesforordningen art. 6(1)(a))",
        form="written",
        given_on=given_on,
        expires_on=expires_on,
    )


def fill(services) -> str:
    """A citizen with something in every section, and things that must not show."""
    citizen = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø", next_follow_up=days(9)))
    goals = services.goals
    goal = goals.add_goal(
        citizen,
        GoalDraft(
            "employment",
            "Job som pædagogmedhjælper",
            "together",
            trade_or_function="Pædagogmedhjælper",
            activities=[ActivityDraft("Praktik i børnehaven", "citizen", "", days(-30), days(4), 8)],
        ),
    )
    goals.add_goal(citizen, GoalDraft("purpose", "Øve at være blandt mennesker", "citizen", parent_id=goal))
    goals.add_goal(citizen, GoalDraft("purpose", "Ordne økonomien", "citizen", status="reached"))
    notes = services.notes
    draft_note = notes.add_note(
        citizen,
        NoteDraft(
            days(-3),
            agenda="Opstart af praktik",
            agreements=[
                Agreement("Ringe til praktikstedet", "Åse", days(-1)),
                Agreement("Sende lægeattest", "Sagsbehandler", days(6)),
                Agreement("Tænke over timetal"),
            ],
        ),
    )
    filed = notes.add_note(citizen, NoteDraft(days(-20), agenda="Første samtale"))
    notes.move(filed, FilingStatus.FILED)
    notes.save_draft(citizen, None, {"agenda": "Netværksmøde"})
    assert draft_note
    for rater, value in ((Rater.CITIZEN, 3), (Rater.CASEWORKER, 7)):
        services.citizens.rate_belief(citizen, rater, value, days(-2), "")
    measurements = services.measurements
    for rater, scores in (
        ("citizen", {"influence_on_case": 2, "trust": 6}),
        ("caseworker", {"influence_on_case": 8, "trust": 7}),
    ):
        measurements.record(citizen, MeasurementDraft("influence_and_trust", days(-2), rater, scores))
    coordination = services.coordination
    gp = coordination.add_actor(citizen, ActorDraft("Lægehuset", "gp"))
    mentor = coordination.add_actor(citizen, ActorDraft("Mentorhuset", "mentor"))
    psychiatry = coordination.add_actor(citizen, ActorDraft("Distriktspsykiatrien", "psychiatry"))
    coordination.record_consent(citizen, consent(gp, "Anbefalet timetal", days(-100), days(10)))
    coordination.record_consent(citizen, consent(mentor, "Fremmøde", days(-200), days(-5)))
    coordination.record_consent(citizen, consent(psychiatry, "Behandlingsplan", days(-200), days(-40)))
    coordination.record_consent(
        citizen, consent(psychiatry, "Behandlingsplan", days(-39), days(300))
    )  # renewed
    return citizen


@pytest.fixture
def page(main_window):
    return main_window.citizen_page


def test_the_overview_shows_what_matters_today_and_leads_to_each_tab(qtbot, english, main_window, page):
    citizen = fill(main_window.services)
    open_citizen_and_wait(main_window, qtbot, citizen)
    page.tabs.setCurrentIndex(0)
    overview = page.tabs.overview_panel
    assert overview.isVisible()
    text = {key: label.text() for key, label in overview.sections.items()}

    assert "Job som pædagogmedhjælper" in text["goals"] and "Øve at være blandt mennesker" in text["goals"]
    assert "Ordne økonomien" not in text["goals"]  # reached, not active

    dates = text["dates"]
    order = ["Ringe til praktikstedet", "Praktik i børnehaven", "Sende lægeattest", "Next follow-up meeting"]
    assert [dates.index(t) for t in order] == sorted(dates.index(t) for t in order)  # by date
    assert "Praktik i børnehaven (Citizen)" in dates
    d = days(-1)
    assert f"{d.isoformat()}, overdue: Ringe til praktikstedet (Åse)" in dates
    assert "1 open agreement without a date" in dates

    belief = text["belief"]
    assert "Citizen 3/10" in belief and "Caseworker 7/10" in belief
    assert "Widest gap (Influence and trust): Influence on my case, citizen 2, caseworker 8" in belief

    consents = text["consents"]
    assert f"Expires {days(10).isoformat()}: Lægehuset – Anbefalet timetal" in consents
    assert f"Expired {days(-5).isoformat()}: Mentorhuset – Fremmøde" in consents
    assert "Behandlingsplan" not in consents  # the expired one was renewed; the new one ends far off

    drafts = text["drafts"]
    assert "Opstart af praktik" in drafts and "Første samtale" not in drafts  # filed notes are done
    assert "Unsaved typing of a note" in drafts

    # The keyboard: Tab into the goals section lands on its first link; Enter opens the goals tab.
    goals = overview.sections["goals"]
    goals.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(goals.hasFocus)
    qtbot.keyClick(goals, Qt.Key.Key_Tab)  # from link to link inside the section
    assert goals.hasSelectedText() or goals.hasFocus()
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.tabs.goals_panel
    for key, panel in (("consents", page.tabs.coordination_panel), ("belief", page.tabs.belief_panel)):
        page.tabs.setCurrentIndex(0)
        overview.sections[key].linkActivated.emit(overview.sections[key].text().split('"')[1])
        assert page.tabs.currentWidget() is panel

    # Back on the overview after a change elsewhere, it is read again.
    main_window.services.citizens.rate_belief(citizen, Rater.CITIZEN, 6, TODAY, "")
    page.tabs.setCurrentIndex(0)
    assert "Citizen 6/10" in overview.sections["belief"].text()
    main_window.resize(1200, 900)
    assert not page.grab().isNull()


def test_empty_states_in_plain_danish(qtbot, danish, make_main_window, services):
    window = make_main_window(services)
    page = window.citizen_page
    citizen = services.citizens.create_citizen(CitizenDraft(name="Bo Berg"))
    open_citizen_and_wait(window, qtbot, citizen)
    page.tabs.setCurrentIndex(0)
    text = {key: label.text() for key, label in page.tabs.overview_panel.sections.items()}
    assert "Ingen aktive mål" in text["goals"]
    assert "Ingen aftaler eller opfølgninger med dato" in text["dates"]
    assert "Troen på et job: ikke vurderet endnu" in text["belief"]
    assert "Intet samtykke udløber inden for 30 dage" in text["consents"]
    assert "Ingen åbne kladder" in text["drafts"]
    window.resize(1200, 900)
    assert not page.grab().isNull()

    filled = fill(services)
    open_citizen_and_wait(window, qtbot, filled)
    page.tabs.setCurrentIndex(0)
    text = {key: label.text() for key, label in page.tabs.overview_panel.sections.items()}
    d = days(-1)
    assert f"{d.day:02d}-{d.month:02d}-{d.year}, overskredet: Ringe til praktikstedet (Åse)" in text["dates"]
    assert "1 åben aftale uden dato" in text["dates"]
    assert "Borger 3/10" in text["belief"] and "forskel 4 trin" in text["belief"]
    assert "Største forskel (Medindflydelse og tillid): Indflydelse på min sag, borger 2" in text["belief"]
    assert "Udløbet" in text["consents"] and "Udløber" in text["consents"]
    assert "Kladde" in text["drafts"] and "Ikke gemt tekst til et notat" in text["drafts"]
    assert not page.grab().isNull()


def test_a_new_citizen_and_a_locked_page_show_nothing_of_the_last_one(qtbot, main_window, page):
    citizen = fill(main_window.services)
    open_citizen_and_wait(main_window, qtbot, citizen)
    overview = page.tabs.overview_panel
    assert "Job som pædagogmedhjælper" in overview.sections["goals"].text()
    page.start_new()
    assert not overview.today.isVisible()
    assert all(label.text() == "" for label in overview.sections.values())
    open_citizen_and_wait(main_window, qtbot, citizen)
    assert overview.today.isVisible() and overview.sections["goals"].text()
    page.clear()
    assert all(label.text() == "" for label in overview.sections.values())
