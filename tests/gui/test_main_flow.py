import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.citizen import CitizenDraft
from desktop.services.registry import Services
from desktop.views.controller import AppController
from desktop.views.dialogs.setup_dialog import SetupDialog
from desktop.views.dialogs.unlock_dialog import UnlockDialog
from desktop.views.main_window import MainWindow, PageIndex
from desktop.views.preferences import IDLE_LOCK_MINUTES, LANGUAGE
from tests.conftest import PASSWORD

_controllers = []


@pytest.fixture(autouse=True)
def _close_controller_windows():
    """Controller windows delete themselves on close, so they are closed here, not by qtbot."""
    yield
    while _controllers:
        controller = _controllers.pop()
        if controller.dialog is not None:
            controller.dialog.done(0) if controller.dialog.isVisible() else None
        if controller.main_window is not None:
            controller.main_window.close_for_lock()
        controller.idle.stop()
        controller.clipboard.stop_guarding(QApplication.instance())


def make_controller(qtbot, session, runner, preferences):
    controller = AppController(session, runner, preferences)
    _controllers.append(controller)
    return controller


def test_first_start_shows_setup_in_danish(qtbot, session, runner, preferences, danish):
    controller = make_controller(qtbot, session, runner, preferences)
    controller.start()
    assert isinstance(controller.dialog, SetupDialog)
    assert controller.dialog.isVisible()
    assert "Opret din krypterede notesbog" in [
        w.text() for w in controller.dialog.findChildren(type(controller.dialog.keychain_note))
    ]


def _what_shows(window: MainWindow, session) -> dict:  # type: ignore[no-untyped-def]
    return {
        "rows": window.caseload_page.model.rowCount(),
        "open": window.is_open,
        "unlocked": session.is_unlocked,
        "navigation": window.navigation.isEnabled(),
        "new citizen": window.new_action.isEnabled(),
    }


def test_a_remembered_key_opens_the_notebook_without_a_dialog(qtbot, session, runner, preferences):
    session.create(PASSWORD, remember=True)
    Services.for_session(session).citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    session.lock()
    controller = make_controller(qtbot, session, runner, preferences)
    states = []
    controller.state_changed.connect(states.append)
    controller.start()
    window = controller.main_window
    # The window is on screen at once, opening: nothing to click but Quit, the vault still locked.
    assert isinstance(window, MainWindow) and window.isVisible() and not window.is_open
    assert not session.is_unlocked and not window.new_action.isEnabled() and window.quit_action.isEnabled()
    assert window.statusBar().currentMessage() == "Opening the notebook…"
    # Once it is painted, the caseload read early is shown while the vault opens.
    while_opening = []
    window.caseload_shown.connect(lambda: while_opening.append(_what_shows(window, session)))
    with qtbot.waitSignal(controller.state_changed, timeout=5000):
        pass  # the vault opens once the caseload has been painted
    assert while_opening == [
        {"rows": 1, "open": False, "unlocked": False, "navigation": False, "new citizen": False}
    ]
    assert states == ["opening", "unlocked"] and controller.main_window is window
    assert window.is_open and controller.dialog is None and session.is_unlocked
    assert _what_shows(window, session) == {
        "rows": 1,
        "open": True,
        "unlocked": True,
        "navigation": True,
        "new citizen": True,
    }
    assert window.statusBar().currentMessage() == ""
    controller.lock()


def test_a_citizen_asked_for_during_the_first_look_opens_with_the_notebook(
    qtbot, session, runner, preferences
):
    session.create(PASSWORD, remember=True)
    citizen_id = Services.for_session(session).citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    session.lock()
    controller = make_controller(qtbot, session, runner, preferences)
    controller.start()
    window = controller.main_window
    # Asked for (a double-click on the row) before the notebook is open.
    window.caseload_shown.connect(lambda: window.caseload_page.open_requested.emit(citizen_id))
    with qtbot.waitSignal(controller.state_changed, timeout=5000):
        pass
    assert window.current_page() == PageIndex.CITIZEN
    qtbot.waitUntil(lambda: window.citizen_page.citizen_id == citizen_id)  # read in the background
    controller.lock()


def test_a_key_no_longer_in_the_keychain_leads_to_the_unlock_dialog(qtbot, session, runner, preferences):
    session.create(PASSWORD, remember=True)
    session.lock()
    session._keys.forget(session.vault.vault_id)  # removed from the keychain by hand: the note is stale
    controller = make_controller(qtbot, session, runner, preferences)
    controller.start()
    window = controller.main_window
    assert isinstance(window, MainWindow) and not window.is_open
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockDialog), timeout=5000)
    assert controller.main_window is None and not session.is_unlocked
    assert not shiboken6.isValid(window) or not window.isVisible()


def test_idle_locks_the_notebook_and_asks_for_the_password(qtbot, unlocked, runner, preferences):
    controller = make_controller(qtbot, unlocked, runner, preferences)
    controller._show_main()
    window = controller.main_window
    assert unlocked.is_unlocked
    controller.idle.set_minutes(0.002)  # 120 ms
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockDialog), timeout=5000)
    assert controller.main_window is None
    assert not unlocked.is_unlocked
    assert "locked after" in controller.dialog.reason_label.text()
    assert not shiboken6.isValid(window) or not window.isVisible()


def test_activity_postpones_the_idle_lock(qtbot, unlocked, runner, preferences):
    controller = make_controller(qtbot, unlocked, runner, preferences)
    controller._show_main()
    controller.idle.set_minutes(0.005)  # 300 ms
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(controller.main_window, Qt.Key.Key_Shift)
    assert unlocked.is_unlocked
    controller.lock()


def test_keyboard_navigation_and_lock_shortcut(qtbot, unlocked, runner, preferences):
    controller = make_controller(qtbot, unlocked, runner, preferences)
    controller._show_main()
    window = controller.main_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    for key, page in [
        ("4", PageIndex.SEARCH),
        ("5", PageIndex.SETTINGS),
        ("3", PageIndex.FOLLOW_UP),
        ("1", PageIndex.CASELOAD),
    ]:
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PageIndex.SEARCH
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not unlocked.is_unlocked
    assert isinstance(controller.dialog, UnlockDialog)


def test_settings_are_remembered(qtbot, unlocked, runner, preferences):
    window = MainWindow(Services.for_session(unlocked), runner, preferences)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PageIndex.SETTINGS)
    page = window.settings_page
    page.idle_minutes.setValue(12)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.language_note.isVisible()
    assert preferences.get(IDLE_LOCK_MINUTES) == 12
    assert preferences.get(LANGUAGE) == "en"
    assert "12" in window.lock_status.text()


def test_verify_button_reports_a_healthy_notebook(qtbot, unlocked, runner, preferences):
    window = MainWindow(Services.for_session(unlocked), runner, preferences)
    qtbot.addWidget(window)
    window.settings_page.verify()
    qtbot.waitUntil(lambda: window.settings_page.check_button.isEnabled(), timeout=20000)
    assert "in order" in window.settings_page.check_result.text()
