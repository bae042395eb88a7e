"""Every free-text or JSON field a service writes has a bound: too much is refused with the field named
(``InvalidInput``), and nothing is stored or logged. A 10 MB paste is the case that matters."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.citizen import CitizenDraft, Rater
from desktop.domain.coordination import ActorDraft
from desktop.domain.goals import ActivityDraft, GoalDraft
from desktop.domain.notes import Agreement, NoteDraft
from desktop.domain.reflection import DiscretionDraft, ReflectionDraft
from desktop.errors import InvalidInput

TEN_MB = "x" * 10_000_000
TODAY = date(2026, 11, 18)


@pytest.fixture
def citizen_id(services) -> str:
    services.notes._today = lambda: TODAY
    return services.citizens.create_citizen(CitizenDraft(name="Åse Ærø", cpr="211062-5629"))


def _problems(call) -> list[tuple[str, str, int]]:
    with pytest.raises(InvalidInput) as caught:
        call()
    return [(p.field, p.code, p.limit) for p in caught.value.problems]


def _actions(services, citizen_id) -> list[str]:
    return [e.action for e in services.citizens.access_log(citizen_id)]


def _note(**changes) -> NoteDraft:
    values = dict(held_on=date(2026, 11, 17), agenda="Praktik", tool="scale_questions")
    values.update(changes)
    return NoteDraft(**values)


# -- the conversation tool's answers --------------------------------------------------------------


def test_a_10_mb_tool_answer_is_refused_with_the_field_named_and_nothing_stored(services, citizen_id):
    logged = _actions(services, citizen_id)
    problems = _problems(
        lambda: services.notes.add_note(citizen_id, _note(tool_answers={"what_helped": TEN_MB}))
    )
    assert problems == [("tool_answers.what_helped", "too_long", 10_000)]
    assert services.notes.list_for(citizen_id) == []
    assert _actions(services, citizen_id) == logged


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({f"field_{i}": "svar" for i in range(51)}, ("tool_answers", "too_many", 50)),
        ({"people": [f"Person {i}" for i in range(201)]}, ("tool_answers.people", "too_many", 200)),
        ({"network": {"Familie": ["Mor", "x" * 10_001]}}, ("tool_answers.network", "too_long", 10_000)),
        ({"network": {"Familie": [["deeper"]]}}, ("tool_answers.network", "invalid", 0)),
        ({"today": {1, 2}}, ("tool_answers.today", "invalid", 0)),
        ({"k" * 201: "svar"}, ("tool_answers", "invalid", 0)),
        # every answer within its bound, the whole too big
        ({f"field_{i}": "y" * 9_000 for i in range(30)}, ("tool_answers", "too_long", 200_000)),
    ],
)
def test_tool_answers_are_bounded_in_number_shape_and_size(services, citizen_id, answers, expected):
    assert _problems(lambda: services.notes.add_note(citizen_id, _note(tool_answers=answers))) == [expected]
    assert services.notes.list_for(citizen_id) == []


def _full_answers(guide) -> dict:
    """Every field of ``guide`` answered as fully as the bounds allow a person to type it."""
    answers: dict = {"_helped": "partly"}
    for field in guide.fields:
        if field.kind == "text":
            answers[field.id] = "æ" * 10_000
        elif field.kind == "list":
            answers[field.id] = [f"{i} " + "ø" * 400 for i in range(20)]
        elif field.kind == "network":
            answers[field.id] = {sector.da: [f"Person {i}" for i in range(30)] for sector in field.sectors}
        elif field.kind == "scale":
            answers[field.id] = field.maximum
        else:
            answers[field.id] = field.options[-1].da
    return answers


def test_every_shipped_guide_filled_to_the_brim_is_accepted(services, citizen_id):
    guides = services.guides.load()[0]
    assert len(guides) >= 6
    for guide in guides:
        answers = _full_answers(guide)
        note_id = services.notes.add_note(citizen_id, _note(tool=guide.id, tool_answers=answers))
        assert services.notes.get(note_id).draft.tool_answers == answers, guide.id


def test_a_note_that_grows_too_big_on_editing_keeps_its_stored_version(services, citizen_id):
    note_id = services.notes.add_note(citizen_id, _note(tool_answers={"what_helped": "Gåture"}))
    assert _problems(
        lambda: services.notes.update_note(note_id, _note(tool_answers={"what_helped": TEN_MB}))
    ) == [("tool_answers.what_helped", "too_long", 10_000)]
    assert services.notes.get(note_id).draft.tool_answers == {"what_helped": "Gåture"}


# -- the rest of a note ------------------------------------------------------------------------------


def test_agreements_and_the_tool_id_are_bounded(services, citizen_id):
    problems = _problems(
        lambda: services.notes.add_note(
            citizen_id,
            _note(agreements=[Agreement("x" * 2_001), Agreement("Ring", "y" * 501)], tool="x" * 1_000),
        )
    )
    assert problems == [
        ("agreements[0]", "too_long", 2_000),
        ("agreements[1].who", "too_long", 500),
        ("tool", "unknown", 0),
    ]
    many = [Agreement(f"Aftale {i}") for i in range(201)]
    assert _problems(lambda: services.notes.add_note(citizen_id, _note(agreements=many))) == [
        ("agreements", "too_many", 200)
    ]
    assert services.notes.list_for(citizen_id) == []


def test_a_10_mb_note_draft_is_not_kept(services, citizen_id):
    assert _problems(lambda: services.notes.save_draft(citizen_id, None, {"agenda": TEN_MB})) == [
        ("draft", "too_long", 2_000_000)
    ]
    assert services.notes.load_draft(citizen_id, None) is None
    assert _problems(lambda: services.citizens.save_profile_draft(citizen_id, {"own_wishes": TEN_MB})) == [
        ("draft", "too_long", 2_000_000)
    ]
    assert services.citizens.load_profile_draft(citizen_id) is None


# -- the citizen's record ----------------------------------------------------------------------------


def test_a_belief_comment_and_a_handover_are_bounded(services, citizen_id):
    logged = _actions(services, citizen_id)
    assert _problems(lambda: services.citizens.rate_belief(citizen_id, Rater.CITIZEN, 6, TODAY, TEN_MB)) == [
        ("comment", "too_long", 2_000)
    ]
    assert _problems(lambda: services.citizens.hand_over(citizen_id, TEN_MB, TODAY, TEN_MB)) == [
        ("to_caseworker", "too_long", 500),
        ("reason", "too_long", 2_000),
    ]
    profile = services.citizens.open_citizen(citizen_id)
    assert profile.beliefs == () and profile.handovers == ()
    assert [a for a in _actions(services, citizen_id) if a != "citizen.viewed"] == logged


# -- goals -------------------------------------------------------------------------------------------


def _goal(**changes) -> GoalDraft:
    values = dict(
        kind="employment",
        text="Job i en genbrugsbutik",
        trade_or_function="Butiksassistent",
        author="citizen",
    )
    values.update(changes)
    return GoalDraft(**values)


def test_every_text_of_a_goal_and_its_activities_is_bounded(services, citizen_id):
    activity = ActivityDraft(TEN_MB, "other", TEN_MB, outcome=TEN_MB)
    problems = _problems(
        lambda: services.goals.add_goal(citizen_id, _goal(trade_or_function=TEN_MB, activities=[activity]))
    )
    assert problems == [
        ("trade_or_function", "too_long", 2_000),
        ("activities[0].what", "too_long", 2_000),
        ("activities[0].actor_name", "too_long", 500),
        ("activities[0].outcome", "too_long", 20_000),
    ]
    many = [ActivityDraft(f"Aktivitet {i}") for i in range(201)]
    assert _problems(lambda: services.goals.add_goal(citizen_id, _goal(activities=many))) == [
        ("activities", "too_many", 200)
    ]
    assert services.goals.plan(citizen_id) == []


def test_the_reason_for_a_revision_is_bounded(services, citizen_id):
    goal_id = services.goals.add_goal(citizen_id, _goal())
    assert _problems(lambda: services.goals.revise_goal(goal_id, _goal(text="Nyt mål"), TEN_MB)) == [
        ("reason", "too_long", 20_000)
    ]
    assert services.goals.get(goal_id).draft.text == "Job i en genbrugsbutik"
    assert services.goals.history(goal_id) == []


# -- reflections and discretion ----------------------------------------------------------------------


def test_a_too_long_reflection_or_discretion_names_its_part(services, citizen_id):
    reflection = ReflectionDraft(
        "after", "three_questions", {"what_happened": "Kort", "what_i_thought": TEN_MB}
    )
    assert _problems(lambda: services.reflections.add_reflection(citizen_id, reflection)) == [
        ("sections.what_i_thought", "too_long", 100_000)
    ]
    record = DiscretionDraft("Fakta", "Overvejelser", "Retningslinjer", TEN_MB, consulted=TEN_MB)
    assert _problems(lambda: services.reflections.add_discretion(citizen_id, record)) == [
        ("decision", "too_long", 100_000),
        ("consulted", "too_long", 100_000),
    ]
    assert services.reflections.reflections(citizen_id) == []
    assert services.reflections.discretion_records(citizen_id) == []


# -- bounded from the start: still so -------------------------------------------------------


def test_the_fields_bounded_before_stay_bounded(services, citizen_id):
    assert _problems(lambda: services.coordination.add_actor(citizen_id, ActorDraft(TEN_MB, "mentor"))) == [
        ("organisation", "too_long", 10_000)
    ]
    assert _problems(
        lambda: services.citizens.create_citizen(CitizenDraft(name="Bo", own_wishes=TEN_MB))
    ) == [("own_wishes", "too_long", 100_000)]
