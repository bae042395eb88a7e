"""The network tab in the real main window: actors, consents (generic ones refused), the contact log with
its warning when information is shared without consent, withdrawal, and the map saved as a picture."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.views.citizen.network_view import place_actors
from desktop.views.dialogs.unsaved_question import CANCEL


@pytest.fixture
def window(main_window):
    return main_window


@pytest.fixture
def citizen_id(open_citizen):
    return open_citizen("coordination_panel")


@pytest.fixture
def panel(window, citizen_id):
    return window.citizen_page.tabs.coordination_panel


def logged(window, citizen_id):
    return [e.action for e in window.services.citizens.access_log(citizen_id)]


def add_actor(qtbot, panel, organisation, role, person=""):
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.actor_form.organisation, organisation)
    panel.actor_form.role.setCurrentIndex(panel.actor_form.role.findData(role))
    qtbot.keyClicks(panel.actor_form.person, person)
    qtbot.mouseClick(panel.save_actor_button, Qt.MouseButton.LeftButton)
    return panel._actor_id


def write_consent(qtbot, panel, information, purpose):
    entry = panel.consent_entry
    entry.information.setPlainText(information)
    entry.purpose.clear()
    qtbot.keyClicks(entry.purpose, purpose)


def write_contact(panel, summary, shared=""):
    panel.contact_entry.summary.setPlainText(summary)
    panel.contact_entry.shared.setPlainText(shared)


def test_actors_are_added_listed_and_drawn_by_sector(qtbot, window, citizen_id, panel):
    psychiatry = add_actor(qtbot, panel, "Psykiatrisk Center Nord", "psychiatry", "Mette Lund")
    employer = add_actor(qtbot, panel, "Netto Hasseris", "employer")

    assert panel.actor_list.count() == 2
    drawn = {a.id: a for a in panel.network.actors()}
    assert (
        drawn[psychiatry].sector == "health"
        and drawn[psychiatry].title == "Psykiatrisk Center Nord (Mette Lund)"
    )
    assert drawn[employer].sector == "work"
    assert not drawn[psychiatry].has_consent
    assert panel.network._centre_name == "Åse Ærø"
    assert logged(window, citizen_id).count("actor.added") == 2

    # An actor without organisation or person is refused under the field; nothing is stored.
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    panel.actor_form.notes.setPlainText("ringer tit")
    assert not panel.save_actor()
    assert "organisation" in panel.actor_form.errors.shown()
    assert len(window.services.coordination.actors(citizen_id)) == 2
    panel.discard()

    # Clicking an actor's box on the map chooses it; editing it is stored.
    centre = place_actors(panel.network.actors(), panel.network.width(), panel.network.height())[employer]
    qtbot.mouseClick(panel.network, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert panel._actor_id == employer
    qtbot.keyClicks(panel.actor_form.phone, "12 34 56 78")
    assert panel.is_dirty()
    assert panel.save_actor()
    assert window.services.coordination.actors(citizen_id)[0].draft.phone == "12 34 56 78"
    assert "actor.updated" in logged(window, citizen_id)


def test_generic_consent_is_refused_with_the_reason_and_a_specific_one_recorded(
    qtbot, window, citizen_id, panel
):
    add_actor(qtbot, panel, "Lægehuset Vestergade", "gp")
    panel.actor_tabs.setCurrentIndex(1)
    write_consent(qtbot, panel, "Alle relevante oplysninger", "sagsbehandling")

    assert not panel.record_consent()
    shown = panel.consent_entry.errors.shown()
    assert "Too general" in shown["information"] and "Too general" in shown["purpose"]
    assert window.services.coordination.consents(citizen_id) == []

    # Oral consent needs who heard it; it is filled in with the caseworker and can be changed.
    write_consent(
        qtbot, panel, "Lægens vurdering af søvn og arbejdstid", "Planlægge praktik med passende timer"
    )
    entry = panel.consent_entry
    entry.form.setCurrentIndex(entry.form.findData("oral"))
    assert entry.recorded_by.isEnabled()
    entry.recorded_by.clear()
    assert not panel.record_consent()
    assert "recorded_by" in entry.errors.shown()
    qtbot.keyClicks(entry.recorded_by, "Lene Bundgaard")
    assert panel.record_consent()

    consents = window.services.coordination.consents(citizen_id)
    assert len(consents) == 1 and consents[0].draft.recorded_by == "Lene Bundgaard"
    assert consents[0].draft.expires_on is not None  # a year by default
    assert panel.consent_list.count() == 1 and "Valid until" in panel.consent_list.item(0).text()
    assert panel.network.actors()[0].has_consent
    assert not entry.is_dirty()  # the form is emptied for the next one
    assert "consent.recorded" in logged(window, citizen_id)


def test_sharing_without_consent_warns_and_records_the_choice(qtbot, window, citizen_id, panel):
    add_actor(qtbot, panel, "Bostøtten Øst", "housing_support", "Karin")
    panel.actor_tabs.setCurrentIndex(2)
    asked = []
    answers = iter([False, True])

    def warn(actor):
        asked.append(actor)
        return next(answers)

    panel.warn_without_consent = warn

    # Nothing shared: no consent needed, no question.
    write_contact(panel, "Aftalte tid til hjemmebesøg")
    assert "no consent needed" in panel.contact_entry.consent_state.text()
    assert panel.log_contact()
    assert asked == []

    # Shared without consent: the warning names the actor; declining logs nothing as shared, keeps the typing.
    write_contact(panel, "Talte om praktikken", "Status på praktik og fremmøde")
    assert panel.contact_entry.consent_state.property("kind") == "warning"
    assert not panel.log_contact()
    assert asked == ["Bostøtten Øst (Karin)"]
    assert panel.contact_entry.is_dirty()
    assert "contact.sharing_declined" in logged(window, citizen_id)
    assert len(window.services.coordination.contacts(citizen_id)) == 1

    # Going ahead logs the contact, flagged, and says so in the access log and the contact log.
    assert panel.log_contact()
    contacts = window.services.coordination.contacts(citizen_id)
    assert len(contacts) == 2 and sum(c.without_consent for c in contacts) == 1
    assert "contact.logged_without_consent" in logged(window, citizen_id)
    assert "Shared without consent" in panel.contacts_tab.history.toPlainText()
    assert panel.actor_tabs.tabText(2) == "Contact log (2)"


def test_a_consent_covers_sharing_until_it_is_withdrawn(qtbot, window, citizen_id, panel):
    add_actor(qtbot, panel, "Netto Hasseris", "employer")
    write_consent(qtbot, panel, "Aftalt timetal og pauser i praktikken", "Tilrettelægge praktikken")
    panel.consent_entry.direction.setCurrentIndex(panel.consent_entry.direction.findData("both"))
    assert panel.record_consent()
    panel.warn_without_consent = lambda _actor: pytest.fail("no warning expected while the consent is valid")

    write_contact(panel, "Opfølgning med butikschefen", "Borgerens ønske om start kl. 10")
    assert "Covered by the consent" in panel.contact_entry.consent_state.text()
    assert panel.log_contact()
    assert logged(window, citizen_id).count("contact.logged") == 1

    # Withdrawal asks first, then stops the consent from covering contacts.
    panel.actor_tabs.setCurrentIndex(1)
    panel.consent_list.setCurrentRow(0)
    assert panel.consents_tab.withdraw_button.isEnabled()
    qtbot.mouseClick(panel.consents_tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert "Withdrawn" in panel.consent_list.item(0).text()
    panel.consent_list.setCurrentRow(0)
    assert not panel.consents_tab.withdraw_button.isEnabled()
    assert not panel.network.actors()[0].has_consent
    assert "consent.withdrawn" in logged(window, citizen_id)

    asked = []
    panel.warn_without_consent = lambda actor: asked.append(actor) or False
    write_contact(panel, "Ny opfølgning", "Fremmøde i uge 47")
    assert not panel.log_contact()
    assert asked == ["Netto Hasseris"]


def test_the_real_warning_dialog_offers_both_choices(qtbot, window, citizen_id, panel):
    add_actor(qtbot, panel, "3F", "union")
    write_contact(panel, "Spørgsmål om a-kasse", "Oplysninger om ledighedsperiode")
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        do_not = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        assert box.defaultButton() is do_not  # Enter does not share
        do_not.click()

    QTimer.singleShot(0, answer)
    assert not panel.log_contact()
    assert "3F" in seen["text"]
    assert len(seen["buttons"]) == 3  # on another legal basis, already shared, do not share
    assert "contact.sharing_declined" in logged(window, citizen_id)


def test_typing_in_the_network_tab_is_not_lost_on_leaving(qtbot, window, citizen_id, panel):
    add_actor(qtbot, panel, "Socialafdelingen", "social_services")
    write_consent(qtbot, panel, "Handleplan efter serviceloven § 141", "Samordne indsatsen med bostøtte")
    page = window.citizen_page
    page.ask_unsaved = lambda: CANCEL
    assert not page.can_leave()
    assert panel.consent_entry.is_dirty()
    page.ask_unsaved = lambda: "save"
    assert page.can_leave()
    assert len(window.services.coordination.consents(citizen_id)) == 1


def test_the_map_is_saved_as_a_picture_and_the_export_logged(qtbot, window, citizen_id, panel, tmp_path):
    add_actor(qtbot, panel, "Psykiatrisk Center Nord", "psychiatry")
    target = tmp_path / "netvaerk"
    panel.choose_image_path = lambda _suggested: str(target)
    panel.export_map()
    picture = QImage(str(target) + ".png")
    assert not picture.isNull() and picture.width() >= panel.network.minimumWidth()
    assert "citizen.exported" in logged(window, citizen_id)


def test_expiring_consent_reaches_the_follow_up_list(qtbot, window, citizen_id, panel):
    add_actor(qtbot, panel, "Lægehuset", "gp")
    write_consent(qtbot, panel, "Attest om arbejdstid", "Planlægge praktik")
    panel.consent_entry.expires_on.set_value(date.today() + timedelta(days=10))
    assert panel.record_consent()
    kinds = [f.kind for f in window.services.notes.follow_ups()]
    assert "consent" in kinds
