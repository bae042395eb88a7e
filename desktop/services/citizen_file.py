"""A citizen's whole working file, read as one operation.

Opening a citizen used to take sixteen service calls, each its own transaction, and read the notes and
the measurements twice. ``CitizenFileService.open_file`` reads everything the citizen's page shows in ONE
transaction, each record once, and logs the view in it (the one access-log event opening has always
written: ``citizen.viewed``). The result is plain, frozen data a worker thread can hand to the GUI thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection

from desktop.domain.citizen import CitizenProfile
from desktop.domain.reflection import DiscretionDraft
from desktop.errors import NotFound
from desktop.services.base import VaultService
from desktop.services.changes import ChangeBus
from desktop.services.overview import CitizenOverview, OverviewService
from desktop.services.vault_session import VaultSession
from desktop.storage.records import (
    citizen_data,
    citizens,
    coordination,
    drafts,
    goals,
    measurements,
    network_meetings,
    notes,
    reflections,
    transfers,
)
from desktop.storage.records.coordination import Consent, StoredActor, StoredContact
from desktop.storage.records.goals import Revision, StoredGoal
from desktop.storage.records.measurements import StoredMeasurement
from desktop.storage.records.network_meetings import StoredNetworkMeeting
from desktop.storage.records.notes import StoredNote
from desktop.storage.records.reflections import StoredReflection

NoteRow = tuple  # (id, held_on, agenda, status, corrects_id), as ``NoteService.list_for`` gives them
Kept = tuple[dict, str]  # a draft's values and when it was kept
# The tables behind each entity the change bus names (``services.sync`` names a synced table so).
_TABLES_OF: dict[str, tuple[str, ...]] = {
    "citizen": ("belief_rating", "handover"),
    "note": ("meeting_note", "agreement"),
    "goal": ("goal", "activity", "goal_revision"),
    "reflection": ("reflection",),
    "discretion": ("discretion_record",),
    "actor": ("actor",),
    "consent": ("consent",),
    "contact": ("contact_log",),
    "network_meeting": ("network_meeting", "network_decision"),
    "measurement": ("measurement",),
}


@dataclass(frozen=True)
class CitizenFile:
    """Everything a citizen's page shows, read at one moment.

    ``drafts`` holds the unsaved typing kept about the citizen by draft key (``storage.drafts``): the
    profile's and the notes'. ``first_note`` is the newest note (shown first) and ``first_goal_history``
    the revisions of the first goal (shown first), so opening them needs no second read.
    """

    profile: CitizenProfile
    drafts: dict[str, Kept]
    overview: CitizenOverview
    goals: tuple[StoredGoal, ...]
    first_goal_history: tuple[Revision, ...]
    notes: tuple[NoteRow, ...]
    first_note: StoredNote | None
    reflections: tuple[StoredReflection, ...]
    discretion: tuple[tuple[str, DiscretionDraft, str], ...]
    actors: tuple[StoredActor, ...]
    consents: tuple[Consent, ...]
    contacts: tuple[StoredContact, ...]
    network_meetings: tuple[StoredNetworkMeeting, ...]
    measurements: tuple[StoredMeasurement, ...]
    # The state ("queued", "sent") and the colleague of a handover under way, read with the rest so
    # the page says so without a read of its own on the GUI thread.
    pending_handover: tuple[str, str] | None = None

    @property
    def citizen_id(self) -> str:
        return self.profile.id

    def profile_draft(self) -> Kept | None:
        """The profile's unsaved typing, if any was kept."""
        return self.drafts.get(drafts.profile_draft_key(self.citizen_id))

    def note_draft(self, note_id: str | None) -> Kept | None:
        """The typing kept for a note (``None``: a new note), if any."""
        return self.drafts.get(drafts.note_draft_key(self.citizen_id, note_id))

    def plan(self) -> list[tuple[StoredGoal, list[StoredGoal]]]:
        """The goals, each with its sub-goals, oldest first (as ``GoalService.plan``)."""
        return plan_of(list(self.goals))

    @property
    def first_goal(self) -> StoredGoal | None:
        """The goal the plan shows first (its history is in ``first_goal_history``)."""
        plan = self.plan()
        return plan[0][0] if plan else None

    def contacts_with(self, actor_id: str) -> list[StoredContact]:
        """One actor's contact log, newest first (as ``CoordinationService.contacts``)."""
        return [c for c in self.contacts if c.draft.actor_id == actor_id]

    def measurements_on(self, scale_id: str | None = None) -> list[StoredMeasurement]:
        """Every measurement (on one scale set), oldest first (as ``MeasurementService.measurements``)."""
        return [m for m in self.measurements if scale_id is None or m.draft.scale_id == scale_id]


def plan_of(every: list[StoredGoal]) -> list[tuple[StoredGoal, list[StoredGoal]]]:
    """Goals grouped as a plan: each top goal with its sub-goals, in the order given."""
    tops = [g for g in every if g.draft.parent_id is None]
    return [(top, [g for g in every if g.draft.parent_id == top.id]) for top in tops]


class CitizenFileService(VaultService):
    """Reads a citizen's file in one transaction."""

    def __init__(self, session: VaultSession, bus: ChangeBus, overview: OverviewService) -> None:
        super().__init__(session, bus)
        self._overview = overview

    def open_file(self, citizen_id: str, log_view: bool = True) -> CitizenFile:
        """The whole file, logged as a view of the record (``log_view``); one transaction, each record
        read once. Safe to call from a worker thread. ``log_view=False`` re-reads a file already open
        (after a sync pull changed it): that is no new view, and reads in a read transaction."""
        if log_view:
            with self._vault.transaction() as conn:
                file = self._read(conn, citizen_id)
                self._log(conn, "citizen.viewed", citizen_id=citizen_id)
            return file
        with self._vault.engine.connect() as conn, conn.begin():
            return self._read(conn, citizen_id)

    def touched_by(self, citizen_id: str, changes: list[tuple[str, tuple[str, ...]]]) -> bool:
        """Whether any of the records changed (``(entity, ids)`` as the change bus announced them) is the
        citizen's: the page re-reads the open file only then."""
        with self._vault.engine.connect() as conn:
            for entity, ids in changes:
                if entity == "citizen" and citizen_id in ids:
                    return True
                for table in _TABLES_OF.get(entity, ()):
                    if ids and citizen_data.owns_any(conn, citizen_id, table, ids):
                        return True
        return False

    def _read(self, conn: Connection, citizen_id: str) -> CitizenFile:
        profile = citizens.get_citizen(conn, citizen_id)
        if profile is None:
            raise NotFound(citizen_id)
        kept_rows = drafts.drafts_about(conn, citizen_id)
        every_goal = goals.goals_of(conn, citizen_id)
        note_rows = notes.list_notes(conn, citizen_id)
        actors = coordination.actors_of(conn, citizen_id)
        consents = coordination.consents_of(conn, citizen_id)
        ratings = measurements.measurements_of(conn, citizen_id)
        overview = self._overview.overview_in(
            conn,
            profile,
            stored_goals=every_goal,
            ratings=ratings,
            consents=consents,
            stored_actors=actors,
            note_rows=note_rows,
            kept=kept_rows,
        )
        plan = plan_of(every_goal)
        first_goal = plan[0][0] if plan else None
        return CitizenFile(
            profile=profile,
            drafts=_parsed(kept_rows),
            overview=overview,
            goals=tuple(every_goal),
            first_goal_history=tuple(goals.revisions(conn, first_goal.id)) if first_goal else (),
            notes=tuple(note_rows),
            first_note=notes.get_note(conn, note_rows[0][0]) if note_rows else None,
            reflections=tuple(reflections.reflections_of(conn, citizen_id)),
            discretion=tuple(reflections.discretion_of(conn, citizen_id)),
            actors=tuple(actors),
            consents=tuple(consents),
            contacts=tuple(coordination.contacts_of(conn, citizen_id)),
            network_meetings=tuple(network_meetings.meetings_of(conn, citizen_id)),
            measurements=tuple(ratings),
            pending_handover=transfers.pending_out(conn, citizen_id),
        )


def _parsed(rows: list[dict]) -> dict[str, Kept]:
    """Draft rows by key, read as ``drafts.load_draft`` reads one (a damaged payload is no draft)."""
    kept: dict[str, Kept] = {}
    for row in rows:
        try:
            kept[row["key"]] = (json.loads(row["payload"]), row["updated_at"])
        except ValueError:
            continue
    return kept
