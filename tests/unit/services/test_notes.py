from datetime import date

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import Agreement, FilingStatus, NoteDraft
from desktop.errors import InvalidInput, NotAllowed, NoteFiled
from desktop.services.registry import Services
from desktop.storage.vault import audit

TODAY = date(2026, 11, 18)  # a Wednesday


@pytest.fixture
def services(unlocked) -> Services:
    s = Services.for_session(unlocked)
    s.notes._today = lambda: TODAY
    return s


@pytest.fixture
def citizen_id(services) -> str:
    return services.citizens.create_citizen(CitizenDraft(name="Åse Ærø", cpr="211062-5629"))


def meeting(**changes) -> NoteDraft:
    values = dict(
        held_on=date(2026, 11, 17),
        place="home",
        participants="Åse, mentor Bo, sagsbehandler",
        agenda="Praktik i genbrugsbutikken",
        citizen_view="Åse siger, at mandage er hårde, men at kollegerne er søde.",
        agreements=[
            Agreement("Åse ringer til mentor", "Åse", date(2026, 11, 20)),
            Agreement("Sagsbehandler indhenter statusattest", "Sagsbehandler", date(2026, 11, 10)),
            Agreement("Tale om timetal næste gang"),
        ],
        next_steps="Ny samtale om tre uger.",
        tool="scale_questions",
        tool_answers={"today": 6, "what_helped": "Gåture"},
    )
    values.update(changes)
    return NoteDraft(**values)


def actions(services, citizen_id):
    return [e.action for e in reversed(services.citizens.access_log(citizen_id))]


def test_write_file_and_correct_a_note(services, citizen_id):
    note_id = services.notes.add_note(citizen_id, meeting())
    stored = services.notes.get(note_id)
    assert stored.filing_status == "draft" and stored.draft.tool_answers == {
        "today": 6,
        "what_helped": "Gåture",
    }
    assert [a.text for a in stored.draft.agreements] == [
        "Åse ringer til mentor",
        "Sagsbehandler indhenter statusattest",
        "Tale om timetal næste gang",
    ]

    services.notes.update_note(note_id, meeting(next_steps="Ny samtale om to uger."))
    services.notes.move(note_id, FilingStatus.READY)
    filed_at = services.notes.move(note_id, FilingStatus.FILED)
    assert filed_at and services.notes.get(note_id).filed_at == filed_at

    # A filed note is read-only, and cannot go back.
    with pytest.raises(NoteFiled):
        services.notes.update_note(note_id, meeting(agenda="Omskrevet"))
    with pytest.raises(NotAllowed):
        services.notes.move(note_id, FilingStatus.DRAFT)
    # A correction is a new note linked to the filed one.
    correction = services.notes.correct(note_id, meeting(citizen_view="Rettelse: det var tirsdage."))
    assert services.notes.get(correction).corrects_id == note_id
    assert services.notes.get(note_id).draft.next_steps == "Ny samtale om to uger."
    listed = services.notes.list_for(citizen_id)
    assert {row[0] for row in listed} == {note_id, correction}

    assert actions(services, citizen_id)[-5:] == [
        "note.created",
        "note.updated",
        "note.status_changed",
        "note.filed",
        "note.corrected",
    ]
    with services.session.vault.engine.connect() as conn:
        assert audit.verify_chain(conn).ok


def test_the_text_for_the_case_system(services, citizen_id):
    note_id = services.notes.add_note(citizen_id, meeting())
    text = services.notes.text_for_filing(note_id)
    assert text.startswith("Hjemmebesøg 17-11-2026 – Åse Ærø\n")
    assert "Borgerens perspektiv:\nÅse siger, at mandage er hårde" in text
    assert "- Åse ringer til mentor (Åse, senest 20-11-2026)" in text
    assert "- Tale om timetal næste gang\n" in text
    services.notes.move(note_id, FilingStatus.FILED)
    correction = services.notes.correct(note_id, meeting())
    assert "Rettelse til notat af 17-11-2026." in services.notes.text_for_filing(correction)


def test_follow_ups_come_from_agreements_with_a_due_date(services, citizen_id):
    services.notes.add_note(citizen_id, meeting())
    due = services.notes.follow_ups()  # up to Sunday 22-11-2026, overdue included
    assert [(f.text, f.due, f.citizen_name) for f in due] == [
        ("Sagsbehandler indhenter statusattest", date(2026, 11, 10), "Åse Ærø"),
        ("Åse ringer til mentor", date(2026, 11, 20), "Åse Ærø"),
    ]
    services.notes.mark_done(due[0].id)
    assert [f.text for f in services.notes.follow_ups()] == ["Åse ringer til mentor"]
    assert "followup.done" in actions(services, citizen_id)


def test_notes_are_searchable(services, citizen_id):
    services.notes.add_note(citizen_id, meeting())
    results = services.search.search("mandage kollegerne")
    assert [r.citizen_id for r in results] == [citizen_id]
    assert results[0].hits[0].kind == "note"


def test_bad_notes_are_refused(services, citizen_id):
    with pytest.raises(InvalidInput):
        services.notes.add_note(citizen_id, meeting(held_on=date(2027, 1, 1)))
    with pytest.raises(InvalidInput):
        services.notes.add_note(citizen_id, meeting(place="moon"))
    with pytest.raises(InvalidInput):
        services.notes.add_note(citizen_id, meeting(agreements=[Agreement("  ")]))
    with pytest.raises(InvalidInput) as pasted:
        services.notes.add_note(citizen_id, meeting(citizen_view="x" * 10_000_000))
    assert [(p.field, p.code, p.limit) for p in pasted.value.problems] == [
        ("citizen_view", "too_long", 100_000)
    ]
    assert services.notes.list_for(citizen_id) == []


def test_typing_is_kept_as_a_draft_until_saved(services, citizen_id):
    services.notes.save_draft(citizen_id, None, {"agenda": "Halvskrevet"})
    assert services.notes.load_draft(citizen_id, None)[0] == {"agenda": "Halvskrevet"}
    services.notes.add_note(citizen_id, meeting())
    assert services.notes.load_draft(citizen_id, None) is None


def test_a_done_follow_up_stays_done_when_the_note_is_edited_or_corrected(services, citizen_id):
    note_id = services.notes.add_note(citizen_id, meeting())
    [done, _open] = sorted(services.notes.follow_ups(date(2026, 11, 30)), key=lambda f: f.text)
    assert done.text == "Sagsbehandler indhenter statusattest"
    services.notes.mark_done(done.id)
    services.notes.update_note(note_id, meeting(agenda="Praktik, opfølgning"))
    assert [f.text for f in services.notes.follow_ups(date(2026, 11, 30))] == ["Åse ringer til mentor"]

    services.notes.move(note_id, FilingStatus.FILED)
    correction = meeting(
        agreements=[*meeting().agreements, Agreement("Ny aftale", "Åse", date(2026, 11, 25))]
    )
    services.notes.correct(note_id, correction)
    # The correction's agreements replace the filed note's: nothing twice, the done one still done.
    texts = sorted(f.text for f in services.notes.follow_ups(date(2026, 11, 30)))
    assert texts == ["Ny aftale", "Åse ringer til mentor"]
    # The filed note itself is unchanged.
    assert [a.text for a in services.notes.get(note_id).draft.agreements] == [
        a.text for a in meeting().agreements
    ]


def test_an_ended_activity_is_followed_up_until_done_or_its_outcome_is_written(services, citizen_id):
    from desktop.domain.goals import ActivityDraft, GoalDraft

    activities = [
        ActivityDraft("Praktik i genbrugsbutikken", ends_on=date(2026, 11, 16)),
        ActivityDraft("Samtaleforløb", actor="other", actor_name="Psykolog Ida", ends_on=date(2026, 11, 19)),
        ActivityDraft("Gåtur hver dag", ends_on=date(2026, 12, 31)),
        ActivityDraft("Kursus", ends_on=date(2026, 11, 1), outcome="Gennemført"),
    ]
    goal = GoalDraft("purpose", "Komme ud blandt mennesker", "together", activities=activities)
    goal_id = services.goals.add_goal(citizen_id, goal)
    due = [f for f in services.notes.follow_ups() if f.kind == "activity"]
    assert [(f.text, f.who, f.source_id) for f in due] == [
        ("Praktik i genbrugsbutikken", "citizen", goal_id),
        ("Samtaleforløb", "Psykolog Ida", goal_id),
    ]
    services.notes.mark_done(due[0].id)
    assert "followup.done" in [e.action for e in services.citizens.access_log(citizen_id)]
    # Revising the goal keeps the follow-up done; writing an outcome also ends it.
    goal.activities[1] = ActivityDraft(
        "Samtaleforløb", actor="other", actor_name="Psykolog Ida", ends_on=date(2026, 11, 19), outcome="Godt"
    )
    services.goals.revise_goal(goal_id, goal, "Forløbet er slut")
    assert [f for f in services.notes.follow_ups() if f.kind == "activity"] == []


def test_tool_answers_are_searchable(services, citizen_id):
    answers = {
        "network": {"Familie": ["Mormor Ellen"]},
        "resources_found": "Fodboldklubben",
        "_helped": "yes",
    }
    services.notes.add_note(citizen_id, meeting(tool="network_map", tool_answers=answers))
    for word in ("Ellen", "Fodboldklubben"):
        [found] = services.search.search(word)
        assert found.citizen_id == citizen_id and found.hits[0].kind == "note"
    assert services.search.search("yes") == []
