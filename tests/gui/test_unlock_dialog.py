from PySide6.QtCore import Qt

from desktop.services.vault_session import VaultSession
from desktop.views.dialogs.recovery_dialog import RecoveryDialog
from desktop.views.dialogs.unlock_dialog import UnlockDialog
from tests.conftest import PASSWORD
from tests.helpers import flip_byte


class Clock:
    def __init__(self) -> None:
        self.now = 5_000_000.0

    def __call__(self) -> float:
        return self.now


def locked_session(vault_dir, key_cache, fast_kdf, clock=None):
    kwargs = {"clock": clock} if clock else {}
    session = VaultSession(vault_dir, key_cache, kdf=fast_kdf, **kwargs)
    recovery = session.create(PASSWORD)
    session.lock()
    return session, recovery


def try_password(qtbot, dialog, password):
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.password.isEnabled(), timeout=20000)


def test_wrong_then_right_password(qtbot, vault_dir, key_cache, fast_kdf, runner, danish):
    session, _ = locked_session(vault_dir, key_cache, fast_kdf)
    dialog = UnlockDialog(session, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    try_password(qtbot, dialog, "forkert")
    assert dialog.error.isVisible()
    assert "Adgangskoden er forkert" in dialog.error.text()
    assert not session.is_unlocked
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        try_password(qtbot, dialog, PASSWORD)
    assert session.is_unlocked
    session.lock()


def test_after_three_failures_the_dialog_makes_the_person_wait(qtbot, vault_dir, key_cache, fast_kdf, runner):
    clock = Clock()
    session, _ = locked_session(vault_dir, key_cache, fast_kdf, clock)
    dialog = UnlockDialog(session, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(3):
        assert dialog.unlock_button.isEnabled(), attempt
        try_password(qtbot, dialog, f"forkert {attempt}")
    assert dialog.wait_label.isVisible()
    assert "5" in dialog.wait_label.text()
    assert not dialog.unlock_button.isEnabled()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter does nothing while waiting
    assert not session.is_unlocked and session.failed_attempts() == 3
    clock.now += 5
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=3000)
    assert not dialog.wait_label.isVisible()


def test_a_damaged_vault_is_reported_and_not_retried(qtbot, vault_dir, key_cache, fast_kdf, runner):
    session, _ = locked_session(vault_dir, key_cache, fast_kdf)
    flip_byte(vault_dir / "vault.db", 1500)
    dialog = UnlockDialog(session, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    try_password(qtbot, dialog, PASSWORD)
    assert "damaged" in dialog.error.text()
    assert not dialog.unlock_button.isEnabled()
    assert session.failed_attempts() == 0  # damage is not a wrong password


def test_recovery_key_sets_a_new_password(qtbot, vault_dir, key_cache, fast_kdf, runner):
    session, recovery = locked_session(vault_dir, key_cache, fast_kdf)
    dialog = RecoveryDialog(session, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key_field, "0000-0000")
    qtbot.keyClicks(dialog.form.password, "helt ny kode her")
    qtbot.keyClicks(dialog.form.repeat, "helt ny kode her")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20000)
    assert "mistyped" in dialog.error.text()
    dialog.key_field.clear()
    qtbot.keyClicks(dialog.key_field, str(recovery))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert session.is_unlocked
    session.lock()
    session.unlock("helt ny kode her")
    session.lock()


def test_change_password_dialog(qtbot, unlocked, runner):
    from desktop.views.dialogs.change_password_dialog import ChangePasswordDialog

    dialog = ChangePasswordDialog(unlocked, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, "ikke den rigtige")
    qtbot.keyClicks(dialog.form.password, "en ny og bedre kode")
    qtbot.keyClicks(dialog.form.repeat, "en ny og bedre kode")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=20000)
    assert "not correct" in dialog.error.text()
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    unlocked.lock()
    unlocked.unlock("en ny og bedre kode")


def test_the_keychain_is_asked_once_the_dialog_is_on_screen(qtbot, vault_dir, key_cache, fast_kdf, runner):
    session = VaultSession(vault_dir, key_cache, kdf=fast_kdf)
    session.create(PASSWORD, remember=True)
    session.lock()
    dialog = UnlockDialog(session, runner)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()  # not asked yet: the dialog is shown first
    dialog.show()
    qtbot.waitUntil(dialog.remember.isEnabled, timeout=3000)
    assert dialog.remember.isChecked()
