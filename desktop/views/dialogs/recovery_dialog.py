"""Set a new password with the recovery key."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.vault_session import VaultSession
from desktop.views.dialogs.new_password_dialog import NewPasswordDialog
from desktop.views.operation import OperationRunner
from desktop.views.widgets.recovery_key_field import RecoveryKeyField


class RecoveryDialog(NewPasswordDialog):
    """Accepted when the new password is set and the vault is open."""

    def __init__(self, session: VaultSession, runner: OperationRunner, parent: QWidget | None = None) -> None:
        key_field = RecoveryKeyField()
        texts = {
            "window_title": self.tr("Casenotes – reset the password"),
            "secret_label": self.tr("Recovery &key"),
            "action": self.tr("&Set password and unlock"),
            "heading": self.tr("Reset the password"),
            "lead": self.tr(
                "Type the recovery key you wrote down when the notebook was created, then choose a new password."
            ),
        }
        super().__init__(runner, key_field, texts, session.reset_password, parent)
        self.key_field = key_field
        self.reset_button = self.action_button
