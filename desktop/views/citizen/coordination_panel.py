"""The citizen's network: the actors around them (drawn as a map), the consents contacts rest on, and
the log of contacts with each actor.

Logging a contact that shares information no valid consent covers asks the caseworker first; going
ahead and declining are both recorded in the access log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.coordination import Consent, has_valid_consent
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.citizen_file import CitizenFile
from desktop.services.coordination import CoordinationService, StoredActor
from desktop.views.citizen.actor_list import ActorList
from desktop.views.citizen.actor_tabs import ConsentsTab, ContactsTab
from desktop.views.citizen.consent_warning import ask_sharing_choice
from desktop.views.citizen.coordination_forms import ActorForm
from desktop.views.citizen.coordination_texts import actor_title, consent_state
from desktop.views.citizen.network_map import NetworkMap
from desktop.views.citizen.network_meeting_panel import NetworkMeetingPanel
from desktop.views.citizen.outcome import Outcome
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.i18n import translate_error
from desktop.views.widgets.buttons import push_button, right_aligned
from desktop.views.widgets.caption import caption
from desktop.views.widgets.form_scroll import in_scroll_area
from desktop.views.widgets.picture_export import ask_png_path

DETAILS_TAB, CONSENTS_TAB, CONTACTS_TAB = range(3)


class CoordinationPanel(QWidget):
    """Signals:
    changed(): something was stored (the page refreshes the access log).
    message(str, str): a text for the page's banner and its kind.
    exported(str): a picture of the citizen's data was saved outside the vault (what it was).
    actors_changed(list): the names of the citizen's actors, after every reload (for the goal editor).
    """

    changed = Signal()
    message = Signal(str, str)
    exported = Signal(str)
    actors_changed = Signal(list)

    def __init__(
        self,
        coordination: CoordinationService,
        caseworker: str,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = coordination
        self._today = today
        self._citizen_id: str | None = None
        self._file: CitizenFile | None = None  # while showing a file just read: read nothing again
        self._citizen_name = ""
        self._actors: list[StoredActor] = []
        self._consents: list[Consent] = []
        self._consented: set[str] = set()  # actors a consent lets information flow with today
        self._actor_id: str | None = None
        # Questions go through these so tests can answer them.
        self.warn_without_consent: Callable[[str], object] = lambda actor: ask_sharing_choice(self, actor)
        self.confirm: Callable[[str, str], bool] = self._confirm_dialog
        self.choose_image_path: Callable[[str], str] = lambda suggested: ask_png_path(self, suggested)

        self.map = NetworkMap(self.export_map)
        self.network = self.map.view
        self.network.actor_clicked.connect(self.choose_actor)

        self.actor_list = ActorList()
        self.actor_list.currentItemChanged.connect(self._on_actor_chosen)
        self.new_button = push_button(self.tr("New ac&tor"), self.new_actor)
        self.new_button.setToolTip(self.tr("Add someone around the citizen (Ctrl+Shift+N)"))
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_actor)

        self.actor_form = ActorForm()
        self.save_actor_button = push_button(self.tr("Sa&ve actor"), self.save_actor)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.actor_form)
        details_layout.addLayout(right_aligned(self.save_actor_button))
        details_layout.addStretch(1)

        self.consents_tab = ConsentsTab(caseworker, today, self.record_consent, self.withdraw_consent)
        self.contacts_tab = ContactsTab(today, self.log_contact)
        self.consent_list, self.consent_entry = self.consents_tab.list, self.consents_tab.entry
        self.contact_entry = self.contacts_tab.entry
        self.contact_entry.edited.connect(self._show_consent_state)

        self.actor_tabs = QTabWidget()
        self.actor_tabs.setDocumentMode(True)
        self._scrolls = [in_scroll_area(tab) for tab in (details, self.consents_tab, self.contacts_tab)]
        for scroll, title in zip(
            self._scrolls, (self.tr("Details"), self.tr("Consents"), self.tr("Contact log")), strict=True
        ):
            self.actor_tabs.addTab(scroll, title)

        self.meetings = NetworkMeetingPanel(coordination, caseworker, today)
        self.meetings.message.connect(self.message)
        self.meetings.changed.connect(self._on_meeting_saved)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        list_head = QHBoxLayout()
        list_head.addWidget(caption(self.tr("Actors around the citizen")))
        list_head.addStretch(1)
        list_head.addWidget(self.new_button)
        right_layout.addLayout(list_head)
        right_layout.addWidget(self.actor_list)
        right_layout.addWidget(self.actor_tabs, 1)

        # The actors (with their consents and contacts) and the network meetings side by side as tabs.
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(right, self.tr("Actor&s"))
        self.side_tabs.addTab(in_scroll_area(self.meetings), self.tr("Networ&k meetings"))
        splitter = QSplitter()
        splitter.addWidget(self.map)
        splitter.addWidget(self.side_tabs)
        splitter.setSizes([560, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_actor(None)

    # -- the work-panel protocol the citizen page uses --------------------------------------------------

    def show_file(self, file: CitizenFile) -> None:
        """Show the network of a citizen's file as read, reading nothing again."""
        self._file = file
        try:
            self.set_citizen(file.citizen_id)
        finally:
            self._file = None

    def set_citizen(self, citizen_id: str | None) -> None:
        """Show a citizen's network (typing is kept for the same citizen)."""
        same = citizen_id == self._citizen_id
        if not same:
            self.discard()
        self._citizen_id = citizen_id
        self.meetings.set_citizen(citizen_id, self._citizen_name)  # shown by _reload, with the actors
        # The chosen actor survives a reload of the same citizen.
        self._reload(select=self._actor_id if same else None)

    def set_citizen_name(self, name: str) -> None:
        """The name in the middle of the map."""
        self._citizen_name = name
        self.meetings.set_citizen_name(name)
        self._draw_network()

    def is_dirty(self) -> bool:
        """Whether an actor, a consent or a contact is being written."""
        return (
            self.actor_form.is_dirty()
            or self.consent_entry.is_dirty()
            or self.contact_entry.is_dirty()
            or self.meetings.is_dirty()
        )

    def save(self) -> bool:
        """Store whatever is being written; False (with the reason shown) when something could not be."""
        if self._citizen_id is None:
            return True
        for dirty, store, tab in (
            (self.actor_form.is_dirty, self.save_actor, DETAILS_TAB),
            (self.consent_entry.is_dirty, self.record_consent, CONSENTS_TAB),
            (self.contact_entry.is_dirty, self.log_contact, CONTACTS_TAB),
        ):
            if dirty() and not store():
                self.side_tabs.setCurrentIndex(0)
                self.actor_tabs.setCurrentIndex(tab)
                return False
        if self.meetings.is_dirty() and not self.meetings.save():
            self.side_tabs.setCurrentIndex(1)
            return False
        return True

    def discard(self) -> None:
        """Forget what is being written."""
        actor = self._current_actor()
        self.actor_form.set_draft(actor.draft if actor else None)
        self.consent_entry.clear()
        self.contact_entry.clear()
        self.meetings.discard()

    # -- actors -------------------------------------------------------------------------------------------

    def choose_actor(self, actor_id: str) -> None:
        """Select an actor (from the map or a test)."""
        row = self.actor_list.row_of(actor_id)
        if row >= 0:
            self.actor_list.setCurrentRow(row)

    def new_actor(self) -> None:
        """Empty details for someone new; what was being written is stored first."""
        if self._citizen_id is None or not self.save():
            return
        self._select_quietly(None)
        self._show_actor(None)
        self.actor_tabs.setCurrentIndex(DETAILS_TAB)
        self.actor_form.organisation.setFocus()

    def save_actor(self) -> bool:
        """Add the actor being written, or store the changes to the chosen one."""
        if self._citizen_id is None:
            return False
        draft = self.actor_form.draft()
        try:
            if self._actor_id is None:
                actor_id = self._service.add_actor(self._citizen_id, draft)
            else:
                actor_id = self._actor_id
                self._service.update_actor(actor_id, draft)
        except InvalidInput as exc:
            self._problems(self.actor_form.show_problems(list(exc.problems)), DETAILS_TAB)
            return False
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return False
        self._reload(select=actor_id)
        self.message.emit(self.tr("%1 was saved.").replace("%1", actor_title(draft)), "ok")
        self.changed.emit()
        return True

    # -- consents ---------------------------------------------------------------------------------------

    def record_consent(self) -> bool:
        """Record the consent being written for the chosen actor; a generic one is refused with the reason."""
        if self._citizen_id is None or self._actor_id is None:
            return False
        return self._after(
            self.consents_tab.record(self._service, self._citizen_id, self._actor_id), CONSENTS_TAB
        )

    def withdraw_consent(self) -> None:
        """Withdraw the chosen consent from today, after asking."""
        if self._citizen_id is not None:
            self._after(self.consents_tab.withdraw(self._service, self._today(), self.confirm), CONSENTS_TAB)

    # -- contacts ---------------------------------------------------------------------------------------

    def log_contact(self) -> bool:
        """Log the contact being written; sharing without a valid consent asks first (``ContactsTab.log``)."""
        if self._citizen_id is None or self._actor_id is None:
            return False
        actor = self._current_actor()
        name = actor_title(actor.draft) if actor else ""
        outcome = self.contacts_tab.log(
            self._service, self._citizen_id, self._actor_id, name, self.warn_without_consent
        )
        return self._after(outcome, CONTACTS_TAB)

    def export_map(self) -> None:
        """Save the network map as a PNG where the person chooses (logged)."""
        if self._citizen_id is not None:
            outcome = self.map.save_picture(self.choose_image_path)
            if outcome.stored:
                self.exported.emit("network_map")
            if outcome.text:
                self.message.emit(outcome.text, outcome.kind)

    # -- internals ----------------------------------------------------------------------------------------

    def _reload(self, select: str | None) -> None:
        cid = self._citizen_id
        if self._file is not None:
            self._actors, self._consents = list(self._file.actors), list(self._file.consents)
        else:
            self._actors = self._service.actors(cid) if cid else []
            self._consents = self._service.consents(cid) if cid else []
        today = self._today()
        self._consented = {a.id for a in self._actors if has_valid_consent(self._consents, a.id, today)}
        self.actor_list.show_actors(self._actors, self._consented)
        self.meetings.set_actors([(a.id, actor_title(a.draft)) for a in self._actors])
        self.actors_changed.emit([actor_title(a.draft) for a in self._actors])
        self._show_meeting_count()
        self._draw_network()
        if (select is None or self.actor_list.row_of(select) < 0) and self._actors:
            select = self._actors[0].id
        self._show_actor(select)
        self._select_quietly(select)
        self.new_button.setEnabled(cid is not None)

    def _draw_network(self) -> None:
        self.map.show_network(self._citizen_name, self._actors, self._consented)

    def _on_meeting_saved(self) -> None:
        self._show_meeting_count()
        self.changed.emit()

    def _show_meeting_count(self) -> None:
        # attendees are shown by the actors' current names
        self.meetings.reload(list(self._file.network_meetings) if self._file is not None else None)
        count = self.meetings.meeting_count()
        self.side_tabs.setTabText(1, self.tr("Networ&k meetings (%1)").replace("%1", str(count)))

    def _current_actor(self) -> StoredActor | None:
        return next((a for a in self._actors if a.id == self._actor_id), None)

    def _on_actor_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        actor_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        if actor_id == self._actor_id:
            return
        previous_id, had_typing = self._actor_id, self.is_dirty()
        if not self.save():  # what was typed for the previous actor is stored, or the choice is undone
            self._select_quietly(previous_id)
            # A mouse press selects the clicked row after announcing it as current (and after any
            # question asked meanwhile, such as "Do not share"): undo that once the press is over, so the
            # list never shows another actor than the map, the form and the tabs.
            QTimer.singleShot(0, lambda: self._select_quietly(self._actor_id))
            return
        self._show_actor(actor_id)
        self._select_quietly(actor_id)  # saving rebuilt the list
        if not had_typing:
            self.message.emit("", "info")  # what the banner said was about the previous actor

    def _select_quietly(self, actor_id: str | None) -> None:
        """Show ``actor_id`` chosen in the list and on the map, without reacting to it."""
        self.actor_list.select_quietly(actor_id)
        self.network.set_selected(actor_id if self.actor_list.row_of(actor_id) >= 0 else None)

    def _show_actor(self, actor_id: str | None) -> None:
        self._actor_id = actor_id
        actor = self._current_actor()
        self.actor_form.set_draft(actor.draft if actor else None)
        self.save_actor_button.setText(self.tr("Sa&ve actor") if actor else self.tr("A&dd actor"))
        self.actor_form.setEnabled(self._citizen_id is not None)
        self.save_actor_button.setEnabled(self._citizen_id is not None)
        for tab in (CONSENTS_TAB, CONTACTS_TAB):
            self.actor_tabs.setTabEnabled(tab, actor is not None)
        if actor is None:
            self.actor_tabs.setCurrentIndex(DETAILS_TAB)
        self.network.set_selected(actor_id)
        self._fill_consents()
        self._fill_contacts()
        self._show_consent_state()

    def _fill_consents(self) -> None:
        mine = [c for c in self._consents if c.draft.actor_id == self._actor_id]
        self.consents_tab.show_consents(mine, self._today())
        self.actor_tabs.setTabText(CONSENTS_TAB, self.tr("Consents (%1)").replace("%1", str(len(mine))))

    def _fill_contacts(self) -> None:
        if self._file is not None and self._actor_id:
            contacts = self._file.contacts_with(self._actor_id)
        else:
            contacts = (
                self._service.contacts(self._citizen_id, self._actor_id)
                if self._citizen_id and self._actor_id
                else []
            )
        self.contacts_tab.show_contacts(contacts)
        self.actor_tabs.setTabText(
            CONTACTS_TAB, self.tr("Contact log (%1)").replace("%1", str(len(contacts)))
        )

    def _show_consent_state(self) -> None:
        if self._actor_id is None:
            return
        draft = self.contact_entry.draft(self._actor_id) if self.contact_entry.contacted_on.value() else None
        self.contact_entry.show_consent_state(*consent_state(self._consents, draft))

    def _after(self, outcome: Outcome, tab: int) -> bool:
        """What a tab stored: the network read again, then its message, then the page told."""
        if outcome.problems is not None:
            self._problems(outcome.problems, tab)
        if outcome.stored:
            self._reload(select=self._actor_id)
        if outcome.text:
            self.message.emit(outcome.text, outcome.kind)
        if outcome.stored or outcome.logged:
            self.changed.emit()
        return outcome.stored

    def _problems(self, left: list, tab: int) -> None:
        self.actor_tabs.setCurrentIndex(tab)
        focused = self.focusWidget()
        if focused is not None and self._scrolls[tab].isAncestorOf(focused):
            self._scrolls[tab].ensureWidgetVisible(focused)
        if left:
            self.message.emit(describe_problems(left), "error")

    def _confirm_dialog(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
