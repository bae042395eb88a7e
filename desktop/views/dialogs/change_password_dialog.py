"""Change the password of the open notebook."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.vault_session import VaultSession
from desktop.views.dialogs.new_password_dialog import NewPasswordDialog
from desktop.views.operation import OperationRunner
from desktop.views.widgets.password_field import PasswordField


class ChangePasswordDialog(NewPasswordDialog):
    """Accepted when the password has been changed."""

    def __init__(self, session: VaultSession, runner: OperationRunner, parent: QWidget | None = None) -> None:
        texts = {
            "window_title": self.tr("Change password"),
            "secret_label": self.tr("C&urrent password"),
            "action": self.tr("&Change password"),
            "heading": self.tr("Change password"),
            "lead": self.tr("Your notes stay as they are; only the password that opens them changes."),
        }
        current = PasswordField(self.tr("Current password"))
        super().__init__(runner, current, texts, session.change_password, parent)
        self.current = current
        self.change_button = self.action_button
