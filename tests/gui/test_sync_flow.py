"""Sync in the main window: set up, the status bar's truth, the conflict badge and review, devices."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.views.main_window import MainWindow
from desktop.views.open_notebook import SYNC_COUNT_DELAY_MS
from desktop.views.sync.conflict_dialog import ConflictDialog
from desktop.views.sync.devices_dialog import DevicesDialog
from desktop.views.sync.setup_dialog import SyncSetupDialog
from tests.conftest import PASSWORD
from tests.sync_world import SERVER_URL, make_device, offline, server_app  # noqa: F401


@pytest.fixture
def window_for(qtbot, runner, preferences):
    def make(device) -> MainWindow:
        win = MainWindow(device.services, runner, preferences)
        qtbot.addWidget(win)
        win.show()
        return win

    return make


def _edit(device, citizen_id, **changes):
    draft = device.services.citizens.open_citizen(citizen_id).draft
    device.services.citizens.update_citizen(citizen_id, replace(draft, **changes))


def test_set_up_sync_and_the_status_bar_tells_the_truth(qtbot, window_for, make_device, runner, offline):  # noqa: F811
    office = make_device("office")
    office.services.citizens.create_citizen(CitizenDraft(name="Testperson Status"))
    win = window_for(office)
    assert win.sync_status.text() == "Sync: not set up"

    dialog = SyncSetupDialog(office.sync, runner, win)
    qtbot.addWidget(dialog)
    dialog.server.setText("http://sync.example.dk")
    dialog.account.setText("lene")
    dialog.password.setText(PASSWORD)
    dialog.connect_button.click()
    # Plain http to another computer is refused before anything is sent.
    qtbot.waitUntil(lambda: "https://" in dialog.error.text(), timeout=10000)
    dialog.server.setText(SERVER_URL)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.connect_button.click()
    assert dialog.outcome == "created"

    win.sync.setup_changed()
    qtbot.waitUntil(lambda: win.sync_status.text().startswith("Synced"), timeout=20000)
    assert "waiting" not in win.sync_status.text()

    offline.on = True
    office.services.citizens.create_citizen(CitizenDraft(name="Testperson Offline"))
    qtbot.waitUntil(lambda: "changes waiting: 1" in win.sync_status.text(), timeout=5000)
    win.sync_now_action.trigger()
    qtbot.waitUntil(lambda: win.sync_status.text().startswith("Offline"), timeout=20000)
    assert win.sync_status.text() == "Offline · changes waiting: 1"
    assert win.sync_status.property("kind") == "offline"

    offline.on = False
    win.sync_now_action.trigger()
    qtbot.waitUntil(lambda: win.sync_status.text().startswith("Synced"), timeout=20000)
    assert "waiting" not in win.sync_status.text()


def test_a_conflict_shows_as_a_badge_and_is_resolved_side_by_side(qtbot, window_for, make_device):  # noqa: F811
    office, field = make_device("office"), make_device("field")
    citizen_id = office.services.citizens.create_citizen(CitizenDraft(name="Testperson Konflikt"))
    office.sync.connect(SERVER_URL, "lene", PASSWORD)
    office.sync.sync_now()
    field.sync.connect(SERVER_URL, "lene", PASSWORD)
    field.sync.sync_now()
    _edit(office, citizen_id, own_wishes="Kontorarbejde")
    _edit(field, citizen_id, own_wishes="Arbejde udendørs")
    office.sync.sync_now()

    win = window_for(field)
    win.sync_now_action.trigger()
    qtbot.waitUntil(lambda: win.conflict_badge.isVisible(), timeout=20000)
    assert win.conflict_badge.text() == "⚠ Conflicts: 1"

    dialog = ConflictDialog(field.sync.conflicts, field.sync.resolve, win)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text() == "Testperson Konflikt: Profile – What I wish for"
    assert dialog.local.toPlainText() == "Arbejde udendørs"
    assert dialog.remote.toPlainText() == "Kontorarbejde"
    dialog.result_box.setPlainText("Kontorarbejde, gerne udendørs")
    dialog.save_result.click()
    assert not dialog.empty.isHidden() and dialog.detail.isHidden()
    win.sync.refresh()
    assert not win.conflict_badge.isVisible()

    win.sync_now_action.trigger()
    qtbot.waitUntil(lambda: win.sync_status.text().startswith("Synced"), timeout=20000)
    office.sync.sync_now()
    assert (
        office.services.citizens.open_citizen(citizen_id).draft.own_wishes == "Kontorarbejde, gerne udendørs"
    )


def test_the_devices_list_and_removing_access(qtbot, make_device, runner):  # noqa: F811
    office, field = make_device("office"), make_device("field")
    for device in (office, field):
        device.sync.connect(SERVER_URL, "lene", PASSWORD)
    dialog = DevicesDialog(office.sync, runner, confirm=lambda name: name == "field")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2, timeout=10000)
    assert dialog.table.topLevelItem(0).text(0) == "office (this computer)"
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    assert not dialog.revoke_button.isEnabled()  # not this computer
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    dialog.revoke_button.click()
    qtbot.waitUntil(lambda: dialog.table.topLevelItem(1).text(3) == "Access removed", timeout=10000)


def test_the_count_of_changes_waiting_is_taken_once_for_a_burst_of_changes(
    qtbot,
    window_for,
    make_device,  # noqa: F811
    monkeypatch,
):
    office = make_device("office")
    window_for(office)
    counted = []
    real_status = office.sync.status
    monkeypatch.setattr(office.sync, "status", lambda: counted.append(1) or real_status())
    for number in range(20):  # as a sync pull announces what it wrote
        office.services.citizens.create_citizen(CitizenDraft(name=f"Testperson {number}"))
    assert counted == []  # not while the changes come: a save draws its result first
    qtbot.waitUntil(lambda: counted == [1], timeout=5000)
    qtbot.wait(2 * SYNC_COUNT_DELAY_MS)  # and not again after it
    assert counted == [1]
