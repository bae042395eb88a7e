"""Small layout helpers for buttons in forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def push_button(text: str, slot: Callable[[], object]) -> QPushButton:
    """A button that does not act on Enter in a form (only when clicked or its shortcut is pressed)."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def right_aligned(*widgets: QWidget) -> QHBoxLayout:
    """A row with ``widgets`` at its right end."""
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    return row
