"""A SQLModel base class with one column per field of a domain dataclass, so a table need not retype them.

The domain declares what a caseworker edits (``CitizenDraft``: a form's plain values). The table that
stores it inherits its columns from ``draft_columns(CitizenDraft, ...)``, SQLModel's usual pattern of a
base model with the fields and a ``table=True`` class with the rest. The stored type is the field's
type, with one rule: a date is stored as ISO 8601 text. Whatever else differs for a field (an empty
text stored as NULL, an index, a description) is given by name as ``(stored type, Field(...))``.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from types import NoneType, UnionType
from typing import Any, cast, get_args, get_type_hints

from sqlmodel import Field, SQLModel
from sqlmodel.main import SQLModelMetaclass


def draft_columns(draft: type, name: str, stored: dict[str, tuple[Any, Any]]) -> type[SQLModel]:
    """A SQLModel base class ``name`` with a column for each field of the dataclass ``draft``; ``stored``
    overrides the type and ``Field`` of the fields named in it."""
    hints = get_type_hints(draft)
    unknown = set(stored) - set(hints)
    if unknown:
        raise ValueError(f"{draft.__name__} has no field {', '.join(sorted(unknown))}")
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {"__module__": __name__, "__annotations__": annotations}
    for field in dataclasses.fields(draft):
        if field.default is dataclasses.MISSING:
            raise ValueError(f"{draft.__name__}.{field.name} needs a plain default to become a column")
        annotations[field.name], namespace[field.name] = stored.get(
            field.name, (stored_type(hints[field.name]), Field(default=field.default))
        )
    return cast("type[SQLModel]", SQLModelMetaclass(name, (SQLModel,), namespace))


def stored_type(hint: Any) -> Any:
    """The type a field of type ``hint`` has in the database: a date (or none) is ISO text (or NULL)."""
    if hint is date:
        return str
    if isinstance(hint, UnionType) and set(get_args(hint)) == {date, NoneType}:
        return str | None
    return hint
