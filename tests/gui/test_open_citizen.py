"""Opening a citizen is one operation off the GUI thread: one service call through the operation runner,
one transaction, one logged view; the panels get the file and read nothing again. While it is read the
page says it is opening; a later request wins; a sync round touching the open citizen redraws the page."""

import threading
from datetime import date

import pytest
from sqlalchemy import event

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from tests.gui.conftest import open_citizen_and_wait


def viewed(services, citizen_id) -> int:
    return sum(1 for e in services.citizens.access_log(citizen_id) if e.action == "citizen.viewed")


def service_reads(services, calls):
    """Count every call of the read methods the panels used to call one by one when a citizen opened."""
    names = {
        "citizens": ("open_citizen", "load_profile_draft", "access_log"),
        "notes": ("list_for", "get", "load_draft", "beliefs"),
        "goals": ("plan", "get", "history"),
        "reflections": ("reflections", "discretion_records"),
        "coordination": ("actors", "consents", "contacts", "network_meetings"),
        "measurements": ("measurements",),
        "overview": ("overview",),
    }
    for service_name, methods in names.items():
        service = getattr(services, service_name)
        for method in methods:
            real = getattr(service, method)
            setattr(
                service,
                method,
                lambda *args, _real=real, _name=f"{service_name}.{method}", **kw: (
                    calls.append(_name) or _real(*args, **kw)
                ),
            )


def test_the_panels_get_the_file_and_read_nothing_themselves(qtbot, main_window):
    services = main_window.services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    for day in (3, 9, 6):
        services.notes.add_note(
            citizen_id, NoteDraft(held_on=date(2026, 11, day), agenda=f"Samtale den {day}.")
        )
    calls: list[str] = []
    service_reads(services, calls)

    open_citizen_and_wait(main_window, qtbot, citizen_id)

    page = main_window.citizen_page
    panel = page.tabs.notes_panel
    assert panel.list_model.rowCount() == 3 and panel.list.currentIndex().row() == 0
    assert panel.editor.draft().agenda == "Samtale den 9."
    assert panel.note_id is not None and panel.list.currentIndex().data().startswith("2026-11-09")
    assert page.tabs.reflection_panel.log.note.count() == 4  # "no meeting" and the three notes
    assert page.tabs.coordination_panel.meetings.isEnabled()
    assert page.tabs.overview_panel.citizen_id == citizen_id and page.tabs.currentIndex() == 0
    assert calls == []  # the one file call carried everything


def test_opening_runs_through_the_runner_in_one_transaction_with_one_logged_view(qtbot, main_window):
    services = main_window.services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    services.notes.add_note(citizen_id, NoteDraft(held_on=date(2026, 11, 3), agenda="Samtale"))
    ran = []
    runner = main_window._runner
    real_run = runner.run
    runner.run = lambda work, done, failed: ran.append(work) or real_run(work, done, failed)
    gui_thread, on_gui, transactions = threading.current_thread(), [], []

    def statement(*_args):
        on_gui.append(threading.current_thread() is gui_thread)

    def begin(_conn):
        transactions.append(threading.current_thread() is gui_thread)

    before = viewed(services, citizen_id)
    engine = services.session.vault.engine
    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "begin", begin)
    try:
        open_citizen_and_wait(main_window, qtbot, citizen_id)
    finally:
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine, "begin", begin)

    assert len(ran) == 1  # the open went through the operation runner
    assert transactions == [False]  # one transaction, on the worker
    assert on_gui and not any(on_gui)  # no statement on the GUI thread
    assert viewed(services, citizen_id) == before + 1


def test_the_page_says_it_is_opening_and_a_later_request_wins(qtbot, main_window):
    services = main_window.services
    first = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    second = services.citizens.create_citizen(CitizenDraft(name="Bo Bøgh"))
    page = main_window.citizen_page
    open_citizen_and_wait(main_window, qtbot, first)
    delivered = []
    runner = main_window._runner
    real_run = runner.run
    # Hold the results back until both requests have been made, then deliver them in order.
    runner.run = lambda work, done, failed: delivered.append((work, done, failed))

    main_window.open_citizen(second)
    assert page.stack.currentWidget() is page.stack.opening_state  # nothing of Åse left on show
    assert page.citizen_id is None and page.opening_id == second
    main_window.open_citizen(first)
    assert page.opening_id == first and len(delivered) == 2
    runner.run = real_run
    for work, done, failed in delivered:
        real_run(work, done, failed)
    runner.wait_for_all()

    assert page.citizen_id == first and page.opening_id is None  # the late file of Bo was dropped
    assert page.title_label.text() == "Åse Ærø" and page.stack.currentWidget() is page.stack.record


def test_opening_from_another_tab_shows_the_overview_and_coming_back_reads_it_again(qtbot, main_window):
    services = main_window.services
    first = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    second = services.citizens.create_citizen(CitizenDraft(name="Bo Bøgh"))
    page = main_window.citizen_page
    open_citizen_and_wait(main_window, qtbot, first)
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    reads = []
    overview = services.overview.overview
    services.overview.overview = lambda cid: reads.append(cid) or overview(cid)

    open_citizen_and_wait(main_window, qtbot, second)

    assert reads == [] and page.tabs.currentIndex() == 0  # it came with the file
    assert page.tabs.overview_panel.citizen_id == second
    # Coming back to the Overview from another tab still reads it again: something may have changed there.
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    page.tabs.setCurrentIndex(0)
    assert reads == [second]


def test_a_sync_round_touching_the_open_citizen_redraws_it_keeping_typing(qtbot, main_window):
    from desktop.services.registry import Services

    services = main_window.services
    # A sync round writes beside the window (here: services with a bus of their own), then announces.
    beside = Services.for_session(services.session)
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    other = services.citizens.create_citizen(CitizenDraft(name="Bo Bøgh"))
    page = main_window.citizen_page
    open_citizen_and_wait(main_window, qtbot, citizen_id)
    page.tabs.setCurrentIndex(1)
    page.form.texts["own_problems"].setPlainText("Skrevet, ikke gemt")
    before = viewed(services, citizen_id)
    # As if a pull brought these: a note for the open citizen, then the end of the round.
    theirs = beside.notes.add_note(other, NoteDraft(held_on=date(2026, 11, 2), agenda="Bos samtale"))
    mine = beside.notes.add_note(citizen_id, NoteDraft(held_on=date(2026, 11, 4), agenda="Fra telefonen"))
    assert page.tabs.notes_panel.list_model.rowCount() == 0

    services.bus.publish("note", theirs)
    services.bus.publish("sync")
    qtbot.wait(50)
    main_window._runner.wait_for_all()
    assert page.tabs.notes_panel.list_model.rowCount() == 0  # not the open citizen's: not read again

    services.bus.publish("note", mine)
    services.bus.publish("sync")
    qtbot.waitUntil(lambda: page.tabs.notes_panel.list_model.rowCount() == 1, timeout=10_000)
    assert page.tabs.notes_panel.editor.draft().agenda == "Fra telefonen"
    assert page.form.texts["own_problems"].toPlainText() == "Skrevet, ikke gemt" and page.is_dirty()
    assert viewed(services, citizen_id) == before  # a redraw is no new view


@pytest.mark.parametrize("one_open_before", [True, False])
def test_a_section_chosen_while_the_file_is_read_is_the_one_on_show_when_it_comes(
    qtbot, main_window, one_open_before
):
    services = main_window.services
    first = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    second = services.citizens.create_citizen(CitizenDraft(name="Bo Bøgh"))
    services.notes.add_note(second, NoteDraft(held_on=date(2026, 11, 3), agenda="Samtale"))
    page = main_window.citizen_page
    main_window.show()
    if one_open_before:  # its tabs are enabled; with none before they are not until a file comes
        open_citizen_and_wait(main_window, qtbot, first)
        page.tabs.setCurrentWidget(page.tabs.notes_panel)
    held = []
    runner = main_window._runner
    real_run = runner.run
    runner.run = lambda work, done, failed: held.append((work, done, failed))

    main_window.open_citizen(second)
    assert page.tabs.currentIndex() == 0  # a citizen opens on the Overview
    meetings = page.tabs.indexOf(page.tabs.notes_panel)
    page.tabs.section_keys.sections[meetings].trigger()  # Alt+3 pressed before the file came
    runner.run = real_run
    real_run(*held[0])
    qtbot.waitUntil(lambda: page.citizen_id == second, timeout=10_000)

    assert page.tabs.currentWidget() is page.tabs.notes_panel and page.tabs.notes_panel.isVisible()
    assert page.tabs.notes_panel.editor.draft().agenda == "Samtale"
