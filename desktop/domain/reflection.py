"""Reflection log entries, discretion records (det bedste skøn), and pseudonymised excerpts.

A reflection is the caseworker's own: before, during or after a meeting, free or following a model.
Shared for joint professional reflection ("Lån et øre"), an excerpt must not identify the citizen, so
``pseudonymise`` removes the names and CPR numbers it is given, and any CPR-shaped number at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.domain.validation import FieldProblem, too_long

TEXT_MAX = 100_000


class Phase(StrEnum):
    """When the reflection was written, relative to the meeting."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


# Reflection models: each is a list of headed sections.
MODELS: dict[str, tuple[str, ...]] = {
    "free": ("text",),
    "three_questions": ("what_happened", "what_i_thought", "what_i_will_do"),
    "gibbs": ("description", "feelings", "evaluation", "analysis", "conclusion", "action_plan"),
}


@dataclass
class ReflectionDraft:
    """A reflection entry: its phase, model and the text of each of the model's sections."""

    phase: str
    model: str
    sections: dict[str, str]
    note_id: str | None = None


@dataclass
class DiscretionDraft:
    """A record of concrete discretion: where rules and expectations collided and what was decided."""

    facts: str
    considerations: str
    guidelines_in_conflict: str
    decision: str
    consulted: str = ""
    related: dict = field(default_factory=dict)
    note_id: str | None = None  # the meeting note the record concerns


def validate_reflection(draft: ReflectionDraft) -> list[FieldProblem]:
    """What is wrong (empty when it may be stored); a section too long is named ``sections.<name>``."""
    problems = []
    if draft.phase not in {p.value for p in Phase}:
        problems.append(FieldProblem("phase", "unknown"))
    sections = MODELS.get(draft.model)
    if sections is None:
        problems.append(FieldProblem("model", "unknown"))
    else:
        if set(draft.sections) - set(sections):
            problems.append(FieldProblem("sections", "unknown"))
        if not any(draft.sections.get(name, "").strip() for name in sections):
            problems.append(FieldProblem("sections", "required"))
    problems += [
        FieldProblem(f"sections.{name}", "too_long", TEXT_MAX)
        for name, value in draft.sections.items()
        if len(value) > TEXT_MAX
    ]
    return problems


DISCRETION_REQUIRED = ("facts", "considerations", "guidelines_in_conflict", "decision")


def validate_discretion(draft: DiscretionDraft) -> list[FieldProblem]:
    """The required parts that are missing, and the parts that are too long."""
    problems = [
        FieldProblem(name, "required") for name in DISCRETION_REQUIRED if not getattr(draft, name).strip()
    ]
    return problems + too_long(draft, (*DISCRETION_REQUIRED, "consulted"), TEXT_MAX)


_CPR_SHAPED = re.compile(r"\b\d{6}-?\d{4}\b")


def pseudonymise(text: str, names: list[str], cprs: list[str]) -> str:
    """Replace the citizen's names with "[borger]" and every CPR-shaped number with "[cpr]".

    Each part of a name is replaced on its own too (first names are what people write), matched as a
    whole word without regard to case. CPR numbers go whatever they belong to.
    """
    result = _CPR_SHAPED.sub("[cpr]", text)
    for cpr in cprs:
        if cpr:
            result = result.replace(cpr, "[cpr]").replace(cpr.replace("-", ""), "[cpr]")
    parts: list[str] = []
    for name in names:
        name = name.strip()
        if name:
            parts.append(name)
            parts += [p for p in name.split() if len(p) > 1]
    for part in sorted(set(parts), key=len, reverse=True):
        result = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", "[borger]", result, flags=re.IGNORECASE)
    return re.sub(r"\[borger\](\s+\[borger\])+", "[borger]", result)


# Danish headings for the text copied to the official record (the case system is Danish whatever the
# interface language), as the labels of the reflection form read in Danish.
# A colleague's reply to an excerpt sent for joint professional reflection, taken into the reflection log
# as it came (never written in the editor, so not among ``MODELS``).
PEER_REPLY = "peer_reply"
RECEIVED_MODELS: dict[str, tuple[str, ...]] = {PEER_REPLY: ("colleague", "question", "reply")}

SECTION_LABELS_DA = {
    "text": "Refleksion",
    "colleague": "Kollega",
    "question": "Mit spørgsmål",
    "reply": "Kollegaens svar",
    "what_happened": "Hvad skete der?",
    "what_i_thought": "Hvad tænkte og følte jeg?",
    "what_i_will_do": "Hvad vil jeg gøre?",
    "description": "Beskrivelse: hvad skete der?",
    "feelings": "Følelser: hvad tænkte og følte jeg?",
    "evaluation": "Vurdering: hvad var godt og skidt?",
    "analysis": "Analyse: hvordan kan jeg forstå det?",
    "conclusion": "Konklusion: hvad kunne jeg ellers have gjort?",
    "action_plan": "Handleplan: hvad gør jeg næste gang?",
}
PHASE_LABELS_DA = {"before": "før", "during": "under", "after": "efter"}
DISCRETION_LABELS_DA = {
    "facts": "Fakta",
    "considerations": "Overvejelser",
    "guidelines_in_conflict": "Hensyn der trak i hver sin retning",
    "decision": "Beslutning",
    "consulted": "Drøftet med",
}


def _da(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _heading(title: str, written_on: date, citizen_name: str, meeting: date | None) -> list[str]:
    lines = [f"{title} {_da(written_on)} – {citizen_name}"]
    if meeting is not None:
        lines.append(f"Vedrører samtalen {_da(meeting)}.")
    return lines


def reflection_as_text(
    draft: ReflectionDraft, citizen_name: str, written_on: date, meeting: date | None
) -> str:
    """A reflection as plain Danish text for the official record: its sections under their headings,
    in the model's order; ``meeting`` is the date of the meeting note it concerns, if any."""
    phase = PHASE_LABELS_DA.get(draft.phase)
    title = f"Refleksion {phase} samtalen" if phase else "Refleksion"
    lines = _heading(title, written_on, citizen_name, meeting)
    for key in MODELS.get(draft.model, tuple(draft.sections)):
        body = draft.sections.get(key, "").strip()
        if body:
            heading = SECTION_LABELS_DA.get(key, "Refleksion")
            lines += ["", heading if heading.endswith("?") else f"{heading}:", body]
    return "\n".join(lines) + "\n"


def discretion_as_text(
    record: DiscretionDraft, citizen_name: str, written_on: date, meeting: date | None
) -> str:
    """A record of concrete discretion as plain Danish text for the official record."""
    lines = _heading("Skønsudøvelse (det bedste skøn)", written_on, citizen_name, meeting)
    for key, heading in DISCRETION_LABELS_DA.items():
        body = getattr(record, key).strip()
        if body:
            lines += ["", f"{heading}:", body]
    return "\n".join(lines) + "\n"
