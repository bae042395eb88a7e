"""What a person sees of the administrator's policy: fixed settings disabled with "Set by your
organisation" (the policy file in the tooltip), no "remember", the sync server read-only, and a broken
policy file that stops the program with a message naming the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from desktop.app import build, show_policy_error
from desktop.domain.policy import Policy
from desktop.errors import PolicyError
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.keychain import SERVICE_NAME, KeyCache
from desktop.views.dialogs.unlock_dialog import UnlockDialog
from desktop.views.pages.settings_page import SettingsPage
from desktop.views.preferences import (
    CASE_RETENTION_YEARS,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LOG_RETENTION_MONTHS,
    Preferences,
)
from desktop.views.sync.setup_dialog import SyncSetupDialog
from tests.conftest import PASSWORD, InMemoryKeyring
from tests.sync_world import make_device, offline, server_app  # noqa: F401

SOURCE = "/etc/casenotes/policy.toml"
POLICY = Policy(
    idle_lock_minutes=3,
    allow_remember=False,
    case_retention_years=10,
    sync_server="https://sync.kommune.dk",
    source=SOURCE,
)


@pytest.fixture
def keep_locale():
    """The program and its error dialog install the person's language as it would at start-up; put the tests' back."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _settings_page(qtbot, tmp_path, vault_dir, key_cache, fast_kdf, runner, policy):
    session = VaultSession(
        vault_dir, key_cache, kdf=fast_kdf, allow_remember=policy.allow_remember is not False
    )
    session.create(PASSWORD)
    preferences = Preferences(tmp_path / "prefs", policy)
    page = SettingsPage(session, runner, preferences)
    qtbot.addWidget(page)
    page.show()
    return page, preferences, session


def test_settings_fixed_by_the_policy_are_shown_disabled_with_the_policy_value(
    qtbot, tmp_path, vault_dir, key_cache, fast_kdf, runner
):
    Preferences(tmp_path / "prefs").set(IDLE_LOCK_MINUTES, 30)  # the person's own choice, overridden
    page, preferences, session = _settings_page(
        qtbot, tmp_path, vault_dir, key_cache, fast_kdf, runner, POLICY
    )

    assert page.idle_minutes.value() == 3 and not page.idle_minutes.isEnabled()
    assert page.case_retention.value() == 10 and not page.case_retention.isEnabled()
    assert not page.remember.isEnabled() and not page.remember.isChecked()
    for mark in (page.idle_mark, page.case_retention_mark, page.remember_mark, page.sync_server_mark):
        assert mark is not None and mark.isVisible()
        assert mark.label.text() == "Set by your organisation"
        assert SOURCE in mark.toolTip()
    assert SOURCE in page.idle_minutes.toolTip()
    assert "does not allow" in page.remember_note.text()

    # What the policy leaves alone stays the person's to change.
    assert page.log_retention_mark is None and page.log_retention.isEnabled()
    assert page.log_retention.minimum() == 6
    page.log_retention.setValue(24)
    assert preferences.get(LOG_RETENTION_MONTHS) == 24
    session.lock()


def test_without_a_policy_everything_is_editable(qtbot, tmp_path, vault_dir, key_cache, fast_kdf, runner):
    page, preferences, session = _settings_page(
        qtbot, tmp_path, vault_dir, key_cache, fast_kdf, runner, Policy()
    )
    assert page.idle_minutes.isEnabled() and page.case_retention.isEnabled()
    assert page.remember.isEnabled()
    assert page.idle_mark is page.case_retention_mark is page.remember_mark is page.sync_server_mark is None
    assert page.case_retention.value() == 5 and page.log_retention.value() == 6
    page.case_retention.setValue(8)
    with qtbot.waitSignal(page.idle_minutes_changed):
        page.idle_minutes.setValue(12)
    assert preferences.get(CASE_RETENTION_YEARS) == 8 and preferences.get(IDLE_LOCK_MINUTES) == 12
    session.lock()


def test_the_unlock_dialog_offers_no_remember_when_the_policy_forbids_it(
    qtbot, vault_dir, key_cache, fast_kdf, runner
):
    session = VaultSession(vault_dir, key_cache, kdf=fast_kdf, allow_remember=False)
    session.create(PASSWORD)
    session.lock()
    dialog = UnlockDialog(session, runner)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "organisation does not allow" in dialog.remember.toolTip()


def test_the_sync_set_up_shows_the_policy_server_read_only(qtbot, make_device, runner):  # noqa: F811
    from desktop.services.sync import SyncService

    device = make_device("office")
    fixed = SyncService(device.session, device.services.bus, fixed_server="https://sync.kommune.dk")
    dialog = SyncSetupDialog(fixed, runner, policy_source=SOURCE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server.text() == "https://sync.kommune.dk" and dialog.server.isReadOnly()
    assert dialog.server_mark is not None and SOURCE in dialog.server_mark.toolTip()
    assert dialog.account.hasFocus() or not dialog.server.hasFocus()

    free = SyncSetupDialog(device.sync, runner)
    qtbot.addWidget(free)
    assert not free.server.isReadOnly() and free.server_mark is None


def test_the_built_program_forgets_a_remembered_key_and_locks_on_the_policy_time(
    qtbot, vault_dir, fast_kdf, keep_locale
):
    backend = InMemoryKeyring()
    before = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf)
    before.create(PASSWORD, remember=True)
    before.lock()
    assert any(key[0] == SERVICE_NAME for key in backend.store)

    session = VaultSession(vault_dir, KeyCache(backend), kdf=fast_kdf, allow_remember=False)
    app, controller = build(vault_dir.parent, session, POLICY)
    controller.start()
    assert isinstance(controller.dialog, UnlockDialog)  # the cached key was not used...
    assert not session.is_unlocked
    assert not any(key[0] == SERVICE_NAME for key in backend.store)  # ...but forgotten
    assert controller.idle._timer.interval() == 3 * 60_000
    controller.dialog.done(0)
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)


def test_a_broken_policy_file_stops_the_program_with_a_message_naming_it(
    qtbot, tmp_path, monkeypatch, keep_locale
):
    import desktop.app

    shown: list[tuple[str, str]] = []

    def exec_(box):
        shown.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(desktop.app, "configure_logging", lambda _folder: None)
    monkeypatch.setattr(desktop.app.sys, "excepthook", desktop.app.sys.excepthook)
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text("idle_lock_minutes = 600\n")
    monkeypatch.setenv("CASENOTES_POLICY_FILE", str(policy_file))
    built = []
    monkeypatch.setattr(desktop.app, "build", lambda *args, **kwargs: built.append(args))

    assert desktop.app.run_gui(tmp_path / "data") == 2
    assert built == []  # nothing else started
    assert len(shown) == 1
    text, detail = shown[0]
    assert "kan ikke bruges" in text  # in the person's language (Danish by default)
    assert str(policy_file) in detail and "idle_lock_minutes" in detail and "from 1 to 60" in detail


def test_the_policy_error_is_shown_in_english_when_chosen(qtbot, tmp_path, monkeypatch, keep_locale):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    Preferences(tmp_path).set(LANGUAGE, "en")
    error = PolicyError(SOURCE, "allow_remember", "must be true or false")
    assert show_policy_error(tmp_path, error) == 2
    assert shown == [
        "The policy file your organisation has set for this computer cannot be used, so the program "
        "stops. Contact IT."
    ]
