"""Back up and restore in the program: the dialogs, and the restore that locks and reopens the notebook."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.citizen import CitizenDraft
from desktop.services.backup import BackupService
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.views.controller import AppController
from desktop.views.dialogs.backup_dialog import BackupDialog
from desktop.views.dialogs.restore_dialog import RestoreDialog
from desktop.views.dialogs.setup_dialog import SetupDialog
from desktop.views.dialogs.unlock_dialog import UnlockDialog
from desktop.views.main_window import MainWindow
from tests.conftest import PASSWORD

BACKUP_PASSWORD = "backup til skabet på kontoret"


@pytest.fixture
def backup_file(unlocked, tmp_path):
    """A backup of a vault holding one citizen, written through the service."""
    Services.for_session(unlocked).citizens.create_citizen(CitizenDraft(name="Før Backup"))
    path = tmp_path / "backup.cnbackup"
    BackupService(unlocked).write_backup(path, BACKUP_PASSWORD)
    return path


def _names(session) -> list[str]:
    return [row.name for row in Services.for_session(session).citizens.caseload()]


def test_the_backup_dialog_writes_a_checked_file(qtbot, unlocked, runner, tmp_path):
    dialog = BackupDialog(BackupService(unlocked), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.back_up_button.isEnabled()
    qtbot.keyClicks(dialog.file.edit, str(tmp_path / "min-backup"))
    qtbot.keyClicks(dialog.password_form.password, BACKUP_PASSWORD)
    qtbot.keyClicks(dialog.password_form.repeat, BACKUP_PASSWORD[:-1] + "X")
    assert "not the same" in dialog.password_form.mismatch.text()
    assert not dialog.back_up_button.isEnabled()
    dialog.password_form.repeat.clear()
    qtbot.keyClicks(dialog.password_form.repeat, BACKUP_PASSWORD)
    assert dialog.password_form.meter.hint_text()  # the strength meter speaks
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.back_up_button.click()
    written = tmp_path / "min-backup.cnbackup"
    assert dialog.report.path == written and written.stat().st_size == dialog.report.size
    assert BackupService(unlocked).check(written, BACKUP_PASSWORD).with_recovery_key is False


def test_the_backup_dialog_with_the_recovery_key_says_what_is_wrong(qtbot, session, runner, tmp_path):
    recovery = session.create(PASSWORD)
    dialog = BackupDialog(BackupService(session), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.with_recovery.click()
    assert dialog.recovery.isVisible() and not dialog.password_form.isVisible()
    dialog.file.set_path(str(tmp_path / "r.cnbackup"))
    qtbot.keyClicks(dialog.recovery, "ABCD-EFGH")
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: "mistyped" in dialog.error.text(), timeout=10000)
    dialog.recovery.setText(str(recovery))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.back_up_button.click()
    assert dialog.report.info.with_recovery_key


def test_the_restore_dialog_checks_the_file_then_asks_where_the_notebook_goes(
    qtbot, unlocked, runner, backup_file
):
    dialog = RestoreDialog(BackupService(unlocked), runner)
    qtbot.addWidget(dialog)
    asked = []
    dialog.confirm = lambda title, text: asked.append(text) or True
    dialog.show()
    dialog.file.set_path(str(backup_file))
    assert "password chosen for it" in dialog.about.text()
    assert dialog.password.isVisible() and not dialog.recovery.isVisible()
    qtbot.keyClicks(dialog.password, "forkert adgangskode")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: "Wrong backup password" in dialog.error.text(), timeout=10000)
    assert asked == []
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, BACKUP_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.restore_button.click()
    [question] = asked
    assert str(dialog.request.keep_previous_in) in question and "before-restore-" in question
    assert dialog.request.path == backup_file and dialog.request.secret == BACKUP_PASSWORD


def test_the_restore_dialog_says_when_a_file_is_not_a_backup(qtbot, unlocked, runner, tmp_path):
    other = tmp_path / "notat.txt"
    other.write_text("Ikke en backup\n" * 20, encoding="utf-8")
    dialog = RestoreDialog(BackupService(unlocked), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.set_path(str(other))
    assert "not a Casenotes backup" in dialog.error.text()
    qtbot.keyClicks(dialog.password, "hvad som helst")
    assert not dialog.restore_button.isEnabled()


def test_restore_from_the_menu_locks_restores_and_asks_for_the_password(
    qtbot, unlocked, runner, preferences, backup_file
):
    Services.for_session(unlocked).citizens.create_citizen(CitizenDraft(name="Efter Backup"))
    controller = AppController(unlocked, runner, preferences)
    controller.start(use_keychain=False)
    controller.dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(controller.state_changed, timeout=20000):
        controller.dialog.unlock_button.click()
    window = controller.main_window
    assert isinstance(window, MainWindow)
    file_menu = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    back_up = file_menu.index("&Back up…")
    assert file_menu[back_up + 1] == "&Restore from backup…"

    window.restore_action.trigger()
    dialog = controller.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    dialog.confirm = lambda _title, _text: True
    dialog.file.set_path(str(backup_file))
    qtbot.keyClicks(dialog.password, BACKUP_PASSWORD)
    states = []
    controller.state_changed.connect(states.append)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: states[-1:] == ["locked"], timeout=30000)
    assert states == ["restoring", "locked"]
    assert controller.main_window is None and not unlocked.is_unlocked
    unlock = controller.dialog
    assert isinstance(unlock, UnlockDialog)
    assert "The backup is restored" in unlock.reason_label.text()
    assert "before-restore-" in unlock.reason_label.text()
    [kept] = unlocked.folder.glob("before-restore-*")

    unlock.password.setText(PASSWORD)
    with qtbot.waitSignal(controller.state_changed, timeout=20000):
        unlock.unlock_button.click()
    assert _names(unlocked) == ["Før Backup"]
    old = VaultSession(kept)
    old.unlock(PASSWORD)
    assert sorted(_names(old)) == ["Efter Backup", "Før Backup"]
    old.lock()
    controller._quit()
    controller.clipboard.stop_guarding(QApplication.instance())


def test_a_new_computer_restores_from_the_first_screen(
    qtbot, unlocked, runner, preferences, backup_file, tmp_path
):
    unlocked.lock()
    fresh = VaultSession(tmp_path / "new-laptop")
    controller = AppController(fresh, runner, preferences)
    controller.start()
    setup = controller.dialog
    assert isinstance(setup, SetupDialog)
    setup.restore_button.click()
    dialog = controller.restore_dialog
    dialog.confirm = lambda _title, _text: pytest.fail("nothing to replace, nothing to confirm")
    dialog.file.set_path(str(backup_file))
    qtbot.keyClicks(dialog.password, BACKUP_PASSWORD)
    with qtbot.waitSignal(controller.state_changed, timeout=30000, check_params_cb=lambda s: s == "locked"):
        dialog.restore_button.click()
    unlock = controller.dialog
    assert isinstance(unlock, UnlockDialog) and "previous notebook" not in unlock.reason_label.text()
    unlock.password.setText(PASSWORD)
    with qtbot.waitSignal(controller.state_changed, timeout=20000):
        unlock.unlock_button.click()
    assert _names(fresh) == ["Før Backup"]
    controller._quit()
    controller.clipboard.stop_guarding(QApplication.instance())
