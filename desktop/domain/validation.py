"""The one shape every validation problem has: which field, and a code the views turn into a sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldProblem:
    """One validation problem: the field, a code, and a limit where the code needs one."""

    field: str
    code: str
    limit: int = 0


def too_long(draft: object, names: tuple[str, ...], limit: int) -> list[FieldProblem]:
    """A ``too_long`` problem, with its limit, for each named text field of ``draft`` longer than ``limit``."""
    return [FieldProblem(name, "too_long", limit) for name in names if len(getattr(draft, name)) > limit]
