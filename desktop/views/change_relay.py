"""Delivers service change announcements to the views on the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop.services.changes import Change, ChangeBus


class ChangeRelay(QObject):
    """Subscribes to the service bus; ``changed`` is queued to the GUI thread whatever thread wrote.

    Signals:
        changed(str, tuple): the entity and the ids that changed.
    """

    changed = Signal(str, tuple)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        bus.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: bus.unsubscribe(self._on_change))

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change.entity, change.ids)

    def detach(self) -> None:
        """Stop listening (when the window closes)."""
        self._bus.unsubscribe(self._on_change)
