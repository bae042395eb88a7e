"""A network meeting: the citizen, the caseworker and some of the citizen's actors around one table,
what was discussed, and the decisions as "who does what by when" (DOMAIN.md, "Sagsbehandleren som
koordinator"). Each decision becomes a follow-up until it is marked done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.validation import FieldProblem, too_long

TEXT_MAX = 10_000
DECISION_WHAT_MAX = 1_000
DECISION_WHO_MAX = 200


@dataclass
class DecisionDraft:
    """One decision: what is to be done, who does it, and by when."""

    what: str
    who: str
    due_on: date | None = None


@dataclass
class NetworkMeetingDraft:
    """A network meeting as written: when, who took part, what was discussed, what was decided."""

    held_on: date
    actor_ids: list[str] = field(default_factory=list)  # the citizen's actors who took part
    citizen_attended: bool = True
    caseworker: str = ""  # the caseworker who took part ("" when none did)
    discussed: str = ""
    decisions: list[DecisionDraft] = field(default_factory=list)


def validate_network_meeting(draft: NetworkMeetingDraft, today: date) -> list[FieldProblem]:
    """Problems with a network meeting; empty means it may be stored. A decision needs what, who and
    by when, since it becomes a follow-up; a meeting needs someone besides the caseworker."""
    problems = []
    if draft.held_on > today:
        problems.append(FieldProblem("held_on", "future"))
    if not draft.actor_ids:
        problems.append(FieldProblem("attendees", "required"))
    if not draft.discussed.strip() and not draft.decisions:
        problems.append(FieldProblem("discussed", "required"))
    for decision in draft.decisions:
        if not decision.what.strip() or not decision.who.strip() or decision.due_on is None:
            problems.append(FieldProblem("decisions", "incomplete"))
        for name, limit in (("what", DECISION_WHAT_MAX), ("who", DECISION_WHO_MAX)):
            if len(getattr(decision, name)) > limit:
                problems.append(FieldProblem("decisions", "too_long", limit))
    unique = list(dict.fromkeys(problems))  # one line per kind of problem with the decisions
    return unique + too_long(draft, ("discussed", "caseworker"), TEXT_MAX)
