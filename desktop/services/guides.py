"""Loads the conversation tools from the shipped folder (and, later, an administrator's folder)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.guides import Guide, GuideError, parse_guide

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1_000_000
SCHEMA_FILE = "schema.json"


@dataclass(frozen=True)
class GuideProblem:
    """A guide file that could not be used, and why (shown to administrators, logged by file name)."""

    file: str
    problem: str


class GuideLibrary:
    """Every usable guide in ``folders``; a later folder's guide replaces an earlier one with the same id."""

    def __init__(self, folders: list[Path]) -> None:
        self._folders = [Path(f) for f in folders]

    def load(self) -> tuple[list[Guide], list[GuideProblem]]:
        """The guides sorted by Danish title, and the files that were skipped."""
        guides: dict[str, Guide] = {}
        problems: list[GuideProblem] = []
        for folder in self._folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.json")):
                if path.name == SCHEMA_FILE:
                    continue
                try:
                    guide = _read(path)
                except GuideError as exc:
                    problems.append(GuideProblem(path.name, str(exc)))
                    log.warning("guide file %s skipped: %s", path.name, exc)
                    continue
                guides[guide.id] = guide
        return sorted(guides.values(), key=lambda g: g.title.da.lower()), problems


def _read(path: Path) -> Guide:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise GuideError("(file)", "larger than 1 MB")
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, GuideError):
            raise
        raise GuideError("(file)", f"not readable JSON ({type(exc).__name__})") from None
    return parse_guide(data)
