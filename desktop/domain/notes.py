"""Meeting notes: what a note holds, how it moves to the official record, and its text for filing.

A note goes draft → ready → filed. Once filed it is part of what was sent to the case system, so it
is never rewritten: a correction is a new note that points at it (Offentlighedsloven §13, §15).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.domain.guides import Guide
from desktop.domain.validation import FieldProblem, too_long

TEXT_MAX = 100_000
READ_BACK_MAX = 5_000  # "det aftalte vi": a few lines read back to the citizen, not a second account
AGREEMENT_TEXT_MAX = 2_000  # one line: what was agreed
AGREEMENT_WHO_MAX = 500
AGREEMENTS_MAX = 200
# A conversation tool's answers (``resources/guides``): a guide asks for a handful of fields, each a
# text, a number, a choice, a list of lines, or a network map (sector -> lines). The bounds leave room
# for any of them filled generously, and none for a pasted document.
TOOL_ANSWERS_MAX = 50  # answers in one note
ANSWER_TEXT_MAX = 10_000  # one text: an answer, a line of a list, a person in a network sector
ANSWER_ITEMS_MAX = 200  # lines in a list, sectors of a network map, people in one sector
ANSWER_KEY_MAX = 200  # a field id, or a sector's name
TOOL_ANSWERS_CHARS_MAX = 200_000  # all the answers as stored (JSON)
_TOOL_ID = re.compile(r"[a-z][a-z0-9_]{1,40}")  # a guide's id (resources/guides/schema.json)


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
    account: str = ""  # referat: what happened in the meeting
    assessment: str = ""  # vurdering: the caseworker's assessment
    read_back: str = ""  # det aftalte vi: short, in words to read back to the citizen
    belief_citizen: int | None = None  # the citizen's own belief in getting a job, 1-10 (follow-up)
    belief_caseworker: int | None = None  # the caseworker's estimate, 1-10


# The parts of a note that are free text, each held to ``TEXT_MAX`` (``read_back`` to ``READ_BACK_MAX``).
NOTE_TEXTS = (
    "participants",
    "agenda",
    "account",
    "citizen_view",
    "assessment",
    "next_steps",
    "tool_evaluation",
)
BELIEF_FIELDS = ("belief_citizen", "belief_caseworker")


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
    problems += too_long(draft, NOTE_TEXTS, TEXT_MAX) + too_long(draft, ("read_back",), READ_BACK_MAX)
    for name in BELIEF_FIELDS:
        value = getattr(draft, name)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10
        ):
            problems.append(FieldProblem(name, "range"))
    if len(draft.agreements) > AGREEMENTS_MAX:
        problems.append(FieldProblem("agreements", "too_many", AGREEMENTS_MAX))
    for index, agreement in enumerate(draft.agreements):
        if not agreement.text.strip():
            problems.append(FieldProblem(f"agreements[{index}]", "required"))
        elif len(agreement.text) > AGREEMENT_TEXT_MAX:
            problems.append(FieldProblem(f"agreements[{index}]", "too_long", AGREEMENT_TEXT_MAX))
        if len(agreement.who) > AGREEMENT_WHO_MAX:
            problems.append(FieldProblem(f"agreements[{index}].who", "too_long", AGREEMENT_WHO_MAX))
    if draft.tool and not _TOOL_ID.fullmatch(draft.tool):
        problems.append(FieldProblem("tool", "unknown"))
    return problems + validate_tool_answers(draft.tool_answers)


def validate_tool_answers(answers: object) -> list[FieldProblem]:
    """Problems with a conversation tool's answers: their number, the shape of each (a text, a number,
    a choice, a list of lines, or sectors of lines), the length of every text, and the size of the whole.

    A problem with one answer is reported as ``tool_answers.<field id>``; the count and the whole size
    as ``tool_answers``."""
    if not isinstance(answers, dict):
        return [FieldProblem("tool_answers", "invalid")]
    if len(answers) > TOOL_ANSWERS_MAX:
        return [FieldProblem("tool_answers", "too_many", TOOL_ANSWERS_MAX)]
    problems = []
    for key, value in answers.items():
        if not isinstance(key, str) or len(key) > ANSWER_KEY_MAX:
            problems.append(FieldProblem("tool_answers", "invalid"))
            continue
        found = _answer_problem(value, 0)
        if found is not None:
            problems.append(FieldProblem(f"tool_answers.{key}", *found))
    if not problems and len(json.dumps(answers, ensure_ascii=False)) > TOOL_ANSWERS_CHARS_MAX:
        problems.append(FieldProblem("tool_answers", "too_long", TOOL_ANSWERS_CHARS_MAX))
    return problems


def _answer_problem(value: object, depth: int) -> tuple[str, int] | None:
    """``(code, limit)`` of what is wrong with one answer (or a part of it at ``depth``), or ``None``."""
    if value is None or isinstance(value, bool | int | float):
        return None
    if isinstance(value, str):
        return ("too_long", ANSWER_TEXT_MAX) if len(value) > ANSWER_TEXT_MAX else None
    if not isinstance(value, list | dict) or depth >= 2:  # a list, or sectors of lists: no deeper
        return ("invalid", 0)
    if len(value) > ANSWER_ITEMS_MAX:
        return ("too_many", ANSWER_ITEMS_MAX)
    if isinstance(value, dict):
        if any(not isinstance(k, str) or len(k) > ANSWER_KEY_MAX for k in value):
            return ("invalid", 0)
        value = list(value.values())
    for item in value:
        found = _answer_problem(item, depth + 1)
        if found is not None:
            return found
    return None


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


def note_as_text(
    draft: NoteDraft, citizen_name: str, corrects: date | None = None, guide: Guide | None = None
) -> str:
    """The note as plain Danish text, ready to paste into the case system (journalnotat).

    Everything that belongs in the official record is there, the conversation tool's answers under the
    guide's Danish labels (``guide``: the tool the note used, when it is known). What is the
    caseworker's own (whether the tool helped, and why) and internal keys are left out.
    """
    lines = [f"{PLACE_LABELS_DA.get(draft.place, 'Samtale')} {_da_date(draft.held_on)} – {citizen_name}"]
    if corrects is not None:
        lines.append(f"Rettelse til notat af {_da_date(corrects)}.")
    sections = [
        ("Deltagere", draft.participants),
        ("Dagsorden", draft.agenda),
        ("Referat", draft.account),
        ("Borgerens perspektiv", draft.citizen_view),
    ]
    for title, body in sections:
        if body.strip():
            lines += ["", f"{title}:", body.strip()]
    lines += _tool_lines(draft, guide)
    if draft.assessment.strip():
        lines += ["", "Vurdering:", draft.assessment.strip()]
    belief = [
        f"{who}: {value} ud af 10"
        for who, value in (
            ("Borgerens egen tro på at komme i job", draft.belief_citizen),
            ("Sagsbehandlerens vurdering", draft.belief_caseworker),
        )
        if value is not None
    ]
    if belief:
        lines += ["", "Tro på job:", *belief]
    if draft.agreements:
        lines += ["", "Aftaler:"]
        for agreement in draft.agreements:
            extra = []
            if agreement.who.strip():
                extra.append(agreement.who.strip())
            if agreement.due:
                extra.append(f"senest {_da_date(agreement.due)}")
            suffix = f" ({', '.join(extra)})" if extra else ""
            lines.append(f"- {agreement.text.strip()}{suffix}")
    if draft.read_back.strip():
        lines += ["", "Det aftalte vi (læst op for borgeren):", draft.read_back.strip()]
    if draft.next_steps.strip():
        lines += ["", "Næste skridt:", draft.next_steps.strip()]
    return "\n".join(lines) + "\n"


def _da_date(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _tool_lines(draft: NoteDraft, guide: Guide | None) -> list[str]:
    """The conversation tool and its answers as text: each under the guide's Danish label; answers the
    guide does not know (from another version of it) follow without their internal keys."""
    answers = {k: v for k, v in draft.tool_answers.items() if not str(k).startswith("_")}
    if not draft.tool or (guide is None and not answers):
        return []
    lines = ["", f"Samtaleværktøj: {guide.title.da if guide else 'Samtaleværktøj'}"]
    known = {f.id: f for f in guide.fields} if guide else {}
    for field_id, guide_field in known.items():
        value = answers.pop(field_id, None)
        if value in (None, "", [], {}):
            continue
        if guide_field.kind == "scale":
            lines.append(f"{_label(guide_field.label.da)} {value} ud af {guide_field.maximum}")
        elif isinstance(value, str) and "\n" not in value.strip():
            lines.append(f"{_label(guide_field.label.da)} {value.strip()}")
        else:
            lines += [_label(guide_field.label.da), *_answer_lines(value)]
    rest = [line for value in answers.values() for line in _answer_lines(value)]
    if rest:
        lines += ["Øvrige svar:", *rest]
    return lines


def _label(text: str) -> str:
    """A label before its answer: a question keeps its question mark, anything else gets a colon."""
    return text if text.rstrip().endswith(("?", ":")) else f"{text}:"


def _answer_lines(value: object) -> list[str]:
    if isinstance(value, dict):  # a network map: sector -> people
        return [
            f"{sector}: {', '.join(str(v) for v in items) if isinstance(items, list) else items}"
            for sector, items in value.items()
            if items
        ]
    if isinstance(value, list):
        return [f"- {item}" for item in value]
    return [str(value).strip()] if str(value).strip() else []


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
        "account": draft.account,
        "assessment": draft.assessment,
        "read_back": draft.read_back,
        "belief_citizen": draft.belief_citizen,
        "belief_caseworker": draft.belief_caseworker,
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
            account=str(values.get("account", "")),
            assessment=str(values.get("assessment", "")),
            read_back=str(values.get("read_back", "")),
            belief_citizen=_rating(values.get("belief_citizen")),
            belief_caseworker=_rating(values.get("belief_caseworker")),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a note ({type(exc).__name__})") from None


def _rating(value: object) -> int | None:
    """A belief rating kept in a draft: a whole number, or ``None`` (not asked)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None
