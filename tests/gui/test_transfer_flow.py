"""Handing a citizen's file to a colleague in the program: the dialog, the changed security number
that must be compared first, the inbox, the citizen page's line while it waits, and the sync round
that finishes it. Two caseworkers (two accounts) on one in-process server."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.citizen import CitizenDraft
from desktop.services.colleagues import CHANGED, NEW
from desktop.sync.identity import Identity
from desktop.sync.transfer_client import publish_identity
from desktop.views.pages.page_stack import PageIndex
from desktop.views.transfer.colleague_handover_dialog import ColleagueHandoverDialog
from desktop.views.transfer.inbox_dialog import InboxDialog
from tests.gui.conftest import open_citizen_and_wait
from tests.sync_world import SERVER_URL, make_device, offline, server_app  # noqa: F401

NAME = "Testperson Overdragelse"


def _handover_dialog(qtbot, runner, device, citizen_id):
    dialog = ColleagueHandoverDialog(
        device.services.transfers, device.services.identity.fingerprint, citizen_id, NAME, runner
    )
    qtbot.addWidget(dialog)
    return dialog


def _inbox(qtbot, runner, device, answer=True):
    dialog = InboxDialog(
        device.services.transfers, device.services.identity.fingerprint, runner, lambda _entry: answer
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status.text() != "Opening the files…", timeout=10_000)
    return dialog


def test_the_dialog_lists_the_colleagues_and_hands_the_citizen_over(qtbot, runner, lene, jonas):
    citizen_id = lene.services.citizens.create_citizen(CitizenDraft(name=NAME))
    dialog = _handover_dialog(qtbot, runner, lene, citizen_id)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.index(0, 0).data() == "jonas"
    assert dialog.model.index(0, 1).data() == jonas.services.identity.fingerprint()
    assert dialog.selected().state == NEW
    assert "compare the security number" in dialog.key_check.note.text()
    qtbot.waitUntil(lambda: lene.services.identity.fingerprint() in dialog.own_number.text(), timeout=5000)
    assert not dialog.with_reflections.isChecked()  # the caseworker's own thoughts stay unless chosen

    qtbot.keyClicks(dialog.reason, "Flytning til Aarhus")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.hand_over_button, Qt.MouseButton.LeftButton)
    assert (dialog.outcome, dialog.to_account) == ("sent", "jonas")
    assert lene.services.transfers.pending_for(citizen_id).state == "sent"
    jonas.services.transfers.round()
    (waiting,) = jonas.services.transfers.waiting()
    assert (waiting.sender, waiting.citizen_name, waiting.reason) == ("lene", NAME, "Flytning til Aarhus")


def test_without_sync_the_dialog_says_how_to_set_it_up(qtbot, runner, make_device):  # noqa: F811
    alone = make_device("alone")
    citizen_id = alone.services.citizens.create_citizen(CitizenDraft(name=NAME))
    dialog = _handover_dialog(qtbot, runner, alone, citizen_id)
    qtbot.waitUntil(lambda: "Set up sync" in dialog.status.text(), timeout=10_000)
    assert not dialog.hand_over_button.isEnabled()


def test_a_changed_number_cannot_be_used_until_compared_and_ticked(qtbot, runner, lene, jonas):
    first = lene.services.citizens.create_citizen(CitizenDraft(name="Testperson Først"))
    lene.services.transfers.hand_over(first, "jonas")  # Jonas's keys are pinned here now
    mallory = Identity.generate()  # someone publishes other keys under Jonas's name
    with jonas.sync.signed_in() as (client, account):
        publish_identity(client, account, mallory)
    citizen_id = lene.services.citizens.create_citizen(CitizenDraft(name=NAME))

    dialog = _handover_dialog(qtbot, runner, lene, citizen_id)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.selected().state == CHANGED
    note = dialog.key_check.note.text()
    assert mallory.public.fingerprint() in note and jonas.services.identity.fingerprint() in note
    assert not dialog.hand_over_button.isEnabled()
    assert dialog.key_check.compared.text() == "I have compared the number with jonas"
    assert not dialog.key_check.confirm_button.isEnabled()  # not before the tick
    dialog.key_check.confirm_button.click()
    assert lene.services.transfers.colleagues()[0].state == CHANGED

    dialog.key_check.compared.click()
    dialog.key_check.confirm_button.click()
    qtbot.waitUntil(
        lambda: dialog.selected() is not None and dialog.selected().state != CHANGED, timeout=10_000
    )
    assert dialog.hand_over_button.isEnabled()
    assert lene.services.transfers.colleagues()[0].fingerprint == mallory.public.fingerprint()


def test_the_inbox_accepts_and_the_citizen_is_in_the_caseload(qtbot, runner, make_main_window, lene, jonas):
    citizen_id = lene.services.citizens.create_citizen(CitizenDraft(name=NAME))
    lene.services.transfers.hand_over(citizen_id, "jonas", reason="Flytning")
    jonas.services.transfers.round()
    win = make_main_window(jonas.services)
    assert win.caseload_page.model.rowCount() == 0

    dialog = _inbox(qtbot, runner, jonas)
    assert dialog.model.rowCount() == 1
    assert (
        "Flytning" in dialog.details.text() and lene.services.identity.fingerprint() in dialog.details.text()
    )
    opened = []
    dialog.open_requested.connect(opened.append)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer_line.text() == f"{NAME} is now in your caseload.", timeout=20_000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() == 1, timeout=10_000)
    dialog.open_button.click()
    assert opened == [citizen_id]

    # Lene's window: the page said it waited for the receipt; her next sync round reads it and erases.
    sender = make_main_window(lene.services)
    sender.sync_now_action.trigger()
    qtbot.waitUntil(lambda: lene.services.transfers.pending_for(citizen_id) is None, timeout=20_000)
    qtbot.waitUntil(lambda: sender.caseload_page.model.rowCount() == 0, timeout=10_000)


def test_the_page_shows_the_pending_handover_and_its_end(qtbot, make_main_window, lene, jonas, offline):  # noqa: F811
    citizen_id = lene.services.citizens.create_citizen(CitizenDraft(name=NAME))
    win = make_main_window(lene.services)
    open_citizen_and_wait(win, qtbot, citizen_id)
    header = win.citizen_page.header
    assert header.hand_over_action.isEnabled() and header.transfer_mark.isHidden()

    other = lene.services.citizens.create_citizen(CitizenDraft(name="Testperson Først"))
    lene.services.transfers.hand_over(other, "jonas")  # online: Jonas's keys are pinned here
    offline.on = True
    lene.services.transfers.hand_over(citizen_id, "jonas")  # the server is away: it waits here
    qtbot.waitUntil(lambda: not header.transfer_mark.isHidden(), timeout=5000)
    assert header.transfer_mark.text() == "Handed over to jonas – waiting to be sent"
    offline.on = False
    win.sync_now_action.trigger()  # the round sends it
    qtbot.waitUntil(
        lambda: header.transfer_mark.text() == "Handed over to jonas – waiting for the receipt",
        timeout=20_000,
    )
    assert not header.hand_over_action.isEnabled()

    jonas.services.transfers.round()
    (waiting,) = [w for w in jonas.services.transfers.waiting() if w.citizen_name == NAME]
    jonas.services.transfers.accept(waiting.id)
    win.sync_now_action.trigger()  # the sync round runs the handovers' round too
    qtbot.waitUntil(lambda: win.current_page() == PageIndex.CASELOAD, timeout=20_000)
    assert win.citizen_page.citizen_id is None
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() == 1, timeout=10_000)  # the other one
    assert "received the file" in win.statusBar().currentMessage()


def test_a_decline_keeps_the_file_with_the_sender(qtbot, runner, make_main_window, lene, jonas):
    citizen_id = lene.services.citizens.create_citizen(CitizenDraft(name=NAME))
    lene.services.transfers.hand_over(citizen_id, "jonas")
    jonas.services.transfers.round()
    asked = []
    dialog = _inbox(qtbot, runner, jonas)
    dialog._confirm_decline = lambda entry: asked.append(entry.citizen_name) or True
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer_line.text() == "Declined: lene keeps the file.", timeout=20_000)
    assert asked == [NAME]
    assert dialog.open_button.isHidden()
    assert jonas.services.citizens.caseload() == []

    win = make_main_window(lene.services)
    win.sync_now_action.trigger()
    qtbot.waitUntil(lambda: lene.services.transfers.pending_for(citizen_id) is None, timeout=20_000)
    assert [row.id for row in lene.services.citizens.caseload()] == [citizen_id]


def test_the_models_pass_the_model_tester(qtmodeltester):
    from desktop.services.colleagues import Colleague
    from desktop.services.transfers import Waiting
    from desktop.views.models.colleague_model import ColleagueModel
    from desktop.views.models.waiting_transfer_model import WaitingTransferModel

    colleagues = ColleagueModel()
    colleagues.set_rows([Colleague("jonas", "1 2", NEW), Colleague("mette", "3 4", CHANGED, "5 6")])
    qtmodeltester.check(colleagues)
    waiting = WaitingTransferModel()
    waiting.set_rows(
        [
            Waiting("t1", "lene", "1 2", NAME, "", "2026-01-02T10:00:00+00:00", 7),
            Waiting("t2", "x", problem="unreadable"),
        ]
    )
    qtmodeltester.check(waiting)
    assert waiting.index(1, 1).data() == "⚠ Cannot be opened yet"
