"""Settings: security (remember, auto-lock, password), keeping records, language, the notebook, sync.

A setting the administrator's policy fixes shows its value in a disabled control, with a lock and "Set by
your organisation" beside it (the policy file in the tooltip)."""

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
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.vault_session import VaultSession
from desktop.views.formatting import format_date, format_time
from desktop.views.i18n import translate_error, translate_keychain_reason
from desktop.views.operation import OperationRunner
from desktop.views.pages.page import Page
from desktop.views.policy_marks import FixedMark, fix_control, remember_forbidden_text, with_mark
from desktop.views.preferences import (
    CASE_RETENTION_YEARS,
    CONTACT_SETTINGS,
    IDLE_LOCK_MINUTES,
    IDLE_LOCK_RANGE,
    LANGUAGE,
    LANGUAGES,
    LOG_RETENTION_MONTHS,
    Preferences,
    Setting,
)
from desktop.views.sync.sync_controller import SyncState
from desktop.views.widgets.form_scroll import in_scroll_area
from desktop.views.widgets.text_limit import limit_fields


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
        self._policy = preferences.policy
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._security_group())
        column.addWidget(self._retention_group())
        column.addWidget(self._language_group())
        column.addWidget(self._plan_contact_group())
        column.addWidget(self._notebook_group())
        column.addWidget(self._sync_group())
        column.addStretch(1)
        content.setMaximumWidth(820)
        scroll = in_scroll_area(content)
        self.body.addWidget(scroll)

    # -- groups ------------------------------------------------------------------------------------

    def _security_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Security"))
        form = _form(group)
        self.remember = QCheckBox(self.tr("&Remember the key on this computer"))
        keychain = self._session.keychain_status()
        self.remember_mark: FixedMark | None = None
        if not self._session.remember_allowed:
            self.remember_mark = fix_control(self.remember, self._policy.source)
            note = remember_forbidden_text()
        elif keychain.available:
            self.remember.setChecked(self._session.is_remembered())
            note = self.tr("Unlocking then needs no password on this computer; the auto-lock still applies.")
        else:
            self.remember.setEnabled(False)
            note = translate_keychain_reason(keychain.reason)
        self.remember.toggled.connect(self._on_remember_toggled)
        form.addRow(with_mark(self.remember, self.remember_mark))
        self.remember_note = QLabel(note)
        self.remember_note.setObjectName("hint")
        self.remember_note.setWordWrap(True)
        form.addRow(self.remember_note)

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*IDLE_LOCK_RANGE)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(self._preferences.get(IDLE_LOCK_MINUTES))
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without activity"))
        self.idle_minutes.valueChanged.connect(self._on_idle_changed)
        self.idle_mark = self._fix_if_set(self.idle_minutes, IDLE_LOCK_MINUTES)
        idle_label = QLabel(self.tr("&Lock automatically after"))
        idle_label.setBuddy(self.idle_minutes)
        form.addRow(idle_label, with_mark(self.idle_minutes, self.idle_mark))

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.change_password_button = QPushButton(self.tr("Change pass&word…"))
        self.change_password_button.clicked.connect(self.change_password_requested)
        self.lock_button = QPushButton(self.tr("Loc&k now"))
        self.lock_button.clicked.connect(self.lock_requested)
        buttons.addWidget(self.change_password_button)
        buttons.addWidget(self.lock_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        return group

    def _retention_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Keeping records"))
        form = _form(group)
        self.case_retention = self._number_box(CASE_RETENTION_YEARS, self.tr(" years"))
        self.case_retention.setAccessibleName(self.tr("Keep a closed case for years"))
        self.case_retention_mark = self._fix_if_set(self.case_retention, CASE_RETENTION_YEARS)
        case_label = QLabel(self.tr("Keep a &closed case for"))
        case_label.setBuddy(self.case_retention)
        form.addRow(case_label, with_mark(self.case_retention, self.case_retention_mark))
        self.log_retention = self._number_box(LOG_RETENTION_MONTHS, self.tr(" months"))
        self.log_retention.setAccessibleName(self.tr("Keep the access log for months"))
        self.log_retention_mark = self._fix_if_set(self.log_retention, LOG_RETENTION_MONTHS)
        log_label = QLabel(self.tr("Keep the &access log for"))
        log_label.setBuddy(self.log_retention)
        form.addRow(log_label, with_mark(self.log_retention, self.log_retention_mark))
        note = QLabel(
            self.tr(
                "A case is kept this long after it is closed; entries in the access log are kept at least "
                "6 months."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow(note)
        return group

    def _number_box(self, setting: Setting, suffix: str) -> QSpinBox:
        box = QSpinBox()
        if setting.limits is not None:
            box.setRange(*setting.limits)
        box.setSuffix(suffix)
        box.setValue(self._preferences.get(setting))
        box.valueChanged.connect(lambda value: self._store(setting, value))
        return box

    def _fix_if_set(self, control: QWidget, setting: Setting) -> FixedMark | None:
        """Disable ``control`` and return the lock mark when the policy fixes ``setting``."""
        if not self._preferences.is_fixed(setting):
            return None
        return fix_control(control, self._policy.source)

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        form = _form(group)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(QCoreApplication.translate("Preferences", name), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._preferences.get(LANGUAGE))))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        label = QLabel(self.tr("Language of the &program"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        self.language_note = QLabel(self.tr("The new language is used the next time the program starts."))
        self.language_note.setObjectName("hint")
        self.language_note.setVisible(False)
        form.addRow(self.language_note)
        return group

    def _plan_contact_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("You on the citizen's plan"))
        form = _form(group)
        note = QLabel(
            self.tr(
                "“My plan” tells the citizen how to reach you. Your work contact is kept on this "
                "computer with your other settings; it is saved as you type."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow(note)
        self.contact_fields: dict[str, QLineEdit] = {}
        texts = {
            "name": (self.tr("Your &name"), self.tr("As the citizen knows you")),
            "phone": (self.tr("Work ph&one"), self.tr("e.g. 72 36 40 00")),
            "email": (self.tr("Work e-&mail"), self.tr("e.g. name@jobcenter.dk")),
            "hours": (self.tr("Wh&en you can be reached"), self.tr("e.g. Mon-Thu 9-12, Fri 9-11")),
        }
        for key, setting in CONTACT_SETTINGS.items():
            field = QLineEdit(self._preferences.get(setting))
            field.setPlaceholderText(texts[key][1])
            field.setAccessibleName(QCoreApplication.translate("Preferences", setting.label))
            field.setMinimumWidth(320)
            field.textEdited.connect(lambda text, setting=setting: self._store(setting, text.strip()))
            label = QLabel(texts[key][0])
            label.setBuddy(field)
            form.addRow(label, field)
            self.contact_fields[key] = field
        limit_fields("caseworker_contact", self.contact_fields)  # type: ignore[arg-type]
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
        # The status bar's text, word for word: the sync controller is the one source of both.
        self.sync_status = QLabel()
        self.sync_status.setObjectName("syncState")
        self.sync_status.setWordWrap(True)
        self.sync_status.setAccessibleName(self.tr("Sync status"))
        layout.addWidget(self.sync_status)
        self.sync_note = QLabel()
        self.sync_note.setObjectName("hint")
        self.sync_note.setWordWrap(True)
        self.sync_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sync_note)
        self.show_sync_state(None)
        self.sync_server_mark: FixedMark | None = None
        if self._policy.fixes("sync_server"):
            server = QLabel(self.tr("Server: %1").replace("%1", self._policy.sync_server or ""))
            server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.sync_server_mark = FixedMark(self._policy.source)
            layout.addWidget(with_mark(server, self.sync_server_mark))
        return group

    def show_sync_state(self, state: SyncState | None) -> None:
        """Show the sync state the status bar shows (``None``: not known yet, as when not set up)."""
        if state is None or not state.configured:
            self.sync_status.setText(state.text if state else self.tr("Sync: not set up"))
            self.sync_note.setText(
                self.tr(
                    "Everything is stored on this computer only; end-to-end encrypted sync with your other "
                    "devices is set up in the Sync menu once your municipality has a sync server."
                )
            )
            return
        self.sync_status.setText(state.text)
        self.sync_note.setText(
            self.tr("Server: %1 · account: %2. The server keeps only sealed records it cannot read.")
            .replace("%1", state.server)
            .replace("%2", state.account)
        )

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
        if self._store(IDLE_LOCK_MINUTES, minutes):
            self.idle_minutes_changed.emit(minutes)

    def _store(self, setting: Setting, value: object) -> bool:
        """Keep a changed value, unless the policy fixes the setting (its control is disabled then)."""
        if self._preferences.is_fixed(setting):
            return False
        self._preferences.set(setting, value)
        return True

    def _on_language_changed(self, _index: int) -> None:
        self._preferences.set(LANGUAGE, self.language.currentData())
        self.language_note.setVisible(True)


def _form(group: QGroupBox) -> QFormLayout:
    """A form whose fields keep their natural width instead of stretching across the page."""
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setHorizontalSpacing(14)
    return form
