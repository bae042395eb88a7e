"""What changed: services publish it, views subscribe and decide whether to redraw (as Anki does)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """``entity`` is a table-like name ("citizen", "note"); ``ids`` the records touched."""

    entity: str
    ids: tuple[str, ...]


class ChangeBus:
    """A tiny publish/subscribe hub; a view-side relay moves deliveries onto the GUI thread."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[Change], None]] = []

    def subscribe(self, callback: Callable[[Change], None]) -> None:
        """Call ``callback(change)`` after every committed change."""
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Change], None]) -> None:
        """Stop calling ``callback``."""
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def publish(self, entity: str, *ids: str) -> None:
        """Announce a committed change; a failing subscriber never undoes the write."""
        change = Change(entity, tuple(ids))
        for callback in list(self._subscribers):
            try:
                callback(change)
            except Exception:
                log.exception("change subscriber failed for %s", entity)
