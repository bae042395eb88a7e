"""What the Belief and Caseworker tabs ask for: a rating stored, a handover recorded, both kept current."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from desktop.domain.citizen import CitizenProfile, Rater
from desktop.errors import CaseNotesError, InvalidInput
from desktop.services.registry import Services
from desktop.views.citizen.file_tabs import CitizenFileTabs
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.i18n import translate_error


class BeliefAndHandover(QObject):
    """Stores the rating or handover entered on the Belief and Caseworker tabs of the citizen on show.

    Signals:
    message(str, str): what went wrong, and its kind ("error").
    stored(bool): something was stored; True when the responsible caseworker changed.
    """

    message = Signal(str, str)
    stored = Signal(bool)

    def __init__(
        self,
        services: Services,
        tabs: CitizenFileTabs,
        citizen_id: Callable[[], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._citizens = services.citizens
        self._notes = services.notes
        self._belief = belief = tabs.belief_panel
        self._caseworker = caseworker = tabs.caseworker_panel
        self._citizen_id = citizen_id
        self._beliefs_stale = False  # a note was stored since the belief ratings were shown
        belief.rating_entered.connect(self._rate_belief)
        caseworker.handover_requested.connect(self._hand_over)

    def show(self, profile: CitizenProfile, keep_typing: bool = False) -> None:
        """Show the profile's ratings and handovers (with ``keep_typing``, a tab being typed in keeps
        what it holds)."""
        if not (keep_typing and self._belief.is_dirty()):
            self._belief.set_entries(profile.beliefs)
        if not (keep_typing and self._caseworker.is_dirty()):
            self._caseworker.set_state(profile.draft.responsible_caseworker, profile.handovers)

    def enable(self, enabled: bool) -> None:
        """Both tabs take input only while a stored citizen is on show."""
        self._belief.setEnabled(enabled)
        self._caseworker.setEnabled(enabled)

    def note_stored(self) -> None:
        """A note was stored, and with it maybe the belief asked at the meeting: the ratings are read
        again when their tab is shown, not at every save on another tab."""
        self._beliefs_stale = True
        self.load_beliefs_if_visible()

    def load_beliefs_if_visible(self) -> None:
        """Read the ratings again if a note changed them and their tab is on show."""
        citizen_id = self._citizen_id()
        if self._beliefs_stale and citizen_id is not None and self._belief.isVisible():
            self._beliefs_stale = False
            self._belief.set_entries(tuple(self._notes.beliefs(citizen_id)))

    def _rate_belief(self, rater: str, value: int, rated_on: date, comment: str) -> None:
        citizen_id = self._citizen_id()
        if citizen_id is None:
            return
        if self._store(
            lambda: self._citizens.rate_belief(citizen_id, Rater(rater), value, rated_on, comment)
        ):
            self.stored.emit(False)

    def _hand_over(self, to_caseworker: str, on: date, reason: str) -> None:
        citizen_id = self._citizen_id()
        if citizen_id is None:
            return
        if self._store(lambda: self._citizens.hand_over(citizen_id, to_caseworker, on, reason)):
            self.stored.emit(True)

    def _store(self, write: Callable[[], object]) -> bool:
        """Run ``write``; a refusal is said in the banner and nothing is stored."""
        try:
            write()
        except InvalidInput as exc:
            self.message.emit(describe_problems(list(exc.problems)), "error")
            return False
        except CaseNotesError as exc:
            self.message.emit(translate_error(exc), "error")
            return False
        return True
