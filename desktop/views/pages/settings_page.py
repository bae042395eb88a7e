"""Settings: security (remember, auto-lock, password), language, the notebook itself, sync."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.vault_session import VaultSession
from desktop.views.formatting import format_date, format_time
from desktop.views.i18n import translate_error, translate_keychain_reason
from desktop.views.operation import OperationRunner
from desktop.views.pages.page import Page
from desktop.views.preferences import IDLE_LOCK_MINUTES, IDLE_LOCK_RANGE, LANGUAGE, LANGUAGES, Preferences


class SettingsPage(Page):
    """Preferences and vault actions.

    Signals:
        idle_minutes_changed(int): the auto-lock delay was changed.
        change_password_requested(): the person wants to change the password.
        lock_requested(): lock now.
    """

    idle_minutes_changed = Signal(int)
    change_password_requested = Signal()
    lock_requested = Signal()

    def __init__(
        self,
        session: VaultSession,
        runner: OperationRunner,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Settings"), parent)
        self._session = session
        self._runner = runner
        self._preferences = preferences
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._security_group())
        column.addWidget(self._language_group())
        column.addWidget(self._notebook_group())
        column.addWidget(self._sync_group())
        column.addStretch(1)
        content.setMaximumWidth(820)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body.addWidget(scroll)

    # -- groups ------------------------------------------------------------------------------------

    def _security_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Security"))
        form = _form(group)
        self.remember = QCheckBox(self.tr("Remember the key on this computer"))
        keychain = self._session.keychain_status()
        if keychain.available:
            self.remember.setChecked(self._session.is_remembered())
        else:
            self.remember.setEnabled(False)
        self.remember.toggled.connect(self._on_remember_toggled)
        form.addRow(self.remember)
        self.remember_note = QLabel(
            self.tr("Unlocking then needs no password on this computer; the auto-lock still applies.")
            if keychain.available
            else translate_keychain_reason(keychain.reason)
        )
        self.remember_note.setObjectName("hint")
        self.remember_note.setWordWrap(True)
        form.addRow(self.remember_note)

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*IDLE_LOCK_RANGE)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(self._preferences.get(IDLE_LOCK_MINUTES))
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without activity"))
        self.idle_minutes.valueChanged.connect(self._on_idle_changed)
        idle_label = QLabel(self.tr("&Lock automatically after"))
        idle_label.setBuddy(self.idle_minutes)
        form.addRow(idle_label, self.idle_minutes)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.change_password_button = QPushButton(self.tr("C&hange password…"))
        self.change_password_button.clicked.connect(self.change_password_requested)
        self.lock_button = QPushButton(self.tr("Loc&k now"))
        self.lock_button.clicked.connect(self.lock_requested)
        buttons.addWidget(self.change_password_button)
        buttons.addWidget(self.lock_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        return group

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        form = _form(group)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(QCoreApplication.translate("Preferences", name), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._preferences.get(LANGUAGE))))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        label = QLabel(self.tr("&Language of the program"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self.language_note = QLabel(self.tr("The new language is used the next time the program starts."))
        self.language_note.setObjectName("hint")
        self.language_note.setVisible(False)
        form.addRow(self.language_note)
        return group

    def _notebook_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Notebook"))
        form = _form(group)
        folder = QLabel(str(self._session.folder))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Folder"), folder)
        self.check_button = QPushButton(self.tr("&Verify the notebook"))
        self.check_button.clicked.connect(self.verify)
        self.check_result = QLabel(
            self.tr("Checks the encryption of every page, the structure and the access log.")
        )
        self.check_result.setObjectName("hint")
        self.check_result.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        form.addRow(check_row)
        form.addRow(self.check_result)
        return group

    def _sync_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Synchronisation"))
        layout = QVBoxLayout(group)
        note = QLabel(
            self.tr(
                "Not set up. Everything is stored on this computer only; end-to-end encrypted sync with "
                "your other devices is set up here once your municipality has a sync server."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        return group

    # -- actions -----------------------------------------------------------------------------------

    def verify(self) -> None:
        """Run the full integrity check in the background and show the result."""
        self.check_button.setEnabled(False)
        self.check_result.setText(self.tr("Verifying…"))
        self._runner.run(self._session.verify_integrity, self._verified, self._verify_failed)

    def _verified(self, report: object) -> None:
        self.check_button.setEnabled(True)
        now = datetime.now()
        if getattr(report, "ok", False):
            text = self.tr("Everything is in order (verified %1 at %2).")
            self.check_result.setText(text.replace("%1", format_date(now)).replace("%2", format_time(now)))
            self.check_result.setObjectName("ok")
        else:
            self.check_result.setText(
                self.tr("The notebook is damaged. Stop working in it, restore a backup or contact IT.")
            )
            self.check_result.setObjectName("error")
        self.check_result.style().polish(self.check_result)

    def _verify_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.check_result.setText(translate_error(exc))
        self.check_result.setObjectName("error")
        self.check_result.style().polish(self.check_result)

    def _on_remember_toggled(self, checked: bool) -> None:
        remembered = self._session.set_remember(checked)
        if checked and not remembered:
            self.remember.blockSignals(True)
            self.remember.setChecked(False)
            self.remember.blockSignals(False)
            self.remember_note.setText(
                self.tr("The keychain refused to store the key; type the password instead.")
            )

    def _on_idle_changed(self, minutes: int) -> None:
        self._preferences.set(IDLE_LOCK_MINUTES, minutes)
        self.idle_minutes_changed.emit(minutes)

    def _on_language_changed(self, _index: int) -> None:
        self._preferences.set(LANGUAGE, self.language.currentData())
        self.language_note.setVisible(True)


def _form(group: QGroupBox) -> QFormLayout:
    """A form whose fields keep their natural width instead of stretching across the page."""
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setHorizontalSpacing(14)
    return form
