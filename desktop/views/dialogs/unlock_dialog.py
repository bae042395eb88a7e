"""Unlock: the password, "remember on this computer", and the way back with the recovery key."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from desktop.errors import KeyFileDamaged, SchemaTooNew, UnlockThrottled, VaultDamaged, WrongPassword
from desktop.services.vault_session import VaultSession
from desktop.views.dialogs.common import (
    Dialog,
    action_buttons,
    dialog_layout,
    heading,
    lead,
    link_button,
    set_busy_cursor,
)
from desktop.views.dialogs.recovery_dialog import RecoveryDialog
from desktop.views.i18n import translate_error, translate_keychain_reason
from desktop.views.operation import OperationRunner
from desktop.views.policy_marks import remember_forbidden_text
from desktop.views.widgets.error_line import error_line, show_error
from desktop.views.widgets.password_field import PasswordField

_FATAL = (VaultDamaged, KeyFileDamaged, SchemaTooNew)


class UnlockDialog(Dialog):
    """Accepted when the vault is open.

    Signals:
        restore_requested(): the person chose to restore the notebook from a backup instead.
    """

    restore_requested = Signal()

    def __init__(
        self,
        session: VaultSession,
        runner: OperationRunner,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._blocked = False
        self.setWindowTitle(self.tr("Casenotes – unlock"))
        self.setMinimumWidth(500)

        self.password = PasswordField(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Re&member on this computer"))
        self.remember.setEnabled(False)  # until the keychain has answered, just after the first paint
        if session.remember_allowed:
            self.first_painted.connect(lambda: QTimer.singleShot(0, self, self._ask_keychain))
        else:
            self.remember.setToolTip(remember_forbidden_text())
        self.error = error_line()
        self.wait_label = QLabel()
        self.wait_label.setObjectName("hint")
        self.wait_label.setVisible(False)
        # Links: Enter in the password field must unlock, not open these.
        self.forgot_button = link_button(self.tr("&Forgot the password? Use the recovery key…"))
        self.forgot_button.clicked.connect(self._open_recovery)
        self.restore_button = link_button(self.tr("Restore from a &backup…"))
        self.restore_button.clicked.connect(self.restore_requested)

        buttons, self.unlock_button = action_buttons(self, self.tr("&Unlock"), self._unlock, self.tr("&Quit"))
        self.password.returnPressed.connect(self._unlock)

        layout = dialog_layout(self)
        layout.addWidget(heading(self.tr("Unlock your notebook")))
        self.reason_label = lead(reason or self.tr("Type your password to open your cases."))
        layout.addWidget(self.reason_label)
        layout.addSpacing(4)
        field_label = QLabel(self.tr("&Password"))
        field_label.setBuddy(self.password)
        layout.addWidget(field_label)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.remember)
        for link in (self.forgot_button, self.restore_button):
            row = QHBoxLayout()
            row.addWidget(link)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._refresh_wait)
        self._refresh_wait()
        self.password.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape does nothing here: rejecting this dialog quits the program, and a stray key after the
        auto-lock must not end the session. Quitting is the Quit button (or closing
        the window)."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def _ask_keychain(self) -> None:
        """Offer "remember" (ticked when the key is remembered) or say why the keychain cannot be used."""
        keychain = self._session.keychain_status()
        if keychain.available:
            self.remember.setEnabled(True)
            self.remember.setChecked(self._session.is_remembered())
        else:
            self.remember.setToolTip(translate_keychain_reason(keychain.reason))

    # -- unlocking ---------------------------------------------------------------------------------

    def _unlock(self) -> None:
        if self._blocked or not self.unlock_button.isEnabled():
            return
        password = self.password.text()
        if not password:
            show_error(self.error, self.tr("Type your password first."))
            return
        remember = self.remember.isChecked() if self.remember.isEnabled() else None
        self._set_busy(True)
        self._runner.run(lambda: self._session.unlock(password, remember), self._unlocked, self._failed)

    def _unlocked(self, _result: object) -> None:
        self._set_busy(False)
        self.password.clear()
        self.accept()

    def show_failure(self, exc: BaseException) -> None:
        """Say why the notebook did not open, as after an attempt here (e.g. another program has it)."""
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.selectAll()
        self.password.setFocus()
        if isinstance(exc, WrongPassword):
            count = self._session.failed_attempts()
            show_error(
                self.error,
                self.tr(
                    "The password is not correct (attempt %n). Check Caps Lock and try again.", "", count
                ),
            )
        elif isinstance(exc, _FATAL):
            self._blocked = True
            show_error(self.error, translate_error(exc))
        elif not isinstance(exc, UnlockThrottled):
            show_error(self.error, translate_error(exc))
        self._refresh_wait()
        self.adjustSize()

    def _refresh_wait(self) -> None:
        wait = self._session.seconds_until_next_attempt()
        waiting = wait > 0
        if waiting:
            seconds = math.ceil(wait)
            self.wait_label.setText(
                self.tr("Too many failed attempts. Try again in %n second(s).", "", seconds)
            )
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
        self.wait_label.setVisible(waiting)
        self.unlock_button.setEnabled(not waiting and not self._blocked)

    def _set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy and not self._blocked)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))
        self.password.setEnabled(not busy)
        set_busy_cursor(self, busy)

    def _open_recovery(self) -> None:
        dialog = RecoveryDialog(self._session, self._runner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.accept()
