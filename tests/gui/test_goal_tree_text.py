"""A long goal is read whole in the goals tree, not clipped to one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from desktop.domain.citizen import CitizenDraft
from desktop.domain.goals import GoalDraft
from tests.gui.conftest import open_citizen_and_wait

LONG_GOAL = (
    "Arbejde som pædagogmedhjælper i en børnehave i nærområdet, først få timer om ugen og med faste "
    "pauser, senere flere timer når helbredet tillader det"
)
SUB_GOAL = "Øve at være blandt mennesker i en lille gruppe to gange om ugen sammen med mentor"


@pytest.fixture
def goals(qtbot, main_window):
    services = main_window.services
    citizen = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    goal = services.goals.add_goal(
        citizen, GoalDraft("employment", LONG_GOAL, "together", trade_or_function="Pædagogmedhjælper")
    )
    services.goals.add_goal(citizen, GoalDraft("purpose", SUB_GOAL, "citizen", parent_id=goal))
    open_citizen_and_wait(main_window, qtbot, citizen)
    page = main_window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.goals_panel)
    main_window.resize(1100, 720)
    return page.tabs.goals_panel


def test_a_long_goal_wraps_within_the_tree_and_its_tooltip_holds_it_all(qtbot, goals):
    tree = goals.tree
    qtbot.waitUntil(tree.isVisible)
    top = goals.tree_model.index(0, 0)
    sub = goals.tree_model.index(0, 0, top)
    line = tree.fontMetrics().height()

    def fitted(item, text):
        """The goal's text wrapped at the tree's width, plus its status line, fit in the row."""
        cell = tree.visualRect(item)
        room = cell.width() - 2 * tree.style().pixelMetric(tree.style().PixelMetric.PM_FocusFrameHMargin) - 6
        needed = tree.fontMetrics().boundingRect(0, 0, room, 10_000, Qt.TextFlag.TextWordWrap, text).height()
        return cell.height() >= needed + line

    splitter = goals.findChild(QSplitter)
    for width in (280, 190):  # also after the list is made narrower: the rows grow
        splitter.setSizes([width, splitter.width() - width])
        for item, text in ((top, LONG_GOAL), (sub, SUB_GOAL)):
            assert text in item.data(Qt.ItemDataRole.ToolTipRole)  # the whole goal, and its status, on hover
            qtbot.waitUntil(lambda item=item, text=text: fitted(item, text), timeout=2000)
            cell = tree.visualRect(item)
            assert cell.right() <= tree.viewport().rect().right() + 1, "the goal runs past the tree's edge"
    assert not tree.horizontalScrollBar().isVisible()
    assert not goals.grab().isNull()
