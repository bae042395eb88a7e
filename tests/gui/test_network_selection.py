"""One chosen actor drives the network tab: the list, the map, the form, the tab
counts and the consent warning show the same actor after "Do not share" and after every reload."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.citizen.network_view import place_actors
from tests.gui.conftest import show_citizen_and_wait
from tests.gui.test_coordination_flow import add_actor, write_contact


@pytest.fixture
def citizen_id(open_citizen):
    return open_citizen("coordination_panel")


@pytest.fixture
def panel(main_window, citizen_id):
    return main_window.citizen_page.tabs.coordination_panel


def shown_actor(panel):
    """What each part of the tab shows as the chosen actor."""
    selected = [item.data(Qt.ItemDataRole.UserRole) for item in panel.actor_list.selectedItems()]
    current = panel.actor_list.currentItem()
    return {
        "list_selected": selected,
        "list_current": current.data(Qt.ItemDataRole.UserRole) if current else None,
        "map": panel.network.selected(),
        "form": panel.actor_form.organisation.text(),
        "panel": panel._actor_id,
    }


def expect(panel, actor_id, organisation):
    assert shown_actor(panel) == {
        "list_selected": [actor_id],
        "list_current": actor_id,
        "map": actor_id,
        "form": organisation,
        "panel": actor_id,
    }


def test_declining_to_share_keeps_one_actor_chosen_everywhere(qtbot, main_window, panel):
    other = add_actor(qtbot, panel, "Bostøtten Øst", "housing_support")
    chosen = add_actor(qtbot, panel, "Netto Hasseris", "employer")
    expect(panel, chosen, "Netto Hasseris")
    panel.actor_tabs.setCurrentIndex(2)
    asked = []
    panel.warn_without_consent = lambda actor: asked.append(actor) or False  # "Do not share"
    write_contact(panel, "Talte om praktikken", "Status på fremmøde")

    # Clicking the other actor in the list tries to log the typing first; declining keeps the choice.
    row = panel.actor_list.row_of(other)
    rect = panel.actor_list.visualItemRect(panel.actor_list.item(row))
    qtbot.mouseClick(panel.actor_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: asked == ["Netto Hasseris"])
    qtbot.waitUntil(lambda: expect(panel, chosen, "Netto Hasseris"))  # the choice is put back
    assert panel.contact_entry.is_dirty()
    assert panel.contact_entry.consent_state.property("kind") == "warning"
    assert panel.actor_tabs.tabText(2) == "Contact log (0)"

    # The same from the map.
    centre = place_actors(panel.network.actors(), panel.network.width(), panel.network.height())[other]
    qtbot.mouseClick(panel.network, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    qtbot.waitUntil(lambda: len(asked) == 2)
    qtbot.waitUntil(lambda: expect(panel, chosen, "Netto Hasseris"))  # the choice is put back

    # The same with the arrow keys in the list.
    panel.actor_list.setFocus()
    key = (
        Qt.Key.Key_Up if panel.actor_list.row_of(other) < panel.actor_list.row_of(chosen) else Qt.Key.Key_Down
    )
    qtbot.keyClick(panel.actor_list, key)
    qtbot.waitUntil(lambda: len(asked) == 3)
    qtbot.waitUntil(lambda: expect(panel, chosen, "Netto Hasseris"))  # the choice is put back

    # With the typing gone, choosing the other actor moves everything together.
    panel.contact_entry.clear()
    qtbot.mouseClick(panel.actor_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: expect(panel, other, "Bostøtten Øst"))


def test_the_chosen_actor_survives_reloads(qtbot, main_window, citizen_id, panel):
    add_actor(qtbot, panel, "Netto Hasseris", "employer")
    chosen = add_actor(qtbot, panel, "Bostøtten Øst", "housing_support")
    # A new role moves the actor in the list (sorted by role); it stays the chosen one.
    panel.actor_form.role.setCurrentIndex(panel.actor_form.role.findData("relative"))
    assert panel.save_actor()
    expect(panel, chosen, "Bostøtten Øst")
    # Opening the same citizen again (the page reloads its panels) keeps the choice.
    show_citizen_and_wait(main_window.citizen_page, qtbot, citizen_id)
    expect(panel, chosen, "Bostøtten Øst")
