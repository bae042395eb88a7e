"""Change the password of the open notebook."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.services.vault_session import VaultSession
from desktop.views.dialogs.common import error_line, heading, lead, show_error
from desktop.views.dialogs.new_password_form import NewPasswordForm
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.widgets.password_field import PasswordField


class ChangePasswordDialog(QDialog):
    """Accepted when the password has been changed."""

    def __init__(self, session: VaultSession, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(520)
        self.current = PasswordField(self.tr("Current password"))
        current_label = QLabel(self.tr("C&urrent password"))
        current_label.setBuddy(self.current)
        self.form = NewPasswordForm(self.tr("&New password"))
        self.error = error_line()
        buttons = QDialogButtonBox()
        self.change_button = buttons.addButton(
            self.tr("&Change password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setDefault(True)
        self.change_button.setEnabled(False)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self.change_button.clicked.connect(self._change)
        self.form.validity_changed.connect(lambda _v: self._update_button())
        self.current.textChanged.connect(lambda _t: self._update_button())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Change password")))
        layout.addWidget(
            lead(self.tr("Your notes stay as they are; only the password that opens them changes."))
        )
        layout.addWidget(current_label)
        layout.addWidget(self.current)
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _update_button(self) -> None:
        self.change_button.setEnabled(self.form.is_valid and bool(self.current.text()))

    def _change(self) -> None:
        old, new = self.current.text(), self.form.value()
        self.change_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._runner.run(lambda: self._session.change_password(old, new), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.unsetCursor()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self._update_button()
        show_error(self.error, translate_error(exc))
        self.adjustSize()
        self.current.selectAll()
        self.current.setFocus()
