"""Network meetings and their decisions travel between devices: a meeting written
on one computer arrives on the other, and a decision marked done on the second reaches the first."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.coordination import ActorDraft, ContactDraft
from desktop.domain.network_meeting import DecisionDraft, NetworkMeetingDraft
from tests.unit.sync.test_sync_round import _pair, _round_trip


def test_a_meeting_and_its_decisions_sync_and_a_decision_done_elsewhere_comes_back(make_device):
    office, field, citizen_id = _pair(make_device)
    coordination = office.services.coordination
    mentor = coordination.add_actor(citizen_id, ActorDraft("Mentorhuset", "mentor"))
    today = date.today()
    coordination.record_network_meeting(
        citizen_id,
        NetworkMeetingDraft(
            today,
            [mentor],
            caseworker="Lene",
            discussed="Praktik",
            decisions=[DecisionDraft("Ringe til butikken", "Mentorhuset", today)],
        ),
    )
    coordination.log_contact(
        citizen_id,
        ContactDraft(mentor, today, "phone", "Opkald", "Fremmøde"),
        already_shared_reason="Mentoren ringede selv",
    )
    _round_trip(office, field)

    [arrived] = field.services.coordination.network_meetings(citizen_id)
    assert arrived.draft.actor_ids == [mentor] and arrived.draft.discussed == "Praktik"
    [contact] = field.services.coordination.contacts(citizen_id)
    assert contact.without_consent_kind == "already_shared" and contact.without_consent_reason
    [decision] = [
        f for f in field.services.notes.follow_ups(today + timedelta(days=7)) if f.kind == "network_decision"
    ]
    field.services.notes.mark_done(decision.id)
    _round_trip(field, office)

    assert office.services.coordination.network_meetings(citizen_id)[0].decisions[0].done_at is not None
    assert office.sync.export_all() == field.sync.export_all()
