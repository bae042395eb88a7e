"""Actors, specific consents, contacts with and without consent, withdrawal, expiry, measurements."""

from datetime import date

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.domain.coordination import ActorDraft, ConsentDraft, ContactDraft
from desktop.domain.scales import MeasurementDraft
from desktop.errors import ConsentMissing, InvalidInput
from desktop.services.registry import Services
from tests.helpers import files_containing

TODAY = date(2026, 11, 18)


@pytest.fixture
def services(unlocked) -> Services:
    s = Services.for_session(unlocked)
    s.coordination._today = lambda: TODAY
    s.notes._today = lambda: TODAY
    s.measurements._today = lambda: TODAY
    return s


@pytest.fixture
def citizen_id(services) -> str:
    return services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))


def consent(actor_id, **changes) -> ConsentDraft:
    values = dict(
        actor_id=actor_id,
        information="Anbefalet timetal og skånehensyn",
        direction="to",
        purpose="Planlægge opstart i praktik",
        legal_basis="Samtykke (databeskyttelsesforordningen art. 6(1)(a))",
        form="written",
        given_on=date(2026, 11, 1),
        expires_on=date(2026, 12, 10),
    )
    values.update(changes)
    return ConsentDraft(**values)


def actions(services, citizen_id):
    return [e.action for e in services.citizens.access_log(citizen_id)]


def test_contacts_with_and_without_consent(services, citizen_id, unlocked):
    coordination = services.coordination
    mentor = coordination.add_actor(
        citizen_id, ActorDraft("Mentorhuset", "mentor", "Bo Berg", email="bo@example.dk")
    )
    employer = coordination.add_actor(citizen_id, ActorDraft("Rideskolen", "employer", "Karin"))
    assert [a.draft.role for a in coordination.actors(citizen_id)] == ["employer", "mentor"]

    with pytest.raises(InvalidInput) as refused:
        coordination.record_consent(citizen_id, consent(mentor, information="alle relevante oplysninger"))
    assert [(p.field, p.code) for p in refused.value.problems] == [("information", "generic")]
    consent_id = coordination.record_consent(citizen_id, consent(mentor))

    shared = ContactDraft(mentor, date(2026, 11, 17), "phone", "Aftalt opstart", shared="Timetal: 6 t/uge")
    contact_id = coordination.log_contact(citizen_id, shared)
    [logged] = coordination.contacts(citizen_id, mentor)
    assert logged.id == contact_id and logged.consent_id == consent_id and not logged.without_consent

    # The employer has no consent: a warning (an error the view turns into a question), nothing stored.
    to_employer = ContactDraft(employer, date(2026, 11, 17), "meeting", "Praktikaftale", shared="Diagnose")
    with pytest.raises(ConsentMissing):
        coordination.log_contact(citizen_id, to_employer)
    assert coordination.contacts(citizen_id, employer) == []
    coordination.decline_sharing(citizen_id, employer)
    coordination.log_contact(citizen_id, to_employer, go_ahead_without_consent=True)
    [went_ahead] = coordination.contacts(citizen_id, employer)
    assert went_ahead.without_consent and went_ahead.consent_id is None

    # Withdrawn: the consent no longer covers sharing from that day.
    coordination.withdraw_consent(consent_id, on=date(2026, 11, 18))
    later = ContactDraft(mentor, date(2026, 11, 18), "email", "Opfølgning", shared="Fremmøde")
    assert coordination.consent_for(citizen_id, later) is None
    with pytest.raises(ConsentMissing):
        coordination.log_contact(citizen_id, later)
    logged_actions = actions(services, citizen_id)
    for action in (
        "actor.added",
        "consent.recorded",
        "contact.logged",
        "contact.sharing_declined",
        "contact.logged_without_consent",
        "consent.withdrawn",
    ):
        assert action in logged_actions
    assert files_containing(unlocked.folder, "Mentorhuset") == []  # encrypted at rest


def test_expiring_consents_are_follow_ups_until_dealt_with(services, citizen_id):
    coordination = services.coordination
    gp = coordination.add_actor(citizen_id, ActorDraft("Lægehuset", "gp"))
    soon = coordination.record_consent(citizen_id, consent(gp, expires_on=date(2026, 12, 10)))
    coordination.record_consent(citizen_id, consent(gp, expires_on=date(2027, 6, 1)))
    due = [f for f in services.notes.follow_ups() if f.kind == "consent"]
    assert [(f.id, f.who, f.due) for f in due] == [(soon, "Lægehuset", date(2026, 12, 10))]
    services.notes.mark_done(soon)
    assert [f for f in services.notes.follow_ups() if f.kind == "consent"] == []


def test_measurements_by_both_raters_make_two_series(services, citizen_id):
    measurements = services.measurements
    assert {s.id for s in measurements.scales()} >= {"employment_readiness", "small_steps"}
    for rated_on, citizen_score, caseworker_score in ((date(2026, 10, 1), 3, 5), (date(2026, 11, 15), 6, 5)):
        measurements.record(
            citizen_id,
            MeasurementDraft(
                "small_steps", rated_on, "citizen", {"energy": citizen_score}, {"energy": "Bedre"}
            ),
        )
        measurements.record(
            citizen_id, MeasurementDraft("small_steps", rated_on, "caseworker", {"energy": caseworker_score})
        )
    series = measurements.series(citizen_id, "small_steps", "energy")
    assert [p.score for p in series["citizen"]] == [3, 6] and [p.score for p in series["caseworker"]] == [
        5,
        5,
    ]
    latest = measurements.latest(citizen_id, "small_steps")
    assert latest["citizen"].draft.scores == {"energy": 6} and latest["citizen"].draft.comments == {
        "energy": "Bedre"
    }
    with pytest.raises(InvalidInput):
        measurements.record(citizen_id, MeasurementDraft("small_steps", TODAY, "citizen", {"energy": 11}))
    with pytest.raises(InvalidInput):
        measurements.record(citizen_id, MeasurementDraft("no_such_scale", TODAY, "citizen", {"energy": 5}))
    assert actions(services, citizen_id).count("measurement.recorded") == 4
