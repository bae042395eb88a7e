"""The profile of the citizen on show: its form (spread over three tabs of the page), the typing kept as
an encrypted draft and brought back, saving and undoing it, and the CPR number shown or copied (logged).

The citizen page hosts the tabs and the header's buttons; this panel holds what the profile is and
does, so the page need not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.citizen import (
    FUNCTION_FIELDS,
    HEALTH_FIELDS,
    OWN_WORDS,
    CitizenDraft,
    CitizenProfile,
    ValidationResult,
)
from desktop.domain.cpr import mask
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.citizens import CitizenService
from desktop.views.citizen.profile_form import ProfileForm
from desktop.views.formatting import format_date, format_time
from desktop.views.i18n import translate_error

AUTOSAVE_MS = 1500
Kept = tuple[dict, str]  # a draft's values and when it was kept


class ProfilePanel(QObject):
    """The profile being shown, created or edited.

    Signals:
        edited(): the form was typed in (the draft is kept a moment later).
        message(str, str, bool): a sentence for the page's banner, its kind, and whether it belongs to
            the profile's tabs (else to the tab on show).
    """

    edited = Signal()
    message = Signal(str, str, bool)

    def __init__(
        self,
        citizens: CitizenService,
        confirm: Callable[[str, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._citizens = citizens
        self._confirm = confirm  # the page's question, which tests answer
        self.profile: CitizenProfile | None = None
        self.creating = False
        self.cpr_revealed = False
        self.form = ProfileForm(parent)
        self.form.edited.connect(self._on_edited)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.stash_draft)

    # -- the two tabs of the page that only show the form -------------------------------------------

    def own_words_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        marker = QLabel(
            self.tr(
                "The citizen's own words: write what the citizen says, as they say it. The citizen defines the "
                "problems and how to handle them."
            )
        )
        marker.setObjectName("ownWordsMarker")
        marker.setWordWrap(True)
        layout.addWidget(marker)
        layout.addWidget(self.form.text_section(OWN_WORDS), 1)
        return tab

    def function_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.form.text_section(FUNCTION_FIELDS), 3)
        health = QLabel(
            self.tr("Health data (GDPR art. 9): record only what the work needs. Not included in search.")
        )
        health.setObjectName("healthMarker")
        health.setWordWrap(True)
        layout.addWidget(health)
        layout.addWidget(self.form.text_section(HEALTH_FIELDS), 1)
        return tab

    # -- which profile -------------------------------------------------------------------------------

    @property
    def citizen_id(self) -> str | None:
        return self.profile.id if self.profile else None

    def show_profile(self, profile: CitizenProfile, kept: Kept | None) -> None:
        """Show a stored profile, with the unsaved typing ``kept`` for it brought back."""
        self.profile, self.creating, self.cpr_revealed = profile, False, False
        self.load()
        self.restore(kept)

    def update_profile(self, profile: CitizenProfile) -> None:
        """The stored profile changed elsewhere (a sync): show it unless there is typing, which stays."""
        self.profile = profile
        if not self.is_dirty():
            self.load()

    def start_new(self, responsible: str) -> None:
        """An empty form for a new citizen (typing kept for a new citizen is brought back)."""
        self.profile, self.creating, self.cpr_revealed = None, True, True
        self.form.set_draft(CitizenDraft(responsible_caseworker=responsible), "")
        self.form.show_cpr("", editable=True)  # the previous citizen's field may have been masked
        self.form.responsible.setReadOnly(False)
        self.restore(self._citizens.load_profile_draft(None))

    def clear(self) -> None:
        """No profile (after locking; the form's contents are dropped)."""
        self.autosave.stop()
        self.profile, self.creating = None, False
        self.form.set_draft(CitizenDraft(), "")

    def load(self) -> None:
        """Put the stored profile in the form."""
        assert self.profile is not None
        draft = self.profile.draft
        self.form.set_draft(draft, draft.cpr if self.cpr_revealed else mask(draft.cpr))
        self.form.cpr.setReadOnly(not self.cpr_revealed and bool(draft.cpr))
        self.form.responsible.setReadOnly(True)

    # -- editing ---------------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        if not self.creating and self.profile is None:
            return False
        return self.form.is_dirty(self.stored_cpr())

    def stored_cpr(self) -> str | None:
        """The stored CPR number while the form shows it masked (the form then holds no real one)."""
        return self.profile.draft.cpr if self.profile and not self.cpr_revealed else None

    def store(self) -> str | None:
        """Validate and store the form (after asking about a CPR number another citizen has); the
        citizen's id, or ``None`` when nothing was stored (the reason is shown)."""
        draft = self.form.draft(self.stored_cpr())
        if draft.cpr.strip() and not self._not_duplicate(draft):
            return None
        try:
            if self.creating:
                citizen_id = self._citizens.create_citizen(draft)
            else:
                assert self.profile is not None
                citizen_id = self.profile.id
                self._citizens.update_citizen(citizen_id, draft)
        except InvalidInput as exc:
            self.form.show_problems(ValidationResult(list(exc.problems)))
            self.message.emit(self.tr("Some fields need attention; nothing was saved yet."), "error", True)
            return None
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error", False)
            return None
        self.autosave.stop()
        return citizen_id

    def discard_draft(self) -> None:
        """Forget the typing kept (the form is left as it is)."""
        self.autosave.stop()
        self._citizens.discard_profile_draft(self.citizen_id)

    def stash_draft(self) -> None:
        """Keep the unsaved edits inside the vault (autosave, and before an auto-lock)."""
        self.autosave.stop()
        if not self.is_dirty():
            return
        draft = self.form.draft(self.stored_cpr())
        values = {key: getattr(draft, key) for key in draft.__dataclass_fields__}
        values["next_follow_up"] = draft.next_follow_up.isoformat() if draft.next_follow_up else None
        try:
            self._citizens.save_profile_draft(self.citizen_id, values)
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error", False)

    def restore(self, stored: Kept | None) -> None:
        """Bring back the unsaved edits ``(values, saved_at)`` kept as a draft, if any."""
        if stored is None:
            return
        values, saved_at = stored
        values = dict(values)
        try:
            if "next_follow_up" in values:
                follow_up = values["next_follow_up"]
                values["next_follow_up"] = date.fromisoformat(follow_up) if follow_up else None
            fields = {k: v for k, v in values.items() if k in CitizenDraft.__dataclass_fields__}
            # A field the draft does not hold keeps its stored value (a draft from another version).
            draft = replace(self.profile.draft, **fields) if self.profile else CitizenDraft(**fields)
        except (TypeError, ValueError):
            return
        baseline = self.form.baseline()
        shown_cpr = draft.cpr if self.cpr_revealed or self.creating else mask(draft.cpr)
        if self.profile and draft.cpr != self.profile.draft.cpr:
            self.cpr_revealed = True
            shown_cpr = draft.cpr
        self.form.set_draft(draft, shown_cpr, baseline=baseline)
        moment = datetime.fromisoformat(saved_at).astimezone()
        self.message.emit(
            self.tr("Unsaved changes from %1 at %2 were brought back. Save them or undo them.")
            .replace("%1", format_date(moment))
            .replace("%2", format_time(moment)),
            "info",
            True,
        )

    # -- the CPR number ------------------------------------------------------------------------------

    def reveal_cpr(self) -> bool:
        """Show the full CPR number (logged); True when it was shown now."""
        if self.profile is None or self.cpr_revealed:
            return False
        full = self._citizens.reveal_cpr(self.profile.id)
        self.cpr_revealed = True
        self.form.show_cpr(full, editable=True)
        return True

    def copy_cpr(self) -> str | None:
        """The full CPR number to copy (logged), or ``None`` (there is none, or it could not be read)."""
        if self.profile is None or not self.profile.draft.cpr:
            return None
        try:
            return self._citizens.copy_cpr(self.profile.id)
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error", False)
            return None

    # -- internals -------------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self.edited.emit()
        self.autosave.start()

    def _not_duplicate(self, draft: CitizenDraft) -> bool:
        others = self._citizens.duplicates_of(draft.cpr, self.citizen_id)
        if not others:
            return True
        names = ", ".join(name for _id, name in others)
        return self._confirm(
            self.tr("Same CPR number"),
            self.tr("%1 already has this CPR number in your caseload. Save anyway?").replace("%1", names),
        )
