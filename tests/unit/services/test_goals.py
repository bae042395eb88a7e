from datetime import date

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.domain.goals import ActivityDraft, GoalDraft, validate_goal
from desktop.errors import InvalidInput


@pytest.fixture
def citizen_id(services) -> str:
    return services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))


def employment_goal(**changes) -> GoalDraft:
    values = dict(
        kind="employment",
        text="Job som butiksassistent i en genbrugsbutik, 15 timer om ugen",
        trade_or_function="Butiksassistent",
        author="together",
        citizen_wording="Jeg vil gerne stå i en butik, hvor der er ro",
        activities=[
            ActivityDraft(
                "Virksomhedspraktik i Røde Kors-butikken",
                "citizen",
                "",
                date(2026, 12, 1),
                date(2027, 2, 28),
                8,
            ),
            ActivityDraft("Mentorsamtaler hver uge", "other", "Mentor Bo", hours_per_week=1),
        ],
    )
    values.update(changes)
    return GoalDraft(**values)


def test_an_employment_goal_must_name_a_trade_or_function():
    assert {p.code for p in validate_goal(employment_goal(trade_or_function=""))} == {"required"}
    assert {p.code for p in validate_goal(employment_goal(trade_or_function="Fleksjob"))} == {
        "scheme_not_trade"
    }
    purpose = employment_goal(kind="purpose", trade_or_function="", text="Stabilisere helbredet")
    assert validate_goal(purpose) == []


def test_activities_are_checked():
    bad = employment_goal(
        activities=[
            ActivityDraft(""),
            ActivityDraft("Mentor", "other"),
            ActivityDraft("Praktik", starts_on=date(2027, 1, 2), ends_on=date(2027, 1, 1), hours_per_week=80),
        ]
    )
    fields = {p.field for p in validate_goal(bad)}
    assert fields == {
        "activities[0].what",
        "activities[1].actor_name",
        "activities[2].ends_on",
        "activities[2].hours_per_week",
    }


def test_goals_sub_goals_and_revision_history(services, citizen_id):
    goal_id = services.goals.add_goal(citizen_id, employment_goal())
    sub_id = services.goals.add_goal(
        citizen_id, GoalDraft("purpose", "Øve at være blandt mennesker", "citizen", parent_id=goal_id)
    )
    with pytest.raises(InvalidInput):
        services.goals.revise_goal(goal_id, employment_goal(text="Ændret"), reason=" ")
    changed = services.goals.revise_goal(
        goal_id,
        employment_goal(text="Job som butiksassistent, 20 timer om ugen"),
        reason="Praktikken gik godt",
    )
    assert changed == ["text"]
    assert (
        services.goals.revise_goal(
            goal_id, employment_goal(text="Job som butiksassistent, 20 timer om ugen"), "x"
        )
        == []
    )

    plan = services.goals.plan(citizen_id)
    assert len(plan) == 1
    top, subs = plan[0]
    assert top.draft.text.endswith("20 timer om ugen") and [s.id for s in subs] == [sub_id]
    assert [a.actor_name for a in top.draft.activities] == ["", "Mentor Bo"]
    history = services.goals.history(goal_id)
    assert len(history) == 1 and history[0].reason == "Praktikken gik godt"
    assert history[0].snapshot["text"].endswith("15 timer om ugen")

    actions = [e.action for e in reversed(services.citizens.access_log(citizen_id))]
    assert actions[-3:] == ["goal.created", "goal.created", "goal.revised"]
    assert [r.citizen_id for r in services.search.search("butiksassistent")] == [citizen_id]


def test_one_citizens_ending_activities_are_read_through_their_goals_not_every_activity(services, citizen_id):
    """Opening a citizen asks for their activities that end: at 1,000,000 notes the query scanned every
    activity in the vault (35 of the 43 ms an open took)."""
    from sqlalchemy import event

    from desktop.storage.records import goals

    other = services.citizens.create_citizen(CitizenDraft(name="Bo Bøgh"))
    services.goals.add_goal(citizen_id, employment_goal())
    services.goals.add_goal(other, employment_goal())
    engine = services.session.vault.engine
    with engine.connect() as conn:
        asked: list[tuple[str, object]] = []
        event.listen(conn, "before_cursor_execute", lambda *a: asked.append((a[2], a[3])))
        mine = goals.activity_follow_ups(conn, date(2027, 12, 31), citizen_id)
        every = goals.activity_follow_ups(conn, date(2027, 12, 31))
        sql, params = next((sql, params) for sql, params in asked if "FROM activity a" in sql)
        plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]

    assert [f.citizen_id for f in mine] == [citizen_id]
    assert sorted(f.citizen_id for f in every) == sorted([citizen_id, other])
    assert not any(step.startswith("SCAN a") for step in plan), plan  # no walk over every activity
    assert any("ix_goal_citizen_id" in step for step in plan), plan
