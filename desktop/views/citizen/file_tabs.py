"""The sections of a citizen's file as tabs, built in their order, and what the page asks of them."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.services.citizen_file import CitizenFile
from desktop.services.registry import Services
from desktop.views.citizen.access_log_tab import AccessLogTab
from desktop.views.citizen.belief_panel import BeliefPanel
from desktop.views.citizen.caseworker_panel import CaseworkerPanel
from desktop.views.citizen.coordination_panel import CoordinationPanel
from desktop.views.citizen.goals_panel import GoalsPanel
from desktop.views.citizen.notes_panel import NotesPanel
from desktop.views.citizen.overview_panel import OverviewPanel
from desktop.views.citizen.profile_panel import ProfilePanel
from desktop.views.citizen.progress_panel import ProgressPanel
from desktop.views.citizen.reflection_panel import ReflectionPanel
from desktop.views.citizen.tab_editor import TabEditor
from desktop.views.i18n import ui_language
from desktop.views.widgets.form_scroll import in_scroll_area
from desktop.views.widgets.section_tabs import SectionKeys, SectionTabs

PROFILE = "profile"  # where the profile's messages belong: its three tabs share them
WorkPanel = GoalsPanel | NotesPanel | ReflectionPanel | CoordinationPanel | ProgressPanel


class CitizenFileTabs(SectionTabs):
    """Overview, their own words, goals, meetings, reflection, network, progress, function, belief,
    caseworker and access log, in that order (Alt+1 … Alt+0 follow it).

    Signals:
    message(str, str, object): a sentence from a tab, its kind and the tab it belongs to.
    stored(): a tab stored something (the access log on show is read again).
    exported(str): a tab exported a document (its name, for the access log).
    edited_on(object): the person typed on this tab (its "saved" message no longer holds).
    """

    message = Signal(str, str, object)
    stored = Signal()
    exported = Signal(str)
    edited_on = Signal(object)

    def __init__(
        self,
        services: Services,
        profile_panel: ProfilePanel,
        caseworker: str,
        copy_to_clipboard: Callable[[str], None],
        confirm: Callable[[str, str], bool],
        opening: Callable[[], bool],
        owner: QWidget,
    ) -> None:
        super().__init__()
        self._opening = opening  # whether a file is being read (its sections may be chosen already)
        self.bar.setAccessibleName(self.tr("Sections of the citizen's file"))
        self.overview_panel = OverviewPanel(services.overview, profile_panel.form.overview_layout())
        self.overview_panel.setMaximumWidth(980)
        self.overview_panel.open_section.connect(self._open_from_overview)
        self.addTab(in_scroll_area(self.overview_panel), self.tr("&Overview"))
        self.addTab(profile_panel.own_words_tab(), self.tr("In their o&wn words"))
        self.goals_panel = GoalsPanel(services.goals)
        self.addTab(self.goals_panel, self.tr("&Goals and plan"))
        self.notes_panel = NotesPanel(
            services.notes, services.guides.load()[0], ui_language(), copy_to_clipboard=copy_to_clipboard
        )
        self.notes_panel.confirm = confirm
        self.addTab(self.notes_panel, self.tr("&Meetings"))
        self.reflection_panel = ReflectionPanel(
            services.reflections, services.notes, copy_to_clipboard=copy_to_clipboard
        )
        self.addTab(self.reflection_panel, self.tr("&Reflection"))
        self.notes_panel.peer_reflection_requested.connect(self._reflect_on_note)
        self.coordination_panel = CoordinationPanel(services.coordination, caseworker)
        self.coordination_panel.confirm = confirm
        self.coordination_panel.actors_changed.connect(self.goals_panel.editor.set_network_actors)
        self.addTab(self.coordination_panel, self.tr("&Network"))
        self.progress_panel = ProgressPanel(services.measurements)
        self.addTab(self.progress_panel, self.tr("Progr&ess"))
        self.function_tab = profile_panel.function_tab()
        self.addTab(self.function_tab, self.tr("&Function and accommodations"))
        self.belief_panel = BeliefPanel()
        self.addTab(self.belief_panel, self.tr("&Belief in a job"))
        self.caseworker_panel = CaseworkerPanel()
        self.addTab(self.caseworker_panel, self.tr("&Caseworker"))
        scale_titles = {scale.id: scale.title.get(ui_language()) for scale in services.measurements.scales()}
        self.log_view = AccessLogTab(scale_titles)
        self.addTab(self.log_view, self.tr("Access &log"))
        self._pass_on_signals()
        self.section_keys = SectionKeys(self, self.show_section, owner)

    def show_section(self, index: int) -> None:
        """Show section ``index`` of the file on show, or of the file being read once it comes (with the
        keyboard on its button)."""
        if self.isTabEnabled(index) or self._opening():
            self.setCurrentIndex(index)
            # Once the page is on show (a key from another page shows it after this).
            button = self.bar.button(index)
            QTimer.singleShot(0, button, lambda: button.setFocus(Qt.FocusReason.ShortcutFocusReason))

    def work_panels(self) -> tuple[WorkPanel, ...]:
        """The panels whose typing is saved together with the profile."""
        return (
            self.goals_panel,
            self.notes_panel,
            self.reflection_panel,
            self.coordination_panel,
            self.progress_panel,
        )

    def record_tabs(self) -> tuple[QWidget, ...]:
        """Tabs that need a stored citizen (not shown while a new citizen is being created)."""
        return (*self.work_panels(), self.belief_panel, self.caseworker_panel, self.log_view)

    def message_key(self, tab: object) -> Hashable:
        """Where a message said on ``tab`` belongs: the profile's three tabs (Overview, their own words,
        function) share theirs, every other tab has its own."""
        if isinstance(tab, str):
            return tab
        return PROFILE if tab is None or tab in (self.widget(0), self.widget(1), self.function_tab) else tab

    def editor_of(self, tab: QWidget) -> TabEditor | None:
        """What Ctrl+S saves on ``tab``; ``None`` on the profile's tabs (the profile is saved)."""
        editors: tuple[TabEditor, ...] = (
            *self.work_panels(),
            self.belief_panel,
            self.caseworker_panel,
            self.log_view,
        )
        return next((editor for editor in editors if editor is tab), None)

    def show_file(self, file: CitizenFile, keep_typing: bool = False) -> None:
        """Show a file just read in every tab but the profile's (with ``keep_typing``, after a sync: a
        tab being typed in keeps what it holds)."""
        self.overview_panel.show_file(file)
        self.coordination_panel.set_citizen_name(file.profile.draft.name)
        for panel in self.work_panels():
            if not (keep_typing and panel.is_dirty()):
                panel.show_file(file)

    def show_nothing(self) -> None:
        """No citizen's data left in the tabs (a new citizen, or after locking)."""
        for panel in self.work_panels():
            panel.set_citizen(None)
        self.overview_panel.set_citizen(None)
        self.log_view.show_rows([])

    def _pass_on_signals(self) -> None:
        for panel, tab in (
            (self.goals_panel, self.goals_panel),
            (self.notes_panel, self.notes_panel),
            (self.reflection_panel.log, self.reflection_panel),
            (self.reflection_panel.discretion, self.reflection_panel),
            (self.coordination_panel, self.coordination_panel),
            (self.progress_panel, self.progress_panel),
        ):
            panel.message.connect(lambda text, kind, tab=tab: self.message.emit(text, kind, tab))
            panel.changed.connect(lambda *_args: self.stored.emit())
        self.coordination_panel.exported.connect(self.exported)
        self.progress_panel.exported.connect(self.exported)
        edits = (
            (self.goals_panel, self.goals_panel.editor.edited),
            (self.notes_panel, self.notes_panel.editor.edited),
            (self.progress_panel, self.progress_panel.form.edited),
            (self.coordination_panel, self.coordination_panel.actor_form.edited),
            (self.coordination_panel, self.coordination_panel.consent_entry.edited),
            (self.coordination_panel, self.coordination_panel.contact_entry.edited),
            (self.belief_panel, self.belief_panel.edited),
        )
        for edited_tab, signal in edits:
            signal.connect(lambda *_args, tab=edited_tab: self.edited_on.emit(tab))
        for box in self.reflection_panel.discretion.findChildren(QPlainTextEdit):
            box.textChanged.connect(lambda: self.edited_on.emit(self.reflection_panel))

    def _open_from_overview(self, section: str) -> None:
        panels = {
            "goals": self.goals_panel,
            "meetings": self.notes_panel,
            "belief": self.belief_panel,
            "progress": self.progress_panel,
            "network": self.coordination_panel,
        }
        if section in panels:
            self.show_section(self.indexOf(panels[section]))

    def _reflect_on_note(self, note_id: str) -> None:
        """Start a reflection on a meeting note for peer reflection, in the Reflection tab."""
        self.reflection_panel.setCurrentWidget(self.reflection_panel.log)
        self.setCurrentWidget(self.reflection_panel)
        self.reflection_panel.log.start_from_note(note_id)
