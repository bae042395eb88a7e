"""The main window: navigation on the left, pages on the right, lock and sync state at the bottom."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QWidget,
)

from desktop.paths import resource_path
from desktop.views import theme
from desktop.views.clipboard import SensitiveClipboard
from desktop.views.main_menus import MainMenus
from desktop.views.navigation import Navigation
from desktop.views.open_notebook import OpenNotebook
from desktop.views.operation import OperationRunner
from desktop.views.pages.page_stack import PageIndex, PageStack
from desktop.views.preferences import IDLE_LOCK_MINUTES, WINDOW_GEOMETRY, Preferences
from desktop.views.sync.sync_menu import SyncMenu

if TYPE_CHECKING:
    from desktop.domain.citizen import CaseloadRow
    from desktop.services.registry import Services
    from desktop.views.pages.caseload_page import CaseloadPage
    from desktop.views.pages.citizen_page import CitizenPage
    from desktop.views.pages.follow_up_page import FollowUpPage
    from desktop.views.pages.search_page import SearchPage
    from desktop.views.pages.settings_page import SettingsPage

# The pages other than the caseload, and the dialogs, are imported and built when first needed, or
# right after the window's first paint: the caseload is on screen sooner.


class MainWindow(QMainWindow):
    """The notebook's window: the caseload, search, a citizen's file and the settings, one page at a time.

    The window is the frame; what needs the open notebook is its ``notebook`` (``OpenNotebook``), made
    with the services. Made without ``services`` the window is "opening" (disabled, the pages hidden, a
    note in the status bar) until ``attach`` gives it the open notebook: with a remembered key the
    controller shows it so while the vault opens, so the window is on screen sooner. Meanwhile
    ``show_early_caseload`` may put the caseload on show, to look at: opening a citizen or starting a new
    one asked for then is done once the notebook is open.

    Signals:
        first_painted(): the window was painted for the first time.
        caseload_shown(): the caseload list was painted with its rows for the first time.
        lock_requested(): the person chose "Lock now".
        quit_requested(): the person chose "Quit".
        restore_requested(): the person chose "Restore from backup…" (the controller locks and restores).
        idle_minutes_changed(int): the person chose another delay before the notebook locks itself.
    """

    lock_requested = Signal()
    quit_requested = Signal()
    restore_requested = Signal()
    idle_minutes_changed = Signal(int)
    first_painted = Signal()
    caseload_shown = Signal()

    def __init__(
        self,
        services: Services | None,
        runner: OperationRunner,
        preferences: Preferences,
        parent: QWidget | None = None,
        clipboard: SensitiveClipboard | None = None,
    ) -> None:
        super().__init__(parent)
        # The controller passes the one that outlives this window (cleared at lock and quit).
        self.clipboard = clipboard or SensitiveClipboard(QGuiApplication.clipboard(), parent=self)
        self.notebook: OpenNotebook | None = None  # the open notebook, once ``attach`` gives it
        self._runner = runner
        self._preferences = preferences
        self._closing = False
        self._painted = False
        self._caseload_painted = False
        self._early_caseload_shown = False
        self._action_after_open: Callable[[], None] | None = None  # asked for while the notebook opened
        self.setWindowTitle("Casenotes")  # never a citizen's name: titles show in task bars and switchers
        self.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        self.setMinimumSize(QSize(900, 600))

        self.pages = PageStack(
            {
                PageIndex.CASELOAD: self._build_caseload_page,
                PageIndex.CITIZEN: lambda: self.open_notebook.build_citizen_page(),
                PageIndex.FOLLOW_UP: lambda: self.open_notebook.build_follow_up_page(),
                PageIndex.SEARCH: lambda: self.open_notebook.build_search_page(),
                PageIndex.SETTINGS: lambda: self.open_notebook.build_settings_page(),
            }
        )
        self.navigation = Navigation()
        self.navigation.add_page(self.tr("Caseload"), self.tr("&Caseload"), "caseload.svg", "Ctrl+1")
        self.navigation.add_page(self.tr("Citizen"), self.tr("C&itizen"), "citizen.svg", "Ctrl+2")
        self.navigation.add_page(self.tr("Follow-up"), self.tr("F&ollow-up"), "followup.svg", "Ctrl+3")
        self.navigation.add_page(self.tr("Search"), self.tr("Sea&rch"), "search.svg", "Ctrl+4")
        self.navigation.add_page(self.tr("Settings"), self.tr("S&ettings"), "settings.svg", "Ctrl+5")
        self.navigation.currentRowChanged.connect(self._show_page_at)

        central = self._central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        theme.style_window(self)  # now that the window's widgets are in place: one polishing pass
        if services is None:
            self._show_opening(True)
        else:
            self.attach(services)

    @property
    def is_open(self) -> bool:
        """Whether the window shows the open notebook (not only its frame, while it opens)."""
        return self.notebook is not None

    @property
    def open_notebook(self) -> OpenNotebook:
        """The open notebook; only once the window ``is_open`` (the menus that reach it wait till then)."""
        if self.notebook is None:
            raise RuntimeError("the notebook is not open in this window yet")
        return self.notebook

    @property
    def services(self) -> Services:
        """The open notebook's services: what the window's pages are built with (and where a test sets
        up the records it then reads on screen). Only once the window ``is_open``."""
        return self.open_notebook.services

    def attach(self, services: Services) -> None:
        """Show the open notebook: the caseload, the sync state, and everything the menus reach."""
        self.notebook = OpenNotebook(self, services, self._runner, self._preferences)
        self.privacy, self.sync = self.notebook.privacy, self.notebook.sync
        if services.is_demo_vault():
            self.demo_status = QLabel(self.tr("Demo data: every person here is fictional"))
            self.demo_status.setObjectName("demoStatus")
            self.statusBar().insertWidget(2, self.demo_status)
        self.navigation.setCurrentRow(PageIndex.CASELOAD)
        if not self._early_caseload_shown:  # else on show already, read with the same query just before
            self.notebook.reload_caseload()
        self._show_opening(False)
        self.sync.start()
        # The other pages are built once the caseload has been painted.
        if self._caseload_painted:
            QTimer.singleShot(0, self, self._build_all_pages)
        else:
            self._watch_caseload_paint()
        if self._action_after_open is not None:
            asked, self._action_after_open = self._action_after_open, None
            asked()

    def show_early_caseload(self, rows: list[CaseloadRow]) -> None:
        """While the notebook opens: the caseload, read before the services were loaded, to look at."""
        self.navigation.setCurrentRow(PageIndex.CASELOAD)
        self.caseload_page.set_rows(rows)
        self._early_caseload_shown = True
        self._central.setEnabled(True)
        self.navigation.setEnabled(False)  # the other pages come with the open notebook
        self.pages.setVisible(True)
        self._watch_caseload_paint()

    def _watch_caseload_paint(self) -> None:
        self.caseload_page.table.viewport().installEventFilter(self)

    def _show_opening(self, opening: bool) -> None:
        """While the notebook opens: an empty page, nothing to click but Quit, and a note saying what
        happens in place of the sync and lock states."""
        self._central.setEnabled(not opening)
        self.navigation.setEnabled(not opening)
        self.pages.setVisible(not opening)
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if action is not self.quit_action:
                action.setEnabled(not opening)
        for label in (self.sync_status, self.lock_status):
            label.setVisible(not opening)
        if opening:
            self.statusBar().showMessage(self.tr("Opening the notebook…"))
        else:
            self.statusBar().clearMessage()

    # -- pages, built when first needed ----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Say when the window was first painted."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Once the caseload has been painted, say so and build the other pages (never consumes the
        event)."""
        caseload = cast("CaseloadPage | None", self.pages.built(PageIndex.CASELOAD))
        if (
            caseload is not None
            and event.type() == QEvent.Type.Paint
            and watched is caseload.table.viewport()
        ):
            watched.removeEventFilter(self)
            self._caseload_painted = True
            QTimer.singleShot(0, self, self._build_all_pages)
            self.caseload_shown.emit()
        return False

    def _build_all_pages(self) -> None:
        if not self._closing and self.is_open:
            self.pages.build_all()

    @property
    def caseload_page(self) -> CaseloadPage:
        """The caseload (built when the notebook opens)."""
        return cast("CaseloadPage", self.pages.page(PageIndex.CASELOAD))

    @property
    def citizen_page(self) -> CitizenPage:
        """The citizen's file (built at first use)."""
        return cast("CitizenPage", self.pages.page(PageIndex.CITIZEN))

    @property
    def follow_up_page(self) -> FollowUpPage:
        """The follow-up list (built at first use)."""
        return cast("FollowUpPage", self.pages.page(PageIndex.FOLLOW_UP))

    @property
    def search_page(self) -> SearchPage:
        """The search across the caseload (built at first use)."""
        return cast("SearchPage", self.pages.page(PageIndex.SEARCH))

    @property
    def settings_page(self) -> SettingsPage:
        """The settings (built at first use)."""
        return cast("SettingsPage", self.pages.page(PageIndex.SETTINGS))

    def _build_caseload_page(self) -> CaseloadPage:
        from desktop.views.pages.caseload_page import CaseloadPage

        page = CaseloadPage()
        page.open_requested.connect(self.open_citizen)
        page.new_requested.connect(self.new_citizen)
        return page

    # -- navigation --------------------------------------------------------------------------------

    def _show_page_at(self, row: int) -> None:
        if row < 0:
            return
        self.pages.page(PageIndex(row))
        self.pages.setCurrentIndex(row)
        if row == PageIndex.FOLLOW_UP:
            self.follow_up_page.reload()

    def show_page(self, index: PageIndex) -> None:
        """Switch to a page."""
        self.navigation.setCurrentRow(int(index))

    def current_page(self) -> PageIndex:
        """The page on show."""
        return PageIndex(self.pages.currentIndex())

    def _build_menus(self) -> None:
        self.menus = MainMenus(self, self.navigation.page_shortcuts)
        self.sync_menu = SyncMenu(self, self._runner, self._preferences)
        self.menus.add_help_menu()
        # The actions and status-bar parts the tests press and read.
        menus = self.menus
        self.new_action, self.save_action, self.quit_action = (
            menus.new_action,
            menus.save_action,
            menus.quit_action,
        )
        self.restore_action, self.sections_menu = menus.restore_action, menus.sections_menu
        self.sync_now_action = self.sync_menu.sync_now_action
        self.sync_status, self.conflict_badge = self.sync_menu.status, self.sync_menu.conflict_badge

    def go_search(self) -> None:
        """Ctrl+K: the search page, with the keyboard in its search field."""
        self.show_page(PageIndex.SEARCH)
        self.search_page.focus_search()

    # -- status bar --------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.lock_status = QLabel()
        self.lock_status.setObjectName("lockStatus")
        self.statusBar().addWidget(self.sync_status)
        self.statusBar().addWidget(self.conflict_badge)
        self.statusBar().addWidget(self.sync_menu.handover_badge)
        self.statusBar().addPermanentWidget(self.lock_status)
        self.show_lock_state()
        self.clipboard.copied.connect(self._show_copied)

    def _show_copied(self, seconds: int) -> None:
        self.statusBar().showMessage(
            self.tr("Copied — the clipboard is cleared in %n seconds", "", seconds), seconds * 1000
        )

    def show_lock_state(self, *_args: object) -> None:
        """The lock state in the status bar: after how many idle minutes the notebook locks itself."""
        minutes = self._preferences.get(IDLE_LOCK_MINUTES)
        self.lock_status.setText(self.tr("Notebook open · locks after %n min without activity", "", minutes))

    # -- citizens and the notebook's actions (the open notebook's) -------------------------------------

    def reload_caseload(self) -> None:
        """Fetch the caseload list again, here and now (as the notebook opens)."""
        self.open_notebook.reload_caseload()

    def open_citizen(self, citizen_id: str) -> None:
        """Show a citizen's page (after asking about unsaved edits to the one on show); asked for while
        the notebook opens, once it is open."""
        if self.notebook is None:
            self._action_after_open = partial(self.open_citizen, citizen_id)
        else:
            self.notebook.open_citizen(citizen_id)

    def new_citizen(self) -> None:
        """Start a new citizen on the citizen page (once the notebook is open)."""
        if self.notebook is None:
            self._action_after_open = self.new_citizen
        else:
            self.notebook.new_citizen()

    def review_retention(self) -> None:
        """List the closed cases past the retention period, to open or delete."""
        self.open_notebook.review_retention()

    def back_up(self) -> None:
        """Write a backup of the notebook to a file the person chooses."""
        self.open_notebook.back_up()

    def prepare_for_lock(self) -> None:
        """Keep unsaved typing as an encrypted draft and drop everything on show (and our clipboard copy)."""
        self.clipboard.clear_now()
        if self.notebook is None:
            return
        if self.pages.built(PageIndex.CITIZEN) is not None:
            self.citizen_page.stash_draft()
            self.citizen_page.clear()
        if self.pages.built(PageIndex.SEARCH) is not None:
            self.search_page.clear()
        if self.pages.built(PageIndex.FOLLOW_UP) is not None:
            self.follow_up_page.clear()
        self.caseload_page.set_rows([])
        self.notebook.stop()

    def request_restore(self) -> None:
        """Restore from a backup: the controller locks the notebook and restores (after asking about typing)."""
        if self.citizen_page.can_leave():
            self.restore_requested.emit()

    def save_on_show(self) -> None:
        """Ctrl+S: on the citizen's file the tab on show saves (or says there is nothing to save)."""
        if self.current_page() == PageIndex.CITIZEN:
            self.citizen_page.save_current_tab()
        else:
            self.citizen_page.save()

    # -- closing -----------------------------------------------------------------------------------

    def close_for_lock(self) -> None:
        """Close without asking: the notebook is being locked (unsaved typing is kept as a draft)."""
        if self._closing:
            return
        self._closing = True
        self.prepare_for_lock()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved edits, remember the window size; closing by hand quits the program."""
        by_hand = not self._closing
        if by_hand:
            if self.is_open and not self.citizen_page.can_leave():
                event.ignore()
                return
            self._closing = True
            self.prepare_for_lock()
        self._preferences.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        super().closeEvent(event)
        if by_hand:
            self.quit_requested.emit()

    def _restore_geometry(self) -> None:
        geometry = self._preferences.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1180, 760)
