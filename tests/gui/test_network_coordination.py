"""Coordination in the network tab (issue 19, item 12): a contact can truthfully record information that
was already shared without consent (flagged, with the reason, in the access export), and network meetings
record who took part, what was discussed and who does what by when, each decision a follow-up."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop.reports.access_report import access_html
from tests.gui.test_coordination_flow import add_actor, write_contact

REASON = "Mentoren ringede, og fremmødet blev nævnt før samtykket var tjekket"


@pytest.fixture
def citizen_id(open_citizen):
    return open_citizen("coordination_panel")


@pytest.fixture
def panel(main_window, citizen_id):
    return main_window.citizen_page.coordination_panel


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

    [contact] = main_window._services.coordination.contacts(citizen_id)
    assert contact.without_consent and contact.without_consent_kind == "already_shared"
    assert contact.without_consent_reason == REASON
    shown = panel.contact_history.toPlainText()
    assert "⚠ Already shared without consent" in shown and REASON in shown
    actions = [e.action for e in main_window._services.citizens.access_log(citizen_id)]
    assert "contact.logged_already_shared" in actions
    # The citizen's access export says so, in words.
    document = access_html(main_window._services.privacy.access_record(citizen_id))
    assert REASON in document and "Allerede delt uden samtykke" in document


def test_an_already_shared_disclosure_needs_a_reason(qtbot, main_window, citizen_id, panel):
    from desktop.domain.coordination import ContactDraft
    from desktop.errors import InvalidInput

    actor = add_actor(qtbot, panel, "Mentorhuset", "mentor")
    draft = ContactDraft(actor, date.today(), "phone", "Opkald", "Fremmøde")
    with pytest.raises(InvalidInput):
        main_window._services.coordination.log_contact(citizen_id, draft, already_shared_reason="  ")
    assert main_window._services.coordination.contacts(citizen_id) == []
