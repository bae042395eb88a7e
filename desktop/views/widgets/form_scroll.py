"""A scroll area around a form or a column of fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def in_scroll_area(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that follows the focus.

    The area itself takes no focus: Tab goes from field to field inside it (and it scrolls to show each),
    with no extra, nameless stop on the area (Qt gives scroll areas Tab focus for arrow-key scrolling).
    """
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
