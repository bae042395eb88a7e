"""The demo caseload: every kind of record at the asked-for scale, each one valid by the domain's rules."""

from datetime import date

from sqlalchemy import text

from desktop.demo.caseload import generate
from desktop.domain.coordination import validate_consent, validate_contact
from desktop.domain.goals import GoalKind, validate_goal
from desktop.domain.scales import validate_measurement


def count(session, table: str) -> int:
    with session.vault.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_a_demo_caseload_has_plans_networks_notes_and_measurements(unlocked, services):
    result = generate(unlocked, citizens=4, notes=40, measurements=30)

    assert (result.citizens, result.notes, result.measurements) == (4, 40, 30)
    assert services.is_demo_vault()
    for table, expected in result.records.items():
        assert count(unlocked, table) == expected, table
    assert count(unlocked, "actor") == 12 and count(unlocked, "contact_log") == 16
    assert count(unlocked, "consent") == 8
    assert count(unlocked, "goal") >= 8 and count(unlocked, "activity") >= 8
    # every record is waiting to be synced, like anything typed in by hand
    assert count(unlocked, "sync_pending") == 1 + 4 + 40 + sum(result.records.values())

    today = date.today()
    scales = {s.id: s for s in services.measurements.scales()}
    for row in services.citizens.caseload():
        plan = services.goals.plan(row.id)
        assert [goal.draft.kind for goal, _subs in plan] == [GoalKind.EMPLOYMENT.value]
        for goal, subs in plan:
            assert subs and all(sub.draft.parent_id == goal.id for sub in subs)
            for stored in (goal, *subs):
                assert validate_goal(stored.draft) == [] and stored.draft.activities
        consents = services.coordination.consents(row.id)
        assert len(consents) == 2
        assert all(validate_consent(c.draft, today) == [] for c in consents)
        contacts = services.coordination.contacts(row.id)
        assert len(contacts) == 4
        assert all(validate_contact(c.draft, today) == [] for c in contacts)
        for stored in services.measurements.measurements(row.id):
            assert validate_measurement(stored.draft, scales[stored.draft.scale_id], today) == []


def test_goals_are_found_by_search_like_those_typed_in(unlocked, services):
    generate(unlocked, citizens=3, notes=0)
    first = services.citizens.caseload()[0]
    [(goal, _subs)] = services.goals.plan(first.id)

    [group] = [g for g in services.search.search(goal.draft.trade_or_function) if g.citizen_id == first.id]
    assert goal.id in {hit.ref_id for hit in group.hits if hit.kind == "goal"}


def test_measurements_default_to_one_per_five_notes(unlocked):
    assert generate(unlocked, citizens=2, notes=25).measurements == 5


def test_more_notes_for_existing_citizens_add_no_second_plan(unlocked):
    generate(unlocked, citizens=2, notes=4)
    goals = count(unlocked, "goal")

    result = generate(unlocked, citizens=0, notes=10, seed=7)

    assert (result.notes, result.measurements) == (10, 2)
    assert count(unlocked, "goal") == goals
    assert count(unlocked, "meeting_note") == 14


def test_the_harness_rare_word_search_finds_demo_notes(unlocked, services):
    from desktop.demo.text import RARE_QUERY

    generate(unlocked, citizens=3, notes=1500)

    hits = [hit for group in services.search.search(RARE_QUERY) for hit in group.hits]
    assert hits and all(hit.kind == "note" for hit in hits)
