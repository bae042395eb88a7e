"""The one shape every validation problem has: which field, and a code the views turn into a sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldProblem:
    """One validation problem: the field, a code, and a limit where the code needs one."""

    field: str
    code: str
    limit: int = 0
