"""The three forms of the network tab: an actor's details, a new consent, a new contact log entry.

Each form only builds and reads its fields and shows problems under them; the panel talks to the
service. ``edited`` is emitted whenever a field changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.coordination import (
    ActorDraft,
    ActorRole,
    Channel,
    ConsentDraft,
    ConsentForm,
    ContactDraft,
    Direction,
    validate_actor,
    validate_consent,
    validate_contact,
)
from desktop.domain.validation import FieldProblem
from desktop.views.labels import CHANNELS, CONSENT_FORMS, DIRECTIONS, FIELDS, ROLES, label
from desktop.views.widgets.date_field import OptionalDateField
from desktop.views.widgets.field_errors import FieldErrors
from desktop.views.widgets.text_box import text_box
from desktop.views.widgets.text_limit import limit_fields

# The draft a dated entry form writes: a consent or a contact.
EntryDraft = TypeVar("EntryDraft", ConsentDraft, ContactDraft)

CONSENT_YEARS = 1  # a new consent is suggested to run for a year; the caseworker can change it


def _combo(table: Mapping[str, str], codes: list[str]) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(table, code), code)
    return combo


def _select(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(max(combo.findData(code), 0))


class EntryForm(QWidget):
    """What the three forms share: an ``edited`` signal and problems shown under their fields, which go
    as soon as the field is valid again, not at the next save."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.edited.connect(self.recheck_problems)

    def show_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Problems under their fields, the cursor in the first; returns those without a field here."""
        return self.errors.show(problems)

    def problems_now(self) -> list[FieldProblem]:
        """The problems of the fields as typed now (each form asks its domain rule)."""
        return []

    def recheck_problems(self, *_args: object) -> None:
        """An error on show goes when its field is valid (or says what is wrong now)."""
        if self.errors.shown():
            self.errors.recheck(self.problems_now())


class DatedEntry(EntryForm, Generic[EntryDraft]):
    """A new entry that is no draft at all until its date (the field ``date_key``) is given; the
    subclass reads its fields (``_typed``) and asks its domain rule (``_validate``)."""

    date_key = ""

    def draft(self, actor_id: str) -> EntryDraft | None:
        """The entry as typed, or ``None`` (with the problem shown) when its date is missing."""
        typed = self._typed(actor_id)
        if typed is None:
            self.errors.show([FieldProblem(self.date_key, "required")])
        return typed

    def problems_now(self) -> list[FieldProblem]:
        typed = self._typed("")
        return self._validate(typed) if typed else [FieldProblem(self.date_key, "required")]

    def _typed(self, actor_id: str) -> EntryDraft | None:
        raise NotImplementedError

    def _validate(self, typed: EntryDraft) -> list[FieldProblem]:
        raise NotImplementedError


class ActorForm(EntryForm):
    """An actor's organisation, role, person, phone, e-mail and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Psykiatrisk Center Nord, Netto Aalborg"))
        self.role = _combo(ROLES, [r.value for r in ActorRole])
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Name of the person you talk to"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notes = text_box(label(FIELDS, "notes"), self.tr("What this actor does for the citizen"), 56)
        self.notes.setMaximumHeight(110)
        limit_fields(
            "actor",
            {
                "organisation": self.organisation,
                "person": self.person,
                "phone": self.phone,
                "email": self.email,
                "notes": self.notes,
            },
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for key, widget in (
            ("organisation", self.organisation),
            ("role", self.role),
            ("person", self.person),
            ("phone", self.phone),
            ("email", self.email),
            ("notes", self.notes),
        ):
            widget.setAccessibleName(label(FIELDS, key))
            form.addRow(label(FIELDS, key), self.errors.wrap(key, widget))
        for line in (self.organisation, self.person, self.phone, self.email):
            line.textEdited.connect(self.edited)
        self.role.currentIndexChanged.connect(self.edited)
        self.notes.textChanged.connect(self.edited)
        self._baseline = self.draft()

    def draft(self) -> ActorDraft:
        """The actor as typed."""
        return ActorDraft(
            organisation=self.organisation.text().strip(),
            role=self.role.currentData(),
            person=self.person.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def set_draft(self, draft: ActorDraft | None) -> None:
        """Show a stored actor, or empty fields for a new one; that becomes the unchanged state."""
        draft = draft or ActorDraft(organisation="", role=ActorRole.OTHER.value)
        self.blockSignals(True)
        self.organisation.setText(draft.organisation)
        _select(self.role, draft.role)
        self.person.setText(draft.person)
        self.phone.setText(draft.phone)
        self.email.setText(draft.email)
        self.notes.setPlainText(draft.notes)
        self.blockSignals(False)
        self.errors.clear()
        self._baseline = self.draft()

    def is_dirty(self) -> bool:
        """Whether the fields differ from what was shown."""
        return self.draft() != self._baseline

    def problems_now(self) -> list[FieldProblem]:
        return validate_actor(self.draft())


class ConsentEntry(DatedEntry[ConsentDraft]):
    """A new specific consent: what, which way, why, on what basis, how, when, and for how long."""

    date_key = "given_on"

    def __init__(
        self, recorder: str, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._recorder = recorder
        self._today = today
        self.information = text_box(
            label(FIELDS, "information"),
            self.tr("e.g. the psychiatrist's statement on how many hours a week the citizen can work"),
            56,
        )
        self.information.setMaximumHeight(90)
        self.direction = _combo(DIRECTIONS, [d.value for d in Direction])
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. to plan a work placement with suitable hours"))
        self.legal_basis = QComboBox()
        self.legal_basis.setEditable(True)
        self.legal_basis.addItems(
            [
                self.tr("The citizen's consent (Retssikkerhedsloven § 11 c)"),
                self.tr("The citizen's consent (Forvaltningsloven § 28, stk. 2)"),
            ]
        )
        self.form = _combo(CONSENT_FORMS, [f.value for f in ConsentForm])
        self.recorded_by = QLineEdit()
        legal_basis_line = self.legal_basis.lineEdit()
        assert legal_basis_line is not None  # an editable combo box has its line edit
        limit_fields(
            "consent",
            {
                "information": self.information,
                "purpose": self.purpose,
                "legal_basis": legal_basis_line,
                "recorded_by": self.recorded_by,
            },
        )
        self.given_on = OptionalDateField(label(FIELDS, "given_on"))
        self.expires_on = OptionalDateField(label(FIELDS, "expires_on"))
        self.errors = FieldErrors(  # the generic-consent refusal needs its own words per field
            {
                ("information", "generic"): self.tr(
                    "Too general. A consent must name the information, e.g. 'the GP's statement on sleep and "
                    "medication'. 'All relevant information' is not a valid consent."
                ),
                ("purpose", "generic"): self.tr(
                    "Too general. Name what the information is for, e.g. 'to plan a work placement'. "
                    "'Case work' is not a purpose the citizen can take a stand on."
                ),
            }
        )
        hint = QLabel(
            self.tr(
                "A consent must be specific: which information, to or from whom, and for what. The citizen must "
                "be able to see what they agree to. A general consent is not valid."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(hint)
        for key, widget in (
            ("information", self.information),
            ("direction", self.direction),
            ("purpose", self.purpose),
            ("legal_basis", self.legal_basis),
            ("form", self.form),
            ("recorded_by", self.recorded_by),
            ("given_on", self.given_on),
            ("expires_on", self.expires_on),
        ):
            widget.setAccessibleName(label(FIELDS, key))
            layout.addRow(label(FIELDS, key), self.errors.wrap(key, widget))
        self.information.textChanged.connect(self.edited)
        self.purpose.textEdited.connect(self.edited)
        self.form.currentIndexChanged.connect(self._on_form_changed)
        # Fields that do not make the form "edited" still take their error away when put right.
        self.legal_basis.currentTextChanged.connect(self.recheck_problems)
        self.recorded_by.textEdited.connect(self.recheck_problems)
        self.form.currentIndexChanged.connect(self.recheck_problems)
        for date_field in (self.given_on, self.expires_on):
            date_field.dateChanged.connect(self.recheck_problems)
        self.clear()

    def clear(self) -> None:
        """Empty fields with today's date, a year's validity and the caseworker as recorder."""
        self.blockSignals(True)
        self.information.clear()
        self.purpose.clear()
        self.direction.setCurrentIndex(0)
        self.legal_basis.setCurrentIndex(0)
        self.form.setCurrentIndex(0)
        self.recorded_by.setText(self._recorder)
        today = self._today()
        self.given_on.set_value(today)
        self.expires_on.set_value(today.replace(year=today.year + CONSENT_YEARS) - timedelta(days=1))
        self.blockSignals(False)
        self.errors.clear()
        self._on_form_changed()

    def is_dirty(self) -> bool:
        """Whether a consent is being written."""
        return bool(self.information.toPlainText().strip() or self.purpose.text().strip())

    def _validate(self, typed: ConsentDraft) -> list[FieldProblem]:
        return validate_consent(typed, self._today())

    def _typed(self, actor_id: str) -> ConsentDraft | None:
        given_on = self.given_on.value()
        if given_on is None:
            return None
        oral = self.form.currentData() == ConsentForm.ORAL.value
        return ConsentDraft(
            actor_id=actor_id,
            information=self.information.toPlainText().strip(),
            direction=self.direction.currentData(),
            purpose=self.purpose.text().strip(),
            legal_basis=self.legal_basis.currentText().strip(),
            form=self.form.currentData(),
            given_on=given_on,
            recorded_by=self.recorded_by.text().strip() if oral else "",
            expires_on=self.expires_on.value(),
        )

    def _on_form_changed(self) -> None:
        # Only an oral consent needs a note of who heard it; a written one is its own record.
        self.recorded_by.setEnabled(self.form.currentData() == ConsentForm.ORAL.value)


class ContactEntry(DatedEntry[ContactDraft]):
    """A new contact log entry: when, how, what it was about and what information went which way."""

    date_key = "contacted_on"

    def __init__(self, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.contacted_on = OptionalDateField(label(FIELDS, "contacted_on"))
        self.channel = _combo(CHANNELS, [c.value for c in Channel])
        self.summary = text_box(label(FIELDS, "summary"), self.tr("What you talked about or agreed"), 56)
        self.shared = text_box(
            label(FIELDS, "shared"),
            self.tr("Which information was given or received. Leave empty if none was."),
            48,
        )
        self.summary.setMaximumHeight(110)
        limit_fields("contact_log", {"summary": self.summary, "shared": self.shared})
        self.shared.setMaximumHeight(80)
        self.direction = _combo(DIRECTIONS, [d.value for d in Direction])
        self.consent_state = QLabel()
        self.consent_state.setObjectName("consentState")
        self.consent_state.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, widget in (
            ("contacted_on", self.contacted_on),
            ("channel", self.channel),
            ("summary", self.summary),
            ("shared", self.shared),
            ("direction", self.direction),
        ):
            widget.setAccessibleName(label(FIELDS, key))
            layout.addRow(label(FIELDS, key), self.errors.wrap(key, widget))
        layout.addRow(self.consent_state)
        self.summary.textChanged.connect(self.edited)
        self.shared.textChanged.connect(self.edited)
        self.direction.currentIndexChanged.connect(self.edited)
        self.contacted_on.dateChanged.connect(self.edited)
        self.clear()

    def clear(self) -> None:
        """Empty fields dated today."""
        self.blockSignals(True)
        self.contacted_on.set_value(self._today())
        self.channel.setCurrentIndex(0)
        self.direction.setCurrentIndex(0)
        self.summary.clear()
        self.shared.clear()
        self.blockSignals(False)
        self.errors.clear()

    def is_dirty(self) -> bool:
        """Whether a contact is being written."""
        return bool(self.summary.toPlainText().strip() or self.shared.toPlainText().strip())

    def _validate(self, typed: ContactDraft) -> list[FieldProblem]:
        return validate_contact(typed, self._today())

    def _typed(self, actor_id: str) -> ContactDraft | None:
        contacted_on = self.contacted_on.value()
        if contacted_on is None:
            return None
        return ContactDraft(
            actor_id=actor_id,
            contacted_on=contacted_on,
            channel=self.channel.currentData(),
            summary=self.summary.toPlainText().strip(),
            shared=self.shared.toPlainText().strip(),
            direction=self.direction.currentData(),
        )

    def show_consent_state(self, text: str, kind: str) -> None:
        """Say whether a consent covers what is being shared (``kind`` "ok" or "warning")."""
        self.consent_state.setText(text)
        self.consent_state.setProperty("kind", kind)
        self.consent_state.style().unpolish(self.consent_state)
        self.consent_state.style().polish(self.consent_state)
