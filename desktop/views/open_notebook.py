"""The notebook open in the main window: its services, the pages built with them, and what they do.

The main window is the frame (navigation, pages, menus, status bar); it is on screen, "opening", while
the vault opens, so the caseload can be looked at sooner. Everything that needs the open notebook is
here, made only once its services exist: nothing below asks whether the notebook is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.views.change_relay import ChangeRelay
from desktop.views.operation import OperationRunner
from desktop.views.pages.page_stack import PageIndex
from desktop.views.preferences import CASE_RETENTION_YEARS, CONTACT_SETTINGS, Preferences
from desktop.views.privacy.privacy_actions import PrivacyActions

if TYPE_CHECKING:
    from desktop.services.registry import Services
    from desktop.views.main_window import MainWindow
    from desktop.views.pages.citizen_page import CitizenPage
    from desktop.views.pages.follow_up_page import FollowUpPage
    from desktop.views.pages.search_page import SearchPage
    from desktop.views.pages.settings_page import SettingsPage

# After a change, the count of changes waiting in the status bar is refreshed this much later, once for
# all the changes made meanwhile (a save has drawn its result first; a sync pull publishes thousands).
SYNC_COUNT_DELAY_MS = 250


class OpenNotebook(QObject):
    """The open notebook's side of the main window: pages with records, privacy, sync and the changes
    that come from saves and sync rounds."""

    def __init__(
        self, window: MainWindow, services: Services, runner: OperationRunner, preferences: Preferences
    ) -> None:
        super().__init__(window)
        self.services = services
        self._window = window
        self._runner = runner
        self._preferences = preferences
        self.privacy = PrivacyActions(services.privacy, runner, window)
        self.privacy.message.connect(self._show_privacy_message)
        self.privacy.erased.connect(self._on_erased)
        from desktop.views.caseload_updates import CaseloadUpdates  # with the caseload page

        self._caseload_updates = CaseloadUpdates(window.caseload_page, services.citizens, runner)
        self.sync = window.sync_menu.attach(services)
        window.sync_menu.open_citizen_requested.connect(self.open_citizen)
        self._sync_refresh = QTimer(self, singleShot=True, interval=SYNC_COUNT_DELAY_MS)
        self._sync_refresh.timeout.connect(self.sync.refresh)
        self._relay = ChangeRelay(services.bus, self)
        self._relay.changed.connect(self._on_changed)

    # -- the pages that show records ---------------------------------------------------------------

    def build_citizen_page(self) -> CitizenPage:
        """A citizen's file, joined to the caseload, the privacy actions and the Go menu."""
        from desktop.views.pages.citizen_page import CitizenPage

        window = self._window
        page = CitizenPage(self.services, window.clipboard, self._runner, plan_contact=self._plan_contact)
        self._relay.changed.connect(page.on_changed)  # a sync pull touching the open citizen redraws it
        page.saved.connect(window.caseload_page.select_citizen)
        page.access_export_requested.connect(self.privacy.export_access)
        page.erase_requested.connect(self.privacy.erase)
        page.handover.handed_away.connect(self._on_handed_away)
        self.sync.round_finished.connect(page.handover.refresh)  # sent, or the receipt came
        keys = page.tabs.section_keys
        for action in (*keys.sections, None, keys.next, keys.previous):
            if action is None:
                window.sections_menu.addSeparator()
                continue
            window.sections_menu.addAction(action)
            action.triggered.connect(lambda _checked=False: window.show_page(PageIndex.CITIZEN))
        return page

    def build_follow_up_page(self) -> FollowUpPage:
        """The follow-up list."""
        from desktop.views.pages.follow_up_page import FollowUpPage

        page = FollowUpPage(self.services, self._runner)
        page.open_requested.connect(self.open_citizen)
        return page

    def build_search_page(self) -> SearchPage:
        """The search across the caseload."""
        from desktop.views.pages.search_page import SearchPage

        page = SearchPage(self.services, self._runner)
        page.open_requested.connect(self.open_citizen)
        return page

    def build_settings_page(self) -> SettingsPage:
        """The settings, with the sync state the status bar shows (one truth about sync)."""
        from desktop.views.pages.settings_page import SettingsPage

        window = self._window
        page = SettingsPage(self.services.session, self._runner, self._preferences)
        page.lock_requested.connect(window.lock_requested)
        page.change_password_requested.connect(self.change_password)
        page.idle_minutes_changed.connect(window.show_lock_state)
        page.idle_minutes_changed.connect(window.idle_minutes_changed)
        page.show_sync_state(self.sync.state)
        self.sync.state_changed.connect(page.show_sync_state)
        return page

    # -- citizens ----------------------------------------------------------------------------------

    def reload_caseload(self) -> None:
        """Fetch the caseload list again, here and now (as the notebook opens)."""
        self._window.caseload_page.set_rows(self.services.citizens.caseload())

    def open_citizen(self, citizen_id: str) -> None:
        """Show a citizen's page (after asking about unsaved edits to the one on show)."""
        window = self._window
        page = window.citizen_page
        if citizen_id != page.citizen_id and not page.can_leave():
            window.show_page(PageIndex.CITIZEN)
            return
        if citizen_id not in (page.citizen_id, page.opening_id):
            page.show_citizen(citizen_id)  # read in the background; the page says it is opening
        window.show_page(PageIndex.CITIZEN)

    def new_citizen(self) -> None:
        """Start a new citizen on the citizen page."""
        page = self._window.citizen_page
        if page.can_leave():
            page.start_new()
        self._window.show_page(PageIndex.CITIZEN)

    def review_retention(self) -> None:
        """List the closed cases past the retention period, to open or delete."""
        from desktop.views.privacy.retention_dialog import RetentionDialog

        dialog = RetentionDialog(
            self.services.privacy, self.privacy, self._runner, self._case_retention_years, self._window
        )
        dialog.open_requested.connect(self.open_citizen)
        dialog.exec()

    def _case_retention_years(self) -> int:
        return int(self._preferences.get(CASE_RETENTION_YEARS))

    def _show_privacy_message(self, text: str, kind: str) -> None:
        self._window.statusBar().showMessage(text, 10_000)
        if self._window.citizen_page.citizen_id is not None:
            self._window.citizen_page.show_message(text, kind)

    def _on_erased(self, citizen_id: str) -> None:
        if self._window.citizen_page.citizen_id == citizen_id:
            self._window.citizen_page.clear()
            self._window.show_page(PageIndex.CASELOAD)
        # The caseload row goes with the change the erasure announced (``_on_changed``).

    def _on_handed_away(self, citizen_id: str) -> None:
        """The colleague's receipt came and the open citizen's file was erased here."""
        self._on_erased(citizen_id)
        self._window.statusBar().showMessage(
            self.tr("The colleague has received the file; your copy has been deleted."), 15_000
        )

    def _on_changed(self, entity: str, ids: tuple) -> None:
        # The count of changes waiting, counted once for a burst of changes and after the save has
        # drawn its result: counting 100,000 waiting records was 3 ms of every save.
        if not self._sync_refresh.isActive():
            self._sync_refresh.start()
        self._caseload_updates.changed(entity, ids)  # a note changes "last contact"
        window = self._window
        if entity in ("note", "followup", "citizen") and window.current_page() == PageIndex.FOLLOW_UP:
            window.follow_up_page.changed(entity, ids)  # else read when it is shown next

    def _plan_contact(self) -> dict[str, str]:
        """The caseworker's work contact as set in Settings, for "Min plan"."""
        return {key: str(self._preferences.get(setting)) for key, setting in CONTACT_SETTINGS.items()}

    # -- the notebook's own actions ----------------------------------------------------------------

    def change_password(self) -> None:
        """Open the change-password dialog."""
        from desktop.views.dialogs.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services.session, self._runner, self._window)
        if dialog.exec():
            self._window.statusBar().showMessage(self.tr("The password has been changed."), 8000)

    def back_up(self) -> None:
        """Write a backup of the notebook to a file the person chooses."""
        from desktop.views.dialogs.backup_dialog import BackupDialog

        dialog = BackupDialog(self.services.backup, self._runner, self._window)
        if dialog.exec() and dialog.report is not None:
            self._window.statusBar().showMessage(
                self.tr("The backup was written and checked: %1").replace("%1", dialog.report.path.name),
                10000,
            )

    def stop(self) -> None:
        """Before the lock: no more changes followed, no sync (the pages were cleared by the window)."""
        self._caseload_updates.stop()
        self._relay.detach()
        self._sync_refresh.stop()
        self.sync.stop()
