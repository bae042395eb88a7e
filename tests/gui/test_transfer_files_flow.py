"""A handover on a USB stick in the program, taking a handover back, and joint professional reflection
through the team: the handover dialog's file, the inbox's file and receipt, the citizen page's More menu,
the reflection panel's "Send to colleagues…" and the reply in the inbox. Two caseworkers (two accounts)
on one in-process server, which goes away where a stick is the point."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.citizen import CitizenDraft
from desktop.domain.reflection import ReflectionDraft
from desktop.views.pages.page_stack import PageIndex
from desktop.views.transfer.colleague_handover_dialog import ColleagueHandoverDialog
from desktop.views.transfer.inbox_dialog import InboxDialog
from desktop.views.transfer.peer_request_dialog import PeerRequestDialog
from tests.gui.conftest import open_citizen_and_wait
from tests.sync_world import SERVER_URL, make_device, offline, server_app  # noqa: F401

NAME = "Testperson Overdragelse"


@pytest.fixture
def met(lene, jonas):
    """Lene and Jonas met through the server once (a first handover): each has the other's keys."""
    first = lene.services.citizens.create_citizen(CitizenDraft(name="Testperson Først"))
    lene.services.transfers.hand_over(first, "jonas")
    jonas.services.transfers.round()
    return lene, jonas


def _inbox(qtbot, runner, device):
    dialog = InboxDialog(
        device.services.transfers, device.services.identity.fingerprint, runner, lambda _entry: True
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status.text() != "Opening the files…", timeout=10_000)
    return dialog


def _row_of(dialog, predicate):
    return next(row for row in range(dialog.model.rowCount()) if predicate(dialog.model.waiting(row)))


def test_a_handover_goes_on_a_stick_and_the_receipt_comes_back(
    qtbot,
    runner,
    make_main_window,
    met,
    offline,  # noqa: F811
    tmp_path,
):
    lene, jonas = met
    citizen_id = lene.services.citizens.create_citizen(CitizenDraft(name=NAME))
    stick = tmp_path / "stick"
    stick.mkdir()
    offline.on = True  # no server from here on: the stick is the way

    dialog = ColleagueHandoverDialog(
        lene.services.transfers, lene.services.identity.fingerprint, citizen_id, NAME, runner
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert "cannot be reached" in dialog.status.text()
    assert dialog.model.index(0, 0).data() == "jonas"  # pinned here, listed without the server
    # Sync is set up, the server only away: a handover may wait here for it, or go as a file.
    assert dialog.hand_over_button.isEnabled() and dialog.file_button.isEnabled()
    offered = []
    dialog.choose_path = lambda suggested: offered.append(suggested) or str(stick / suggested)
    qtbot.keyClicks(dialog.reason, "Ferie")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    (offered_name,) = offered
    assert offered_name.startswith("overdragelse-") and offered_name.endswith(".cntransfer")  # no name
    assert (dialog.outcome, dialog.to_account) == ("filed", "jonas")
    assert lene.services.transfers.pending_for(citizen_id).state == "filed"

    inbox = _inbox(qtbot, runner, jonas)
    assert inbox.model.rowCount() == 1  # the first handover, through the server
    inbox.choose_transfer_file = lambda: str(stick / offered_name)
    saved_as = []
    inbox.choose_receipt_path = lambda suggested: saved_as.append(suggested) or str(stick / suggested)
    qtbot.mouseClick(inbox.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=10_000)
    inbox.table.setCurrentIndex(inbox.model.index(_row_of(inbox, lambda w: w.citizen_name == NAME), 0))
    assert "Ferie" in inbox.details.text() and "receipt file" in inbox.details.text()
    qtbot.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "give it back to lene" in inbox.answer_line.text(), timeout=20_000)
    assert saved_as == ["kvittering.cnreceipt"] and (stick / "kvittering.cnreceipt").exists()
    assert NAME in [row.name for row in jonas.services.citizens.caseload()]

    win = make_main_window(lene.services)
    open_citizen_and_wait(win, qtbot, citizen_id)
    header = win.citizen_page.header
    assert "Saved as a file for jonas" in header.transfer_mark.text()
    assert header.take_receipt_action.isEnabled() and header.withdraw_action.isEnabled()
    assert not header.hand_over_action.isEnabled()
    win.citizen_page.handover.choose_receipt_path = lambda: str(stick / "kvittering.cnreceipt")
    header.take_receipt_action.trigger()
    qtbot.waitUntil(lambda: win.current_page() == PageIndex.CASELOAD, timeout=20_000)
    assert citizen_id not in [row.id for row in lene.services.citizens.caseload()]
    assert "your copy has been deleted" in win.statusBar().currentMessage()


def test_a_handover_not_sent_can_be_withdrawn(qtbot, make_main_window, met, offline):  # noqa: F811
    lene, _ = met
    citizen_id = lene.services.citizens.create_citizen(CitizenDraft(name=NAME))
    offline.on = True
    lene.services.transfers.hand_over(citizen_id, "jonas")  # waits here to be sent
    win = make_main_window(lene.services)
    open_citizen_and_wait(win, qtbot, citizen_id)
    header, handover = win.citizen_page.header, win.citizen_page.handover
    assert header.withdraw_action.isEnabled()
    assert not header.take_receipt_action.isEnabled()  # nothing was saved as a file
    asked = []
    handover.confirm_withdraw = lambda colleague: asked.append(colleague) or False
    header.withdraw_action.trigger()
    assert asked == ["jonas"] and lene.services.transfers.pending_for(citizen_id).state == "queued"

    handover.confirm_withdraw = lambda _colleague: True
    header.withdraw_action.trigger()
    qtbot.waitUntil(lambda: header.transfer_mark.isHidden(), timeout=10_000)
    assert lene.services.transfers.pending_for(citizen_id) is None
    assert header.hand_over_action.isEnabled() and not header.withdraw_action.isEnabled()
    assert win.citizen_page.banner.text() == "The handover was withdrawn; the file stays with you."
    assert citizen_id in [row.id for row in lene.services.citizens.caseload()]


def test_a_question_goes_to_a_colleague_and_the_reply_comes_into_the_log(
    qtbot, runner, make_main_window, lene, jonas
):
    citizen_id = lene.services.citizens.create_citizen(CitizenDraft(name=NAME))
    told = "Testperson sagde, at praktikken var for meget."
    lene.services.reflections.add_reflection(citizen_id, ReflectionDraft("after", "free", {"text": told}))
    win = make_main_window(lene.services)
    open_citizen_and_wait(win, qtbot, citizen_id)
    page = win.citizen_page
    page.tabs.setCurrentWidget(page.tabs.reflection_panel)
    log = page.tabs.reflection_panel.log
    log.list.setCurrentRow(0)
    asked = []
    page.ask_colleagues = lambda *args: asked.append(args)
    qtbot.mouseClick(log.send_button, Qt.MouseButton.LeftButton)
    ((reflection_id, excerpt),) = asked
    assert "Testperson" not in excerpt and "praktikken" in excerpt

    dialog = PeerRequestDialog(lene.services.transfers, reflection_id, excerpt, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.colleagues.model.rowCount() == 1, timeout=10_000)
    assert dialog.excerpt.toPlainText() == excerpt and not dialog.send_button.isEnabled()
    dialog.colleagues.model.setData(
        dialog.colleagues.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.keyClicks(dialog.question, "Hvordan møder jeg uroen?")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.asked == ["jonas"]

    jonas.services.transfers.round()
    inbox = _inbox(qtbot, runner, jonas)
    assert inbox.model.rowCount() == 1
    assert "Hvordan møder jeg uroen?" in inbox.details.text()
    assert inbox.entry_view.excerpt.toPlainText() == excerpt
    assert inbox.accept_button.isHidden() and not inbox.reply_button.isHidden()
    qtbot.keyClicks(inbox.reply, "Spørg hende, hvad der ville gøre det lettere.")
    qtbot.mouseClick(inbox.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.answer_line.text() == "Your reply goes to lene.", timeout=20_000)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0, timeout=10_000)

    win.sync_now_action.trigger()  # the round takes the reply into the reflection log
    qtbot.waitUntil(lambda: log.list.count() == 2, timeout=20_000)
    replies = [log.list.item(row) for row in range(2) if "Reply from jonas" in log.list.item(row).text()]
    assert len(replies) == 1
    log.list.setCurrentItem(replies[0])
    shown = log.reader.toPlainText()
    for part in ("jonas", "Hvordan møder jeg uroen?", "Spørg hende, hvad der ville gøre det lettere."):
        assert part in shown
    assert not log.send_button.isEnabled()  # a colleague's reply is not sent on
