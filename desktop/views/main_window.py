"""The main window: navigation on the left, pages on the right, lock and sync state at the bottom."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.paths import resource_path
from desktop.services.vault_session import VaultSession
from desktop.views.dialogs.change_password_dialog import ChangePasswordDialog
from desktop.views.operation import OperationRunner
from desktop.views.pages.placeholder_pages import CaseloadPage, CitizenPage, SearchPage
from desktop.views.pages.settings_page import SettingsPage
from desktop.views.preferences import IDLE_LOCK_MINUTES, WINDOW_GEOMETRY, Preferences


class PageIndex(IntEnum):
    """The pages, in navigation order."""

    CASELOAD = 0
    CITIZEN = 1
    SEARCH = 2
    SETTINGS = 3


class MainWindow(QMainWindow):
    """The notebook, once unlocked.

    Signals:
        lock_requested(): the person chose "Lock now".
        quit_requested(): the person chose "Quit".
    """

    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        session: VaultSession,
        runner: OperationRunner,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._preferences = preferences
        self._closing_for_lock = False
        self.setWindowTitle("Casenotes")
        self.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        self.setMinimumSize(QSize(900, 600))

        self.caseload_page = CaseloadPage()
        self.citizen_page = CitizenPage()
        self.search_page = SearchPage()
        self.settings_page = SettingsPage(session, runner, preferences)
        self.settings_page.lock_requested.connect(self.lock_requested)
        self.settings_page.change_password_requested.connect(self.change_password)
        self.settings_page.idle_minutes_changed.connect(self._show_lock_state)

        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(210)
        self._add_page(self.caseload_page, self.tr("Caseload"), "caseload.svg", "Ctrl+1")
        self._add_page(self.citizen_page, self.tr("Citizen"), "citizen.svg", "Ctrl+2")
        self._add_page(self.search_page, self.tr("Search"), "search.svg", "Ctrl+3")
        self._add_page(self.settings_page, self.tr("Settings"), "settings.svg", "Ctrl+4")
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(PageIndex.CASELOAD)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()

    # -- navigation --------------------------------------------------------------------------------

    def _add_page(self, page: QWidget, label: str, icon: str, shortcut: str) -> None:
        item = QListWidgetItem(QIcon(str(resource_path("icons", icon))), label)
        item.setToolTip(
            f"{label} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        item.setSizeHint(QSize(0, 40))
        self.navigation.addItem(item)
        self.pages.addWidget(page)
        self._page_shortcuts = getattr(self, "_page_shortcuts", [])
        self._page_shortcuts.append((label, shortcut))

    def show_page(self, index: PageIndex) -> None:
        """Switch to a page."""
        self.navigation.setCurrentRow(int(index))

    def current_page(self) -> PageIndex:
        """The page on show."""
        return PageIndex(self.pages.currentIndex())

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.quit_requested)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, (label, shortcut) in enumerate(self._page_shortcuts):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(PageIndex(i)))
            go_menu.addAction(action)
        go_menu.addSeparator()
        self.search_action = QAction(self.tr("&Search the caseload"), self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find])
        self.search_action.triggered.connect(self._go_search)
        go_menu.addAction(self.search_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Casenotes"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _go_search(self) -> None:
        self.show_page(PageIndex.SEARCH)
        self.search_page.focus_search()

    # -- status bar --------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.sync_status = QLabel(self.tr("Sync: not set up"))
        self.sync_status.setObjectName("syncStatus")
        self.sync_status.setToolTip(self.tr("Everything is stored on this computer only."))
        self.lock_status = QLabel()
        self.lock_status.setObjectName("lockStatus")
        self.statusBar().addWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.lock_status)
        self._show_lock_state()

    def _show_lock_state(self, *_args: object) -> None:
        minutes = self._preferences.get(IDLE_LOCK_MINUTES)
        self.lock_status.setText(self.tr("Notebook open · locks after %n min without activity", "", minutes))

    # -- actions -----------------------------------------------------------------------------------

    def change_password(self) -> None:
        """Open the change-password dialog."""
        dialog = ChangePasswordDialog(self._session, self._runner, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("The password has been changed."), 8000)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Casenotes"),
            self.tr(
                "<h3>Casenotes %1</h3><p>The offline, encrypted case notebook for caseworkers in Danish "
                "jobcentres.</p><p>Your notes are stored encrypted (SQLCipher, AES-256) on this computer.</p>"
            ).replace("%1", __version__),
        )

    # -- closing -----------------------------------------------------------------------------------

    def close_for_lock(self) -> None:
        """Close without asking: the notebook is being locked."""
        self._closing_for_lock = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window size; closing the window quits the program unless it is locking."""
        self._preferences.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        super().closeEvent(event)
        if not self._closing_for_lock:
            self.quit_requested.emit()

    def _restore_geometry(self) -> None:
        geometry = self._preferences.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1180, 760)
