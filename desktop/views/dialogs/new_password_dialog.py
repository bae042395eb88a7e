"""A dialog that proves who you are with one secret and then sets a new password.

The change-password dialog (secret: the current password) and the recovery dialog (secret: the
recovery key) differ only in that first field, their words and the service call they make.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.views.dialogs.common import Dialog, action_buttons, dialog_layout, set_busy_cursor
from desktop.views.dialogs.new_password_form import NewPasswordForm
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.widgets.error_line import error_line, show_error


class NewPasswordDialog(Dialog):
    """Accepted when ``work(secret, new_password)`` has succeeded in the background."""

    def __init__(
        self,
        runner: OperationRunner,
        secret_field: QLineEdit,
        texts: dict[str, str],
        work: Callable[[str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._work = work
        self.setWindowTitle(texts["window_title"])
        self.setMinimumWidth(540)
        self.secret_field = secret_field
        secret_label = QLabel(texts["secret_label"])
        secret_label.setBuddy(secret_field)
        self.form = NewPasswordForm(self.tr("&New password"))
        self.error = error_line()
        buttons, self.action_button = action_buttons(
            self, texts["action"], self._run, self.tr("Cancel"), enabled=False
        )
        self.form.validity_changed.connect(lambda _valid: self._update_button())
        secret_field.textChanged.connect(lambda _text: self._update_button())

        layout = dialog_layout(self, texts["heading"], texts["lead"])
        layout.addWidget(secret_label)
        layout.addWidget(secret_field)
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        secret_field.setFocus()

    def _update_button(self) -> None:
        self.action_button.setEnabled(self.form.is_valid and bool(self.secret_field.text().strip()))

    def _run(self) -> None:
        secret, password = self.secret_field.text(), self.form.value()
        self.action_button.setEnabled(False)
        set_busy_cursor(self, True)
        self._runner.run(lambda: self._work(secret, password), self._done, self._failed)

    def _done(self, _result: object) -> None:
        set_busy_cursor(self, False)
        self.form.clear()
        self.secret_field.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        set_busy_cursor(self, False)
        self._update_button()
        show_error(self.error, translate_error(exc))
        self.adjustSize()
        self.secret_field.selectAll()
        self.secret_field.setFocus()
