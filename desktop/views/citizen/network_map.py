"""The network map with its button to save it as a picture, fed with the citizen's actors."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain.coordination import sector_of
from desktop.services.coordination import StoredActor
from desktop.views.citizen.coordination_texts import actor_title
from desktop.views.citizen.network_view import NetworkActor, NetworkView
from desktop.views.citizen.outcome import NOTHING, Outcome
from desktop.views.labels import ROLES, label
from desktop.views.widgets.buttons import push_button, right_aligned
from desktop.views.widgets.picture_export import save_png


class NetworkMap(QWidget):
    """``view`` draws the citizen in the middle and the actors by sector around them."""

    def __init__(self, save: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = NetworkView()
        self.save_button = push_button(self.tr("Save map as p&icture…"), save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(right_aligned(self.save_button))

    def show_network(self, citizen_name: str, actors: Sequence[StoredActor], consented: set[str]) -> None:
        """The actors around ``citizen_name``; those no valid consent covers today are drawn so."""
        self.view.set_network(
            citizen_name,
            [
                NetworkActor(
                    actor.id,
                    actor_title(actor.draft),
                    label(ROLES, actor.draft.role),
                    sector_of(actor.draft.role),
                    actor.id in consented,
                )
                for actor in actors
            ],
        )

    def save_picture(self, choose_path: Callable[[str], str]) -> Outcome:
        """The map as a PNG where the person chooses (``stored``: it was written)."""
        path = choose_path(self.tr("Network map.png"))
        if not path:
            return NOTHING
        if not save_png(self.view.grab(), path):
            return Outcome(False, self.tr("The picture could not be saved there."), "error")
        return Outcome(True, self.tr("The network map was saved as a picture."), "ok")
