"""Moves the program between its states: first run → unlocked ⇄ locked → quit."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.views.dialogs.setup_dialog import SetupDialog
from desktop.views.dialogs.unlock_dialog import UnlockDialog
from desktop.views.i18n import translate_error
from desktop.views.idle_watcher import IdleWatcher
from desktop.views.main_window import MainWindow
from desktop.views.operation import OperationRunner
from desktop.views.preferences import IDLE_LOCK_MINUTES, Preferences

log = logging.getLogger(__name__)


class AppController(QObject):
    """Owns the windows of the program; holds no data of its own.

    Signals:
        state_changed(str): "setup", "locked" or "unlocked".
        finished(): the person quit.
    """

    state_changed = Signal(str)
    finished = Signal()

    def __init__(
        self,
        session: VaultSession,
        runner: OperationRunner,
        preferences: Preferences,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._preferences = preferences
        self.main_window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self.idle = IdleWatcher(preferences.get(IDLE_LOCK_MINUTES), self)
        self.idle.stop()
        self.idle.idle.connect(self._lock_for_idle)  # it listens to the application while counting

    def start(self, use_keychain: bool = True) -> None:
        """Show the first window: setup, the notebook itself (key from the keychain) or unlock."""
        if not self._session.exists():
            self._show_setup()
            return
        if use_keychain:
            try:
                if self._session.unlock_with_keychain():
                    self._show_main()
                    return
            except Exception as exc:  # a damaged vault is reported by the unlock dialog, not here
                log.warning("keychain unlock failed: %s", type(exc).__name__)
        self._show_unlock()

    # -- states ------------------------------------------------------------------------------------

    def _show_setup(self) -> None:
        dialog = SetupDialog(self._session, self._runner)
        dialog.accepted.connect(self._show_main)
        dialog.rejected.connect(self._quit)
        self._show_dialog(dialog)
        self.state_changed.emit("setup")

    def _show_unlock(self, reason: str = "") -> None:
        dialog = UnlockDialog(self._session, self._runner, reason)
        dialog.accepted.connect(self._show_main)
        dialog.rejected.connect(self._quit)
        self._show_dialog(dialog)
        self.state_changed.emit("locked")

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _show_main(self) -> None:
        self.dialog = None
        window = MainWindow(Services.for_session(self._session), self._runner, self._preferences)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self._quit)
        window.settings_page.idle_minutes_changed.connect(self.idle.set_minutes)
        self.main_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.idle.set_minutes(self._preferences.get(IDLE_LOCK_MINUTES))
        self.state_changed.emit("unlocked")
        self._runner.run(self._session.verify_integrity, self._integrity_checked, self._integrity_failed)

    def lock(self, reason: str = "") -> None:
        """Close the notebook's windows, drop the key and ask for the password again."""
        self.idle.stop()
        if self.main_window is not None:
            window, self.main_window = self.main_window, None
            window.close_for_lock()
        self._session.lock()
        log.info("notebook locked")
        self._show_unlock(reason)

    def _lock_for_idle(self) -> None:
        if self.main_window is None:
            return
        minutes = self._preferences.get(IDLE_LOCK_MINUTES)
        self.lock(self.tr("The notebook was locked after %n minute(s) without activity.", "", minutes))

    def _quit(self) -> None:
        self.idle.stop()
        if self.main_window is not None:
            window, self.main_window = self.main_window, None
            window.close_for_lock()
        self._session.lock()
        self.finished.emit()
        QCoreApplication.quit()

    # -- background integrity check ------------------------------------------------------------------

    def _integrity_checked(self, report: object) -> None:
        if getattr(report, "ok", True) or self.main_window is None:
            return
        log.error("integrity check found problems: %s", "; ".join(getattr(report, "problems", ())))
        self._warn_damaged(
            self.tr("The notebook is damaged. Stop working in it, restore a backup or contact IT.")
        )

    def _integrity_failed(self, exc: BaseException) -> None:
        if self.main_window is not None:
            self._warn_damaged(translate_error(exc))

    def _warn_damaged(self, text: str) -> None:
        assert self.main_window is not None
        self.main_window.sync_status.setText(self.tr("The notebook is damaged"))
        self.main_window.sync_status.setObjectName("error")
        self.main_window.sync_status.style().polish(self.main_window.sync_status)
        QMessageBox.critical(self.main_window, self.tr("The notebook is damaged"), text)
