"""Three-way merge of one record, field by field, against the content both sides last agreed on.

A field changed on one side only takes that side's value. A field changed on both sides to the same
value is no conflict. Long text changed on both sides is first merged line by line (``merge3``, the
three-way merge Breezy maintains), so two people adding different paragraphs both keep theirs. Only
what is left, the same field given two different values, is a conflict: the merged record keeps the
local value in place and the conflict keeps both values for a person to choose or combine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import merge3

LONG_TEXT = 80  # texts longer than this, or with a line break, are merged line by line


@dataclass(frozen=True)
class FieldConflict:
    """One field that both sides changed to different values."""

    field: str
    base: Any
    local: Any
    remote: Any


@dataclass(frozen=True)
class MergeResult:
    merged: dict[str, Any]
    conflicts: tuple[FieldConflict, ...] = ()


def merge_text(base: str, local: str, remote: str) -> str | None:
    """Line-based three-way merge; ``None`` when the same lines were changed differently."""
    base_lines, local_lines, remote_lines = (_lines(t) for t in (base, local, remote))
    merger = merge3.Merge3(base_lines, local_lines, remote_lines)
    if any(region[0] == "conflict" for region in merger.merge_regions()):
        return None
    merged = "".join(merger.merge_lines())
    if not (local.endswith("\n") or remote.endswith("\n")) and merged.endswith("\n"):
        merged = merged[:-1]  # the newline ``_lines`` added for the comparison
    return merged


def merge_record(base: dict[str, Any] | None, local: dict[str, Any], remote: dict[str, Any]) -> MergeResult:
    """Merge ``local`` and ``remote`` edits of a record whose last agreed content is ``base``."""
    base = base or {}
    merged: dict[str, Any] = {}
    conflicts = []
    for field in sorted(set(base) | set(local) | set(remote)):
        was, mine, theirs = base.get(field), local.get(field), remote.get(field)
        if mine == theirs or theirs == was:
            merged[field] = mine
        elif mine == was:
            merged[field] = theirs
        else:
            combined = _merge_long_text(was, mine, theirs)
            if combined is None:
                merged[field] = mine
                conflicts.append(FieldConflict(field, was, mine, theirs))
            else:
                merged[field] = combined
    return MergeResult({k: v for k, v in merged.items() if k in local or k in remote}, tuple(conflicts))


def _merge_long_text(base: Any, local: Any, remote: Any) -> str | None:
    texts = (base if base is not None else "", local, remote)
    if not all(isinstance(t, str) for t in texts):
        return None
    if not any(len(t) > LONG_TEXT or "\n" in t for t in (local, remote)):
        return None  # a short value (a name, a date, a status) changed two ways is a real conflict
    return merge_text(*texts)


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"  # so an appended last line does not look like a change of the old last line
    return lines
