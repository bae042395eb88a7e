"""A locked program shows no citizen data: no window title names a citizen, and every dialog, question
and menu that was open (even one waiting in exec()) is gone, leaving only the unlock dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from desktop.domain.citizen import CitizenDraft
from desktop.views.controller import AppController
from desktop.views.dialogs.unlock_dialog import UnlockDialog
from tests.gui.conftest import open_citizen_and_wait

NAME = "Titelmarkør Åse Ærø"
CPR = "211062-5629"
SECRETS = (NAME, "Titelmarkør", CPR, CPR.replace("-", ""), "211062-XXXX")


@pytest.fixture
def controller(qtbot, unlocked, runner, preferences):
    made = AppController(unlocked, runner, preferences)
    yield made
    if made.dialog is not None and made.dialog.isVisible():
        made.dialog.done(0)
    if made.main_window is not None:
        made.main_window.close_for_lock()
    made.idle.stop()
    made.clipboard.stop_guarding(QApplication.instance())


def titles() -> list[str]:
    """The title of every top-level widget and every native window, shown or not."""
    found = [w.windowTitle() for w in QApplication.topLevelWidgets()]
    found += [w.title() for w in QGuiApplication.topLevelWindows()]
    return found


def assert_no_citizen_data_in_titles() -> None:
    for title in titles():
        for secret in SECRETS:
            assert secret not in title, title


def test_the_main_window_title_never_names_the_citizen(qtbot, controller, unlocked):
    controller._show_main()
    window = controller.main_window
    citizen_id = window.services.citizens.create_citizen(CitizenDraft(name=NAME, cpr=CPR))
    open_citizen_and_wait(window, qtbot, citizen_id)
    window.citizen_page.reveal_cpr()
    assert window.windowTitle() == "Casenotes"
    assert_no_citizen_data_in_titles()


def test_after_lock_no_window_title_holds_citizen_data_and_only_the_unlock_dialog_is_shown(
    qtbot, controller, unlocked
):
    controller._show_main()
    window = controller.main_window
    citizen_id = window.services.citizens.create_citizen(CitizenDraft(name=NAME, cpr=CPR))
    open_citizen_and_wait(window, qtbot, citizen_id)
    # Windows about the citizen left open when the notebook locks, titles naming the citizen: a
    # non-modal dialog, a question, and a dialog waiting in exec() when the lock comes (as an idle lock
    # would come while the person is away from a dialog).
    side = QDialog(window)
    side.setWindowTitle(f"Hand over the case of {NAME}")
    side.show()
    question = QMessageBox(QMessageBox.Icon.Question, f"{NAME}?", f"{NAME} ({CPR})", parent=window)
    question.show()
    loose = QMessageBox(QMessageBox.Icon.Information, f"About {NAME}", NAME)  # no parent window
    qtbot.addWidget(loose)
    loose.show()
    waiting = QDialog(window)
    waiting.setWindowTitle(f"Excerpt for {NAME}")
    QTimer.singleShot(100, controller.lock)
    QTimer.singleShot(5000, waiting, lambda: waiting.done(42))  # only if the lock left it open
    assert waiting.exec() == QDialog.DialogCode.Rejected  # the lock answered it as "cancel"

    assert not unlocked.is_unlocked
    assert isinstance(controller.dialog, UnlockDialog)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [controller.dialog]
    for label in controller.dialog.findChildren(QLabel):
        assert not any(secret in label.text() for secret in SECRETS)
    # Nothing that stays (hidden, or waiting to be deleted) has citizen data in its title either.
    for widget in QApplication.topLevelWidgets():
        if widget not in (side, question, waiting, loose):
            assert not any(secret in widget.windowTitle() for secret in SECRETS), widget.windowTitle()
    assert not loose.isVisible()
    loose.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert_no_citizen_data_in_titles()


def test_escape_on_the_unlock_dialog_after_the_lock_does_not_quit(qtbot, controller, unlocked):
    """A stray Escape after the auto-lock used to end the program."""
    controller._show_main()
    controller.lock()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    quits: list[bool] = []
    controller.finished.connect(lambda: quits.append(True))
    for target in (dialog.password, dialog):
        qtbot.keyClick(target, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert quits == []
    assert dialog.isVisible() and controller.dialog is dialog
    # Quitting stays possible, on purpose: the Quit button is there.
    assert any(b.text() == "&Quit" and b.isEnabled() for b in dialog.findChildren(QPushButton))
