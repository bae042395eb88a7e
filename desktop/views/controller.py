"""Moves the program between its states: first run → unlocked ⇄ locked → quit."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from desktop.errors import VaultInUse
from desktop.services.vault_session import VaultSession
from desktop.views.clipboard import SensitiveClipboard
from desktop.views.i18n import translate_error
from desktop.views.idle_watcher import IdleWatcher
from desktop.views.integrity_schedule import IntegritySchedule
from desktop.views.operation import OperationRunner
from desktop.views.preferences import IDLE_LOCK_MINUTES, LOG_RETENTION_MONTHS, Preferences
from desktop.views.widgets.error_line import show_error

if TYPE_CHECKING:
    from desktop.services.backup import RestoreReport
    from desktop.services.registry import Services
    from desktop.views.dialogs.restore_dialog import RestoreDialog, RestoreRequest
    from desktop.views.main_window import MainWindow

# Each window is imported when it is first shown, and the services behind the main window when the
# notebook opens: whichever window comes first is on screen sooner.

log = logging.getLogger(__name__)

# With a remembered key the vault is opened once the main window has been painted, or after this long.
OPEN_AT_THE_LATEST_MS = 500


class AppController(QObject):
    """Owns the windows of the program; holds no data of its own.

    Signals:
        state_changed(str): "setup", "locked", "opening" (the main window is on screen while the vault
            opens with the remembered key), "unlocked" or "restoring".
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
        self._services: Services | None = None
        self.dialog: QDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self._early_caseload_tried = False  # whether the opening window tried to read the caseload early
        self.idle = IdleWatcher(preferences.get(IDLE_LOCK_MINUTES), self)
        self.idle.stop()
        self.idle.idle.connect(self._lock_for_idle)  # it listens to the application while counting
        # The full integrity check runs while nobody works, stopped by input or an operation.
        self.integrity = IntegritySchedule(session, parent=self)
        self.integrity.finished.connect(self._integrity_checked)
        self.integrity.failed.connect(self._integrity_failed)
        runner.busy_changed.connect(lambda busy: self.integrity.pause() if busy else None)
        # Copies of citizen data are cleared after 30 s, at lock and at quit (also Ctrl+C in text fields).
        self.clipboard = SensitiveClipboard(QGuiApplication.clipboard(), parent=self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.clipboard.guard_text_fields(app)
            app.aboutToQuit.connect(self.clipboard.clear_now)

    def start(self, use_keychain: bool = True) -> None:
        """Show the first window: setup, the notebook itself (key from the keychain) or unlock."""
        if not self._session.exists():
            self._show_setup()
            return
        self._session.forget_disallowed_key()  # a key remembered before the policy forbade it
        # When this program remembered the key, the main window is shown at once and the vault opened
        # once it is on screen; otherwise the unlock dialog comes first and the keychain is asked later.
        if use_keychain and self._session.may_have_remembered_key():
            self._show_opening()
            return
        self._show_unlock()

    def _show_opening(self) -> None:
        self._early_caseload_tried = False
        window = self._new_main_window(None)
        # Once it has been painted (or after half a second, should no paint come: a hidden window).
        window.first_painted.connect(lambda: QTimer.singleShot(0, self._open_with_keychain))
        QTimer.singleShot(OPEN_AT_THE_LATEST_MS, self._open_with_keychain)
        self.state_changed.emit("opening")

    def _open_with_keychain(self) -> None:
        """The window is on screen: show the caseload read early, then open the vault (or, with
        nothing to show early, open it at once)."""
        window = self.main_window
        if window is None or window.is_open or self._session.is_unlocked or self._early_caseload_tried:
            return  # opened or opening already, or closed meanwhile
        self._early_caseload_tried = True
        try:
            rows = self._session.early_caseload_with_remembered_key()
        except Exception as exc:  # whatever it is, the open that follows reports it
            log.warning("reading the caseload early failed: %s", type(exc).__name__)
            rows = None
        if rows is None:
            self._finish_opening()
            return
        window.show_early_caseload(rows)
        # The services are loaded once the caseload has been painted (or after half a second, should no
        # paint come: a hidden window).
        window.caseload_shown.connect(lambda: QTimer.singleShot(0, self._finish_opening))
        QTimer.singleShot(OPEN_AT_THE_LATEST_MS, self._finish_opening)

    def _finish_opening(self) -> None:
        window = self.main_window
        if window is None or window.is_open or self._session.is_unlocked:
            return  # opened already, or closed meanwhile
        refused: VaultInUse | None = None
        try:
            opened = self._session.unlock_with_keychain()
        except VaultInUse as exc:  # another program has it: said at once, and the dialog can try again
            refused, opened = exc, False
        except Exception as exc:  # a damaged vault is reported by the unlock dialog, not here
            log.warning("keychain unlock failed: %s", type(exc).__name__)
            opened = False
        if not opened:
            self.main_window = None
            window.close_for_lock()
            self._show_unlock(failure=refused)
            return
        services = self._services_for_session()
        window.attach(services)
        self._opened(services)

    # -- states ------------------------------------------------------------------------------------

    def _show_setup(self) -> None:
        from desktop.views.dialogs.setup_dialog import SetupDialog

        dialog = SetupDialog(self._session, self._runner)
        dialog.restore_requested.connect(self.restore_from_backup)
        dialog.accepted.connect(self._show_main)
        dialog.rejected.connect(self._quit)
        self._show_dialog(dialog)
        self.state_changed.emit("setup")

    def _show_unlock(self, reason: str = "", failure: BaseException | None = None) -> None:
        """The unlock dialog, saying ``reason`` (or the usual invitation) and, when given, why the
        notebook did not open (as after an attempt in the dialog)."""
        from desktop.views.dialogs.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(self._session, self._runner, reason)
        if failure is not None:
            dialog.show_failure(failure)
        dialog.restore_requested.connect(self.restore_from_backup)
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
        """The main window of the notebook just unlocked (by the set-up or unlock dialog)."""
        self.dialog = None
        services = self._services_for_session()
        self._new_main_window(services)
        self._opened(services)

    def _services_for_session(self) -> Services:
        from desktop.services.registry import Services

        return Services.for_session(self._session, policy=self._preferences.policy)

    def _new_main_window(self, services: Services | None) -> MainWindow:
        """The main window, on screen: the open notebook, or (``None``) its frame while it opens."""
        from desktop.views.main_window import MainWindow

        window = MainWindow(services, self._runner, self._preferences, clipboard=self.clipboard)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self._quit)
        window.restore_requested.connect(self.restore_from_backup)
        window.idle_minutes_changed.connect(self.idle.set_minutes)
        self.main_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _opened(self, services: Services) -> None:
        """The notebook is open in the main window: the idle watch starts, the cheap checks run, and the
        full check waits for a moment nobody works (``integrity_schedule``; at 100,000 notes
        the full check after every unlock kept the machine busy 1.6 s, the first search 1.8 times slower)."""
        self._services = services
        self.idle.set_minutes(self._preferences.get(IDLE_LOCK_MINUTES))
        self.state_changed.emit("unlocked")
        self._runner.run(self._session.verify_at_unlock, self._unlock_checked, self._integrity_failed)

    def lock(self, reason: str = "") -> None:
        """Close the notebook's windows, drop the key and ask for the password again."""
        self.idle.stop()
        self.integrity.stop()
        self.clipboard.clear_now()
        self._close_other_windows()
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

    def _close_other_windows(self) -> None:
        """Close every open dialog, menu and message: nothing from the notebook stays on screen locked."""
        for widget in QApplication.topLevelWidgets():
            # Closing one window can delete others with it: only touch those still alive.
            if not shiboken6.isValid(widget) or widget is self.main_window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()  # a dialog waiting in exec() returns as if cancelled
            else:
                widget.close()

    # -- restore from backup -------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        """Ask for the backup and what opens it (checked in full, nothing changed), then lock and restore."""
        from desktop.services.backup import BackupService
        from desktop.views.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(BackupService(self._session), self._runner, self.main_window or self.dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._restore(dialog.request))
        self.restore_dialog = dialog
        dialog.open()

    def _restore(self, request: RestoreRequest | None) -> None:
        self.restore_dialog = None
        if request is None:
            return
        self.idle.stop()
        self.integrity.stop()
        if self.main_window is not None:
            window, self.main_window = self.main_window, None
            window.close_for_lock()
        if self.dialog is not None:  # the set-up or unlock dialog: closing it here must not quit
            self.dialog.blockSignals(True)
            self.dialog.close()
        self._session.lock()
        progress = QProgressDialog(self.tr("Restoring the backup. Do not turn off the computer…"), "", 0, 0)
        progress.setWindowTitle(self.tr("Restore from a backup"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        self._show_dialog(progress)
        self.state_changed.emit("restoring")
        from desktop.services.backup import BackupService

        backup = BackupService(self._session)
        self._runner.run(
            lambda: backup.restore(
                request.path,
                request.secret,
                replace=request.keep_previous_in is not None,
                keep_previous_in=request.keep_previous_in,
            ),
            self._restored,
            self._restore_failed,
        )

    def _restored(self, report: RestoreReport) -> None:
        log.info("restored from a backup")
        reason = self.tr(
            "The backup is restored. Type the password the notebook had when the backup was made."
        )
        if report.previous_kept_in is not None:
            reason += " " + self.tr("The previous notebook is kept in %1.").replace(
                "%1", str(report.previous_kept_in)
            )
        self._close_progress()
        self._show_unlock(reason)

    def _restore_failed(self, exc: BaseException) -> None:
        log.warning("restore failed: %s", type(exc).__name__)
        self._close_progress()
        if self._session.exists():
            self._show_unlock(translate_error(exc))
            return
        self._show_setup()
        from desktop.views.dialogs.setup_dialog import SetupDialog

        if isinstance(self.dialog, SetupDialog):
            show_error(self.dialog.create_error, translate_error(exc))

    def _close_progress(self) -> None:
        if isinstance(self.dialog, QProgressDialog):
            self.dialog.close()
            self.dialog = None

    def quit(self) -> None:
        """Close every window, lock the vault and end the event loop, as the person quitting does."""
        self._quit()

    def _quit(self) -> None:
        self.idle.stop()
        self.integrity.stop()
        self.clipboard.clear_now()
        if self.main_window is not None:
            window, self.main_window = self.main_window, None
            window.close_for_lock()
        self._session.lock()
        self.finished.emit()
        QCoreApplication.quit()

    # -- integrity checks ----------------------------------------------------------------------------

    def _unlock_checked(self, report: object) -> None:
        """The cheap checks after the unlock: damage is shown at once, a whole vault waits for its full check."""
        if self.main_window is None:
            return
        if getattr(report, "ok", True):
            self.integrity.start()
            return
        self._integrity_checked(report)

    def _integrity_checked(self, report: object) -> None:
        """A check's report: access-log pruning after a full check that found the vault whole; damage shown."""
        if self.main_window is None:
            return
        if getattr(report, "ok", True):
            self._prune_access_log()
            return
        log.error("integrity check found problems: %s", "; ".join(getattr(report, "problems", ())))
        self._warn_damaged(
            self.tr("The notebook is damaged. Stop working in it, restore a backup or contact IT.")
        )

    def _prune_access_log(self) -> None:
        """Access-log events past the log's retention go, once the chain was found whole."""
        if self._services is None:
            return
        months = self._preferences.get(LOG_RETENTION_MONTHS)
        privacy = self._services.privacy
        self._runner.run(
            lambda: privacy.prune_access_log(months),
            lambda removed: (
                log.info("access log: %d events past retention pruned", removed) if removed else None
            ),
            lambda exc: log.warning("access log pruning failed: %s", type(exc).__name__),
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
