"""The goal editor's activity rows: every field has a visible caption and an
accessible name, the row fits a 1280 px wide window, and "someone else" can be one of the citizen's
actors picked from a list, or a name typed as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.coordination import ActorDraft
from tests.gui.conftest import show_citizen_and_wait
from tests.gui.layout_checks import clipped_texts


@pytest.fixture
def citizen_id(qtbot, main_window, open_citizen):
    main_window.resize(1280, 800)
    cid = open_citizen("goals_panel")
    services = main_window.services
    services.coordination.add_actor(cid, ActorDraft("Mentorhuset", "mentor", person="Jonas"))
    services.coordination.add_actor(cid, ActorDraft("Netto Hasseris", "employer"))
    show_citizen_and_wait(main_window.citizen_page, qtbot, cid)  # the network is read again
    main_window.citizen_page.tabs.setCurrentWidget(main_window.citizen_page.tabs.goals_panel)
    return cid


def test_every_field_of_an_activity_has_a_caption_and_the_row_fits(qtbot, main_window, citizen_id):
    editor = main_window.citizen_page.tabs.goals_panel.editor
    row = editor.activities.rows()[0]
    row.actor.setCurrentIndex(row.actor.findData("other"))  # the name field shows too
    qtbot.waitUntil(lambda: row.actor_name.isVisible())
    fields = [row.what, row.actor, row.actor_name, row.starts_on, row.ends_on, row.hours, row.outcome]
    captions = {caption.buddy(): caption for caption in row.captions.values()}
    for field in fields:
        caption = captions[field]
        assert caption.isVisible() and caption.text().strip(), field.accessibleName()
        assert field.accessibleName()
        # Above its field and the same width or less: a caption names the field under it.
        assert caption.geometry().bottom() <= field.geometry().top()
        assert field.geometry().left() <= caption.geometry().left() <= field.geometry().right()
    assert main_window.width() <= 1280
    for field in fields:
        assert field.width() >= field.minimumSizeHint().width(), field.accessibleName()
        assert row.rect().contains(field.geometry()), field.accessibleName()
    assert clipped_texts(row) == []


def test_who_does_it_can_be_one_of_the_citizens_actors_or_typed(qtbot, main_window, citizen_id):
    services = main_window.services
    goals = main_window.citizen_page.tabs.goals_panel
    qtbot.keyClicks(goals.editor.text, "Arbejde som lagermedarbejder")
    qtbot.keyClicks(goals.editor.trade, "lagermedarbejder")
    row = goals.editor.activities.rows()[0]
    qtbot.keyClicks(row.what, "Praktik på lageret")
    row.actor.setCurrentIndex(row.actor.findData("other"))
    offered = [row.actor_name.itemText(i) for i in range(row.actor_name.count())]
    assert sorted(offered) == ["Mentorhuset (Jonas)", "Netto Hasseris"]  # as in the network tab
    row.actor_name.setCurrentIndex(offered.index("Netto Hasseris"))

    # A second activity: a name typed, as before.
    goals.editor.activities.add_row()
    second = goals.editor.activities.rows()[1]
    qtbot.keyClicks(second.what, "Samtale om sygemelding")
    second.actor.setCurrentIndex(second.actor.findData("other"))
    assert second.actor_name.count() == 2  # a new row offers the actors too
    qtbot.keyClicks(second.actor_name.lineEdit(), "Rehabiliteringsteamet")
    qtbot.mouseClick(goals.save_button, Qt.MouseButton.LeftButton)

    [(goal, _subs)] = services.goals.plan(citizen_id)
    assert [(a.actor, a.actor_name) for a in goal.draft.activities] == [
        ("other", "Netto Hasseris"),
        ("other", "Rehabiliteringsteamet"),
    ]

    # A new actor in the network tab is offered at once.
    page = main_window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.coordination_panel)
    panel = page.tabs.coordination_panel
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.actor_form.organisation, "Bostøtten Øst")
    assert panel.save_actor()
    shown = goals.editor.activities.rows()[0]  # the stored goal, shown again after saving
    assert "Bostøtten Øst" in [shown.actor_name.itemText(i) for i in range(shown.actor_name.count())]
    assert shown.actor_name.currentText() == "Netto Hasseris"
