"""Restore from a backup: choose the file, type what opens it; the whole file is checked before anything else.

The dialog changes nothing. Once the backup has been checked in full (in the background) and the person
has confirmed where the current notebook will be kept, it is accepted with a ``RestoreRequest``; the
controller then locks the program and does the restore.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from desktop.errors import CaseNotesError
from desktop.services.backup import FILE_SUFFIX, BackupInfo, BackupService
from desktop.views.dialogs.common import Dialog, action_buttons, dialog_layout, file_form, set_busy_cursor
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.widgets.error_line import error_line, show_error
from desktop.views.widgets.file_field import FileField
from desktop.views.widgets.password_field import PasswordField
from desktop.views.widgets.recovery_key_field import RecoveryKeyField


@dataclass(frozen=True, repr=False)
class RestoreRequest:
    """What the person chose and confirmed; ``keep_previous_in`` is None when there is no notebook to keep."""

    path: Path
    secret: str
    info: BackupInfo
    keep_previous_in: Path | None


class RestoreDialog(Dialog):
    """Accepted once the backup has been checked and the person confirmed; ``request`` holds the choice."""

    def __init__(self, backup: BackupService, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backup = backup
        self._runner = runner
        self._info: BackupInfo | None = None
        self.request: RestoreRequest | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(600)

        self.file = FileField(self.tr("Backup file"), self._choose_file)
        self.about = QLabel()
        self.about.setObjectName("hint")
        self.about.setWordWrap(True)
        self.password = PasswordField(self.tr("Backup password"))
        self.recovery = RecoveryKeyField()
        self.password_label = QLabel(self.tr("Backup &password"))
        self.password_label.setBuddy(self.password)
        self.recovery_label = QLabel(self.tr("Recovery &key"))
        self.recovery_label.setBuddy(self.recovery)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.error = error_line()

        buttons, self.restore_button = action_buttons(
            self, self.tr("&Restore…"), self._check, self.tr("Cancel"), enabled=False
        )

        form = file_form(self.tr("&File"), self.file)
        form.addRow(self.password_label, self.password)
        form.addRow(self.recovery_label, self.recovery)

        layout = dialog_layout(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "The notebook becomes what it was when the backup was made. The notebook you have now "
                "is not deleted: it is kept, whole, in a dated folder beside it."
            ),
        )
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.file.path_changed.connect(self._describe)
        self.password.textChanged.connect(self._update)
        self.recovery.textChanged.connect(self._update)
        self.password.returnPressed.connect(self._check)
        self.recovery.returnPressed.connect(self._check)
        self._show_secret_for(None)
        self.file.edit.setFocus()

    # -- the file ----------------------------------------------------------------------------------

    def _choose_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup"),
            self.file.path() or str(Path.home()),
            self.tr("Casenotes backups (*%1);;All files (*)").replace("%1", FILE_SUFFIX),
        )
        return path

    def _describe(self, path: str) -> None:
        self._info = None
        show_error(self.error, "")
        if path:
            try:
                self._info = self._backup.describe(Path(path).expanduser())
            except CaseNotesError as exc:
                show_error(self.error, translate_error(exc))
        self._show_secret_for(self._info)

    def _show_secret_for(self, info: BackupInfo | None) -> None:
        recovery = info is not None and info.with_recovery_key
        self.password_label.setVisible(not recovery)
        self.password.setVisible(not recovery)
        self.recovery_label.setVisible(recovery)
        self.recovery.setVisible(recovery)
        if info is None:
            self.about.setText("")
        else:
            made = self._when(info)
            self.about.setText(
                (
                    self.tr("The backup was made %1. It opens with the notebook's recovery key.")
                    if recovery
                    else self.tr("The backup was made %1. It opens with the password chosen for it then.")
                ).replace("%1", made)
            )
            (self.recovery if recovery else self.password).setFocus()
        self.about.setVisible(info is not None)
        self._update()

    def _when(self, info: BackupInfo) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(info.created_at.timestamp()), QTimeZone.systemTimeZone())
        locale = QLocale()
        return (
            f"{locale.toString(moment.date(), QLocale.FormatType.LongFormat)}, "
            f"{locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"
        )

    def _secret(self) -> str:
        if self._info is not None and self._info.with_recovery_key:
            return self.recovery.text().strip()
        return self.password.text()

    def _update(self, *_args: object) -> None:
        self.restore_button.setEnabled(self._info is not None and bool(self._secret()))

    # -- checking and confirming ---------------------------------------------------------------------

    def _check(self) -> None:
        if not self.restore_button.isEnabled():
            return
        path, secret = Path(self.file.path()).expanduser(), self._secret()
        show_error(self.error, "")
        self._busy(True)
        self._runner.run(
            lambda: self._backup.check(path, secret),
            lambda info: self._checked(path, secret, info),
            self._failed,
        )

    def _checked(self, path: Path, secret: str, info: BackupInfo) -> None:
        self._busy(False)
        keep = self._backup.folder_for_previous()
        if keep is not None and not self.confirm(
            self.tr("Replace the notebook?"),
            self.tr(
                "The backup is whole and opens. Restore the backup made %1?\n\n"
                "The notebook you have now is moved, whole, to this folder:\n%2\n\n"
                "Nothing is deleted. The program then locks; open the restored notebook with the password "
                "it had when the backup was made."
            )
            .replace("%1", self._when(info))
            .replace("%2", str(keep)),
        ):
            return
        self.request = RestoreRequest(path, secret, info, keep)
        self.password.clear()
        self.recovery.clear()
        self.accept()

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes or no (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Checking every part of the backup…") if busy else "")
        for widget in (self.file, self.password, self.recovery):
            widget.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        set_busy_cursor(self, busy)
        if not busy:
            self._update()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        show_error(self.error, translate_error(exc))
        field = self.recovery if self._info is not None and self._info.with_recovery_key else self.password
        field.selectAll()
        field.setFocus()
        self.adjustSize()
