"""Network meetings: what is refused, what is stored, decisions as follow-ups,
erasure with the citizen, the access record; and disclosures already made without consent (12c)."""

from datetime import date, timedelta

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.domain.coordination import ActorDraft, ContactDraft
from desktop.domain.network_meeting import DecisionDraft, NetworkMeetingDraft
from desktop.errors import InvalidInput, NotFound
from desktop.services.registry import Services
from desktop.storage.records.sync_types import BY_TABLE

TODAY = date(2026, 11, 18)


@pytest.fixture
def services(unlocked) -> Services:
    s = Services.for_session(unlocked)
    s.coordination._today = lambda: TODAY
    s.notes._today = lambda: TODAY
    return s


@pytest.fixture
def citizen_id(services) -> str:
    return services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))


@pytest.fixture
def mentor(services, citizen_id) -> str:
    return services.coordination.add_actor(citizen_id, ActorDraft("Mentorhuset", "mentor", person="Jonas"))


def meeting(actor_ids, **changes) -> NetworkMeetingDraft:
    values = dict(
        held_on=TODAY,
        actor_ids=actor_ids,
        caseworker="Lene",
        discussed="Opstart i praktik",
        decisions=[DecisionDraft("Ringe til butikken", "Jonas", TODAY + timedelta(days=2))],
    )
    return NetworkMeetingDraft(**(values | changes))


def codes(exc) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc.value.problems}


def test_what_a_network_meeting_needs(services, citizen_id, mentor):
    record = services.coordination.record_network_meeting
    with pytest.raises(InvalidInput) as nobody:
        record(citizen_id, meeting([]))
    assert ("attendees", "required") in codes(nobody)
    with pytest.raises(InvalidInput) as future:
        record(citizen_id, meeting([mentor], held_on=TODAY + timedelta(days=1)))
    assert ("held_on", "future") in codes(future)
    with pytest.raises(InvalidInput) as undated:
        record(citizen_id, meeting([mentor], decisions=[DecisionDraft("Ringe", "Jonas")]))
    assert codes(undated) == {("decisions", "incomplete")}
    with pytest.raises(InvalidInput) as empty:
        record(citizen_id, meeting([mentor], discussed="", decisions=[]))
    assert ("discussed", "required") in codes(empty)
    other = services.citizens.create_citizen(CitizenDraft(name="Bo"))
    strangers = services.coordination.add_actor(other, ActorDraft("3F", "union"))
    with pytest.raises(NotFound):
        record(citizen_id, meeting([strangers]))
    assert services.coordination.network_meetings(citizen_id) == []


def test_a_meeting_is_stored_its_decisions_followed_up_and_erased_with_the_citizen(
    services, citizen_id, mentor
):
    meeting_id = services.coordination.record_network_meeting(citizen_id, meeting([mentor]))
    [stored] = services.coordination.network_meetings(citizen_id)
    assert (
        stored.id == meeting_id and stored.draft.actor_ids == [mentor] and stored.draft.caseworker == "Lene"
    )
    [follow_up] = [
        f for f in services.notes.follow_ups(TODAY + timedelta(days=7)) if f.kind == "network_decision"
    ]
    assert (follow_up.citizen_name, follow_up.who, follow_up.source_id) == ("Åse Ærø", "Jonas", meeting_id)
    services.notes.mark_done(follow_up.id)
    assert services.coordination.network_meetings(citizen_id)[0].decisions[0].done_at is not None
    assert not [
        f for f in services.notes.follow_ups(TODAY + timedelta(days=7)) if f.kind == "network_decision"
    ]

    record = services.privacy.access_record(citizen_id)
    assert len(record.rows["network_meeting"]) == 1 and len(record.rows["network_decision"]) == 1
    assert BY_TABLE["network_meeting"].append_only and not BY_TABLE["network_decision"].append_only

    services.citizens.close_case(citizen_id)
    counts = services.privacy.erase_citizen(citizen_id)
    assert counts["network_meeting"] == 1 and counts["network_decision"] == 1


def test_a_disclosure_already_made_is_stored_flagged_with_its_reason(services, citizen_id, mentor):
    draft = ContactDraft(mentor, TODAY, "phone", "Opkald om fremmøde", "Fremmøde uge 47")
    services.coordination.log_contact(citizen_id, draft, already_shared_reason="Jonas ringede selv")
    [contact] = services.coordination.contacts(citizen_id)
    assert contact.without_consent and contact.without_consent_kind == "already_shared"
    assert contact.without_consent_reason == "Jonas ringede selv"
    with pytest.raises(InvalidInput) as too_long:
        services.coordination.log_contact(citizen_id, draft, already_shared_reason="x" * 2001)
    assert codes(too_long) == {("without_consent_reason", "too_long")}
    # Nothing shared: no flag, whatever reason is passed.
    services.coordination.log_contact(
        citizen_id, ContactDraft(mentor, TODAY, "phone", "Tid aftalt"), already_shared_reason="—"
    )
    assert [c.without_consent for c in services.coordination.contacts(citizen_id)].count(True) == 1
