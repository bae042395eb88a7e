"""The citizen's working file: its vocabulary (programmes, statuses, meeting forms) and its rules."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum

from desktop.domain.cpr import Cpr, CprError
from desktop.domain.validation import FieldProblem, too_long

NAME_MAX = 200
SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 100_000  # a long own-words text is fine; a 10 MB paste is not
COMMENT_MAX = 2_000  # a comment on a belief rating, the reason for a handover: a line or two


class Programme(StrEnum):
    """The programme (ydelse/forløb) the citizen is in; labels live in the views."""

    RESSOURCEFORLOEB = "ressourceforloeb"
    JOBAFKLARINGSFORLOEB = "jobafklaringsforloeb"
    KONTANTHJAELP = "kontanthjaelp"
    UDDANNELSESHJAELP = "uddannelseshjaelp"
    SYGEDAGPENGE = "sygedagpenge"
    LEDIGHEDSYDELSE = "ledighedsydelse"
    FLEKSJOB = "fleksjob"
    OTHER = "other"


class CaseStatus(StrEnum):
    """Whether the case is being worked on."""

    ACTIVE = "active"
    CLOSED = "closed"


class MeetingForm(StrEnum):
    """How the citizen prefers to meet."""

    OFFICE = "office"
    HOME = "home"
    PHONE = "phone"
    VIDEO = "video"
    WALK = "walk"
    OTHER = "other"


class Rater(StrEnum):
    """Who gave a rating: the citizen, or the caseworker."""

    CITIZEN = "citizen"
    CASEWORKER = "caseworker"


# The profile text fields, in the order the citizen page shows them. ``OWN_WORDS`` are the citizen's
# own words and are marked as such; ``HEALTH_FIELDS`` hold GDPR art. 9 data and are never indexed for
# search across the caseload (data minimisation: nobody needs to find "everyone with diagnosis X").
OWN_WORDS = ("own_situation", "own_problems", "own_wishes", "own_strategies")
FUNCTION_FIELDS = ("limitations", "resources", "accommodations", "labour_market_perspective")
HEALTH_FIELDS = ("diagnoses",)
CONTACT_FIELDS = ("phone", "email", "address")
SEARCHABLE_TEXT = ("name", *OWN_WORDS, *FUNCTION_FIELDS)


@dataclass
class CitizenDraft:
    """The editable profile of one citizen, as plain values (what a form holds before it is saved)."""

    name: str = ""
    cpr: str = ""
    programme: str = Programme.RESSOURCEFORLOEB.value
    preferred_meeting_form: str = MeetingForm.OFFICE.value
    next_follow_up: date | None = None
    responsible_caseworker: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    own_situation: str = ""
    own_problems: str = ""
    own_wishes: str = ""
    own_strategies: str = ""
    limitations: str = ""
    resources: str = ""
    accommodations: str = ""
    labour_market_perspective: str = ""
    diagnoses: str = ""

    def normalised(self) -> CitizenDraft:
        """Trimmed text and the canonical CPR form (if the CPR parses)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for key, value in values.items():
            if isinstance(value, str):
                values[key] = value.strip()
        if values["cpr"]:
            with contextlib.suppress(CprError):  # an invalid CPR stays as typed; validation reports it
                values["cpr"] = Cpr.parse(values["cpr"]).value
        return CitizenDraft(**values)


@dataclass
class ValidationResult:
    """All problems with a draft; empty means it may be saved."""

    problems: list[FieldProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems

    def for_field(self, name: str) -> FieldProblem | None:
        """The first problem with ``name``, if any."""
        return next((p for p in self.problems if p.field == name), None)


def validate_citizen(draft: CitizenDraft) -> ValidationResult:
    """Check a draft: a name, a well-formed CPR with a real date (if given), known codes, sane sizes."""
    result = ValidationResult()
    name = draft.name.strip()
    if not name:
        result.problems.append(FieldProblem("name", "required"))
    elif len(name) > NAME_MAX:
        result.problems.append(FieldProblem("name", "too_long", NAME_MAX))
    if draft.cpr.strip():
        try:
            Cpr.parse(draft.cpr)
        except CprError as exc:
            result.problems.append(FieldProblem("cpr", f"cpr_{exc.reason}"))
    if draft.programme not in {p.value for p in Programme}:
        result.problems.append(FieldProblem("programme", "unknown"))
    if draft.preferred_meeting_form not in {m.value for m in MeetingForm}:
        result.problems.append(FieldProblem("preferred_meeting_form", "unknown"))
    email = draft.email.strip()
    if email and ("@" not in email or " " in email):
        result.problems.append(FieldProblem("email", "email"))
    result.problems += too_long(
        draft, ("phone", "email", "address", "responsible_caseworker"), SHORT_TEXT_MAX
    )
    result.problems += too_long(draft, (*OWN_WORDS, *FUNCTION_FIELDS, *HEALTH_FIELDS), LONG_TEXT_MAX)
    return result


def changed_fields(before: CitizenDraft, after: CitizenDraft) -> list[str]:
    """Names of the fields that differ (what the access log records; never the values)."""
    return [f.name for f in fields(CitizenDraft) if getattr(before, f.name) != getattr(after, f.name)]


def belief_is_valid(value: int) -> bool:
    """Belief in getting a job is rated 1-10, like the progress scales."""
    return 1 <= value <= 10


def validate_belief(value: int, comment: str) -> list[FieldProblem]:
    """Problems with a belief rating: the value 1-10, a comment of sane size."""
    problems = [] if belief_is_valid(value) else [FieldProblem("belief", "range")]
    if len(comment) > COMMENT_MAX:
        problems.append(FieldProblem("comment", "too_long", COMMENT_MAX))
    return problems


def validate_handover(to_caseworker: str, reason: str) -> list[FieldProblem]:
    """Problems with a handover: who takes over (a name, like the responsible caseworker's), and why."""
    problems = []
    if not to_caseworker.strip():
        problems.append(FieldProblem("to_caseworker", "required"))
    elif len(to_caseworker.strip()) > SHORT_TEXT_MAX:
        problems.append(FieldProblem("to_caseworker", "too_long", SHORT_TEXT_MAX))
    if len(reason) > COMMENT_MAX:
        problems.append(FieldProblem("reason", "too_long", COMMENT_MAX))
    return problems


@dataclass(frozen=True)
class CaseloadRow:
    """One line of the caseload list."""

    id: str
    name: str
    cpr: str | None
    programme: str
    status: str
    next_follow_up: date | None
    last_contact: date | None
    responsible_caseworker: str = ""


@dataclass(frozen=True)
class CaseloadUpdate:
    """The caseload rows a change touched: ``rows`` of the citizens still in the caseload, ``gone`` the
    ids of those deleted or erased."""

    rows: tuple[CaseloadRow, ...]
    gone: tuple[str, ...]


@dataclass(frozen=True)
class BeliefEntry:
    """A dated belief-in-a-job rating by the citizen or the caseworker."""

    id: str
    rater: str
    value: int
    rated_on: date
    comment: str = ""


@dataclass(frozen=True)
class HandoverEntry:
    """A recorded change of responsible caseworker."""

    id: str
    from_caseworker: str
    to_caseworker: str
    handed_over_on: date
    reason: str = ""


@dataclass(frozen=True)
class CitizenProfile:
    """A citizen as stored: the editable draft plus what only the program sets."""

    id: str
    draft: CitizenDraft
    status: str
    created_at: str
    updated_at: str
    closed_at: str | None = None
    last_contact: date | None = None
    beliefs: tuple[BeliefEntry, ...] = ()
    handovers: tuple[HandoverEntry, ...] = ()

    @property
    def masked_cpr(self) -> str:
        """The CPR as shown by default."""
        return f"{self.draft.cpr[:6]}-XXXX" if self.draft.cpr else ""

    @property
    def is_closed(self) -> bool:
        """Whether the case is closed."""
        return self.status == CaseStatus.CLOSED.value


@dataclass(frozen=True)
class AccessLogEntry:
    """One line of a citizen's access log, as the citizen is entitled to see it."""

    at: str
    actor: str
    action: str
    detail: dict
    about: dict = field(default_factory=dict)  # what it was about (``domain.access_log.about``)
