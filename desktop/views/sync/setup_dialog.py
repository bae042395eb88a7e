"""Set up sync on this computer: the server, the account, and the password or the recovery key.

The first computer creates the account; the next ones join it with the same password (or with the
recovery key). Signing in runs in the background; a wrong password or an unreachable server is said
under the form and nothing is changed. An account that holds another notebook than this computer's
asks first (``NotebookQuestion``): only "it is my notebook" merges the two. When the organisation's
policy fixes the server, its address is shown read-only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import SyncVaultMismatch
from desktop.services.sync import SyncService
from desktop.views.dialogs.common import Dialog, heading, lead, set_busy_cursor
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.policy_marks import FixedMark, policy_tooltip, with_mark
from desktop.views.sync.notebook_question import NotebookQuestion
from desktop.views.widgets.error_line import error_line, show_error
from desktop.views.widgets.password_field import PasswordField


class SyncSetupDialog(Dialog):
    """Accepted once this computer is signed in; ``outcome`` is "created" or "joined"."""

    def __init__(
        self,
        sync: SyncService,
        runner: OperationRunner,
        parent: QWidget | None = None,
        policy_source: str = "",
    ) -> None:
        """``policy_source`` is the policy file named in the tooltip when it fixes the server."""
        super().__init__(parent)
        self._sync = sync
        self._runner = runner
        self.outcome = ""
        self.question: NotebookQuestion | None = None  # while the other-notebook question is open
        self._attempt: tuple[str, str, str, str] = ("", "", "", "")
        self.setWindowTitle(self.tr("Set up sync"))
        self.setMinimumWidth(640)
        status = sync.status()

        self.server = QLineEdit(sync.fixed_server or status.server)
        self.server.setPlaceholderText("https://sync.kommune.dk")
        self.server.setAccessibleName(self.tr("Server address"))
        self.server_mark: FixedMark | None = None
        if sync.fixed_server:
            self.server.setReadOnly(True)
            self.server.setCursorPosition(0)
            self.server.setToolTip(policy_tooltip(policy_source))
            self.server_mark = FixedMark(policy_source)
        self.account = QLineEdit(status.account)
        self.account.setPlaceholderText(self.tr("e.g. your initials at the jobcentre"))
        self.account.setAccessibleName(self.tr("Account"))
        self.with_password = QRadioButton(self.tr("&Password"))
        self.with_recovery = QRadioButton(self.tr("&Recovery key (joining only)"))
        self.with_password.setChecked(True)
        methods = QButtonGroup(self)
        methods.addButton(self.with_password)
        methods.addButton(self.with_recovery)
        self.password = PasswordField(self.tr("Password"))
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText("XXXX-XXXX-…")
        self.recovery.setEnabled(False)
        self.with_recovery.toggled.connect(self._method_changed)
        self.error = error_line(self)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), with_mark(self.server, self.server_mark, stretch=True))
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("Sign in with:"), self.with_password)
        form.addRow("", self.with_recovery)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("Recovery &key:"), self.recovery)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sync between your computers")))
        layout.addWidget(
            lead(
                self.tr(
                    "Everything is encrypted on this computer before it is sent; the server cannot read it. "
                    "On the first computer the account is created; on the next ones, use the same account "
                    "and password."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.account if status.server or sync.fixed_server else self.server).setFocus()

    def _method_changed(self, recovery: bool) -> None:
        self.password.setEnabled(not recovery)
        self.recovery.setEnabled(recovery)

    def _connect(self) -> None:
        server, account = self.server.text().strip(), self.account.text().strip()
        password, recovery = self.password.text(), self.recovery.text().strip()
        if not server.startswith(("https://", "http://")):
            show_error(self.error, self.tr("Write the server address, starting with https://"))
            self.server.setFocus()
            return
        if not account:
            show_error(self.error, self.tr("Write the account name."))
            self.account.setFocus()
            return
        use_recovery = self.with_recovery.isChecked()
        if not (recovery if use_recovery else password):
            show_error(self.error, self.tr("Write the password or the recovery key."))
            return
        show_error(self.error, "")
        self._attempt = (server, account, "" if use_recovery else password, recovery if use_recovery else "")
        self._sign_in(same_notebook=False)

    def _sign_in(self, same_notebook: bool) -> None:
        server, account, password, recovery = self._attempt
        self._busy(True)
        self._runner.run(
            lambda: self._sync.connect(server, account, password, recovery, same_notebook=same_notebook),
            self._connected,
            self._failed,
        )

    def _busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        set_busy_cursor(self, busy)

    def _connected(self, outcome: str) -> None:
        self._busy(False)
        self.outcome = outcome
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, SyncVaultMismatch):
            self._ask_same_notebook(exc)
            return
        show_error(self.error, translate_error(exc))

    def _ask_same_notebook(self, mismatch: SyncVaultMismatch) -> None:
        self.question = NotebookQuestion(self._attempt[1], mismatch.notebook_vault_id is not None, self)
        self.question.finished.connect(self._answered)
        self.question.open()

    def _answered(self) -> None:
        question, self.question = self.question, None
        if question is not None and question.same_notebook:
            self._sign_in(same_notebook=True)
            return
        show_error(
            self.error,
            self.tr("Kept separate: nothing was changed, and this computer is not set up for that account."),
        )
