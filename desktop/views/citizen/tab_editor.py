"""What a tab of the citizen's file does on Ctrl+S: the citizen page asks the tab on show, through this
small protocol, to save what its editor holds; a tab with nothing unsaved is told so in plain words."""

from __future__ import annotations

from typing import Protocol


class TabEditor(Protocol):
    """A tab that edits: goals and plan, meetings, reflection, network, progress, belief, caseworker."""

    def is_dirty(self) -> bool:
        """Whether the tab holds typing that is not stored yet."""
        ...

    def save(self) -> bool:
        """Store it; False (with the reason shown) when it could not be stored."""
        ...
