"""Loads every usable data file (conversation tools, progress scales) from the shipped folder and any
administrator folders; a later folder's file replaces an earlier one with the same id."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from desktop.domain.data_file import DataFileError

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1_000_000
SCHEMA_FILE = "schema.json"
T = TypeVar("T")


@dataclass(frozen=True)
class FileProblem:
    """A data file that could not be used, and why (shown to administrators, logged by file name)."""

    file: str
    problem: str


def load_folders(
    folders: list[Path], parse: Callable[[Any], T], key: Callable[[T], str]
) -> tuple[dict[str, T], list[FileProblem]]:
    """Every file in ``folders`` that ``parse`` accepts, by id, and the files that were skipped."""
    items: dict[str, T] = {}
    problems: list[FileProblem] = []
    for folder in (Path(f) for f in folders):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            if path.name == SCHEMA_FILE:
                continue
            try:
                item = parse(_read_json(path))
            except DataFileError as exc:
                problems.append(FileProblem(path.name, str(exc)))
                log.warning("data file %s skipped: %s", path.name, exc)
                continue
            items[key(item)] = item
    return items, problems


def _read_json(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DataFileError("(file)", "larger than 1 MB")
        return json.loads(path.read_text("utf-8"))
    except DataFileError:
        raise
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DataFileError("(file)", f"not readable JSON ({type(exc).__name__})") from None
