"""Loads the progress scale sets from the shipped folder and any administrator folder."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.scales import Scale, parse_scale
from desktop.services.data_folders import FileProblem, load_folders


class ScaleLibrary:
    """Every usable scale set in ``folders``; a later folder's set replaces one with the same id."""

    def __init__(self, folders: list[Path]) -> None:
        self._folders = [Path(f) for f in folders]

    def load(self) -> tuple[list[Scale], list[FileProblem]]:
        """The scale sets sorted by Danish title, and the files that were skipped."""
        scales, problems = load_folders(self._folders, parse_scale, lambda s: s.id)
        return sorted(scales.values(), key=lambda s: s.title.da.lower()), problems

    def get(self, scale_id: str) -> Scale | None:
        """One scale set by id."""
        return next((s for s in self.load()[0] if s.id == scale_id), None)
