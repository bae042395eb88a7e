"""What matters today about one citizen, read in one go for the Overview tab.

One service call returns a plain record: the active goals, the next agreements and follow-ups with their
dates, the latest belief in a job and the widest gap between the citizen's and the caseworker's ratings,
consents about to expire or expired, and the drafts not yet filed. The view only draws it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection

from desktop.domain.citizen import BeliefEntry, CitizenProfile, Rater
from desktop.domain.coordination import EXPIRY_WARNING_DAYS, Direction
from desktop.domain.data_file import Text
from desktop.domain.goals import GoalStatus
from desktop.domain.notes import FilingStatus
from desktop.domain.scales import Scale, rating_gaps
from desktop.errors import NotFound
from desktop.services.base import ScaleReadingService
from desktop.services.measurements import newest_per_rater
from desktop.storage.records import citizens, coordination, drafts, goals, measurements, notes

MAX_DATED = 6  # the next few dates; the tab holds the rest
EXPIRED_SHOWN_DAYS = 365  # an expired consent nobody renewed stays in view this long


@dataclass(frozen=True)
class ActiveGoal:
    """A goal being worked on; a sub-goal names its goal's id."""

    id: str
    text: str
    kind: str
    parent_id: str | None


@dataclass(frozen=True)
class DatedItem:
    """Something due on a date: an agreement from a meeting (``kind`` "agreement"), the end of a goal's
    activity ("activity") or the next follow-up meeting ("follow_up")."""

    kind: str
    text: str
    who: str
    due: date

    def overdue(self, today: date) -> bool:
        """Whether the date has passed."""
        return self.due < today


@dataclass(frozen=True)
class BeliefNow:
    """The newest belief-in-a-job rating of each rater; the gap is caseworker minus citizen."""

    citizen: BeliefEntry | None
    caseworker: BeliefEntry | None

    @property
    def gap(self) -> int | None:
        """Caseworker minus citizen, or ``None`` until both have rated."""
        if self.citizen is None or self.caseworker is None:
            return None
        return self.caseworker.value - self.citizen.value


@dataclass(frozen=True)
class WidestGap:
    """The widest gap on the scale set rated last: which indicator, both scores, and the set's title."""

    scale_title: Text
    indicator: Text
    citizen: int
    caseworker: int

    @property
    def difference(self) -> int:
        """Caseworker minus citizen."""
        return self.caseworker - self.citizen


@dataclass(frozen=True)
class ConsentDue:
    """A consent in force that ends soon, or one that has ended with no consent in force after it."""

    id: str
    organisation: str
    information: str
    expires_on: date

    def expired(self, today: date) -> bool:
        """Whether it has already ended."""
        return self.expires_on < today


@dataclass(frozen=True)
class OpenDraft:
    """A note not yet filed (``kind`` "draft" or "ready"), or a note's typing kept but not saved
    ("unsaved_note"); ``on`` is the meeting's date or when the typing was kept. (The profile's own unsaved
    typing comes back by itself when the citizen is opened.)"""

    kind: str
    text: str
    on: date | None


@dataclass(frozen=True)
class CitizenOverview:
    """Everything the Overview tab shows, as plain data."""

    today: date
    goals: tuple[ActiveGoal, ...]
    dated: tuple[DatedItem, ...]  # the next ones first, overdue included
    undated_agreements: int
    belief: BeliefNow
    widest_gap: WidestGap | None
    consents: tuple[ConsentDue, ...]  # expired first, then by date
    drafts: tuple[OpenDraft, ...]


class OverviewService(ScaleReadingService):
    """Reads a citizen's overview (not logged itself: opening the citizen is)."""

    def overview(self, citizen_id: str) -> CitizenOverview:
        """The citizen's overview as of today."""
        with self._vault.engine.connect() as conn:
            profile = citizens.get_citizen(conn, citizen_id)
            if profile is None:
                raise NotFound(citizen_id)
            return self.overview_in(
                conn,
                profile,
                stored_goals=goals.goals_of(conn, citizen_id),
                ratings=measurements.measurements_of(conn, citizen_id),
                consents=coordination.consents_of(conn, citizen_id),
                stored_actors=coordination.actors_of(conn, citizen_id),
                note_rows=notes.list_notes(conn, citizen_id),
                kept=drafts.drafts_about(conn, citizen_id),
            )

    def overview_in(
        self,
        conn: Connection,
        profile: CitizenProfile,
        *,
        stored_goals: list,
        ratings: list,
        consents: list,
        stored_actors: list,
        note_rows: list,
        kept: list[dict],
    ) -> CitizenOverview:
        """The overview from what the caller has read already in its transaction ``conn`` (the citizen's
        file reads each record once); only the agreements and activity follow-ups are read here."""
        today = self._today()
        citizen_id = profile.id
        agreements = notes.open_agreements(conn, citizen_id)
        activities = goals.activity_follow_ups(conn, today + timedelta(days=3650), citizen_id)
        beliefs = list(profile.beliefs)
        actors = {a.id: a.draft.organisation for a in stored_actors}

        active = tuple(
            ActiveGoal(g.id, g.draft.text, g.draft.kind, g.draft.parent_id)
            for g in stored_goals
            if g.draft.status == GoalStatus.ACTIVE.value
        )
        dated = [DatedItem("agreement", text, who, due) for text, who, due in agreements if due is not None]
        dated += [DatedItem("activity", f.text, f.who, f.due) for f in activities]
        if profile.draft.next_follow_up is not None:
            dated.append(DatedItem("follow_up", "", "", profile.draft.next_follow_up))
        dated.sort(key=lambda d: (d.due, d.kind != "follow_up"))
        return CitizenOverview(
            today=today,
            goals=_parents_first(active),
            dated=tuple(dated[:MAX_DATED]),
            undated_agreements=sum(1 for _t, _w, due in agreements if due is None),
            belief=_belief_now(beliefs),
            widest_gap=self._widest_gap(ratings),
            consents=_consents_due(consents, actors, today),
            drafts=_open_drafts(note_rows, kept, citizen_id),
        )

    @functools.cached_property
    def _scale_sets(self) -> dict[str, Scale]:
        """The scale sets by id, read from disk once, not on every citizen opened."""
        return {s.id: s for s in self._scales.load()[0]}

    def _widest_gap(self, ratings: list) -> WidestGap | None:
        """On the scale set rated last, the indicator where the two latest ratings differ most."""
        if not ratings:
            return None
        scale_id = ratings[-1].draft.scale_id
        scale = self._scale_sets.get(scale_id)
        latest = newest_per_rater([m for m in ratings if m.draft.scale_id == scale_id])
        if scale is None or len(latest) < len(Rater):
            return None
        gaps = rating_gaps(
            scale, latest[Rater.CITIZEN.value].draft.scores, latest[Rater.CASEWORKER.value].draft.scores
        )
        if not gaps:
            return None
        widest = gaps[0]
        return WidestGap(scale.title, widest.indicator.label, widest.citizen, widest.caseworker)


def _parents_first(active: tuple[ActiveGoal, ...]) -> tuple[ActiveGoal, ...]:
    """Each goal followed by its active sub-goals (a sub-goal of an inactive goal comes last)."""
    tops = [g for g in active if g.parent_id is None]
    ordered: list[ActiveGoal] = []
    for top in tops:
        ordered.append(top)
        ordered += [g for g in active if g.parent_id == top.id]
    ordered += [g for g in active if g not in ordered]
    return tuple(ordered)


def _belief_now(beliefs: list[BeliefEntry]) -> BeliefNow:
    newest: dict[str, BeliefEntry] = {}
    for entry in beliefs:  # newest first
        newest.setdefault(entry.rater, entry)
    return BeliefNow(newest.get(Rater.CITIZEN.value), newest.get(Rater.CASEWORKER.value))


def _consents_due(consents: list, actors: dict[str, str], today: date) -> tuple[ConsentDue, ...]:
    """Consents in force that end within the warning time, and ended ones no consent in force replaces
    (same actor, same information)."""
    horizon = today + timedelta(days=EXPIRY_WARNING_DAYS)
    oldest_shown = today - timedelta(days=EXPIRED_SHOWN_DAYS)
    in_force = {
        (c.draft.actor_id, c.draft.information.strip().lower())
        for c in consents
        if any(c.valid_on(today, d.value) for d in Direction)
    }
    due = []
    for consent in consents:
        ends = consent.draft.expires_on
        if ends is None or consent.withdrawn_on is not None or ends > horizon or ends < oldest_shown:
            continue
        if ends < today and (consent.draft.actor_id, consent.draft.information.strip().lower()) in in_force:
            continue  # renewed
        due.append(
            ConsentDue(consent.id, actors.get(consent.draft.actor_id, ""), consent.draft.information, ends)
        )
    return tuple(sorted(due, key=lambda c: c.expires_on))


def _open_drafts(note_rows: list, kept: list[dict], citizen_id: str) -> tuple[OpenDraft, ...]:
    """Notes not filed (newest first), then typing kept in the vault but not yet saved."""
    result = [
        OpenDraft(status, agenda, held_on)
        for _id, held_on, agenda, status, _corrects in note_rows
        if status in (FilingStatus.DRAFT.value, FilingStatus.READY.value)
    ]
    for row in kept:
        if row["key"] == drafts.profile_draft_key(citizen_id):
            continue
        saved = str(row.get("updated_at") or "")[:10]
        try:
            on = date.fromisoformat(saved) if saved else None
        except ValueError:
            on = None
        result.append(OpenDraft("unsaved_note", "", on))
    return tuple(result)
