"""One citizen's working file: overview, the citizen's own words, function, belief, caseworker, log.

Edits are tracked against what was loaded: "Undo changes" goes back to it, leaving the page asks
before unsaved edits are lost, and typing is autosaved as an encrypted draft inside the vault so a
crash or an auto-lock loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import CaseNotesError
from desktop.services.citizen_file import CitizenFile
from desktop.services.registry import Services
from desktop.views.citizen.belief_and_handover import BeliefAndHandover
from desktop.views.citizen.citizen_header import CitizenHeader
from desktop.views.citizen.file_loader import FileLoader
from desktop.views.citizen.file_stack import FileStack
from desktop.views.citizen.file_tabs import PROFILE, CitizenFileTabs
from desktop.views.citizen.plan_export import PlanExport
from desktop.views.citizen.profile_panel import ProfilePanel
from desktop.views.clipboard import SensitiveClipboard
from desktop.views.dialogs.unsaved_question import DISCARD, SAVE, ask_unsaved
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.pages.page import Page
from desktop.views.transfer.handover_action import HandoverAction, HandoverMenu
from desktop.views.transfer.peer_request_dialog import ask_colleagues
from desktop.views.widgets.banner import Banner
from desktop.views.widgets.tab_messages import TabMessages


class CitizenPage(Page):
    """One citizen's working file as a row of tabs (Overview, their own words, goals, meetings, network,
    progress, belief, access log…), each shown from the file read in one operation.

    Signals:
    saved(str): a citizen was created or changed (its id).
    access_export_requested(str, str, str): id, name and format ("pdf"/"json") of an access export.
    erase_requested(str, str): id and name of a citizen to delete for good (the handler confirms).
    """

    saved = Signal(str)
    access_export_requested = Signal(str, str, str)
    erase_requested = Signal(str, str)

    def __init__(
        self,
        services: Services,
        clipboard: SensitiveClipboard,
        runner: OperationRunner,
        parent: QWidget | None = None,
        plan_contact: Callable[[], dict[str, str]] = dict,
    ) -> None:
        super().__init__(self.tr("Citizen"), parent)
        self._services = services
        self._clipboard = clipboard
        self._plan_contact = plan_contact  # the caseworker's work contact for "Min plan" (Settings)
        # Opening reads the whole file in the background; only the last request's result is shown.
        self._loader = FileLoader(services.citizen_file, runner, self)
        self._loader.opened.connect(self._show_file)
        self._loader.failed.connect(self._open_failed)
        self._loader.reread.connect(self._redraw)
        # Questions go through these so tests (and later, other front ends) can answer them.
        self.confirm: Callable[[str, str], bool] = self._confirm_dialog
        self.ask_unsaved: Callable[[], str] = lambda: ask_unsaved(self, self.title_label.text().rstrip(" *"))

        self.profile_panel = ProfilePanel(
            services.citizens, lambda title, text: self.confirm(title, text), self
        )
        self.profile_panel.edited.connect(self._on_edited)
        self.profile_panel.message.connect(
            lambda text, kind, profile: self.messages.say(text, kind, PROFILE if profile else None)
        )
        self.form = self.profile_panel.form
        self.header = CitizenHeader(
            self,
            save=self.save,
            revert=self.revert,
            reveal_cpr=self.reveal_cpr,
            copy_cpr=self.copy_cpr,
            toggle_status=self._toggle_status,
            export_plan=self.export_plan,
            export_access=self._request_access_export,
            erase=self._request_erase,
            hand_over=lambda: self.handover.start(),
            take_receipt=lambda: self.handover.take_receipt(),
            withdraw_handover=lambda: self.handover.withdraw(),
        )
        self.handover = HandoverAction(
            services.transfers,
            services.citizens,
            services.identity.fingerprint,
            runner,
            HandoverMenu(
                self.header.hand_over_action, self.header.take_receipt_action, self.header.withdraw_action
            ),
            self.header.transfer_mark,
            self,
        )
        # The banner's room is always kept, so a message coming or going never moves the page.
        self.banner_room = Banner(self)
        self.banner = self.banner_room.label
        self.body.addWidget(self.banner_room)

        # The caseworker's name as set in Settings ("Dig på borgerens plan"), else the computer's user name.
        caseworker = self._plan_contact().get("name", "").strip() or services.session.vault.actor
        self.tabs = CitizenFileTabs(
            services,
            self.profile_panel,
            caseworker,
            clipboard.copy,
            lambda title, text: self.confirm(title, text),
            opening=lambda: self.opening_id is not None,
            owner=self,
        )
        # A message belongs to the tab it was said on (the three tabs of the profile share theirs).
        self.messages: TabMessages = TabMessages(
            self.banner_room, self.tabs.currentWidget, self.tabs.message_key
        )
        self.tabs.message.connect(self.messages.say)
        self.handover.message.connect(self.messages.say)
        self.tabs.stored.connect(self._load_log_if_visible)
        self.tabs.exported.connect(self._record_export)
        self.tabs.edited_on.connect(lambda tab: self.messages.drop(tab, ("ok", "info")))
        self.tabs.notes_panel.changed.connect(self._on_notes_changed)
        # Opens the dialog that sends a reflection's excerpt to colleagues (tests answer it).
        self.ask_colleagues: Callable[[str, str], None] = lambda reflection_id, excerpt: ask_colleagues(
            services.transfers, runner, reflection_id, excerpt, self, self.messages.say
        )
        self.tabs.reflection_panel.log.peers_requested.connect(lambda *asked: self.ask_colleagues(*asked))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.belief_and_handover = BeliefAndHandover(services, self.tabs, lambda: self.citizen_id)
        self.belief_and_handover.message.connect(self.messages.say)
        self.belief_and_handover.stored.connect(self._after_belief_or_handover)
        self.plan_export = PlanExport(
            services.goals, self.tabs.progress_panel.plan_charts, self._plan_contact, self
        )

        self.stack = FileStack(self.tabs)
        self.body.addWidget(self.stack, 1)

        self._show_state()

    # -- which citizen -------------------------------------------------------------------------------
    # The profile on show, and whether it is being created, are the profile panel's.

    @property
    def citizen_id(self) -> str | None:
        """The citizen on show (``None`` when empty or creating)."""
        profile = self.profile_panel.profile
        return profile.id if profile else None

    @property
    def is_creating(self) -> bool:
        """Whether the page holds a citizen not yet saved."""
        return self.profile_panel.creating

    @property
    def opening_id(self) -> str | None:
        """The citizen whose file is being read to be shown (``None`` when none is)."""
        return self._loader.opening

    def show_citizen(self, citizen_id: str) -> None:
        """Open a citizen (logged as a view): their whole file is read in one operation off the GUI
        thread, and shown when it comes; unsaved edits from last time come back from the drafts. Until
        then the page says it is opening (nothing of the citizen shown before is left on show); a later
        request wins over one still being read. The file opens on its Overview, unless a section is
        chosen while it is read (Alt+3 pressed at once): that choice stands when the file comes."""
        self.profile_panel.autosave.stop()
        self.profile_panel.profile = None
        self.profile_panel.creating = False
        self.messages.forget()  # they may name the citizen shown before
        self._loader.open(citizen_id)
        self.tabs.setCurrentIndex(0)
        self._show_state()

    def on_changed(self, entity: str, ids: tuple) -> None:
        """From the change bus: a sync round that touched the open citizen has their file read again."""
        self._loader.note_change(entity, ids, self.citizen_id)
        self.handover.note_change(entity, ids)

    def _open_failed(self, exc: BaseException) -> None:
        self._show_state()
        if isinstance(exc, CaseNotesError):
            self.messages.say(translate_error(exc), "error")
        else:
            self.messages.say(self.tr("The citizen's file could not be opened."), "error")

    def _show_file(self, file: CitizenFile) -> None:
        """Show a file just read: the profile (with its unsaved edits brought back) and every panel."""
        self.messages.forget()
        self.profile_panel.show_profile(file.profile, file.profile_draft())
        self.belief_and_handover.show(file.profile)
        self.handover.show_file(file.citizen_id, file.profile.draft.name, file.pending_handover)
        self._load_log_if_visible()
        self.tabs.show_file(file)
        if self.tabs.notes_panel.restored_draft:
            self.tabs.setCurrentWidget(self.tabs.notes_panel)
        self._show_state()

    def _redraw(self, file: CitizenFile) -> None:
        """The open citizen's file read again after a sync: redrawn, typing left as it is."""
        if file.citizen_id != self.citizen_id:
            return
        self.profile_panel.update_profile(file.profile)
        self._load_log_if_visible()
        self.belief_and_handover.show(file.profile, keep_typing=True)
        self.handover.show_file(file.citizen_id, file.profile.draft.name, file.pending_handover)
        self.tabs.show_file(file, keep_typing=True)
        self._show_state()

    def start_new(self) -> None:
        """An empty form for a new citizen."""
        self._loader.cancel()  # a file still being read is not shown over the new citizen
        self.messages.forget()
        self.profile_panel.start_new(self._services.session.vault.actor)
        self.tabs.show_nothing()
        self.tabs.setCurrentIndex(0)
        self._show_state()
        self.form.name.setFocus()

    def clear(self) -> None:
        """Show nothing (after locking; the form's contents are dropped)."""
        self.profile_panel.autosave.stop()
        self._loader.cancel()  # a file still being read is not shown
        self.profile_panel.clear()
        self.tabs.show_nothing()  # no citizen's data left on screen after locking
        self.messages.forget()  # they may name the citizen
        self._show_state()

    # -- editing ---------------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether there are unsaved edits."""
        return self.profile_panel.is_dirty()

    def save(self) -> bool:
        """Validate and store the profile and the note being written; True when saved (or nothing to)."""
        if not self.is_creating and self.citizen_id is None:
            return True
        for panel in self.tabs.work_panels():
            if not panel.save():
                self.tabs.setCurrentWidget(panel)
                return False
        if not self.is_creating and not self.is_dirty():
            return True
        citizen_id = self.profile_panel.store()
        if citizen_id is None:
            return False
        self._show_file(self._loader.read_now(citizen_id))  # after a write: at once
        self.messages.say(self.tr("Saved."), "ok", PROFILE)
        self.saved.emit(citizen_id)
        return True

    def revert(self) -> None:
        """Throw away unsaved edits (after asking) and show the stored values again."""
        if not self.is_dirty():
            return
        if not self.confirm(self.tr("Undo changes"), self.tr("Throw away the changes you have not saved?")):
            return
        self.profile_panel.discard_draft()
        profile = self.profile_panel.profile
        if self.is_creating or profile is None:
            self.start_new()
        else:
            self.profile_panel.load()
            self.belief_and_handover.show(profile)
            self._load_log_if_visible()
            self.messages.forget()
            self._show_state()

    def can_leave(self) -> bool:
        """Ask what to do with unsaved edits; False means: stay on this citizen."""
        if not self.is_dirty() and not any(panel.is_dirty() for panel in self.tabs.work_panels()):
            return True
        answer = self.ask_unsaved()
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            for panel in self.tabs.work_panels():
                panel.discard()
            self.profile_panel.discard_draft()
            self.form.set_draft(self.form.baseline(), self.form.cpr.text())
            self._show_state()
            return True
        return False

    def stash_draft(self) -> None:
        """Keep the unsaved edits inside the vault (autosave, and before an auto-lock)."""
        self.tabs.notes_panel.stash_draft()
        self.profile_panel.stash_draft()

    def reveal_cpr(self) -> None:
        """Show the full CPR number (logged)."""
        if not self.profile_panel.reveal_cpr():
            return
        self._show_state()
        self._load_log_if_visible()

    def copy_cpr(self) -> None:
        """Copy the stored full CPR number (logged); the clipboard is cleared again after 30 seconds."""
        full = self.profile_panel.copy_cpr()
        if full is None:
            return
        self._clipboard.copy(full)
        self._load_log_if_visible()

    def export_plan(self) -> None:
        """Save "Min plan" as a PDF where the person chooses (logged as an export)."""
        said = self.plan_export.export(self.profile_panel.profile)
        if said is not None:
            self.messages.say(*said)
            self._load_log_if_visible()

    def _request_access_export(self, fmt: str) -> None:
        profile = self.profile_panel.profile
        if profile is not None and self.can_leave():
            self.access_export_requested.emit(profile.id, profile.draft.name, fmt)

    def _request_erase(self) -> None:
        profile = self.profile_panel.profile
        if profile is not None:
            self.erase_requested.emit(profile.id, profile.draft.name)

    def show_message(self, text: str, kind: str) -> None:
        """A sentence in the page's banner ("ok" or "error"); the access log is refreshed with it."""
        self.messages.say(text, kind)
        self._load_log_if_visible()

    # -- internals -------------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        # "Saved." is no longer true after an edit; "fields need attention" goes with the last field error.
        self.messages.drop(PROFILE, ("ok", "info"))
        if not self.form.problems_shown():
            self.messages.drop(PROFILE, ("error",))
        self._show_state()

    def _show_state(self) -> None:
        profile = self.profile_panel.profile
        has_record = self.is_creating or profile is not None
        self.stack.show_state(has_record, self.opening_id is not None)
        dirty = has_record and self.is_dirty()
        # On the work tabs (goals, meetings, reflection, network, progress) their own buttons save.
        on_profile = self.tabs.currentWidget() not in self.tabs.work_panels()
        self.header.show_state(profile, self.is_creating, dirty, self.profile_panel.cpr_revealed, on_profile)
        self.handover.show_for(profile.id if profile else None)
        self.belief_and_handover.enable(profile is not None)
        # While a file is being read the tabs are out of sight: they keep their state (each change costs
        # about 2 ms), and are set when the file is shown.
        for panel in self.tabs.record_tabs() if has_record or not self.opening_id else ():
            index = self.tabs.indexOf(panel)
            if self.tabs.isTabEnabled(index) != (profile is not None):  # costly even when the same
                self.tabs.setTabEnabled(index, profile is not None)

    def _on_notes_changed(self) -> None:
        """A note was stored: the meetings to link reflections to, and the belief asked in it, change.
        The meetings are the notes panel's list, which holds the stored note already."""
        self.tabs.reflection_panel.offer_meetings(self.tabs.notes_panel.list_model.rows())
        self.belief_and_handover.note_stored()

    def _record_export(self, document: str) -> None:
        if self.citizen_id is not None:
            self._services.citizens.record_export(self.citizen_id, document)
            self._load_log_if_visible()

    def _toggle_status(self) -> None:
        profile = self.profile_panel.profile
        if profile is None or not self.can_leave():
            return
        if profile.is_closed:
            self._services.citizens.reopen_case(profile.id)
        elif self.confirm(self.tr("Close case"), self.tr("Close the case? It can be reopened later.")):
            self._services.citizens.close_case(profile.id)
        else:
            return
        self._show_file(self._loader.read_now(profile.id))
        self.saved.emit(profile.id)

    def _after_belief_or_handover(self, handed_over: bool) -> None:
        """The stored profile read again after a rating or a handover; typing stays."""
        citizen_id = self.citizen_id
        assert citizen_id is not None
        self.profile_panel.profile = self._services.citizens.open_citizen(citizen_id)
        self.belief_and_handover.show(self.profile_panel.profile)
        self._load_log_if_visible()
        self._show_state()
        if handed_over:
            self.saved.emit(citizen_id)

    def _on_tab_changed(self, _index: int) -> None:
        self._load_log_if_visible()
        self.belief_and_handover.load_beliefs_if_visible()
        self.messages.show_current()
        if self.citizen_id is not None and self.tabs.currentWidget().isAncestorOf(self.tabs.overview_panel):
            self.tabs.overview_panel.refresh()  # back from a tab where something may have changed
        self._show_state()

    def save_current_tab(self) -> bool:
        """Ctrl+S: the tab on show saves what its editor holds, or says there is nothing to save. On the
        profile's tabs that is the profile (with whatever else is being written, as the Save button does)."""
        if not self.is_creating and self.citizen_id is None:
            return True
        tab = self.tabs.currentWidget()
        editor = self.tabs.editor_of(tab)
        unsaved = self.is_creating or self.is_dirty() or any(p.is_dirty() for p in self.tabs.work_panels())
        if editor is None and unsaved:
            return self.save()
        if editor is not None and editor.is_dirty():
            return editor.save()
        self.messages.say(self.tr("Nothing to save on this tab: everything here is saved."), "info", tab)
        return True

    def _load_log_if_visible(self) -> None:
        if self.citizen_id is not None and self.tabs.currentWidget() is self.tabs.log_view:
            self.tabs.log_view.show_rows(self._services.citizens.access_log(self.citizen_id))

    def _confirm_dialog(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
