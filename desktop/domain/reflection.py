"""Reflection log entries, discretion records (det bedste skøn), and pseudonymised excerpts.

A reflection is the caseworker's own: before, during or after a meeting, free or following a model.
Shared for joint professional reflection ("Lån et øre"), an excerpt must not identify the citizen, so
``pseudonymise`` removes the names and CPR numbers it is given, and any CPR-shaped number at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

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


def validate_reflection(draft: ReflectionDraft) -> list[str]:
    """Names of what is wrong (empty when it may be stored)."""
    problems = []
    if draft.phase not in {p.value for p in Phase}:
        problems.append("phase")
    sections = MODELS.get(draft.model)
    if sections is None:
        problems.append("model")
    else:
        if set(draft.sections) - set(sections):
            problems.append("sections")
        if not any(draft.sections.get(name, "").strip() for name in sections):
            problems.append("text")
    if any(len(value) > TEXT_MAX for value in draft.sections.values()):
        problems.append("too_long")
    return problems


def validate_discretion(draft: DiscretionDraft) -> list[str]:
    """Names of the required parts that are missing."""
    required = ("facts", "considerations", "guidelines_in_conflict", "decision")
    problems = [name for name in required if not getattr(draft, name).strip()]
    if any(len(getattr(draft, name)) > TEXT_MAX for name in (*required, "consulted")):
        problems.append("too_long")
    return problems


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
