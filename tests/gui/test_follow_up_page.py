"""The follow-up list is read off the GUI thread, and marking one done reads nothing again."""

import threading
from datetime import date, timedelta

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import Agreement, NoteDraft
from desktop.views.main_window import PageIndex
from desktop.views.models.follow_up_model import ID_ROLE


def _due_agreements(services, count: int) -> str:  # type: ignore[no-untyped-def]
    citizen = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    today = date.today()
    agreements = [
        Agreement(f"Aftale {n}", "Sagsbehandler", today - timedelta(days=n + 1)) for n in range(count)
    ]
    services.notes.add_note(citizen, NoteDraft(held_on=today, agreements=agreements))
    return citizen


def _spy_reads(monkeypatch, services) -> list[str]:  # type: ignore[no-untyped-def]
    threads: list[str] = []
    follow_ups = services.notes.follow_ups

    def read(until=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return follow_ups(until)

    monkeypatch.setattr(services.notes, "follow_ups", read)
    return threads


def test_the_follow_ups_are_read_through_the_operation_runner(qtbot, main_window, monkeypatch):
    services = main_window.services
    _due_agreements(services, 2)
    reads = _spy_reads(monkeypatch, services)
    page = main_window.follow_up_page
    with qtbot.waitSignal(page.loaded):
        main_window.show_page(PageIndex.FOLLOW_UP)
    assert page.model.rowCount() == 2
    assert len(reads) == 1 and reads[0] != threading.current_thread().name


def test_marking_one_done_takes_it_off_without_reading_the_list_again(
    qtbot, main_window, monkeypatch, runner
):
    services = main_window.services
    _due_agreements(services, 3)
    page = main_window.follow_up_page
    main_window.show_page(PageIndex.FOLLOW_UP)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    runner.wait_for_all()
    reads = _spy_reads(monkeypatch, services)
    page.table.selectRow(1)
    done = page.table.selectionModel().selectedRows()[0].data(ID_ROLE)

    page.mark_selected_done()
    runner.wait_for_all()

    assert reads == []  # before: two whole reads on the GUI thread (the page's and the change's)
    assert page.model.rowCount() == 2 and page.model.row_of(done) == -1
    assert page.table.selectionModel().selectedRows()  # the next one is selected
    assert page.message.text() == "Marked as done."
    # A change from elsewhere (a new citizen and note) still reads the list again.
    _due_agreements(services, 1)
    runner.wait_for_all()
    assert page.model.rowCount() == 3 and reads


def test_a_read_that_lands_after_the_lock_shows_nothing(qtbot, main_window, monkeypatch, runner):
    services = main_window.services
    _due_agreements(services, 2)
    page = main_window.follow_up_page
    release = threading.Event()
    follow_ups = services.notes.follow_ups

    def slow(until=None):  # type: ignore[no-untyped-def]
        release.wait(5)
        return follow_ups(until)

    monkeypatch.setattr(services.notes, "follow_ups", slow)
    page.reload()
    page.clear()
    release.set()
    runner.wait_for_all()
    assert page.model.rowCount() == 0
