"""Conversation tools (samtaleværktøjer) as data: a guide is a list of prompts and fields.

Guides live in ``resources/guides/*.json`` (format: ``resources/guides/schema.json``); administrators
add one by dropping a file in. ``parse_guide`` is strict, so a broken file is reported by name and
field path instead of half-working in a meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

FIELD_KINDS = ("text", "scale", "choice", "list", "network")
PHASES = ("before", "during", "after")
LANGUAGES = ("da", "en")
_ID = re.compile(r"^[a-z][a-z0-9_]{1,40}$")


class GuideError(ValueError):
    """A guide file does not follow the format; ``path`` says where (``fields[2].label.da``)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Text:
    """A text in Danish and English."""

    da: str
    en: str

    def get(self, language: str) -> str:
        """The text in ``language`` (Danish when unknown)."""
        return self.en if language == "en" else self.da


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
    """Build a ``Guide`` from parsed JSON, or raise ``GuideError``."""
    obj = _object(data, "")
    _only(obj, "", {"id", "version", "title", "purpose", "prompts", "fields", "evaluation"})
    guide_id = _identifier(obj.get("id"), "id")
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise GuideError("version", "must be a whole number from 1")
    prompts_obj = _object(obj.get("prompts", {}), "prompts")
    _only(prompts_obj, "prompts", set(PHASES))
    prompts = {
        phase: tuple(
            _text(p, f"prompts.{phase}[{i}]") for i, p in enumerate(_list(items, f"prompts.{phase}"))
        )
        for phase, items in prompts_obj.items()
    }
    raw_fields = _list(obj.get("fields", []), "fields")
    fields_ = tuple(_field(item, f"fields[{i}]") for i, item in enumerate(raw_fields))
    ids = [f.id for f in fields_]
    if len(ids) != len(set(ids)):
        raise GuideError("fields", "field ids must be unique")
    if not prompts and not fields_:
        raise GuideError("", "a guide needs prompts or fields")
    evaluation = _text(obj["evaluation"], "evaluation") if "evaluation" in obj else None
    return Guide(
        id=guide_id,
        version=version,
        title=_text(obj.get("title"), "title"),
        purpose=_text(obj.get("purpose"), "purpose"),
        prompts=prompts,
        fields=fields_,
        evaluation=evaluation,
    )


def _field(data: Any, path: str) -> GuideField:
    obj = _object(data, path)
    _only(obj, path, {"id", "kind", "label", "help", "options", "min", "max", "sectors"})
    kind = obj.get("kind")
    if kind not in FIELD_KINDS:
        raise GuideError(f"{path}.kind", f"must be one of {', '.join(FIELD_KINDS)}")
    options = tuple(
        _text(o, f"{path}.options[{i}]")
        for i, o in enumerate(_list(obj.get("options", []), f"{path}.options"))
    )
    sectors = tuple(
        _text(o, f"{path}.sectors[{i}]")
        for i, o in enumerate(_list(obj.get("sectors", []), f"{path}.sectors"))
    )
    if kind == "choice" and len(options) < 2:
        raise GuideError(f"{path}.options", "a choice needs at least two options")
    if kind == "network" and not sectors:
        raise GuideError(f"{path}.sectors", "a network map needs its sectors")
    minimum, maximum = obj.get("min", 1), obj.get("max", 10)
    whole = all(isinstance(v, int) and not isinstance(v, bool) for v in (minimum, maximum))
    if kind == "scale" and (not whole or minimum >= maximum):
        raise GuideError(f"{path}.min", "a scale needs whole numbers with min < max")
    return GuideField(
        id=_identifier(obj.get("id"), f"{path}.id"),
        kind=kind,
        label=_text(obj.get("label"), f"{path}.label"),
        help=_text(obj["help"], f"{path}.help") if "help" in obj else None,
        options=options,
        minimum=minimum,
        maximum=maximum,
        sectors=sectors,
    )


def _object(data: Any, path: str) -> dict:
    if not isinstance(data, dict):
        raise GuideError(path or "(file)", "must be an object")
    return data


def _list(data: Any, path: str) -> list:
    if not isinstance(data, list):
        raise GuideError(path, "must be a list")
    return data


def _only(obj: dict, path: str, allowed: set[str]) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise GuideError(f"{path}.{unknown[0]}" if path else unknown[0], "is not a known key")


def _identifier(value: Any, path: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise GuideError(path, "must be lower-case letters, digits and _ (2-41 characters)")
    return value


def _text(value: Any, path: str) -> Text:
    obj = _object(value, path)
    _only(obj, path, set(LANGUAGES))
    for language in LANGUAGES:
        text = obj.get(language)
        if not isinstance(text, str) or not text.strip():
            raise GuideError(f"{path}.{language}", "must be a non-empty text")
    return Text(obj["da"].strip(), obj["en"].strip())
