"""Coordination in the network tab: a contact can truthfully record information that
was already shared without consent (flagged, with the reason, in the access export), and network meetings
record who took part, what was discussed and who does what by when, each decision a follow-up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop.reports.access_report import access_html
from tests.gui.conftest import open_citizen_and_wait
from tests.gui.test_coordination_flow import add_actor, write_contact

REASON = "Mentoren ringede, og fremmødet blev nævnt før samtykket var tjekket"


@pytest.fixture
def citizen_id(open_citizen):
    return open_citizen("coordination_panel")


@pytest.fixture
def panel(main_window, citizen_id):
    return main_window.citizen_page.tabs.coordination_panel


def answer_already_shared(seen):
    """Pick "It was already shared…" in the real question, then type the reason."""

    def reason():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, reason)
            return
        seen["reason_asked"] = dialog.labelText()
        dialog.setTextValue(REASON)
        dialog.accept()

    def choose():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, choose)
            return
        seen["buttons"] = [b.text() for b in box.buttons()]
        already = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
        if not already:  # nothing to pick: close the question so the test can fail on it
            box.reject()
            return
        QTimer.singleShot(0, reason)
        already[0].click()

    QTimer.singleShot(0, choose)


def test_a_disclosure_that_already_happened_is_recorded_truthfully(qtbot, main_window, citizen_id, panel):
    add_actor(qtbot, panel, "Mentorhuset", "mentor", "Jonas")
    panel.actor_tabs.setCurrentIndex(2)
    write_contact(panel, "Jonas ringede om praktikken", "Fremmøde i uge 47")
    seen = {}
    answer_already_shared(seen)
    assert panel.log_contact()
    assert len(seen["buttons"]) == 3 and "Why was the information shared" in seen["reason_asked"]

    [contact] = main_window.services.coordination.contacts(citizen_id)
    assert contact.without_consent and contact.without_consent_kind == "already_shared"
    assert contact.without_consent_reason == REASON
    shown = panel.contacts_tab.history.toPlainText()
    assert "⚠ Already shared without consent" in shown and REASON in shown
    actions = [e.action for e in main_window.services.citizens.access_log(citizen_id)]
    assert "contact.logged_already_shared" in actions
    # The citizen's access export says so, in words.
    document = access_html(main_window.services.privacy.access_record(citizen_id))
    assert REASON in document and "Allerede delt uden samtykke" in document


def test_an_already_shared_disclosure_needs_a_reason(qtbot, main_window, citizen_id, panel):
    from desktop.domain.coordination import ContactDraft
    from desktop.errors import InvalidInput

    actor = add_actor(qtbot, panel, "Mentorhuset", "mentor")
    draft = ContactDraft(actor, date.today(), "phone", "Opkald", "Fremmøde")
    with pytest.raises(InvalidInput):
        main_window.services.coordination.log_contact(citizen_id, draft, already_shared_reason="  ")
    assert main_window.services.coordination.contacts(citizen_id) == []


def test_a_network_meeting_records_attendees_and_decisions_that_become_follow_ups(
    qtbot, main_window, citizen_id, panel
):
    from desktop.views.models.follow_up_model import FollowUpColumn, FollowUpTableModel

    services = main_window.services
    add_actor(qtbot, panel, "Psykiatrien", "psychiatry")
    mentor = add_actor(qtbot, panel, "Mentorhuset", "mentor", "Jonas")
    panel.side_tabs.setCurrentIndex(1)
    meetings = panel.meetings
    assert panel.side_tabs.tabText(1) == "Networ&k meetings (0)"

    # The citizen and the caseworker are ticked; the actors are offered to tick.
    people = [meetings.attendees.item(r).text() for r in range(meetings.attendees.count())]
    assert people[0] == "Åse Ærø (the citizen)" and "Mentorhuset (Jonas)" in people
    mentor_row = people.index("Mentorhuset (Jonas)")
    meetings.attendees.item(mentor_row).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(meetings.discussed, "Praktikken og timetallet")
    row = meetings.decisions.rows()[0]
    qtbot.keyClicks(row.what, "Aftale opstart i praktik")
    offered = [row.who.itemText(i) for i in range(row.who.count())]
    assert "Mentorhuset (Jonas)" in offered and "Psykiatrien" not in offered  # only those present
    row.who.setCurrentIndex(offered.index("Mentorhuset (Jonas)"))

    # Without "by when" the decision cannot become a follow-up: refused under the field.
    qtbot.mouseClick(meetings.save_button, Qt.MouseButton.LeftButton)
    assert "by when" in meetings.errors.shown()["decisions"]
    assert services.coordination.network_meetings(citizen_id) == []
    due = date.today() + timedelta(days=2)
    row.due_on.set_value(due)
    qtbot.mouseClick(meetings.save_button, Qt.MouseButton.LeftButton)

    [stored] = services.coordination.network_meetings(citizen_id)
    assert stored.draft.actor_ids == [mentor] and stored.draft.citizen_attended
    assert stored.draft.caseworker == services.session.vault.actor
    assert stored.draft.discussed == "Praktikken og timetallet"
    assert [(d.what, d.who, d.due_on) for d in stored.draft.decisions] == [
        ("Aftale opstart i praktik", "Mentorhuset (Jonas)", due)
    ]
    assert panel.side_tabs.tabText(1) == "Networ&k meetings (1)"
    assert "Mentorhuset (Jonas) does: Aftale opstart i praktik" in meetings.history.toPlainText()
    assert not meetings.is_dirty()  # emptied for the next one
    assert "network_meeting.recorded" in [e.action for e in services.citizens.access_log(citizen_id)]

    # The decision is on the follow-up list until it is marked done.
    [follow_up] = [f for f in services.notes.follow_ups(due) if f.kind == "network_decision"]
    assert (follow_up.text, follow_up.who, follow_up.due) == (
        "Aftale opstart i praktik",
        "Mentorhuset (Jonas)",
        due,
    )
    model = FollowUpTableModel()
    model.set_rows([follow_up])
    assert model.index(0, FollowUpColumn.WHAT).data() == "Network meeting: Aftale opstart i praktik"
    services.notes.mark_done(follow_up.id)
    assert [f for f in services.notes.follow_ups(due) if f.kind == "network_decision"] == []

    # The citizen's access export shows the meeting with the attendees by name.
    document = access_html(services.privacy.access_record(citizen_id))
    assert "Netværksmøder" in document and "Mentorhuset (Jonas)" in document and "Praktikken og" in document


def test_typing_in_a_network_meeting_is_not_lost_on_leaving(qtbot, main_window, citizen_id, panel):
    from desktop.views.dialogs.unsaved_question import CANCEL

    add_actor(qtbot, panel, "Mentorhuset", "mentor")
    panel.side_tabs.setCurrentIndex(1)
    panel.meetings.attendees.item(2).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(panel.meetings.discussed, "Fremmøde")
    page = main_window.citizen_page
    page.ask_unsaved = lambda: CANCEL
    assert not page.can_leave()
    page.ask_unsaved = lambda: "save"
    assert page.can_leave()
    assert len(main_window.services.coordination.network_meetings(citizen_id)) == 1


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_network_meeting_form_has_its_own_alt_keys(qtbot, request, make_main_window, services, language):
    from desktop.domain.citizen import CitizenDraft
    from tests.gui.test_keyboard_access import alt_keys

    if language == "da":
        request.getfixturevalue("danish")
    window = make_main_window(services)
    cid = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    open_citizen_and_wait(window, qtbot, cid)
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.coordination_panel)
    page.tabs.coordination_panel.side_tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert page.tabs.coordination_panel.meetings.save_button.isVisible()
    clashes = {key: texts for key, texts in alt_keys(window).items() if len(texts) > 1}
    assert clashes == {}
