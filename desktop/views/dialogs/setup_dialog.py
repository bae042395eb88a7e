"""First run: choose a password, then see the recovery key once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QKeyEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.vault_session import VaultSession
from desktop.views.dialogs.common import Dialog, action_buttons, link_button, page_layout, set_busy_cursor
from desktop.views.dialogs.new_password_form import NewPasswordForm
from desktop.views.i18n import translate_error, translate_keychain_reason
from desktop.views.operation import OperationRunner
from desktop.views.policy_marks import remember_forbidden_text
from desktop.views.widgets.error_line import error_line, show_error


class SetupDialog(Dialog):
    """Creates the vault. Accepted once the person confirms they have kept the recovery key.

    Signals:
        vault_created(): the vault exists and is unlocked (the recovery key page is now showing).
        restore_requested(): the person chose to restore a notebook from a backup instead.
    """

    vault_created = Signal()
    restore_requested = Signal()

    def __init__(self, session: VaultSession, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._recovery_text = ""
        self.setWindowTitle(self.tr("Casenotes – create your notebook"))
        self.setMinimumWidth(560)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._build_password_page())
        self._pages.addWidget(self._build_recovery_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self._pages)

    # -- page 1: password --------------------------------------------------------------------------

    def _build_password_page(self) -> QWidget:
        page = QWidget()
        self.form = NewPasswordForm(self.tr("&Password"))
        self.remember = QCheckBox(self.tr("Re&member on this computer"))
        keychain = self._session.keychain_status()
        self.keychain_note = QLabel()
        self.keychain_note.setObjectName("hint")
        self.keychain_note.setWordWrap(True)
        if not self._session.remember_allowed:
            self.remember.setEnabled(False)
            self.remember.setToolTip(remember_forbidden_text())
            self.keychain_note.setText(remember_forbidden_text())
        elif not keychain.available:
            self.remember.setEnabled(False)
            self.keychain_note.setText(
                self.tr(
                    "Not available here: %1 You will type the password when you open the program."
                ).replace("%1", translate_keychain_reason(keychain.reason))
            )
        else:
            self.keychain_note.setText(
                self.tr(
                    "The notebook then opens without the password here: the computer's keychain keeps the key."
                )
            )
        self.create_error = error_line()
        buttons, self.create_button = action_buttons(
            self, self.tr("&Create notebook"), self._create, self.tr("&Quit"), enabled=False
        )
        self.form.validity_changed.connect(self.create_button.setEnabled)
        self.restore_button = link_button(self.tr("Have a backup? Res&tore it instead…"))
        self.restore_button.clicked.connect(self.restore_requested)

        layout = page_layout(
            page,
            self.tr("Create your encrypted notebook"),
            self.tr(
                "Everything you write about the citizens is stored encrypted on this computer. "
                "Choose a password only you know. A sentence works well: length matters more than symbols."
            ),
        )
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addWidget(self.remember)
        layout.addWidget(self.keychain_note)
        layout.addWidget(self.create_error)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _create(self) -> None:
        if not self.form.is_valid:
            return
        password = self.form.value()
        remember = self.remember.isChecked()
        self._set_busy(True)
        self._runner.run(lambda: str(self._session.create(password, remember)), self._created, self._failed)

    def _created(self, recovery_text: str) -> None:
        self._set_busy(False)
        self.form.clear()
        self._recovery_text = recovery_text
        groups = recovery_text.split("-")
        half = len(groups) // 2
        self.recovery_label.setText("   ".join(groups[:half]) + "\n" + "   ".join(groups[half:]))
        self.recovery_label.setAccessibleName(self.tr("Recovery key: %1").replace("%1", recovery_text))
        self._pages.setCurrentIndex(1)
        self.kept_it.setFocus()
        self.vault_created.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self.create_error, translate_error(exc))
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy and self.form.is_valid)
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("&Create notebook"))
        self.form.setEnabled(not busy)
        set_busy_cursor(self, busy)

    # -- page 2: recovery key ----------------------------------------------------------------------

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        self.recovery_label = QLabel()
        self.recovery_label.setObjectName("recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.5)
        mono.setWeight(QFont.Weight.DemiBold)
        self.recovery_label.setFont(mono)
        self.recovery_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        frame = QFrame()
        frame.setObjectName("recoveryFrame")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(16, 18, 16, 18)
        frame_layout.addWidget(self.recovery_label)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self._print)
        self.kept_it = QCheckBox(self.tr("I have &written the recovery key down or printed it"))
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(
            self.tr("&Open the notebook"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setEnabled(False)
        self.done_button.setDefault(True)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.kept_it.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)

        layout = page_layout(
            page,
            self.tr("Your recovery key"),
            self.tr(
                "If you forget the password, the recovery key is the only way back into your notes. "
                "It is shown only this once. Print it or write it down, and keep it somewhere safe, "
                "not with the computer."
            ),
        )
        layout.addWidget(frame)
        layout.addWidget(self.kept_it)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def recovery_document(self) -> QTextDocument:
        """The printable page: the key and what it is for (no other data)."""
        document = QTextDocument(self)
        title = self.tr("Casenotes recovery key")
        body = self.tr("Keep this page safe. With it, a new password can be set for your notebook.")
        document.setHtml(
            f"<h2>{title}</h2><p>{body}</p>"
            f"<p style='font-family: monospace; font-size: 20pt'>{self._recovery_text}</p>"
        )
        return document

    def print_to(self, printer: QPrinter) -> None:
        """Print the recovery page on ``printer``."""
        self.recovery_document().print_(printer)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    # -- closing -----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Quitting is allowed before the vault exists; after that, only through the checkbox."""
        if self._pages.currentIndex() == 0:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape does not skip the recovery key page."""
        if event.key() == Qt.Key.Key_Escape and self._pages.currentIndex() == 1:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button does not skip the recovery key page either."""
        if self._pages.currentIndex() == 1 and not self.kept_it.isChecked():
            event.ignore()
            return
        super().closeEvent(event)

    def accept(self) -> None:
        """Finish only after the recovery key was confirmed; drop it from memory then."""
        if self._pages.currentIndex() == 1 and self.kept_it.isChecked():
            self._recovery_text = ""
            self.recovery_label.clear()
            super().accept()
