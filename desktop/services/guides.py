"""Loads the conversation tools from the shipped folder (and an administrator's folder, when given)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.guides import Guide, parse_guide
from desktop.services.data_folders import FileProblem, load_folders


class GuideLibrary:
    """Every usable guide in ``folders``; a later folder's guide replaces an earlier one with the same id."""

    def __init__(self, folders: list[Path]) -> None:
        self._folders = [Path(f) for f in folders]

    def load(self) -> tuple[list[Guide], list[FileProblem]]:
        """The guides sorted by Danish title, and the files that were skipped."""
        guides, problems = load_folders(self._folders, parse_guide, lambda g: g.id)
        return sorted(guides.values(), key=lambda g: g.title.da.lower()), problems
