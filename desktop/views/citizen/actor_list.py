"""The citizen's actors as a list: a row each ("Netto Hasseris · Employer · no valid consent")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.services.coordination import StoredActor
from desktop.views.citizen.coordination_texts import actor_title
from desktop.views.labels import ROLES, label


class ActorList(QListWidget):
    """The rows carry the actors' ids; the panel sets the choice here without reacting to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Actors"))
        self.setMaximumHeight(150)

    def show_actors(self, actors: Sequence[StoredActor], consented: set[str]) -> None:
        """One row per actor, those no valid consent covers today marked so (no signal while it fills)."""
        self.blockSignals(True)
        self.clear()
        for actor in actors:
            text = f"{actor_title(actor.draft)} · {label(ROLES, actor.draft.role)}"
            if actor.id not in consented:
                text += " · " + self.tr("no valid consent")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, actor.id)
            self.addItem(item)
        self.blockSignals(False)

    def row_of(self, actor_id: str | None) -> int:
        """The actor's row (-1 when not there)."""
        return next(
            (row for row in range(self.count()) if self.item(row).data(Qt.ItemDataRole.UserRole) == actor_id),
            -1,
        )

    def select_quietly(self, actor_id: str | None) -> None:
        """Show ``actor_id`` as the current and only selected row, without a signal."""
        self.blockSignals(True)
        self.clearSelection()
        self.setCurrentRow(self.row_of(actor_id), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.blockSignals(False)
