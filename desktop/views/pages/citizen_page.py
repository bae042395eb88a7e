"""One citizen's working file: overview, the citizen's own words, function, belief, caseworker, log.

Edits are tracked against what was loaded: "Undo changes" goes back to it, leaving the page asks
before unsaved edits are lost, and typing is autosaved as an encrypted draft inside the vault so a
crash or an auto-lock loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.citizen import (
    CitizenProfile,
    Rater,
)
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.citizen_file import CitizenFile
from desktop.services.registry import Services
from desktop.views.citizen.belief_panel import BeliefPanel
from desktop.views.citizen.caseworker_panel import CaseworkerPanel
from desktop.views.citizen.citizen_header import CitizenHeader
from desktop.views.citizen.coordination_panel import CoordinationPanel
from desktop.views.citizen.file_loader import FileLoader
from desktop.views.citizen.goals_panel import GoalsPanel
from desktop.views.citizen.notes_panel import NotesPanel
from desktop.views.citizen.overview_panel import OverviewPanel
from desktop.views.citizen.plan_export import PlanExport
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.citizen.profile_panel import ProfilePanel
from desktop.views.citizen.progress_panel import ProgressPanel
from desktop.views.citizen.reflection_panel import ReflectionPanel
from desktop.views.citizen.tab_editor import TabEditor
from desktop.views.clipboard import SensitiveClipboard
from desktop.views.i18n import translate_error, ui_language
from desktop.views.models.access_log_model import AccessLogModel
from desktop.views.operation import OperationRunner
from desktop.views.pages.page import Page
from desktop.views.widgets.banner import Banner
from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.form_scroll import in_scroll_area
from desktop.views.widgets.section_tabs import SectionKeys, SectionTabs
from desktop.views.widgets.tab_messages import TabMessages

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
PROFILE = "profile"  # where the profile's messages belong: its three tabs share them


class _ShowsOnly:
    """The editor of a tab that only shows (the access log): nothing is ever unsaved there."""

    def is_dirty(self) -> bool:
        return False

    def save(self) -> bool:
        return True


_NOTHING_TO_SAVE = _ShowsOnly()


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
        self._beliefs_stale = False  # a note was stored since the belief ratings were shown
        # Opening reads the whole file in the background; only the last request's result is shown.
        self._loader = FileLoader(services.citizen_file, runner, self)
        self._loader.opened.connect(self._show_file)
        self._loader.failed.connect(self._open_failed)
        self._loader.reread.connect(self._redraw)
        # Questions go through these so tests (and later, other front ends) can answer them.
        self.confirm: Callable[[str, str], bool] = self._confirm_dialog
        self.ask_unsaved: Callable[[], str] = self._unsaved_dialog

        self.profile_panel = ProfilePanel(
            services.citizens, lambda title, text: self.confirm(title, text), self
        )
        self.profile_panel.edited.connect(self._on_edited)
        self.profile_panel.message.connect(
            lambda text, kind, profile: self._show_banner(text, kind, PROFILE if profile else None)
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
        )
        # The banner's room is always kept, so a message coming or going never moves the page.
        self.banner_room = Banner(self)
        self.banner = self.banner_room.label
        self.body.addWidget(self.banner_room)

        self.tabs = SectionTabs()
        self.tabs.bar.setAccessibleName(self.tr("Sections of the citizen's file"))
        self.tabs.addTab(in_scroll_area(self._overview_tab()), self.tr("&Overview"))
        self.tabs.addTab(self.profile_panel.own_words_tab(), self.tr("In their o&wn words"))
        self.goals_panel = GoalsPanel(services.goals)
        self.tabs.addTab(self.goals_panel, self.tr("&Goals and plan"))
        self.notes_panel = NotesPanel(
            services.notes, services.guides.load()[0], ui_language(), copy_to_clipboard=clipboard.copy
        )
        self.notes_panel.confirm = lambda title, text: self.confirm(title, text)
        self.tabs.addTab(self.notes_panel, self.tr("&Meetings"))
        self.reflection_panel = ReflectionPanel(
            services.reflections, services.notes, copy_to_clipboard=clipboard.copy
        )
        self.tabs.addTab(self.reflection_panel, self.tr("&Reflection"))
        self.notes_panel.peer_reflection_requested.connect(self._reflect_on_note)
        # The caseworker's name as set in Settings ("Dig på borgerens plan"), else the computer's user name.
        caseworker = self._plan_contact().get("name", "").strip() or services.session.vault.actor
        self.coordination_panel = CoordinationPanel(services.coordination, caseworker)
        self.coordination_panel.confirm = lambda title, text: self.confirm(title, text)
        self.coordination_panel.exported.connect(self._record_export)
        self.coordination_panel.actors_changed.connect(self.goals_panel.editor.set_network_actors)
        self.tabs.addTab(self.coordination_panel, self.tr("&Network"))
        self.progress_panel = ProgressPanel(services.measurements)
        self.progress_panel.exported.connect(self._record_export)
        self.plan_export = PlanExport(
            services.goals, self.progress_panel.plan_charts, self._plan_contact, self
        )
        self.tabs.addTab(self.progress_panel, self.tr("Progr&ess"))
        for panel, tab in (
            (self.goals_panel, self.goals_panel),
            (self.notes_panel, self.notes_panel),
            (self.reflection_panel.log, self.reflection_panel),
            (self.reflection_panel.discretion, self.reflection_panel),
            (self.coordination_panel, self.coordination_panel),
            (self.progress_panel, self.progress_panel),
        ):
            panel.message.connect(lambda text, kind, tab=tab: self._show_banner(text, kind, tab))
            panel.changed.connect(self._load_log_if_visible)
        self.notes_panel.changed.connect(self._on_notes_changed)
        self._function_index = self.tabs.addTab(
            self.profile_panel.function_tab(), self.tr("&Function and accommodations")
        )
        self.belief_panel = BeliefPanel()
        self.belief_panel.rating_entered.connect(self._rate_belief)
        self.tabs.addTab(self.belief_panel, self.tr("&Belief in a job"))
        self.caseworker_panel = CaseworkerPanel()
        self.caseworker_panel.handover_requested.connect(self._hand_over)
        self.tabs.addTab(self.caseworker_panel, self.tr("&Caseworker"))
        self._watch_edits()
        self.log_model = AccessLogModel(self)
        self.log_model.set_scale_titles(
            {scale.id: scale.title.get(ui_language()) for scale in services.measurements.scales()}
        )
        self.log_view = QTableView()
        self.log_view.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move in it
        self.log_view.setModel(self.log_model)
        self.log_view.verticalHeader().setVisible(False)
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.log_view.setColumnWidth(0, 150)
        self.log_view.setColumnWidth(1, 140)
        self.log_view.setColumnWidth(2, 260)
        self.log_view.setAccessibleName(self.tr("Access log"))
        self.tabs.addTab(self.log_view, self.tr("Access &log"))
        # A message belongs to the tab it was said on (the three tabs of the profile share theirs).
        self.messages = TabMessages(self.banner_room, self.tabs.currentWidget, self._message_key)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        keys = SectionKeys(self.tabs, self.show_section, self)
        self.section_actions, self.next_section_action, self.previous_section_action = (
            keys.sections,
            keys.next,
            keys.previous,
        )

        self.empty = EmptyState(
            "citizen.svg",
            self.tr("No citizen chosen"),
            self.tr(
                "Choose a citizen in the caseload to see the profile in their own words, belief in a job, "
                "the responsible caseworker and who has looked at the record."
            ),
        )
        self.record = QWidget()
        record_layout = QVBoxLayout(self.record)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.setSpacing(8)
        record_layout.addWidget(self.tabs.bar)
        record_layout.addWidget(self.tabs, 1)
        self.opening_state = EmptyState(
            "citizen.svg", self.tr("Opening the citizen's file…"), self.tr("Just a moment.")
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.record)
        self.stack.addWidget(self.opening_state)
        self.body.addWidget(self.stack, 1)

        self._show_state()

    # -- building ------------------------------------------------------------------------------------

    def show_section(self, index: int) -> None:
        """Show section ``index`` of the file on show, or of the file being read once it comes (with the
        keyboard on its button)."""
        if self.tabs.isTabEnabled(index) or self.opening_id is not None:
            self.tabs.setCurrentIndex(index)
            # Once the page is on show (a key from another page shows it after this).
            button = self.tabs.bar.button(index)
            QTimer.singleShot(0, button, lambda: button.setFocus(Qt.FocusReason.ShortcutFocusReason))

    def _overview_tab(self) -> QWidget:
        """What matters today (each line leads to its tab), above the profile's key fields."""
        self.overview_panel = OverviewPanel(self._services.overview, self.form.overview_layout())
        self.overview_panel.setMaximumWidth(980)
        self.overview_panel.open_section.connect(self._open_from_overview)
        return self.overview_panel

    def _open_from_overview(self, section: str) -> None:
        panels = {
            "goals": self.goals_panel,
            "meetings": self.notes_panel,
            "belief": self.belief_panel,
            "progress": self.progress_panel,
            "network": self.coordination_panel,
        }
        if section in panels:
            self.show_section(self.tabs.indexOf(panels[section]))

    # -- which citizen -------------------------------------------------------------------------------

    # The profile on show, and whether it is being created or its CPR number is shown, are the profile
    # panel's; the page reads them through these.
    @property
    def _profile(self) -> CitizenProfile | None:
        return self.profile_panel.profile

    @_profile.setter
    def _profile(self, profile: CitizenProfile | None) -> None:
        self.profile_panel.profile = profile

    @property
    def _creating(self) -> bool:
        return self.profile_panel.creating

    @_creating.setter
    def _creating(self, creating: bool) -> None:
        self.profile_panel.creating = creating

    @property
    def _cpr_revealed(self) -> bool:
        return self.profile_panel.cpr_revealed

    @property
    def _autosave(self) -> QTimer:
        return self.profile_panel.autosave

    @property
    def citizen_id(self) -> str | None:
        """The citizen on show (``None`` when empty or creating)."""
        return self._profile.id if self._profile else None

    @property
    def is_creating(self) -> bool:
        """Whether the page holds a citizen not yet saved."""
        return self._creating

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
        self._autosave.stop()
        self._profile = None
        self._creating = False
        self.messages.forget()  # they may name the citizen shown before
        self._loader.open(citizen_id)
        self.tabs.setCurrentIndex(0)
        self._show_state()

    def on_changed(self, entity: str, ids: tuple) -> None:
        """From the change bus: a sync round that touched the open citizen has their file read again."""
        self._loader.note_change(entity, ids, self.citizen_id)

    def _open_failed(self, exc: BaseException) -> None:
        self._show_state()
        if isinstance(exc, CaseNotesError):
            self._show_banner(translate_error(exc), "error")
        else:
            self._show_banner(self.tr("The citizen's file could not be opened."), "error")

    def _show_file(self, file: CitizenFile) -> None:
        """Show a file just read: the profile (with its unsaved edits brought back) and every panel."""
        self.messages.forget()
        self.profile_panel.show_profile(file.profile, file.profile_draft())
        self._load_record()
        self.overview_panel.show_file(file)
        self.coordination_panel.set_citizen_name(file.profile.draft.name)
        for panel in self._work_panels():
            panel.show_file(file)
        if self.notes_panel.restored_draft:
            self.tabs.setCurrentWidget(self.notes_panel)
        self._show_state()

    def _redraw(self, file: CitizenFile) -> None:
        """The open citizen's file read again after a sync: redrawn, typing left as it is."""
        if self._profile is None or file.citizen_id != self._profile.id:
            return
        self.profile_panel.update_profile(file.profile)
        self._load_log_if_visible()
        if not self.belief_panel.is_dirty():
            self.belief_panel.set_entries(file.profile.beliefs)
        if not self.caseworker_panel.is_dirty():
            self.caseworker_panel.set_state(file.profile.draft.responsible_caseworker, file.profile.handovers)
        self.overview_panel.show_file(file)
        self.coordination_panel.set_citizen_name(file.profile.draft.name)
        for panel in self._work_panels():
            if not panel.is_dirty():
                panel.show_file(file)
        self._show_state()

    def start_new(self) -> None:
        """An empty form for a new citizen."""
        self._loader.cancel()  # a file still being read is not shown over the new citizen
        self.messages.forget()
        self.profile_panel.start_new(self._services.session.vault.actor)
        for panel in self._work_panels():
            panel.set_citizen(None)
        self.overview_panel.set_citizen(None)
        self.tabs.setCurrentIndex(0)
        self._show_state()
        self.form.name.setFocus()

    def clear(self) -> None:
        """Show nothing (after locking; the form's contents are dropped)."""
        self._autosave.stop()
        self._loader.cancel()  # a file still being read is not shown
        self.profile_panel.clear()
        for panel in self._work_panels():
            panel.set_citizen(None)
        self.overview_panel.set_citizen(None)  # no citizen's data left on screen after locking
        self.log_model.set_rows([])
        self.messages.forget()  # they may name the citizen
        self._show_state()

    # -- editing ---------------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether there are unsaved edits."""
        return self.profile_panel.is_dirty()

    def save(self) -> bool:
        """Validate and store the profile and the note being written; True when saved (or nothing to)."""
        if not self._creating and self._profile is None:
            return True
        for panel in self._work_panels():
            if not panel.save():
                self.tabs.setCurrentWidget(panel)
                return False
        if not self._creating and not self.is_dirty():
            return True
        citizen_id = self.profile_panel.store()
        if citizen_id is None:
            return False
        self._show_file(self._loader.read_now(citizen_id))  # after a write: at once
        self._show_banner(self.tr("Saved."), "ok", PROFILE)
        self.saved.emit(citizen_id)
        return True

    def revert(self) -> None:
        """Throw away unsaved edits (after asking) and show the stored values again."""
        if not self.is_dirty():
            return
        if not self.confirm(self.tr("Undo changes"), self.tr("Throw away the changes you have not saved?")):
            return
        self.profile_panel.discard_draft()
        if self._creating:
            self.start_new()
        else:
            self.profile_panel.load()
            self._load_record()
            self.messages.forget()
            self._show_state()

    def can_leave(self) -> bool:
        """Ask what to do with unsaved edits; False means: stay on this citizen."""
        if not self.is_dirty() and not any(panel.is_dirty() for panel in self._work_panels()):
            return True
        answer = self.ask_unsaved()
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            for panel in self._work_panels():
                panel.discard()
            self.profile_panel.discard_draft()
            self.form.set_draft(self.form.baseline(), self.form.cpr.text())
            self._show_state()
            return True
        return False

    def stash_draft(self) -> None:
        """Keep the unsaved edits inside the vault (autosave, and before an auto-lock)."""
        self.notes_panel.stash_draft()
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
        if self._profile is None:
            return
        said = self.plan_export.export(self._profile.id, self._profile.draft.name)
        if said is not None:
            self._show_banner(*said)
            self._load_log_if_visible()

    def _request_access_export(self, fmt: str) -> None:
        if self._profile is not None and self.can_leave():
            self.access_export_requested.emit(self._profile.id, self._profile.draft.name, fmt)

    def _request_erase(self) -> None:
        if self._profile is not None:
            self.erase_requested.emit(self._profile.id, self._profile.draft.name)

    def show_message(self, text: str, kind: str) -> None:
        """A sentence in the page's banner ("ok" or "error"); the access log is refreshed with it."""
        self._show_banner(text, kind)
        self._load_log_if_visible()

    # -- internals -------------------------------------------------------------------------------------

    def _load_record(self) -> None:
        """The belief ratings, the caseworker and the access log of the profile on show."""
        assert self._profile is not None
        draft = self._profile.draft
        self.belief_panel.set_entries(self._profile.beliefs)
        self.caseworker_panel.set_state(draft.responsible_caseworker, self._profile.handovers)
        self._load_log_if_visible()

    def _on_edited(self) -> None:
        # "Saved." is no longer true after an edit; "fields need attention" goes with the last field error.
        self.messages.drop(PROFILE, ("ok", "info"))
        if not self.form.problems_shown():
            self.messages.drop(PROFILE, ("error",))
        self._show_state()

    def _show_state(self) -> None:
        has_record = self._creating or self._profile is not None
        shown = self.record if has_record else self.opening_state if self.opening_id else self.empty
        self.stack.setCurrentWidget(shown)
        dirty = has_record and self.is_dirty()
        # On the work tabs (goals, meetings, reflection, network, progress) their own buttons save.
        on_profile = self.tabs.currentWidget() not in self._work_panels()
        self.header.show_state(self._profile, self._creating, dirty, self._cpr_revealed, on_profile)
        self.caseworker_panel.setEnabled(self._profile is not None)
        self.belief_panel.setEnabled(self._profile is not None)
        # While a file is being read the tabs are out of sight: they keep their state (each change costs
        # about 2 ms), and are set when the file is shown.
        for panel in self._record_tabs() if has_record or not self.opening_id else ():
            index = self.tabs.indexOf(panel)
            if self.tabs.isTabEnabled(index) != (self._profile is not None):  # costly even when the same
                self.tabs.setTabEnabled(index, self._profile is not None)

    def _record_tabs(self) -> tuple[QWidget, ...]:
        """Tabs that need a stored citizen (not shown while a new citizen is being created)."""
        return (*self._work_panels(), self.belief_panel, self.caseworker_panel, self.log_view)

    def _work_panels(
        self,
    ) -> tuple[GoalsPanel | NotesPanel | ReflectionPanel | CoordinationPanel | ProgressPanel, ...]:
        """The panels whose typing is saved together with the profile."""
        return (
            self.goals_panel,
            self.notes_panel,
            self.reflection_panel,
            self.coordination_panel,
            self.progress_panel,
        )

    def _on_notes_changed(self) -> None:
        """A note was stored: the meetings to link reflections to, and the belief asked in it, change.
        The meetings are the notes panel's list, which holds the stored note already."""
        self.reflection_panel.offer_meetings(self.notes_panel.list_model.rows())
        self._beliefs_stale = True  # read when their tab is shown, not at every save on another tab
        self._load_beliefs_if_visible()

    def _load_beliefs_if_visible(self) -> None:
        if self._beliefs_stale and self.citizen_id is not None and self.belief_panel.isVisible():
            self._beliefs_stale = False
            self.belief_panel.set_entries(tuple(self._services.notes.beliefs(self.citizen_id)))

    def _reflect_on_note(self, note_id: str) -> None:
        """Start a reflection on a meeting note for peer reflection, in the Reflection tab."""
        self.reflection_panel.setCurrentWidget(self.reflection_panel.log)
        self.tabs.setCurrentWidget(self.reflection_panel)
        self.reflection_panel.log.start_from_note(note_id)

    def _record_export(self, document: str) -> None:
        if self._profile is not None:
            self._services.citizens.record_export(self._profile.id, document)
            self._load_log_if_visible()

    def _show_banner(self, text: str, kind: str, tab: QWidget | str | None = None) -> None:
        """Say ``text`` on ``tab`` (the tab on show by default); it is on show while that tab is."""
        self.messages.say(text, kind, tab)

    def _message_key(self, tab: object) -> Hashable:
        """The profile's three tabs share their messages; every other tab has its own."""
        if isinstance(tab, str):
            return tab
        profile_tabs = (self.tabs.widget(0), self.tabs.widget(1), self.tabs.widget(self._function_index))
        return PROFILE if tab is None or tab in profile_tabs else tab  # type: ignore[return-value]

    def _watch_edits(self) -> None:
        """An edit on a tab takes away its "saved" or "nothing to save" message."""
        edits = (
            (self.goals_panel, self.goals_panel.editor.edited),
            (self.notes_panel, self.notes_panel.editor.edited),
            (self.progress_panel, self.progress_panel.form.edited),
            (self.coordination_panel, self.coordination_panel.actor_form.edited),
            (self.coordination_panel, self.coordination_panel.consent_entry.edited),
            (self.coordination_panel, self.coordination_panel.contact_entry.edited),
            (self.belief_panel, self.belief_panel.edited),
        )
        for tab, signal in edits:
            signal.connect(lambda *_args, tab=tab: self.messages.drop(tab, ("ok", "info")))
        for box in self.reflection_panel.discretion.findChildren(QPlainTextEdit):
            box.textChanged.connect(lambda: self.messages.drop(self.reflection_panel, ("ok", "info")))

    def _toggle_status(self) -> None:
        if self._profile is None or not self.can_leave():
            return
        if self._profile.is_closed:
            self._services.citizens.reopen_case(self._profile.id)
        elif self.confirm(self.tr("Close case"), self.tr("Close the case? It can be reopened later.")):
            self._services.citizens.close_case(self._profile.id)
        else:
            return
        self._show_file(self._loader.read_now(self._profile.id))
        self.saved.emit(self._profile.id)

    def _rate_belief(self, rater: str, value: int, rated_on: object, comment: str) -> None:
        if self._profile is None:
            return
        try:
            self._services.citizens.rate_belief(self._profile.id, Rater(rater), value, rated_on, comment)  # type: ignore[arg-type]
        except InvalidInput as exc:
            self._show_banner(describe_problems(list(exc.problems)), "error")
            return
        self._reload_keeping_edits()

    def _hand_over(self, to_caseworker: str, on: object, reason: str) -> None:
        if self._profile is None:
            return
        try:
            self._services.citizens.hand_over(self._profile.id, to_caseworker, on, reason)  # type: ignore[arg-type]
        except InvalidInput as exc:
            self._show_banner(describe_problems(list(exc.problems)), "error")
            return
        except CaseNotesError as exc:
            self._show_banner(translate_error(exc), "error")
            return
        self._reload_keeping_edits()
        self.saved.emit(self._profile.id)

    def _reload_keeping_edits(self) -> None:
        assert self._profile is not None
        self._profile = self._services.citizens.open_citizen(self._profile.id)
        self.belief_panel.set_entries(self._profile.beliefs)
        self.caseworker_panel.set_state(self._profile.draft.responsible_caseworker, self._profile.handovers)
        self._load_log_if_visible()
        self._show_state()

    def _on_tab_changed(self, _index: int) -> None:
        self._load_log_if_visible()
        self._load_beliefs_if_visible()
        self.messages.show_current()
        if self._profile is not None and self.tabs.currentWidget().isAncestorOf(self.overview_panel):
            self.overview_panel.refresh()  # back from a tab where something may have changed
        self._show_state()

    # -- Ctrl+S ------------------------------------------------------------------------------------------

    def save_current_tab(self) -> bool:
        """Ctrl+S: the tab on show saves what its editor holds, or says there is nothing to save. On the
        profile's tabs that is the profile (with whatever else is being written, as the Save button does)."""
        if not self._creating and self._profile is None:
            return True
        tab = self.tabs.currentWidget()
        editor = self._tab_editor(tab)
        if editor is None:
            if self._creating or self.is_dirty() or any(p.is_dirty() for p in self._work_panels()):
                return self.save()
        elif editor.is_dirty():
            return editor.save()
        self._show_banner(self.tr("Nothing to save on this tab: everything here is saved."), "info", tab)
        return True

    def _tab_editor(self, tab: QWidget) -> TabEditor | None:
        """The editor of a tab; ``None`` for the profile's tabs; a tab that only shows has none to save."""
        editors: dict[QWidget, TabEditor] = {
            panel: panel for panel in (*self._work_panels(), self.belief_panel, self.caseworker_panel)
        }
        if tab is self.log_view:
            return _NOTHING_TO_SAVE
        return editors.get(tab)

    def _load_log_if_visible(self) -> None:
        if self._profile is not None and self.tabs.currentWidget() is self.log_view:
            self.log_model.set_rows(self._services.citizens.access_log(self._profile.id))
            self.log_view.resizeRowsToContents()  # a long detail wraps onto a second line

    def _confirm_dialog(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _unsaved_dialog(self) -> str:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(
            self.tr("You have changed %1 without saving.").replace("%1", self.title_label.text().rstrip(" *"))
        )
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL
