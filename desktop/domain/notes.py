"""Meeting notes: what a note holds, how it moves to the official record, and its text for filing.

A note goes draft → ready → filed. Once filed it is part of what was sent to the case system, so it
is never rewritten: a correction is a new note that points at it (Offentlighedsloven §13, §15).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.domain.validation import FieldProblem, too_long

TEXT_MAX = 100_000


class Place(StrEnum):
    """Where the meeting took place."""

    OFFICE = "office"
    HOME = "home"
    PHONE = "phone"
    VIDEO = "video"
    WORKPLACE = "workplace"
    OTHER = "other"


class FilingStatus(StrEnum):
    """How far the note is on its way to the official record."""

    DRAFT = "draft"
    READY = "ready"
    FILED = "filed"


ALLOWED_MOVES = {
    FilingStatus.DRAFT: {FilingStatus.READY, FilingStatus.FILED},
    FilingStatus.READY: {FilingStatus.DRAFT, FilingStatus.FILED},
    FilingStatus.FILED: set(),
}


@dataclass(frozen=True)
class Agreement:
    """Something agreed in the meeting; with a due date it becomes a follow-up."""

    text: str
    who: str = ""
    due: date | None = None


@dataclass
class NoteDraft:
    """The editable content of a meeting note."""

    held_on: date
    place: str = Place.OFFICE.value
    participants: str = ""
    agenda: str = ""
    citizen_view: str = ""
    agreements: list[Agreement] = field(default_factory=list)
    next_steps: str = ""
    tool: str = ""
    tool_answers: dict = field(default_factory=dict)
    tool_evaluation: str = ""


@dataclass(frozen=True)
class FollowUp:
    """Something due, as the follow-up list shows it: an open agreement with a due date, or an
    activity whose end date has come and whose outcome has not been followed up (``kind``).
    ``source_id`` is the note of an agreement or the goal of an activity; for an activity ``who`` is
    the actor code, or the actor's name when it is someone else."""

    id: str
    citizen_id: str
    citizen_name: str
    source_id: str
    text: str
    who: str
    due: date
    kind: str = "agreement"


def validate_note(draft: NoteDraft, today: date) -> list[FieldProblem]:
    """Problems with a note; empty means it may be stored."""
    problems = []
    if draft.place not in {p.value for p in Place}:
        problems.append(FieldProblem("place", "unknown"))
    if draft.held_on > today:
        problems.append(FieldProblem("held_on", "future"))
    problems += too_long(
        draft, ("participants", "agenda", "citizen_view", "next_steps", "tool_evaluation"), TEXT_MAX
    )
    for index, agreement in enumerate(draft.agreements):
        if not agreement.text.strip():
            problems.append(FieldProblem(f"agreements[{index}]", "required"))
    return problems


def can_move(current: FilingStatus, target: FilingStatus) -> bool:
    """Whether the filing status may change from ``current`` to ``target``."""
    return target in ALLOWED_MOVES[current]


PLACE_LABELS_DA = {
    "office": "Samtale på jobcentret",
    "home": "Hjemmebesøg",
    "phone": "Telefonsamtale",
    "video": "Videosamtale",
    "workplace": "Samtale på arbejdspladsen",
    "other": "Samtale",
}


def note_as_text(draft: NoteDraft, citizen_name: str, corrects: date | None = None) -> str:
    """The note as plain Danish text, ready to paste into the case system (journalnotat)."""
    lines = [
        f"{PLACE_LABELS_DA.get(draft.place, 'Samtale')} {draft.held_on.strftime('%d-%m-%Y')} – {citizen_name}"
    ]
    if corrects is not None:
        lines.append(f"Rettelse til notat af {corrects.strftime('%d-%m-%Y')}.")
    sections = [
        ("Deltagere", draft.participants),
        ("Dagsorden", draft.agenda),
        ("Borgerens perspektiv", draft.citizen_view),
    ]
    for title, body in sections:
        if body.strip():
            lines += ["", f"{title}:", body.strip()]
    if draft.agreements:
        lines += ["", "Aftaler:"]
        for agreement in draft.agreements:
            extra = []
            if agreement.who.strip():
                extra.append(agreement.who.strip())
            if agreement.due:
                extra.append(f"senest {agreement.due.strftime('%d-%m-%Y')}")
            suffix = f" ({', '.join(extra)})" if extra else ""
            lines.append(f"- {agreement.text.strip()}{suffix}")
    if draft.next_steps.strip():
        lines += ["", "Næste skridt:", draft.next_steps.strip()]
    return "\n".join(lines) + "\n"


# "Did the tool help?" is kept with the tool's answers under a key no guide field can have (guide field
# ids start with a letter); the caseworker's comment on it is ``NoteDraft.tool_evaluation``.
HELPED_KEY = "_helped"
HELPED_ANSWERS = ("yes", "partly", "no")


def note_to_values(draft: NoteDraft) -> dict:
    """The note as JSON-ready values (for the encrypted draft of what is being typed)."""
    return {
        "held_on": draft.held_on.isoformat(),
        "place": draft.place,
        "participants": draft.participants,
        "agenda": draft.agenda,
        "citizen_view": draft.citizen_view,
        "agreements": [
            {"text": a.text, "who": a.who, "due": a.due.isoformat() if a.due else None}
            for a in draft.agreements
        ],
        "next_steps": draft.next_steps,
        "tool": draft.tool,
        "tool_answers": draft.tool_answers,
        "tool_evaluation": draft.tool_evaluation,
    }


def note_from_values(values: dict) -> NoteDraft:
    """The inverse of ``note_to_values``; raises ``ValueError`` when the values are not a note."""
    try:
        agreements = [
            Agreement(
                str(a.get("text", "")),
                str(a.get("who", "")),
                date.fromisoformat(a["due"]) if a.get("due") else None,
            )
            for a in values.get("agreements", [])
        ]
        answers = values.get("tool_answers", {})
        return NoteDraft(
            held_on=date.fromisoformat(values["held_on"]),
            place=str(values.get("place", Place.OFFICE.value)),
            participants=str(values.get("participants", "")),
            agenda=str(values.get("agenda", "")),
            citizen_view=str(values.get("citizen_view", "")),
            agreements=agreements,
            next_steps=str(values.get("next_steps", "")),
            tool=str(values.get("tool", "")),
            tool_answers=answers if isinstance(answers, dict) else {},
            tool_evaluation=str(values.get("tool_evaluation", "")),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a note ({type(exc).__name__})") from None
