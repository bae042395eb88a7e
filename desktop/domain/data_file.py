"""Strict reading of the JSON files administrators may drop in (conversation tools, progress scales).

A broken file is reported by name and by the path of the bad field (``fields[2].label.da``) instead of
half-working in a meeting. Every user-facing text in such a file is given in Danish and English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("da", "en")
_ID = re.compile(r"^[a-z][a-z0-9_]{1,40}$")


class DataFileError(ValueError):
    """A data file does not follow its format; ``path`` says where."""

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


def as_object(data: Any, path: str) -> dict:
    """``data`` as a JSON object, or an error at ``path``."""
    if not isinstance(data, dict):
        raise DataFileError(path or "(file)", "must be an object")
    return data


def as_list(data: Any, path: str) -> list:
    """``data`` as a JSON list, or an error at ``path``."""
    if not isinstance(data, list):
        raise DataFileError(path, "must be a list")
    return data


def only_keys(obj: dict, path: str, allowed: set[str]) -> None:
    """Refuse keys the format does not know (a typo should not be silently ignored)."""
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise DataFileError(f"{path}.{unknown[0]}" if path else unknown[0], "is not a known key")


def identifier(value: Any, path: str) -> str:
    """A stable id: lower-case letters, digits and _."""
    if not isinstance(value, str) or not _ID.match(value):
        raise DataFileError(path, "must be lower-case letters, digits and _ (2-41 characters)")
    return value


def whole_number(value: Any, path: str) -> int:
    """An int that is not a bool."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise DataFileError(path, "must be a whole number")
    return value


def text(value: Any, path: str) -> Text:
    """A ``{"da": …, "en": …}`` text, both non-empty."""
    obj = as_object(value, path)
    only_keys(obj, path, set(LANGUAGES))
    for language in LANGUAGES:
        item = obj.get(language)
        if not isinstance(item, str) or not item.strip():
            raise DataFileError(f"{path}.{language}", "must be a non-empty text")
    return Text(obj["da"].strip(), obj["en"].strip())
