"""Back up the notebook: where the file goes, and a backup password or the recovery key to seal it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop.services.backup import FILE_SUFFIX, BackupReport, BackupService
from desktop.views.dialogs.common import Dialog, action_buttons, dialog_layout, file_form, set_busy_cursor
from desktop.views.dialogs.new_password_form import NewPasswordForm
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.widgets.error_line import error_line, show_error
from desktop.views.widgets.file_field import FileField
from desktop.views.widgets.recovery_key_field import RecoveryKeyField


class BackupDialog(Dialog):
    """Accepted once the backup is written and checked; ``report`` then says where and how big."""

    def __init__(self, backup: BackupService, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backup = backup
        self._runner = runner
        self.report: BackupReport | None = None
        self.setWindowTitle(self.tr("Back up the notebook"))
        self.setMinimumWidth(600)

        self.file = FileField(self.tr("Backup file"), self._choose_file)
        self.with_password = QRadioButton(self.tr("A backup pass&word (you choose it now)"))
        self.with_recovery = QRadioButton(self.tr("The notebook's recover&y key"))
        self.with_password.setChecked(True)
        methods = QButtonGroup(self)
        methods.addButton(self.with_password)
        methods.addButton(self.with_recovery)
        self.password_form = NewPasswordForm(self.tr("Backup &password"))
        self.recovery = RecoveryKeyField()
        self.recovery_label = QLabel(self.tr("Recovery &key"))
        self.recovery_label.setBuddy(self.recovery)
        self.recovery_hint = QLabel(
            self.tr("Anyone who has both the file and the recovery key can open it: keep them apart.")
        )
        self.recovery_hint.setObjectName("hint")
        self.recovery_hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.error = error_line()

        buttons, self.back_up_button = action_buttons(
            self, self.tr("&Back up"), self._back_up, self.tr("Cancel"), enabled=False
        )

        form = file_form(self.tr("&File"), self.file)
        form.addRow(self.tr("Protect with"), self.with_password)
        form.addRow("", self.with_recovery)

        layout = dialog_layout(
            self,
            self.tr("Back up the notebook"),
            self.tr(
                "The backup is one encrypted file with everything in the notebook as it is now. "
                "Keep it on another drive. It opens with the backup password you choose here, or with "
                "the notebook's recovery key."
            ),
        )
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.password_form)
        layout.addWidget(self.recovery_label)
        layout.addWidget(self.recovery)
        layout.addWidget(self.recovery_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.file.edit.textChanged.connect(self._update)
        self.password_form.validity_changed.connect(self._update)
        self.recovery.textChanged.connect(self._update)
        self.with_recovery.toggled.connect(self._method_changed)
        self._method_changed(False)
        self.file.edit.setFocus()

    # -- choices -----------------------------------------------------------------------------------

    def _choose_file(self) -> str:
        suggested = self.file.path() or str(
            Path.home() / f"casenotes-backup-{date.today().isoformat()}{FILE_SUFFIX}"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the backup as"),
            suggested,
            self.tr("Casenotes backups (*%1)").replace("%1", FILE_SUFFIX),
        )
        return path

    def _method_changed(self, recovery: bool) -> None:
        self.password_form.setVisible(not recovery)
        for widget in (self.recovery_label, self.recovery, self.recovery_hint):
            widget.setVisible(recovery)
        (self.recovery if recovery else self.password_form.password).setFocus()
        self._update()
        self.adjustSize()

    def _update(self, *_args: object) -> None:
        secret_ready = (
            bool(self.recovery.text().strip())
            if self.with_recovery.isChecked()
            else self.password_form.is_valid
        )
        self.back_up_button.setEnabled(bool(self.file.path()) and secret_ready)

    # -- work --------------------------------------------------------------------------------------

    def _back_up(self) -> None:
        path = Path(self.file.path()).expanduser()
        if not path.suffix:
            path = path.with_name(path.name + FILE_SUFFIX)
        with_recovery = self.with_recovery.isChecked()
        secret = self.recovery.text().strip() if with_recovery else self.password_form.value()
        show_error(self.error, "")
        self._busy(True)
        self._runner.run(
            lambda: self._backup.write_backup(path, secret, with_recovery), self._done, self._failed
        )

    def _busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Writing the backup and reading it back to check it…") if busy else "")
        self.back_up_button.setEnabled(not busy)
        for widget in (self.file, self.with_password, self.with_recovery, self.password_form, self.recovery):
            widget.setEnabled(not busy)
        set_busy_cursor(self, busy)

    def _done(self, report: BackupReport) -> None:
        self._busy(False)
        self.report = report
        self.password_form.clear()
        self.recovery.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._update()
        show_error(self.error, translate_error(exc))
        self.adjustSize()
