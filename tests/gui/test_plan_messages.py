"""Issue 19, the plan and the messages: the reason for a changed goal, Ctrl+S on every tab that edits,
one truth about sync, messages that belong to their field or tab, and "Min plan" with the next meeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit

from desktop.domain.citizen import CitizenDraft
from desktop.domain.goals import GoalDraft
from desktop.services.registry import Services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(make_main_window, unlocked):
    return make_main_window(Services.for_session(unlocked), active=True)


@pytest.fixture
def citizen_id(window):
    citizen = window._services.citizens.create_citizen(
        CitizenDraft(name="Åse Ærø", responsible_caseworker="Lene Bundgaard")
    )
    window.open_citizen(citizen)
    return citizen


def _answer_modal(qtbot, steps):
    """Run ``steps(dialog)`` on the modal dialog once it is on show (it runs inside the dialog's loop)."""
    done = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        steps(dialog)
        done.append(True)

    QTimer.singleShot(0, poll)
    return done


def _accept_button(dialog):
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)


# -- item 4: an empty reason ------------------------------------------------------------------------------


def test_an_empty_reason_is_refused_in_the_dialog_and_the_keyboard_returns_to_the_goal(
    qtbot, window, citizen_id
):
    services = window._services
    goal_id = services.goals.add_goal(
        citizen_id,
        GoalDraft(
            kind="employment", text="Arbejde med dyr", author="together", trade_or_function="dyrepasser"
        ),
    )
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.goals_panel)
    goals = page.goals_panel
    goals.set_citizen(citizen_id)
    assert goals.goal_id == goal_id
    goals.editor.text.selectAll()
    goals.editor.text.setFocus()
    qtbot.keyClicks(goals.editor.text, "Arbejde i en rideskole")
    seen: dict = {}

    def steps(dialog):
        field = dialog.findChild(QLineEdit)
        qtbot.mouseClick(_accept_button(dialog), LEFT)  # no reason typed
        seen["open"] = dialog.isVisible()
        seen["errors"] = [
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.objectName() == "error" and label.isVisible()
        ]
        seen["focus"] = dialog.focusWidget() is field
        if dialog.isVisible():
            field.setFocus()
            qtbot.keyClicks(field, "Borgeren vil hellere passe heste")
            qtbot.mouseClick(_accept_button(dialog), LEFT)

    done = _answer_modal(qtbot, steps)
    qtbot.mouseClick(goals.save_button, LEFT)
    assert done
    assert seen["open"], "an empty reason closed the dialog"
    assert seen["errors"] == ["Write why the goal changes; the old version is kept with this reason."]
    assert seen["focus"]
    assert services.goals.get(goal_id).draft.text == "Arbejde i en rideskole"
    assert "Borgeren vil hellere passe heste" in goals.history.text()
    # The keyboard is on the revised goal in the list, not on a button Space would press again.
    assert window.focusWidget() is goals.tree  # where the keyboard is once the window is active again
    assert goals.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == goal_id
    qtbot.keyClick(goals.tree, Qt.Key.Key_Space)
    assert QApplication.activeModalWidget() is None
