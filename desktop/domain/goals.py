"""Shared goals: concrete, citizen-near employment goals with sub-goals and activities.

An employment goal names a trade or a function ("fleksjob" alone is not a goal); where that is not yet
possible, the goal states the purpose of the activities instead. Every goal records who formulated it
and keeps the citizen's own wording. Revising a goal keeps what it was, when and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.domain.validation import FieldProblem, too_long

TEXT_MAX = 20_000  # a goal, its wording, an activity's outcome, the reason for a revision
LINE_MAX = 2_000  # a trade or function, what an activity is
NAME_MAX = 500  # who carries out an activity
ACTIVITIES_MAX = 200
MAX_HOURS_PER_WEEK = 60


class GoalKind(StrEnum):
    """What the goal is about."""

    EMPLOYMENT = "employment"
    EDUCATION = "education"
    PURPOSE = "purpose"  # no trade or function yet: the purpose of the activities


class Author(StrEnum):
    """Who formulated the goal."""

    CITIZEN = "citizen"
    CASEWORKER = "caseworker"
    TOGETHER = "together"


class GoalStatus(StrEnum):
    """Where the goal stands."""

    ACTIVE = "active"
    REACHED = "reached"
    PAUSED = "paused"
    DROPPED = "dropped"


# A goal's kind and status in Danish, as the documents given to the citizen (the plan, the access
# export) write them whatever the interface language.
KIND_WORDS_DA = {
    "employment": "Mål for job",
    "education": "Mål for uddannelse",
    "purpose": "Formål med indsatsen",
}
STATUS_WORDS_DA = {"active": "I gang", "reached": "Nået", "paused": "Sat på pause", "dropped": "Opgivet"}


class Actor(StrEnum):
    """Who carries out an activity."""

    CITIZEN = "citizen"
    CASEWORKER = "caseworker"
    OTHER = "other"  # a named actor: mentor, employer, psychiatry…


# Words that name a scheme or a benefit, not a trade or a function (DOMAIN.md: "fleksjob" alone is no goal).
SCHEME_WORDS = (
    "fleksjob",
    "job",
    "arbejde",
    "beskæftigelse",
    "løntilskud",
    "praktik",
    "virksomhedspraktik",
    "ressourceforløb",
)


@dataclass
class ActivityDraft:
    """Who does what, when, for how many hours a week, and how it went."""

    what: str
    actor: str = Actor.CITIZEN.value
    actor_name: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    hours_per_week: float | None = None
    outcome: str = ""


@dataclass
class GoalDraft:
    """A goal, or a sub-goal when ``parent_id`` is set."""

    kind: str
    text: str
    author: str
    trade_or_function: str = ""
    citizen_wording: str = ""
    status: str = GoalStatus.ACTIVE.value
    parent_id: str | None = None
    activities: list[ActivityDraft] = field(default_factory=list)


def validate_goal(draft: GoalDraft) -> list[FieldProblem]:
    """Problems with a goal; empty means it may be stored."""
    problems: list[FieldProblem] = []
    if not draft.text.strip():
        problems.append(FieldProblem("text", "required"))
    problems += too_long(draft, ("text", "citizen_wording"), TEXT_MAX)
    problems += too_long(draft, ("trade_or_function",), LINE_MAX)
    if len(draft.activities) > ACTIVITIES_MAX:
        problems.append(FieldProblem("activities", "too_many", ACTIVITIES_MAX))
    for name, enum in (("kind", GoalKind), ("author", Author), ("status", GoalStatus)):
        if getattr(draft, name) not in {e.value for e in enum}:
            problems.append(FieldProblem(name, "unknown"))
    if draft.parent_id is None and draft.kind in (GoalKind.EMPLOYMENT.value, GoalKind.EDUCATION.value):
        trade = draft.trade_or_function.strip().lower()
        if not trade:
            problems.append(FieldProblem("trade_or_function", "required"))
        elif trade in SCHEME_WORDS:
            problems.append(FieldProblem("trade_or_function", "scheme_not_trade"))
    for index, activity in enumerate(draft.activities):
        problems += [
            FieldProblem(f"activities[{index}].{p.field}", p.code, p.limit)
            for p in validate_activity(activity)
        ]
    return problems


def validate_revision_reason(reason: str) -> list[FieldProblem]:
    """Problems with the reason given for revising a goal (it is kept with the old version)."""
    if not reason.strip():
        return [FieldProblem("reason", "required")]
    return [FieldProblem("reason", "too_long", TEXT_MAX)] if len(reason) > TEXT_MAX else []


def validate_activity(activity: ActivityDraft) -> list[FieldProblem]:
    """Problems with one activity."""
    problems = []
    if not activity.what.strip():
        problems.append(FieldProblem("what", "required"))
    if activity.actor not in {a.value for a in Actor}:
        problems.append(FieldProblem("actor", "unknown"))
    if activity.actor == Actor.OTHER.value and not activity.actor_name.strip():
        problems.append(FieldProblem("actor_name", "required"))
    if activity.starts_on and activity.ends_on and activity.ends_on < activity.starts_on:
        problems.append(FieldProblem("ends_on", "before_start"))
    hours = activity.hours_per_week
    if hours is not None and not 0 <= hours <= MAX_HOURS_PER_WEEK:
        problems.append(FieldProblem("hours_per_week", "range"))
    problems += too_long(activity, ("what",), LINE_MAX)
    problems += too_long(activity, ("actor_name",), NAME_MAX)
    problems += too_long(activity, ("outcome",), TEXT_MAX)
    return problems
