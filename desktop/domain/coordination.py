"""The caseworker as coordinator: the actors around a citizen, the consents contacts rest on, and the
log of contacts.

Consent must be specific (DOMAIN.md): which information, to or from which actor, for what purpose, on
what legal basis, given how and when; a generic consent ("all relevant information") is not valid and is
refused with an explanation. Sharing information with an actor without a valid consent is not blocked,
because the law has other bases, but it is warned about and the caseworker's choice is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.validation import FieldProblem, too_long

TEXT_MAX = 10_000
EXPIRY_WARNING_DAYS = 30


class ActorRole(StrEnum):
    """Who the actor is to the citizen; the network view groups actors by these sectors."""

    PSYCHIATRY = "psychiatry"
    GP = "gp"
    SOCIAL_SERVICES = "social_services"
    MENTOR = "mentor"
    HOUSING_SUPPORT = "housing_support"
    EMPLOYER = "employer"
    UNION = "union"
    RELATIVE = "relative"
    REHABILITATION_TEAM = "rehabilitation_team"
    OTHER = "other"


SECTORS: dict[str, tuple[ActorRole, ...]] = {
    "health": (ActorRole.PSYCHIATRY, ActorRole.GP),
    "municipality": (ActorRole.SOCIAL_SERVICES, ActorRole.HOUSING_SUPPORT, ActorRole.REHABILITATION_TEAM),
    "work": (ActorRole.EMPLOYER, ActorRole.MENTOR, ActorRole.UNION),
    "private": (ActorRole.RELATIVE, ActorRole.OTHER),
}


def sector_of(role: str) -> str:
    """The sector an actor's role belongs to (``private`` for anything unknown)."""
    return next((name for name, roles in SECTORS.items() if role in {r.value for r in roles}), "private")


class Direction(StrEnum):
    """Which way information flows under a consent or in a contact."""

    TO_ACTOR = "to"  # the jobcentre shares with the actor
    FROM_ACTOR = "from"  # the jobcentre obtains from the actor
    BOTH = "both"


class ConsentForm(StrEnum):
    """How the consent was given."""

    WRITTEN = "written"
    ORAL = "oral"


class WithoutConsent(StrEnum):
    """Why information flowed with an actor although no valid consent covered it."""

    LAW = "law"  # the caseworker shares on another legal basis, warned first
    ALREADY_SHARED = "already_shared"  # it had already happened when it was logged


REASON_MAX = 2_000


class Channel(StrEnum):
    """How a contact took place."""

    PHONE = "phone"
    EMAIL = "email"
    DIGITAL_POST = "digital_post"
    MEETING = "meeting"
    LETTER = "letter"
    OTHER = "other"


@dataclass
class ActorDraft:
    """Someone around the citizen: an organisation, a role, a person and how to reach them."""

    organisation: str
    role: str
    person: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass
class ConsentDraft:
    """A specific consent: what, to/from which actor, why, on what basis, how, and for how long."""

    actor_id: str
    information: str
    direction: str
    purpose: str
    legal_basis: str
    form: str
    given_on: date
    recorded_by: str = ""
    expires_on: date | None = None


@dataclass(frozen=True)
class Consent:
    """A stored consent."""

    id: str
    citizen_id: str
    draft: ConsentDraft
    withdrawn_on: date | None = None

    def valid_on(self, day: date, direction: str) -> bool:
        """Whether information may flow ``direction`` on ``day`` under this consent."""
        draft = self.draft
        if day < draft.given_on or (draft.expires_on and day > draft.expires_on):
            return False
        if self.withdrawn_on and day >= self.withdrawn_on:
            return False
        return draft.direction in (Direction.BOTH.value, direction)


@dataclass
class ContactDraft:
    """A contact with an actor: when, how, what it was about, and what information was shared."""

    actor_id: str
    contacted_on: date
    channel: str
    summary: str
    shared: str = ""  # what information went to or came from the actor; empty when nothing did
    direction: str = Direction.TO_ACTOR.value


# Phrases that describe no information in particular; a consent naming only these is generic.
_GENERIC_INFORMATION = re.compile(
    r"^((alle?|al|enhver|samtlige|relevante?|nødvendige?|øvrige|any|all|every|relevant|necessary|needed)\s*)*"
    r"(oplysninger|informationer|information|data|ting|personoplysninger|helbredsoplysninger|sagen|alt)?"
    r"(\s+(om|about)\s+(borgeren|mig|sagen|the citizen|me))?\.?$",
    re.IGNORECASE,
)
_GENERIC_PURPOSE = re.compile(
    r"^(sagsbehandling|samarbejde|alle formål|relevante formål|behandling af sagen|case work|cooperation|"
    r"any purpose|all purposes)?\.?$",
    re.IGNORECASE,
)


def is_generic_information(information: str) -> bool:
    """Whether ``information`` names nothing specific ("alle relevante oplysninger", "data", "")."""
    return bool(_GENERIC_INFORMATION.match(" ".join(information.split())))


def validate_actor(draft: ActorDraft) -> list[FieldProblem]:
    """Problems with an actor; empty means it may be stored."""
    problems = []
    if not draft.organisation.strip() and not draft.person.strip():
        problems.append(FieldProblem("organisation", "required"))
    if draft.role not in {r.value for r in ActorRole}:
        problems.append(FieldProblem("role", "unknown"))
    if draft.email.strip() and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", draft.email.strip()):
        problems.append(FieldProblem("email", "email"))
    return problems + too_long(draft, ("organisation", "person", "phone", "email", "notes"), TEXT_MAX)


def validate_consent(draft: ConsentDraft, today: date) -> list[FieldProblem]:
    """Problems with a consent; a generic one is refused (``generic``) with the field that makes it so."""
    problems = []
    if is_generic_information(draft.information):
        problems.append(FieldProblem("information", "generic" if draft.information.strip() else "required"))
    purpose = " ".join(draft.purpose.split())
    if _GENERIC_PURPOSE.match(purpose):
        problems.append(FieldProblem("purpose", "generic" if purpose else "required"))
    if not draft.legal_basis.strip():
        problems.append(FieldProblem("legal_basis", "required"))
    if draft.direction not in {d.value for d in Direction}:
        problems.append(FieldProblem("direction", "unknown"))
    if draft.form not in {f.value for f in ConsentForm}:
        problems.append(FieldProblem("form", "unknown"))
    elif draft.form == ConsentForm.ORAL.value and not draft.recorded_by.strip():
        problems.append(FieldProblem("recorded_by", "required"))
    if draft.given_on > today:
        problems.append(FieldProblem("given_on", "future"))
    if draft.expires_on and draft.expires_on < draft.given_on:
        problems.append(FieldProblem("expires_on", "before_start"))
    return problems + too_long(draft, ("information", "purpose", "legal_basis", "recorded_by"), TEXT_MAX)


def validate_contact(draft: ContactDraft, today: date) -> list[FieldProblem]:
    """Problems with a contact log entry."""
    problems = []
    if not draft.summary.strip():
        problems.append(FieldProblem("summary", "required"))
    if draft.channel not in {c.value for c in Channel}:
        problems.append(FieldProblem("channel", "unknown"))
    if draft.direction not in {d.value for d in Direction}:
        problems.append(FieldProblem("direction", "unknown"))
    if draft.contacted_on > today:
        problems.append(FieldProblem("contacted_on", "future"))
    return problems + too_long(draft, ("summary", "shared"), TEXT_MAX)


def has_valid_consent(consents: list[Consent], actor_id: str, day: date) -> bool:
    """Whether any consent lets information flow with this actor on ``day``, in either direction."""
    return any(
        c.draft.actor_id == actor_id
        and (c.valid_on(day, Direction.TO_ACTOR.value) or c.valid_on(day, Direction.FROM_ACTOR.value))
        for c in consents
    )


def covering_consent(consents: list[Consent], draft: ContactDraft) -> Consent | None:
    """A consent that covers sharing in this contact (``None`` when none does, or nothing was shared)."""
    if not draft.shared.strip():
        return None
    return next(
        (
            c
            for c in consents
            if c.draft.actor_id == draft.actor_id and c.valid_on(draft.contacted_on, draft.direction)
        ),
        None,
    )
