"""OverviewService: one plain record of what matters today about a citizen."""

from datetime import date, timedelta

import pytest

from desktop.domain.citizen import CitizenDraft, Rater
from desktop.domain.coordination import ActorDraft, ConsentDraft
from desktop.domain.notes import Agreement, FilingStatus, NoteDraft
from desktop.domain.scales import MeasurementDraft
from desktop.errors import NotFound
from desktop.services.overview import MAX_DATED
from desktop.services.registry import Services

TODAY = date(2026, 11, 18)


@pytest.fixture
def services(unlocked) -> Services:
    s = Services.for_session(unlocked)
    for service in (s.coordination, s.notes, s.measurements, s.citizens, s.overview):
        service._today = lambda: TODAY
    return s


@pytest.fixture
def citizen(services) -> str:
    return services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))


def consent(actor_id, given_on, expires_on, information="Fremmøde") -> ConsentDraft:
    return ConsentDraft(
        actor_id,
        information,
        "to",
        "Planlægge praktik",
        "Samtykke (art. 6(1)(a))",
        "written",
        given_on,
        expires_on=expires_on,
    )


def test_an_empty_file_has_an_empty_overview_and_an_unknown_one_is_refused(services, citizen):
    overview = services.overview.overview(citizen)
    assert overview.today == TODAY
    assert (overview.goals, overview.dated, overview.consents, overview.drafts) == ((), (), (), ())
    assert overview.undated_agreements == 0 and overview.widest_gap is None
    assert overview.belief.gap is None
    with pytest.raises(NotFound):
        services.overview.overview("no-such-citizen")


def test_consents_soon_ending_and_ended_unless_renewed_or_withdrawn_or_long_gone(services, citizen):
    coordination = services.coordination
    gp = coordination.add_actor(citizen, ActorDraft("Lægehuset", "gp"))
    mentor = coordination.add_actor(citizen, ActorDraft("Mentorhuset", "mentor"))
    soon = coordination.record_consent(citizen, consent(gp, TODAY - timedelta(100), TODAY + timedelta(30)))
    coordination.record_consent(
        citizen,
        consent(gp, TODAY - timedelta(100), TODAY + timedelta(31)),
    )
    ended = coordination.record_consent(
        citizen, consent(mentor, TODAY - timedelta(100), TODAY - timedelta(1))
    )
    renewed_old = coordination.record_consent(
        citizen, consent(mentor, TODAY - timedelta(300), TODAY - timedelta(50), "Timetal")
    )
    coordination.record_consent(
        citizen, consent(mentor, TODAY - timedelta(49), TODAY + timedelta(200), "Timetal")
    )
    withdrawn = coordination.record_consent(
        citizen, consent(gp, TODAY - timedelta(10), TODAY + timedelta(5), "X")
    )
    coordination.withdraw_consent(withdrawn, TODAY)
    coordination.record_consent(
        citizen, consent(gp, TODAY - timedelta(900), TODAY - timedelta(400), "Gammel")
    )
    due = services.overview.overview(citizen).consents
    assert [(c.id, c.organisation, c.expired(TODAY)) for c in due] == [
        (ended, "Mentorhuset", True),
        (soon, "Lægehuset", False),
    ]
    assert renewed_old not in [c.id for c in due]


def test_dates_in_order_capped_drafts_without_filed_notes_and_the_gaps(services, citizen):
    services.citizens.update_citizen(
        citizen, CitizenDraft(name="Åse Ærø", next_follow_up=TODAY + timedelta(2))
    )
    agreements = [Agreement(f"Aftale {n}", "Åse", TODAY + timedelta(n)) for n in range(-1, MAX_DATED + 2)]
    note = services.notes.add_note(
        citizen, NoteDraft(TODAY, agenda="Opstart", agreements=[*agreements, Agreement("Udateret")])
    )
    filed = services.notes.add_note(citizen, NoteDraft(TODAY - timedelta(7), agenda="Første"))
    services.notes.move(filed, FilingStatus.FILED)
    overview = services.overview.overview(citizen)
    assert len(overview.dated) == MAX_DATED and overview.undated_agreements == 1
    assert [d.due for d in overview.dated] == sorted(d.due for d in overview.dated)
    assert overview.dated[0].overdue(TODAY) and overview.dated[0].text == "Aftale -1"
    assert ("follow_up", TODAY + timedelta(2)) in [(d.kind, d.due) for d in overview.dated]
    assert [(d.kind, d.text) for d in overview.drafts] == [("draft", "Opstart")]
    assert note

    services.citizens.rate_belief(citizen, Rater.CASEWORKER, 8, TODAY, "")
    assert services.overview.overview(citizen).belief.gap is None  # one rater only
    services.citizens.rate_belief(citizen, Rater.CITIZEN, 3, TODAY, "")
    assert services.overview.overview(citizen).belief.gap == 5

    record = services.measurements.record
    record(citizen, MeasurementDraft("small_steps", TODAY, "citizen", {"energy": 4, "sleep": 5}))
    assert services.overview.overview(citizen).widest_gap is None  # the caseworker has not rated
    record(citizen, MeasurementDraft("small_steps", TODAY, "caseworker", {"energy": 4, "sleep": 9}))
    gap = services.overview.overview(citizen).widest_gap
    assert (gap.indicator.en, gap.citizen, gap.caseworker, gap.difference) == (
        "Sleep and daily rhythm",
        5,
        9,
        4,
    )
