"""A caseworker's day with one citizen, driven through the real main window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.citizen import CitizenDraft
from desktop.services.registry import Services
from desktop.storage.vault import audit
from desktop.views.dialogs.unsaved_question import CANCEL, DISCARD
from desktop.views.main_window import PageIndex
from tests.gui.conftest import open_citizen_and_wait, show_citizen_and_wait


@pytest.fixture
def window(make_main_window, unlocked):
    return make_main_window(Services.for_session(unlocked), active=True)


def actions(window, citizen_id):
    return [e.action for e in reversed(window.services.citizens.access_log(citizen_id))]


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def create_citizen(qtbot, window, name="Åse Ærø", cpr="211062-5629", words="Jeg drømmer om at passe heste"):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.citizen_page
    assert window.current_page() == PageIndex.CITIZEN and page.is_creating
    type_into(qtbot, page.form.name, name)
    type_into(qtbot, page.form.cpr, cpr)
    page.form.texts["own_wishes"].setPlainText(words)
    with qtbot.waitSignal(page.saved):
        qtbot.keyClick(page.form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return page.citizen_id


def test_create_find_edit_close_reopen_with_the_access_log(qtbot, window):
    page = window.citizen_page
    # Invalid input is shown inline and nothing is stored.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, page.form.cpr, "320162-1234")
    qtbot.mouseClick(page.header.save_button, Qt.MouseButton.LeftButton)
    assert page.form.errors["name"].isVisible() and page.form.errors["cpr"].isVisible()
    assert "real date" in page.form.errors["cpr"].text()
    assert window.caseload_page.model.rowCount() == 0
    page.form.cpr.clear()

    citizen_id = create_citizen(qtbot, window)
    assert not page.is_creating and page.title_label.text() == "Åse Ærø"
    assert page.form.cpr.text() == "211062-XXXX" and page.form.cpr.isReadOnly()

    # Found in the caseload by name…
    window.show_page(PageIndex.CASELOAD)
    type_into(qtbot, window.caseload_page.filter_field, "ærø")
    assert window.caseload_page.proxy.rowCount() == 1
    # …and by a word in their own description, through the global search.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PageIndex.SEARCH
    type_into(qtbot, window.search_page.field, "heste")
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() == 1, timeout=5000)
    first = window.search_page.model.index(0, 0)
    assert "Åse Ærø" in first.data()
    window.search_page.tree.activated.emit(first)
    assert window.current_page() == PageIndex.CITIZEN and page.citizen_id == citizen_id

    # Edit and save; undo of unsaved edits.
    page.tabs.setCurrentIndex(1)
    page.form.texts["own_problems"].setPlainText("Mange mennesker på én gang")
    assert page.header.save_button.isEnabled() and page.title_label.text().endswith("*")
    qtbot.mouseClick(page.header.save_button, Qt.MouseButton.LeftButton)
    assert not page.is_dirty()
    page.form.phone.setText("11223344")
    assert page.header.revert_button.isEnabled()
    qtbot.mouseClick(page.header.revert_button, Qt.MouseButton.LeftButton)
    assert page.form.phone.text() == "" and not page.is_dirty()

    # Close: the active filter hides the citizen; reopen brings them back.
    qtbot.mouseClick(page.header.status_button, Qt.MouseButton.LeftButton)
    window.caseload_page.filter_field.clear()
    assert window.caseload_page.proxy.rowCount() == 0
    qtbot.mouseClick(page.header.status_button, Qt.MouseButton.LeftButton)
    assert window.caseload_page.proxy.rowCount() == 1

    # The access log page shows each step, and the chain verifies.
    page.tabs.setCurrentWidget(page.tabs.log_view)
    shown = [
        page.tabs.log_view.log_model.index(r, 2).data()
        for r in range(page.tabs.log_view.log_model.rowCount())
    ]
    assert "Record created" in shown and "Case closed" in shown and "Case reopened" in shown
    # Opening from search showed the page already open: no second view is logged for that.
    assert actions(window, citizen_id) == [
        "citizen.created",
        "citizen.viewed",
        "citizen.updated",
        "citizen.viewed",
        "citizen.closed",
        "citizen.viewed",
        "citizen.reopened",
        "citizen.viewed",
    ]
    with window.services.session.vault.engine.connect() as conn:
        assert audit.verify_chain(conn).ok


def test_revealing_the_cpr_is_logged(qtbot, window):
    citizen_id = create_citizen(qtbot, window)
    page = window.citizen_page
    qtbot.mouseClick(page.header.reveal_button, Qt.MouseButton.LeftButton)
    assert page.form.cpr.text() == "211062-5629" and not page.form.cpr.isReadOnly()
    assert "citizen.cpr_revealed" in actions(window, citizen_id)
    assert not page.is_dirty()


def test_a_duplicate_cpr_is_named_before_saving(qtbot, window):
    create_citizen(qtbot, window)
    asked = []
    window.citizen_page.confirm = lambda title, text: asked.append(text) or False
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.citizen_page.is_creating, QApplication.activeWindow()
    type_into(qtbot, window.citizen_page.form.name, "Anden Person")
    type_into(qtbot, window.citizen_page.form.cpr, "2110625629")
    window.citizen_page.save()
    assert asked and "Åse Ærø" in asked[0]
    assert window.caseload_page.model.rowCount() == 1  # refused: nothing stored


def test_leaving_with_unsaved_edits_asks_first(qtbot, window):
    first = create_citizen(qtbot, window)
    second = window.services.citizens.create_citizen(CitizenDraft(name="Bo Berg"))
    page = window.citizen_page
    page.form.phone.setText("99887766")
    page.ask_unsaved = lambda: CANCEL
    window.open_citizen(second)  # cancelled: nothing is read
    assert page.opening_id is None and page.citizen_id == first and page.form.phone.text() == "99887766"
    page.ask_unsaved = lambda: DISCARD
    open_citizen_and_wait(window, qtbot, second)
    assert page.citizen_id == second


def test_unsaved_typing_survives_a_lock_as_an_encrypted_draft(qtbot, window):
    citizen_id = create_citizen(qtbot, window)
    page = window.citizen_page
    page.form.texts["own_strategies"].setPlainText("Gåture hjælper")
    window.prepare_for_lock()  # what the auto-lock does before closing the window
    assert page.citizen_id is None
    show_citizen_and_wait(page, qtbot, citizen_id)
    assert page.form.texts["own_strategies"].toPlainText() == "Gåture hjælper"
    assert page.is_dirty() and page.banner.isVisible()
    page.save()
    assert window.services.citizens.load_profile_draft(citizen_id) is None


def test_the_plan_is_saved_as_a_pdf_from_the_citizen_page(qtbot, window, tmp_path):
    citizen_id = create_citizen(qtbot, window)
    page = window.citizen_page
    target = tmp_path / "plan.pdf"
    page.plan_export.choose_path = lambda suggested: str(target) if "Åse Ærø" in suggested else ""
    qtbot.mouseClick(page.header.plan_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert page.banner.isVisible() and "plan.pdf" in page.banner.text()
    assert "citizen.exported" in actions(window, citizen_id)


def test_follow_ups_are_listed_and_marked_done(qtbot, window):
    from datetime import date, timedelta

    from desktop.domain.notes import Agreement, NoteDraft

    citizen_id = create_citizen(qtbot, window)
    today = date.today()
    window.services.notes.add_note(
        citizen_id,
        NoteDraft(
            held_on=today,
            agreements=[
                Agreement("Indhent statusattest", "Sagsbehandler", today - timedelta(days=2)),
                Agreement("Besøg i butikken", "Åse", today + timedelta(days=40)),
            ],
        ),
    )
    page = window.follow_up_page
    with qtbot.waitSignal(page.loaded):  # read off the GUI thread
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PageIndex.FOLLOW_UP
    assert page.model.rowCount() == 1 and page.model.index(0, 2).data() == "Indhent statusattest"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue: red
    with qtbot.waitSignal(page.loaded):
        page.scope.setCurrentIndex(2)  # within 30 days: the visit in 40 days is still not shown
    assert page.model.rowCount() == 1
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.empty
    assert "followup.done" in actions(window, citizen_id)


def test_a_draft_with_only_some_fields_keeps_the_stored_ones(qtbot, main_window):
    services = main_window.services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø", address="Vestergade 1"))
    services.citizens.save_profile_draft(citizen_id, {"own_wishes": "Arbejde med heste"})
    open_citizen_and_wait(main_window, qtbot, citizen_id)
    shown = main_window.citizen_page.form.draft()
    assert (shown.name, shown.address, shown.own_wishes) == ("Åse Ærø", "Vestergade 1", "Arbejde med heste")
