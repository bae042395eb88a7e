"""A save redraws the caseload row it changed, not the whole list."""

import threading
from datetime import date, timedelta

from PySide6.QtCore import Qt

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.views.caseload_updates import ROW_UPDATE_LIMIT
from desktop.views.models.caseload_model import CITIZEN_ID_ROLE, Column


class ReadSpy:
    """Counts the caseload reads of a citizen service, and on which thread they ran."""

    def __init__(self, monkeypatch, citizens) -> None:  # type: ignore[no-untyped-def]
        self.whole: list[str] = []  # thread names of the whole-list reads
        self.updates: list[tuple[str, tuple]] = []
        caseload, update = citizens.caseload, getattr(citizens, "caseload_update", None)

        def read_whole():  # type: ignore[no-untyped-def]
            self.whole.append(threading.current_thread().name)
            return caseload()

        def read_rows(entity, ids):  # type: ignore[no-untyped-def]
            self.updates.append((entity, tuple(ids)))
            return update(entity, ids)

        monkeypatch.setattr(citizens, "caseload", read_whole)
        monkeypatch.setattr(citizens, "caseload_update", read_rows, raising=False)


def _citizens(services, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [services.citizens.create_citizen(CitizenDraft(name=f"Borger {n:03}")) for n in range(count)]


def _row(window, citizen_id):  # type: ignore[no-untyped-def]
    model = window.caseload_page.model
    return model.row_at(model.row_of(citizen_id))


def test_a_note_save_reads_that_citizens_row_and_never_the_whole_caseload(qtbot, main_window, monkeypatch):
    services = main_window.services
    ids = _citizens(services, 3)
    main_window.reload_caseload()
    main_window.caseload_page.select_citizen(ids[2])
    spy = ReadSpy(monkeypatch, services.citizens)
    held_on = date.today() - timedelta(days=1)

    note_id = services.notes.add_note(ids[1], NoteDraft(held_on=held_on, agenda="Opfølgning"))

    assert spy.whole == []
    assert spy.updates == [("note", (note_id,))]
    assert _row(main_window, ids[1]).last_contact == held_on  # on show at once
    assert main_window.caseload_page.selected_citizen_id() == ids[2]  # the selection stays


def test_a_profile_save_redraws_its_row_and_an_erased_citizen_goes(qtbot, main_window, monkeypatch):
    services = main_window.services
    ids = _citizens(services, 3)
    main_window.reload_caseload()
    spy = ReadSpy(monkeypatch, services.citizens)
    model = main_window.caseload_page.model
    resets = []
    model.modelReset.connect(lambda: resets.append(1))

    draft = services.citizens.open_citizen(ids[0]).draft
    services.citizens.update_citizen(ids[0], CitizenDraft(**{**vars(draft), "name": "Zenia Ø"}))
    services.privacy.erase_citizen(ids[1])
    new = services.citizens.create_citizen(CitizenDraft(name="Ny Borger"))

    assert spy.whole == [] and not resets
    assert [u[0] for u in spy.updates] == ["citizen", "citizen", "citizen"]
    assert _row(main_window, ids[0]).name == "Zenia Ø"
    assert model.row_of(ids[1]) == -1 and model.row_of(new) >= 0
    assert model.rowCount() == 3


def test_a_change_of_many_citizens_reads_the_whole_caseload_off_the_gui_thread(
    qtbot, main_window, monkeypatch
):
    services = main_window.services
    ids = _citizens(services, 2)
    main_window.reload_caseload()
    spy = ReadSpy(monkeypatch, services.citizens)
    gui_thread = threading.current_thread().name
    many = tuple(ids) + tuple(f"unknown-{n}" for n in range(ROW_UPDATE_LIMIT))  # as a sync pull announces

    services.bus.publish("citizen", *many)
    # Saved while the whole list is being read: redrawn once it is on show.
    late = services.citizens.create_citizen(CitizenDraft(name="Sent Borger"))

    qtbot.waitUntil(lambda: main_window.caseload_page.model.row_of(late) >= 0, timeout=5000)
    assert len(spy.whole) == 1 and spy.whole[0] != gui_thread
    assert main_window.caseload_page.model.rowCount() == 3


def test_a_whole_read_that_lands_after_the_lock_shows_nothing(qtbot, main_window, monkeypatch, runner):
    services = main_window.services
    _citizens(services, 2)
    main_window.reload_caseload()
    release = threading.Event()
    caseload = services.citizens.caseload

    def slow_read():  # type: ignore[no-untyped-def]
        release.wait(5)
        return caseload()

    monkeypatch.setattr(services.citizens, "caseload", slow_read)
    services.bus.publish("sync")
    services.bus.publish("note")  # ids unknown: the whole list
    main_window.prepare_for_lock()
    release.set()
    runner.wait_for_all()
    assert main_window.caseload_page.model.rowCount() == 0


def test_a_save_keeps_the_sorted_place_and_the_row_on_show(qtbot, main_window):
    services = main_window.services
    ids = _citizens(services, 4)
    main_window.reload_caseload()
    page = main_window.caseload_page
    page.table.sortByColumn(Column.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    services.notes.add_note(ids[3], NoteDraft(held_on=date.today(), agenda="Opfølgning"))
    first = page.proxy.index(0, 0).data(CITIZEN_ID_ROLE)
    assert first == ids[3]  # newest contact first, in descending order
