"""The network forms' error lines go as soon as the field is put right, not at the next save (a
message belongs to its field and vanishes when it is no longer true)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_coordination_flow import add_actor, write_consent


@pytest.fixture
def panel(main_window, open_citizen):
    open_citizen("coordination_panel")
    return main_window.citizen_page.tabs.coordination_panel


def test_a_generic_consent_error_goes_when_the_text_is_made_specific(qtbot, panel):
    add_actor(qtbot, panel, "Lægehuset Vestergade", "gp")
    panel.actor_tabs.setCurrentIndex(1)
    write_consent(qtbot, panel, "Alle relevante oplysninger", "sagsbehandling")
    assert not panel.record_consent()
    entry = panel.consent_entry
    assert set(entry.errors.shown()) == {"information", "purpose"}

    entry.information.setPlainText("Lægens vurdering af søvn og arbejdstid")
    assert set(entry.errors.shown()) == {"purpose"}  # only the one still wrong stays
    entry.purpose.clear()
    qtbot.keyClicks(entry.purpose, "Planlægge praktik")
    assert entry.errors.shown() == {}

    entry.form.setCurrentIndex(entry.form.findData("oral"))
    entry.recorded_by.clear()
    assert not panel.record_consent()
    assert set(entry.errors.shown()) == {"recorded_by"}
    qtbot.keyClicks(entry.recorded_by, "L")
    assert entry.errors.shown() == {}


def test_an_actor_or_contact_error_goes_as_the_field_is_filled_in(qtbot, panel):
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_actor_button, Qt.MouseButton.LeftButton)
    form = panel.actor_form
    assert "organisation" in form.errors.shown()
    qtbot.keyClicks(form.email, "ikke-en-mail")  # typing elsewhere brings up no new error
    assert set(form.errors.shown()) == {"organisation"}
    qtbot.keyClicks(form.organisation, "Netto")
    assert form.errors.shown() == {}
    qtbot.mouseClick(panel.save_actor_button, Qt.MouseButton.LeftButton)
    assert set(form.errors.shown()) == {"email"}
    form.email.clear()
    qtbot.keyClicks(form.email, "bo@netto.dk")
    assert form.errors.shown() == {}

    form.email.clear()
    qtbot.mouseClick(panel.save_actor_button, Qt.MouseButton.LeftButton)
    panel.actor_tabs.setCurrentIndex(2)
    contact = panel.contact_entry
    assert not panel.log_contact()
    assert "summary" in contact.errors.shown()
    contact.summary.setPlainText("Ringede om fremmøde")
    assert contact.errors.shown() == {}
