"""Opening a citizen shows their newest note, and reads their notes no more often than needed."""

from datetime import date

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft


def test_opening_a_citizen_shows_the_newest_note_reading_the_list_once_per_panel(main_window):
    services = main_window._services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    for day in (3, 9, 6):
        services.notes.add_note(
            citizen_id, NoteDraft(held_on=date(2026, 11, day), agenda=f"Samtale den {day}.")
        )
    reads = []
    list_for = services.notes.list_for
    services.notes.list_for = lambda cid: reads.append(cid) or list_for(cid)

    main_window.open_citizen(citizen_id)

    panel = main_window.citizen_page.notes_panel
    assert panel.list.count() == 3 and panel.list.currentRow() == 0
    assert panel.editor.draft().agenda == "Samtale den 9."
    assert panel.note_id is not None and panel.list.currentItem().text().startswith("2026-11-09")
    # once for the meetings list, once for the "which meeting" choice the reflection log and the
    # discretion record share
    assert reads == [citizen_id, citizen_id]


def test_opening_a_citizen_reads_their_network_meetings_once(main_window):
    services = main_window._services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    reads = []
    network_meetings = services.coordination.network_meetings
    services.coordination.network_meetings = lambda cid: reads.append(cid) or network_meetings(cid)

    main_window.open_citizen(citizen_id)

    assert reads == [citizen_id]
    assert main_window.citizen_page.coordination_panel.meetings.isEnabled()


def test_opening_a_citizen_from_another_tab_reads_the_overview_once(main_window):
    services = main_window._services
    first = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    second = services.citizens.create_citizen(CitizenDraft(name="Bo Bøgh"))
    page = main_window.citizen_page
    main_window.open_citizen(first)
    page.tabs.setCurrentWidget(page.notes_panel)
    reads = []
    overview = services.overview.overview
    services.overview.overview = lambda cid: reads.append(cid) or overview(cid)

    main_window.open_citizen(second)

    assert reads == [second] and page.tabs.currentIndex() == 0
    assert page.overview_panel.citizen_id == second
    # Coming back to the Overview from another tab still reads it again: something may have changed there.
    page.tabs.setCurrentWidget(page.notes_panel)
    page.tabs.setCurrentIndex(0)
    assert reads == [second, second]
