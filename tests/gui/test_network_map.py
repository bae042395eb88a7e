"""The network map's boxes: a long name or role is shortened with "…" and shown whole
in a tooltip; at the map's smallest size no box runs into the citizen in the middle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.views.citizen.network_view import NetworkActor, NetworkView, line_end, place_actors

LONG = "Psykiatrisk Center Nord, Afsnit for Ambulant Behandling (Mette Kristiansen-Lund)"


@pytest.fixture
def view(qtbot):
    widget = NetworkView()
    qtbot.addWidget(widget)
    actors = [
        NetworkActor("psych", LONG, "Regionspsykiatrien", "health", True),
        NetworkActor("gp", "Lægehuset", "Egen læge", "health", False),
        NetworkActor("social", "Socialafdelingen", "Kommunens socialområde", "municipality", False),
        NetworkActor("job", "Netto Hasseris", "Arbejdsgiver", "work", True),
        NetworkActor("gran", "Mormor", "Pårørende", "private", False),
    ]
    widget.set_network("Åse Ærø", actors)
    return widget


def test_no_box_runs_into_the_citizen_at_the_smallest_size(qtbot, view):
    view.resize(view.minimumSize())
    view.show()
    qtbot.waitExposed(view)
    width, height = float(view.width()), float(view.height())
    for actor_id, centre in place_actors(view.actors(), width, height).items():
        inner_side = line_end(centre, width).x()  # the side of the box facing the citizen
        assert abs(inner_side - width / 2) > 52, actor_id
        outer_side = 2 * centre.x() - inner_side
        assert 0 <= outer_side <= width, actor_id


def test_a_shortened_name_is_shown_whole_in_a_tooltip(qtbot, view):
    view.resize(620, 520)
    view.show()
    qtbot.waitExposed(view)
    centre = place_actors(view.actors(), view.width(), view.height())["psych"].toPoint()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, centre, view.mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert LONG in QToolTip.text() and "Regionspsykiatrien" in QToolTip.text()
    # Over the citizen: the whole name (the circle shows the first name only).
    middle = QPoint(view.width() // 2, view.height() // 2)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, middle, view.mapToGlobal(middle)))
    qtbot.waitUntil(lambda: QToolTip.text() == "Åse Ærø", timeout=2000)


def test_the_role_under_a_name_is_never_cut_off_with_a_large_font(qtbot, view):
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    view.setFont(font)
    short, tall = view.box_heights()
    title = QFontMetrics(QApplication.font()).lineSpacing()
    assert short >= 2 * title * 1.5 and tall >= short + title * 1.5
