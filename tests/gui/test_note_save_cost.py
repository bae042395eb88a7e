"""Saving a note does not read the citizen's list of notes again, nor fill the Reflection tab's lists of
meetings or read the belief ratings while their tabs are hidden, nor build the editor again
(for a citizen with 3,000 notes these were 100 of 116 ms of a save)."""

from __future__ import annotations

import cProfile
import pstats
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.services.registry import Services
from tests.gui.conftest import open_citizen_and_wait


@pytest.fixture
def window(make_main_window, unlocked):
    return make_main_window(Services.for_session(unlocked), active=True)


def test_a_save_reads_no_list_of_notes_and_the_list_shows_the_note(qtbot, window, monkeypatch):
    services = window.services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Testperson Ærlig"))
    for day in (3, 10, 17):
        services.notes.add_note(citizen_id, NoteDraft(held_on=date(2026, 11, day), agenda=f"Samtale {day}"))
    open_citizen_and_wait(window, qtbot, citizen_id)
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    panel = page.tabs.notes_panel
    lists, beliefs, rebuilt = [], [], []
    real_list_for, real_beliefs = services.notes.list_for, services.notes.beliefs
    monkeypatch.setattr(services.notes, "list_for", lambda cid: lists.append(cid) or real_list_for(cid))
    monkeypatch.setattr(services.notes, "beliefs", lambda cid: beliefs.append(cid) or real_beliefs(cid))
    real_set_note = panel.editor.set_note
    monkeypatch.setattr(panel.editor, "set_note", lambda *a, **k: rebuilt.append(a) or real_set_note(*a, **k))

    panel.start_new()
    rebuilt.clear()
    panel.editor.held_on.set_value(date(2026, 11, 10))
    panel.editor.agenda.setText("Opfølgning på praktik")
    assert panel.save()
    new_id = panel.note_id
    panel.editor.agenda.setText("Opfølgning på praktikken")
    assert panel.save()
    panel.mark_ready()

    assert lists == [] and beliefs == [] and rebuilt == []
    assert not panel.is_dirty() and panel.editor.agenda.text() == "Opfølgning på praktikken"
    titles = [panel.list_model.index(row).data().split("\n")[0] for row in range(4)]
    assert [title.split("  ")[1] for title in titles] == [
        "Samtale 17",
        "Opfølgning på praktikken",
        "Samtale 10",
        "Samtale 3",
    ]
    assert panel.list.currentIndex().data(Qt.ItemDataRole.UserRole) == new_id  # the saved note stays chosen
    assert [row[0] for row in panel.list_model.rows()] == [row[0] for row in real_list_for(citizen_id)]

    reflection = page.tabs.reflection_panel
    assert reflection.log.note.findData(new_id) == -1  # hidden: offered when the tab is shown
    page.tabs.setCurrentWidget(reflection)
    qtbot.waitUntil(lambda: reflection.log.note.findData(new_id) > 0)
    assert reflection.discretion.note.findData(new_id) > 0
    page.tabs.setCurrentWidget(page.tabs.belief_panel)
    assert beliefs == [citizen_id]
    assert lists == []


def test_a_note_whose_date_changed_is_placed_by_reading_the_list(qtbot, window):
    services = window.services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Testperson Ærlig"))
    for day in (3, 10):
        services.notes.add_note(citizen_id, NoteDraft(held_on=date(2026, 11, day), agenda=f"Samtale {day}"))
    open_citizen_and_wait(window, qtbot, citizen_id)
    panel = window.citizen_page.tabs.notes_panel
    newest = panel.note_id
    panel.editor.held_on.set_value(date(2026, 11, 1))
    assert panel.save()
    assert [row[0] for row in panel.list_model.rows()] == [
        row[0] for row in services.notes.list_for(citizen_id)
    ]
    assert panel.list_model.rows()[-1][0] == newest


def test_a_save_with_the_list_on_show_asks_no_row_of_the_list_its_size(qtbot, window, monkeypatch):
    """A list laid out row by row asked every row (3,000 notes: 80 ms a save); rows of one height are
    placed without asking them, and a long agenda is cut short with the whole of it in the tooltip. The
    rows are counted and placed by Qt, without a call into Python for each."""
    services = window.services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Testperson Ærlig"))
    long_agenda = "Opfølgning på praktikken i dyrehandlen og samtale om næste skridt mod ordinære timer " * 3
    for day in range(1, 29):
        for n in range(10):
            services.notes.add_note(
                citizen_id,
                NoteDraft(held_on=date(2026, 10, day), agenda=long_agenda if n == 0 else f"Samtale {n}"),
            )
    window.show()
    open_citizen_and_wait(window, qtbot, citizen_id)
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    panel = page.tabs.notes_panel
    qtbot.waitUntil(panel.list.isVisible)
    asked: list[int] = []

    class CountingDelegate(QStyledItemDelegate):  # each row the list asks for its size is seen
        def sizeHint(self, option, index):  # type: ignore[no-untyped-def]
            asked.append(index.row())
            return super().sizeHint(option, index)

    delegate = CountingDelegate(panel.list)
    panel.list.setItemDelegate(delegate)

    panel.start_new()
    panel.editor.agenda.setText("Opfølgning på praktik")
    profile = cProfile.Profile()
    profile.enable()
    assert panel.save()
    panel.list.viewport().repaint()  # laid out and painted, here and now
    profile.disable()

    assert panel.list_model.rowCount() == 281
    assert len(set(asked)) <= 3  # a row or two stand for all, not all 281
    # Nor is the model called for every row (Qt asked a model in Python its row count once a row).
    calls_into_the_model = sum(
        calls
        for (filename, _line, _name), (calls, *_rest) in pstats.Stats(profile).stats.items()  # type: ignore[attr-defined]
        if filename.endswith("note_list_model.py")
    )
    assert calls_into_the_model < 281  # for the rows on show only (old: 791 for 281 rows)
    long_row = panel.list_model.index(
        next(r for r in range(281) if "dyrehandlen" in panel.list_model.index(r).data())
    )
    assert long_agenda.strip() in long_row.data(Qt.ItemDataRole.ToolTipRole)
    assert (
        panel.list.visualRect(long_row).height() == panel.list.visualRect(panel.list_model.index(0)).height()
    )
