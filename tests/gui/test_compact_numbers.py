"""A 1-10 value is as wide as its numbers, not the page."""

import json
from pathlib import Path

from PySide6.QtWidgets import QSpinBox

from desktop.domain.guides import parse_guide
from desktop.views.citizen.tool_form import ToolForm

GUIDES = Path(__file__).parents[2] / "resources" / "guides"


def test_a_tools_scale_does_not_stretch_across_the_form(qtbot, app):
    guide = parse_guide(json.loads((GUIDES / "scale_questions.json").read_text(encoding="utf-8")))
    form = ToolForm(guide, "da")
    qtbot.addWidget(form)
    form.resize(1000, 800)
    form.show()
    qtbot.waitExposed(form)
    scales = form.findChildren(QSpinBox)
    assert scales
    for box in scales:
        assert box.width() <= box.sizeHint().width() + 2, box.accessibleName()


def test_the_belief_rating_does_not_stretch_across_the_form(qtbot, main_window, open_citizen):
    open_citizen("belief_panel")
    main_window.resize(1280, 800)
    box = main_window.citizen_page.tabs.belief_panel.value
    qtbot.waitUntil(box.isVisible)
    assert box.width() <= box.sizeHint().width() + 2
