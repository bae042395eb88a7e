"""A citizen's file is read as one operation: one transaction, one logged view, each record read once, and
the same data the separate service calls give."""

from datetime import date

import pytest
from sqlalchemy import event, text

from desktop.demo.caseload import generate
from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.errors import NotFound


@pytest.fixture
def citizen(unlocked, services) -> str:
    generate(unlocked, citizens=2, notes=30, measurements=20)
    with unlocked.vault.engine.connect() as conn:
        return conn.execute(
            text("SELECT citizen_id FROM meeting_note GROUP BY citizen_id ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()


def statements(vault):
    """The first word of every statement run on the vault (the writing engine's too), with "TRANSACTION"
    for every transaction begun; the statements' whole texts; and a function to stop listening."""
    seen: list[str] = []
    texts: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        seen.append(statement.lstrip().split()[0].upper())
        texts.append(statement)

    def begin(_conn):
        seen.append("TRANSACTION")

    event.listen(vault.engine, "before_cursor_execute", note)
    event.listen(vault.engine, "begin", begin)

    def stop():
        event.remove(vault.engine, "before_cursor_execute", note)
        event.remove(vault.engine, "begin", begin)

    return seen, texts, stop


def viewed(services, citizen_id) -> int:
    return sum(1 for e in services.citizens.access_log(citizen_id) if e.action == "citizen.viewed")


def test_one_transaction_one_logged_view_and_no_table_read_twice(unlocked, services, citizen):
    before = viewed(services, citizen)
    seen, texts, stop = statements(unlocked.vault)
    try:
        file = services.citizen_file.open_file(citizen)
    finally:
        stop()
    assert seen.count("TRANSACTION") == 1, seen
    assert seen.count("INSERT") == 1  # the access-log event, nothing else written
    selects = [t for t in texts if t.lstrip().upper().startswith("SELECT")]
    assert len(selects) == len(set(selects))  # no query asked twice
    assert viewed(services, citizen) == before + 1
    assert file.citizen_id == citizen and len(file.notes) > 0


def test_the_file_holds_what_the_separate_reads_give(services, citizen):
    services.notes.save_draft(citizen, None, {"agenda": "Halvskrevet"})
    services.citizens.save_profile_draft(citizen, {"phone": "11223344"})

    file = services.citizen_file.open_file(citizen)

    assert file.profile == services.citizens.open_citizen(citizen)
    assert file.overview == services.overview.overview(citizen)
    assert file.plan() == services.goals.plan(citizen)
    assert list(file.notes) == services.notes.list_for(citizen)
    assert file.first_note == services.notes.get(file.notes[0][0])
    assert list(file.first_goal_history) == services.goals.history(file.plan()[0][0].id)
    assert file.note_draft(None) == services.notes.load_draft(citizen, None)
    assert file.profile_draft() == services.citizens.load_profile_draft(citizen)
    assert list(file.reflections) == services.reflections.reflections(citizen)
    assert list(file.discretion) == services.reflections.discretion_records(citizen)
    assert list(file.actors) == services.coordination.actors(citizen)
    assert list(file.consents) == services.coordination.consents(citizen)
    for actor in file.actors:
        assert file.contacts_with(actor.id) == services.coordination.contacts(citizen, actor.id)
    assert list(file.network_meetings) == services.coordination.network_meetings(citizen)
    assert file.measurements_on() == services.measurements.measurements(citizen)
    scale = file.measurements[0].draft.scale_id
    assert file.measurements_on(scale) == services.measurements.measurements(citizen, scale)


def test_an_unknown_citizen_is_refused_and_nothing_is_logged(unlocked, services):
    seen, _texts, stop = statements(unlocked.vault)
    try:
        with pytest.raises(NotFound):
            services.citizen_file.open_file("no-such-citizen")
    finally:
        stop()
    assert "INSERT" not in seen


def test_a_reread_after_a_sync_logs_no_new_view_and_writes_nothing(unlocked, services, citizen):
    before = viewed(services, citizen)
    seen, _texts, stop = statements(unlocked.vault)
    try:
        services.citizen_file.open_file(citizen, log_view=False)
    finally:
        stop()
    assert viewed(services, citizen) == before and "INSERT" not in seen


def test_which_changes_touch_the_citizen(services, citizen):
    other = services.citizens.create_citizen(CitizenDraft(name="Bo Bøgh"))
    theirs = services.notes.add_note(other, NoteDraft(held_on=date(2026, 11, 3), agenda="Samtale"))
    mine = services.citizen_file.open_file(citizen).notes[0][0]

    assert services.citizen_file.touched_by(citizen, [("note", (theirs, mine))])
    assert not services.citizen_file.touched_by(citizen, [("note", (theirs,))])
    assert services.citizen_file.touched_by(citizen, [("citizen", (citizen,))])
    assert not services.citizen_file.touched_by(citizen, [("citizen", (other,)), ("sync", ())])
