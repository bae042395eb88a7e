"""The Sync menu and the sync state in the status bar: sync now (F9), set up, conflicts, the files
colleagues handed here, the computers with access, and the messages of the sync controller that runs
the rounds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton

from desktop.views.operation import OperationRunner
from desktop.views.preferences import Preferences
from desktop.views.sync.sync_controller import SyncController

if TYPE_CHECKING:
    from desktop.services.registry import Services


class SyncMenu(QObject):
    """Made with the window's frame (the menu and the status bar exist while the notebook opens);
    ``attach`` gives it the open notebook and returns the controller that runs the rounds.

    Signals:
        open_citizen_requested(str): open a citizen just accepted from a colleague.
    """

    open_citizen_requested = Signal(str)

    def __init__(self, window: QMainWindow, runner: OperationRunner, preferences: Preferences) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._preferences = preferences
        self._services: Services | None = None
        self.sync: SyncController | None = None
        menu = window.menuBar().addMenu(self.tr("S&ync"))
        self.sync_now_action = QAction(self.tr("Sync &now"), window)
        self.sync_now_action.setShortcut(QKeySequence("F9"))
        self.sync_now_action.triggered.connect(self.sync_now)
        menu.addAction(self.sync_now_action)
        self.sync_setup_action = QAction(self.tr("&Set up sync…"), window)
        self.sync_setup_action.triggered.connect(self.set_up_sync)
        menu.addAction(self.sync_setup_action)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), window)
        self.conflicts_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.conflicts_action.triggered.connect(self.review_conflicts)
        menu.addAction(self.conflicts_action)
        self.inbox_action = QAction(self.tr("&Received handovers…"), window)
        self.inbox_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.inbox_action.triggered.connect(self.review_handovers)
        menu.addAction(self.inbox_action)
        self.devices_action = QAction(self.tr("Computers with &access…"), window)
        self.devices_action.triggered.connect(self.manage_devices)
        menu.addAction(self.devices_action)

        self.status = QLabel(self.tr("Sync: not set up"))
        self.status.setObjectName("syncStatus")
        self.status.setToolTip(self.tr("Sync now: F9"))
        self.conflict_badge = QPushButton()
        self.conflict_badge.setObjectName("conflictBadge")
        self.conflict_badge.setFlat(True)
        self.conflict_badge.setVisible(False)
        self.conflict_badge.setToolTip(self.tr("Review the conflicts (Ctrl+Shift+K)"))
        self.conflict_badge.clicked.connect(self.review_conflicts)
        self.handover_badge = QPushButton()
        self.handover_badge.setObjectName("conflictBadge")  # the same look: something waits for you
        self.handover_badge.setFlat(True)
        self.handover_badge.setVisible(False)
        self.handover_badge.setToolTip(self.tr("Open the received handovers (Ctrl+Shift+H)"))
        self.handover_badge.clicked.connect(self.review_handovers)

    def attach(self, services: Services) -> SyncController:
        self._services = services
        self.sync = SyncController(
            services.sync, self._runner, self._confirm_mass_delete, self._window, services.transfers
        )
        self.sync.status_changed.connect(self._show_status)
        self.sync.conflicts_changed.connect(self._show_conflicts)
        self.sync.handovers_waiting.connect(self._show_handovers)
        return self.sync

    def sync_now(self) -> None:
        """Run a sync round now (or open the set-up when sync is not set up)."""
        if self._services is None or self.sync is None:
            return
        status = self._services.sync.status()
        if not status.configured or status.signed_out:
            self.set_up_sync()
            return
        self.sync.sync_now()

    def set_up_sync(self) -> None:
        """Open the sync set-up; a round starts as soon as this computer is signed in."""
        if self._services is None or self.sync is None:
            return
        from desktop.views.sync.setup_dialog import SyncSetupDialog

        policy_file = self._preferences.policy.source
        dialog = SyncSetupDialog(self._services.sync, self._runner, self._window, policy_file)
        if dialog.exec():
            message = (
                self.tr("Sync is set up: the account was created.")
                if dialog.outcome == "created"
                else self.tr("Sync is set up: this computer joined the account.")
            )
            self._window.statusBar().showMessage(message, 8000)
            self.sync.setup_changed()

    def review_conflicts(self) -> None:
        """Open the conflict review."""
        if self._services is None or self.sync is None:
            return
        from desktop.views.sync.conflict_dialog import ConflictDialog

        ConflictDialog(self._services.sync.conflicts, self._services.sync.resolve, self._window).exec()
        self.sync.refresh()

    def review_handovers(self) -> None:
        """Open the files colleagues handed here, to accept or decline."""
        if self._services is None or self.sync is None:
            return
        from desktop.views.transfer.inbox_dialog import InboxDialog

        services = self._services
        dialog = InboxDialog(
            services.transfers, services.identity.fingerprint, self._runner, parent=self._window
        )
        dialog.open_requested.connect(self.open_citizen_requested)
        dialog.exec()
        self.sync.count_handovers()

    def manage_devices(self) -> None:
        """Show the computers with access to the sync account."""
        if self._services is None:
            return
        if not self._services.sync.status().configured:
            self.set_up_sync()
            return
        from desktop.views.sync.devices_dialog import DevicesDialog

        DevicesDialog(self._services.sync, self._runner, parent=self._window).exec()

    def _show_status(self, text: str, kind: str) -> None:
        self.status.setText(text)
        if self.status.property("kind") != kind:  # every save says so: polish only on a change
            self.status.setProperty("kind", kind)
            self.status.style().polish(self.status)

    def _show_conflicts(self, count: int) -> None:
        self.conflict_badge.setText(self.tr("⚠ Conflicts: %n", "", count))
        self.conflict_badge.setVisible(count > 0)

    def _show_handovers(self, count: int) -> None:
        self.inbox_action.setText(
            self.tr("&Received handovers (%n)…", "", count) if count else self.tr("&Received handovers…")
        )
        self.handover_badge.setText(self.tr("Handovers waiting: %n", "", count))
        self.handover_badge.setVisible(count > 0)

    def _confirm_mass_delete(self, deletions: int, records: int) -> bool:
        answer = QMessageBox.warning(
            self._window,
            self.tr("Many deletions from the server"),
            self.tr(
                "The server asks to delete %1 of the %2 records on this computer. That is unusual: it can "
                "mean that someone deleted a lot by mistake on another computer.\n\nNothing has been "
                "deleted yet. Delete them here too?"
            )
            .replace("%1", str(deletions))
            .replace("%2", str(records)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
