"""Conversation tools (samtaleværktøjer) as data: a guide is a list of prompts and fields.

Guides live in ``resources/guides/*.json`` (format: ``resources/guides/schema.json``); administrators
add one by dropping a file in. ``parse_guide`` is strict, so a broken file is reported by name and
field path instead of half-working in a meeting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.domain.data_file import DataFileError, Text, as_list, as_object, identifier, only_keys, text

FIELD_KINDS = ("text", "scale", "choice", "list", "network")
PHASES = ("before", "during", "after")


@dataclass(frozen=True)
class GuideField:
    """One answer the tool asks for; stored structured in the note."""

    id: str
    kind: str
    label: Text
    help: Text | None = None
    options: tuple[Text, ...] = ()
    minimum: int = 1
    maximum: int = 10
    sectors: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Guide:
    """A conversation tool."""

    id: str
    version: int
    title: Text
    purpose: Text
    prompts: dict[str, tuple[Text, ...]] = field(default_factory=dict)
    fields: tuple[GuideField, ...] = ()
    evaluation: Text | None = None


def parse_guide(data: Any) -> Guide:
    """Build a ``Guide`` from parsed JSON, or raise ``DataFileError``."""
    obj = as_object(data, "")
    only_keys(obj, "", {"id", "version", "title", "purpose", "prompts", "fields", "evaluation"})
    guide_id = identifier(obj.get("id"), "id")
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DataFileError("version", "must be a whole number from 1")
    prompts_obj = as_object(obj.get("prompts", {}), "prompts")
    only_keys(prompts_obj, "prompts", set(PHASES))
    prompts = {
        phase: tuple(
            text(p, f"prompts.{phase}[{i}]") for i, p in enumerate(as_list(items, f"prompts.{phase}"))
        )
        for phase, items in prompts_obj.items()
    }
    raw_fields = as_list(obj.get("fields", []), "fields")
    fields_ = tuple(_field(item, f"fields[{i}]") for i, item in enumerate(raw_fields))
    ids = [f.id for f in fields_]
    if len(ids) != len(set(ids)):
        raise DataFileError("fields", "field ids must be unique")
    if not prompts and not fields_:
        raise DataFileError("", "a guide needs prompts or fields")
    evaluation = text(obj["evaluation"], "evaluation") if "evaluation" in obj else None
    return Guide(
        id=guide_id,
        version=version,
        title=text(obj.get("title"), "title"),
        purpose=text(obj.get("purpose"), "purpose"),
        prompts=prompts,
        fields=fields_,
        evaluation=evaluation,
    )


def _field(data: Any, path: str) -> GuideField:
    obj = as_object(data, path)
    only_keys(obj, path, {"id", "kind", "label", "help", "options", "min", "max", "sectors"})
    kind = obj.get("kind")
    if kind not in FIELD_KINDS:
        raise DataFileError(f"{path}.kind", f"must be one of {', '.join(FIELD_KINDS)}")
    options = tuple(
        text(o, f"{path}.options[{i}]")
        for i, o in enumerate(as_list(obj.get("options", []), f"{path}.options"))
    )
    sectors = tuple(
        text(o, f"{path}.sectors[{i}]")
        for i, o in enumerate(as_list(obj.get("sectors", []), f"{path}.sectors"))
    )
    if kind == "choice" and len(options) < 2:
        raise DataFileError(f"{path}.options", "a choice needs at least two options")
    if kind == "network" and not sectors:
        raise DataFileError(f"{path}.sectors", "a network map needs its sectors")
    minimum, maximum = obj.get("min", 1), obj.get("max", 10)
    whole = all(isinstance(v, int) and not isinstance(v, bool) for v in (minimum, maximum))
    if kind == "scale" and (not whole or minimum >= maximum):
        raise DataFileError(f"{path}.min", "a scale needs whole numbers with min < max")
    return GuideField(
        id=identifier(obj.get("id"), f"{path}.id"),
        kind=kind,
        label=text(obj.get("label"), f"{path}.label"),
        help=text(obj["help"], f"{path}.help") if "help" in obj else None,
        options=options,
        minimum=minimum,
        maximum=maximum,
        sectors=sectors,
    )
