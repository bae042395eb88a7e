"""Reflection log entries, discretion records (det bedste skøn), and pseudonymised excerpts.

A reflection is the caseworker's own: before, during or after a meeting, free or following a model.
Shared for joint professional reflection ("Lån et øre"), an excerpt must not identify the citizen, so
``pseudonymise`` removes the names and CPR numbers it is given, and any CPR-shaped number at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
