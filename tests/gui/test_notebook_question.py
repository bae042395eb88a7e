"""Setting up sync with an account that holds another notebook asks first.

The default answer keeps the two apart and changes nothing; only "it is my notebook" merges them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.citizen import CitizenDraft
from desktop.views.sync.setup_dialog import SyncSetupDialog
from tests.conftest import PASSWORD
from tests.sync_world import SERVER_URL, make_device, offline, server_app  # noqa: F401


def _names(device) -> set[str]:
    return {row.name for row in device.services.citizens.caseload()}


def _ask(qtbot, dialog: SyncSetupDialog):
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=20000)
    return dialog.question


def test_the_default_keeps_them_separate_and_it_is_mine_merges(qtbot, make_device, runner):  # noqa: F811
    office, field = make_device("office"), make_device("field")
    office.services.citizens.create_citizen(CitizenDraft(name="Kontorets Borger"))
    office.sync.connect(SERVER_URL, "lene", PASSWORD)
    office.sync.sync_now()
    field.services.citizens.create_citizen(CitizenDraft(name="Markens Borger"))

    dialog = SyncSetupDialog(field.sync, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.server, SERVER_URL)
    qtbot.keyClicks(dialog.account, "lene")
    qtbot.keyClicks(dialog.password, PASSWORD)

    question = _ask(qtbot, dialog)
    assert question.icon() == QMessageBox.Icon.Warning
    assert "“lene” holds another notebook" in question.text()
    assert "citizens of its own" in question.informativeText()
    assert question.defaultButton() is question.keep_button
    with qtbot.waitSignal(question.finished, timeout=5000):
        qtbot.keyClick(question, Qt.Key.Key_Return)  # the default answer
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text().startswith("Kept separate: nothing was changed")
    assert dialog.isVisible() and dialog.result() == 0
    assert not field.sync.status().configured
    assert _names(field) == {"Markens Borger"}

    question = _ask(qtbot, dialog)
    with qtbot.waitSignal(question.finished, timeout=5000):
        qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert not field.sync.status().configured

    question = _ask(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(question.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "joined"
    field.sync.sync_now()
    office.sync.sync_now()
    assert _names(field) == _names(office) == {"Kontorets Borger", "Markens Borger"}
