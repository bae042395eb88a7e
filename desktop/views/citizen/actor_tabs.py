"""The chosen actor's consents and contact log: two tabs of the network panel, each a list of what is
stored with the form for a new one below it. Each tab stores what its form holds and says how it went
(``Outcome``); the panel then reads the network again and passes the message on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.coordination import Consent
from desktop.errors import CaseNotesError, ConsentMissing, InvalidInput
from desktop.services.coordination import CoordinationService, StoredContact
from desktop.views.citizen.consent_warning import ALREADY_SHARED, DECLINE, as_choice
from desktop.views.citizen.coordination_forms import ConsentEntry, ContactEntry
from desktop.views.citizen.coordination_texts import contacts_html, describe_consent
from desktop.views.citizen.outcome import NOTHING, Outcome
from desktop.views.formatting import format_date
from desktop.views.i18n import translate_error
from desktop.views.widgets.buttons import push_button, right_aligned
from desktop.views.widgets.caption import caption

_STILL_VALID = Qt.ItemDataRole.UserRole + 1


class ConsentsTab(QWidget):
    """The actor's consents (a withdrawn one stays, marked), withdrawing one, and a new one."""

    def __init__(
        self,
        caseworker: str,
        today: Callable[[], date],
        record: Callable[[], object],
        withdraw: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Consents"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(110)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.withdraw_button = push_button(self.tr("Withdraw cons&ent…"), withdraw)
        self.entry = ConsentEntry(caseworker, today)
        self.record_button = push_button(self.tr("Record co&nsent"), record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right_aligned(self.withdraw_button))
        layout.addWidget(caption(self.tr("New consent")))
        layout.addWidget(self.entry)
        layout.addLayout(right_aligned(self.record_button))
        layout.addStretch(1)

    def show_consents(self, consents: Sequence[Consent], today: date) -> None:
        self.list.clear()
        for consent in consents:
            item = QListWidgetItem(describe_consent(consent, today))
            item.setData(Qt.ItemDataRole.UserRole, consent.id)
            item.setData(_STILL_VALID, consent.withdrawn_on is None)
            self.list.addItem(item)
        self._update_buttons()

    def record(self, service: CoordinationService, citizen_id: str, actor_id: str) -> Outcome:
        """Record the consent being written; a generic one is refused with the reason by its field."""
        draft = self.entry.draft(actor_id)
        if draft is None:
            return NOTHING
        try:
            service.record_consent(citizen_id, draft)
        except InvalidInput as exc:
            text = self.tr("The consent was not recorded. See the fields marked in red.")
            return Outcome(False, text, "error", problems=self.entry.show_problems(list(exc.problems)))
        except CaseNotesError as exc:
            return Outcome(False, translate_error(exc), "error")
        self.entry.clear()
        return Outcome(True, self.tr("The consent was recorded."), "ok")

    def withdraw(
        self, service: CoordinationService, today: date, confirm: Callable[[str, str], bool]
    ) -> Outcome:
        """Withdraw the chosen consent from ``today``, after asking."""
        consent_id = self.chosen()
        if consent_id is None or not confirm(
            self.tr("Withdraw consent"),
            self.tr("The citizen withdraws this consent. It stops covering contacts from today, %1.").replace(
                "%1", format_date(today)
            ),
        ):
            return NOTHING
        try:
            service.withdraw_consent(consent_id, today)
        except CaseNotesError as exc:
            return Outcome(False, translate_error(exc), "error")
        return Outcome(True, self.tr("The consent was withdrawn."), "ok")

    def chosen(self) -> str | None:
        """The id of the consent chosen in the list."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.withdraw_button.setEnabled(bool(item and item.data(_STILL_VALID)))


class ContactsTab(QWidget):
    """The contacts logged with the actor, newest first, and a new one."""

    def __init__(
        self, today: Callable[[], date], log: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.history = QTextBrowser()
        self.history.setAccessibleName(self.tr("Contact log"))
        self.history.setMaximumHeight(130)
        self.entry = ContactEntry(today)
        self.log_button = push_button(self.tr("Log cont&act"), log)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history)
        layout.addWidget(caption(self.tr("New contact")))
        layout.addWidget(self.entry)
        layout.addLayout(right_aligned(self.log_button))
        layout.addStretch(1)

    def show_contacts(self, contacts: Sequence[StoredContact]) -> None:
        self.history.setHtml(contacts_html(list(contacts)))

    def log(
        self,
        service: CoordinationService,
        citizen_id: str,
        actor_id: str,
        actor_name: str,
        warn: Callable[[str], object],
    ) -> Outcome:
        """Log the contact being written. Sharing without a valid consent asks first (``warn``): on
        another legal basis, already shared (flagged, with the reason), or not at all; every answer is
        recorded. Declining keeps the entry, so it can be corrected or logged after a consent."""
        draft = self.entry.draft(actor_id)
        if draft is None:
            return NOTHING
        try:
            try:
                service.log_contact(citizen_id, draft)
                done, kind = self.tr("The contact was logged."), "ok"
            except ConsentMissing:
                choice = as_choice(warn(actor_name))
                if choice.kind == DECLINE:
                    service.decline_sharing(citizen_id, actor_id)
                    declined = self.tr(
                        "Nothing was logged as shared, and your choice is in the access log. Record a "
                        "consent first, or remove the shared information from the contact."
                    )
                    return Outcome(False, declined, "info", logged=True)
                if choice.kind == ALREADY_SHARED:
                    service.log_contact(citizen_id, draft, already_shared_reason=choice.reason)
                    done = self.tr(
                        "The contact was logged, marked as shared without consent, with your reason."
                    )
                else:
                    service.log_contact(citizen_id, draft, go_ahead_without_consent=True)
                    done = self.tr(
                        "The contact was logged. That information was shared without consent is recorded."
                    )
                kind = "warning"
        except InvalidInput as exc:
            return Outcome(False, problems=self.entry.show_problems(list(exc.problems)))
        except CaseNotesError as exc:
            return Outcome(False, translate_error(exc), "error")
        self.entry.clear()
        return Outcome(True, done, kind)
