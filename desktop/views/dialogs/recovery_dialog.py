"""Set a new password with the recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services.vault_session import VaultSession
from desktop.views.dialogs.common import error_line, heading, lead, show_error
from desktop.views.dialogs.new_password_form import NewPasswordForm
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner


class RecoveryDialog(QDialog):
    """Accepted when the new password is set and the vault is open."""

    def __init__(self, session: VaultSession, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.setWindowTitle(self.tr("Casenotes – reset the password"))
        self.setMinimumWidth(560)
        self.key_field = QLineEdit()
        self.key_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        key_label = QLabel(self.tr("Recovery &key"))
        key_label.setBuddy(self.key_field)
        self.form = NewPasswordForm(self.tr("&New password"))
        self.error = error_line()
        buttons = QDialogButtonBox()
        self.reset_button = buttons.addButton(
            self.tr("&Set password and unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reset_button.setDefault(True)
        self.reset_button.setEnabled(False)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self.reset_button.clicked.connect(self._reset)
        self.form.validity_changed.connect(lambda _valid: self._update_button())
        self.key_field.textChanged.connect(lambda _text: self._update_button())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Reset the password")))
        layout.addWidget(
            lead(
                self.tr(
                    "Type the recovery key you wrote down when the notebook was created, then choose a new password."
                )
            )
        )
        layout.addWidget(key_label)
        layout.addWidget(self.key_field)
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.key_field.setFocus()

    def _update_button(self) -> None:
        self.reset_button.setEnabled(self.form.is_valid and bool(self.key_field.text().strip()))

    def _reset(self) -> None:
        key_text = self.key_field.text()
        password = self.form.value()
        self.reset_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._runner.run(lambda: self._session.reset_password(key_text, password), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.unsetCursor()
        self.form.clear()
        self.key_field.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self._update_button()
        show_error(self.error, translate_error(exc))
        self.adjustSize()
        self.key_field.setFocus()
