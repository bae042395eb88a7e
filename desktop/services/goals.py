"""Goal use cases: set, revise (keeping history) and read a citizen's plan. Logged and searchable."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from desktop.domain.goals import GoalDraft, validate_goal, validate_revision_reason
from desktop.errors import InvalidInput, NotFound
from desktop.services.base import VaultService
from desktop.storage.records import citizens, goals, notes, search_index
from desktop.storage.records.goals import Revision, StoredGoal

if TYPE_CHECKING:
    from desktop.domain.citizen import CitizenDraft
    from desktop.reports.plan_pdf import PlanContact, PlanMeeting

GOAL_KIND = "goal"


class GoalService(VaultService):
    """Goals, sub-goals and activities of the open vault."""

    def add_goal(self, citizen_id: str, draft: GoalDraft) -> str:
        """Set a new goal (or a sub-goal, with ``parent_id``)."""
        _check(draft)
        with self._vault.transaction() as conn:
            if citizens.get_citizen(conn, citizen_id) is None:
                raise NotFound(citizen_id)
            if draft.parent_id is not None:
                parent = goals.get_goal(conn, draft.parent_id)
                if parent is None or parent.citizen_id != citizen_id:
                    raise NotFound(draft.parent_id)
            goal_id = goals.insert_goal(conn, citizen_id, draft)
            index_goal(conn, citizen_id, goal_id, draft)
            self._log(
                conn, "goal.created", citizen_id=citizen_id, detail={"goal": goal_id, "kind": draft.kind}
            )
        self._bus.publish("goal", goal_id)
        return goal_id

    def revise_goal(self, goal_id: str, draft: GoalDraft, reason: str) -> list[str]:
        """Change a goal; the old version is kept with the reason. Returns the changed field names."""
        problems = validate_goal(draft) + validate_revision_reason(reason)
        if problems:
            raise InvalidInput(problems)
        with self._vault.transaction() as conn:
            before = goals.get_goal(conn, goal_id)
            if before is None:
                raise NotFound(goal_id)
            draft.parent_id = before.draft.parent_id  # a revision never moves a goal
            old, new = asdict(before.draft), asdict(draft)
            changed = [name for name in new if old[name] != new[name]]
            if not changed:
                return []
            goals.update_goal(conn, goal_id, before, draft, reason.strip())
            index_goal(conn, before.citizen_id, goal_id, draft)
            self._log(
                conn,
                "goal.revised",
                citizen_id=before.citizen_id,
                detail={"goal": goal_id, "fields": changed},
            )
        self._bus.publish("goal", goal_id)
        return changed

    def get(self, goal_id: str) -> StoredGoal:
        """One goal (or sub-goal)."""
        with self._vault.engine.connect() as conn:
            stored = goals.get_goal(conn, goal_id)
        if stored is None:
            raise NotFound(goal_id)
        return stored

    def plan(self, citizen_id: str) -> list[tuple[StoredGoal, list[StoredGoal]]]:
        """The citizen's goals, each with its sub-goals, oldest first."""
        with self._vault.engine.connect() as conn:
            every = goals.goals_of(conn, citizen_id)
        tops = [g for g in every if g.draft.parent_id is None]
        return [(top, [g for g in every if g.draft.parent_id == top.id]) for top in tops]

    def plan_html(
        self,
        citizen_id: str,
        today: date | None = None,
        chart_captions: tuple[str, ...] = (),
        contact: PlanContact | None = None,
    ) -> str:
        """The citizen's plan in plain Danish (the words the PDF shows), with a place for each chart, the
        next meeting and how to reach the caseworker."""
        from desktop.reports.plan_pdf import PlanAgreement, PlanGoal, plan_html

        today = today or date.today()
        with self._vault.engine.connect() as conn:
            profile = citizens.get_citizen(conn, citizen_id)
            if profile is None:
                raise NotFound(citizen_id)
            agreements = notes.open_agreements(conn, citizen_id)
        shown = [
            PlanGoal(top.draft, tuple(s.draft for s in subs if s.draft.status != "dropped"))
            for top, subs in self.plan(citizen_id)
            if top.draft.status != "dropped"
        ]
        return plan_html(
            profile.draft.name,
            profile.draft.responsible_caseworker,
            shown,
            [PlanAgreement(*a) for a in agreements],
            today,
            chart_captions,
            next_meeting=_next_meeting(profile.draft, today),
            contact=contact,
        )

    def export_plan_pdf(
        self,
        citizen_id: str,
        path: Path,
        charts: list[tuple[str, bytes]] | None = None,
        contact: PlanContact | None = None,
    ) -> None:
        """Write "Min plan" as a PDF where the person chose; logged, because data leaves the vault.
        ``charts`` are ``(caption, PNG bytes)`` pictures of progress, kept in memory, never in a file;
        ``contact`` is how the citizen reaches the caseworker."""
        from desktop.reports.plan_pdf import write_plan_pdf

        charts = charts or []
        path = self._check_output(path)
        document = self.plan_html(
            citizen_id, chart_captions=tuple(caption for caption, _png in charts), contact=contact
        )
        with self._output(path) as partial:
            write_plan_pdf(partial, document, [png for _caption, png in charts])
        with self._vault.transaction() as conn:
            self._log(
                conn,
                "citizen.exported",
                citizen_id=citizen_id,
                detail={"document": "plan", "charts": len(charts)},
            )

    def history(self, goal_id: str) -> list[Revision]:
        """What the goal was before each revision, newest first."""
        with self._vault.engine.connect() as conn:
            return goals.revisions(conn, goal_id)


def _next_meeting(profile: CitizenDraft, today: date) -> PlanMeeting | None:
    """The meeting ahead: the profile's next follow-up, today or later, held the way the citizen prefers
    to meet (a meeting note is written on or after its day, so it never plans one). A date passed is no
    plan: the citizen is told that no meeting is planned."""
    from desktop.reports.plan_pdf import PlanMeeting

    follow_up = profile.next_follow_up
    if follow_up is None or follow_up < today:
        return None
    return PlanMeeting(follow_up, profile.preferred_meeting_form)


def _check(draft: GoalDraft) -> None:
    problems = validate_goal(draft)
    if problems:
        raise InvalidInput(problems)


def index_goal(conn: Connection, citizen_id: str, goal_id: str, draft: GoalDraft) -> None:
    search_index.replace_entry(conn, citizen_id, GOAL_KIND, goal_id, *goal_index_text(draft))


def goal_index_text(draft: GoalDraft) -> tuple[str, str]:
    """The title and body a goal has in the search index."""
    body = "\n".join(
        part
        for part in (draft.trade_or_function, draft.citizen_wording, *(a.what for a in draft.activities))
        if part.strip()
    )
    return draft.text, body
