"""Two caseworkers on one machine with one server hand a citizen from one to the other and back, in the
program: the handover dialog on one side, the inbox on the other, and the sync rounds that finish each
leg. Afterwards the citizen's records are what they were, with the two handovers added."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.demo.caseload import generate
from desktop.storage.records import transfers as stored
from desktop.views.transfer.colleague_handover_dialog import ColleagueHandoverDialog
from desktop.views.transfer.inbox_dialog import InboxDialog
from tests.conftest import PASSWORD
from tests.sync_world import SERVER_URL, make_device, offline, server_app  # noqa: F401


def _records(device, citizen_id: str) -> dict:
    with device.session.vault.engine.connect() as conn:
        rows = stored.file_rows(conn, citizen_id)
    rows.pop("handover", None)
    for row in rows.get("citizen", []):
        row.pop("responsible_caseworker"), row.pop("updated_at")
    return rows


def _hand_over(qtbot, runner, sender, citizen_id: str, colleague: str, reason: str) -> None:
    dialog = ColleagueHandoverDialog(
        sender.services.transfers, sender.services.identity.fingerprint, citizen_id, "Borger", runner
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=10_000)
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == colleague)
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    qtbot.keyClicks(dialog.reason, reason)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.hand_over_button, Qt.MouseButton.LeftButton)


def _accept(qtbot, runner, receiver) -> None:
    receiver.services.transfers.round()
    dialog = InboxDialog(
        receiver.services.transfers, receiver.services.identity.fingerprint, runner, lambda _entry: True
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20_000)


def test_a_citizen_goes_to_a_colleague_and_back_in_the_program(qtbot, runner, make_device):  # noqa: F811
    lene, jonas = make_device("lene"), make_device("jonas")
    lene.sync.connect(SERVER_URL, "lene", PASSWORD)
    jonas.sync.connect(SERVER_URL, "jonas", PASSWORD)
    generate(lene.session, 1, 8, seed=21)
    for device in (lene, jonas):
        device.services.transfers.round()
    (row,) = lene.services.citizens.caseload()
    before = _records(lene, row.id)

    _hand_over(qtbot, runner, lene, row.id, "jonas", "Ny fordeling")
    _accept(qtbot, runner, jonas)
    assert lene.services.transfers.round().erased == 1
    assert lene.services.citizens.caseload() == [] and _records(jonas, row.id) == before

    _hand_over(qtbot, runner, jonas, row.id, "lene", "Tilbage")
    _accept(qtbot, runner, lene)
    assert jonas.services.transfers.round().erased == 1
    assert jonas.services.citizens.caseload() == []
    assert _records(lene, row.id) == before
    with lene.session.vault.engine.connect() as conn:
        reasons = {h["reason"] for h in stored.file_rows(conn, row.id)["handover"]}
    assert {"Ny fordeling", "Tilbage"} <= reasons
