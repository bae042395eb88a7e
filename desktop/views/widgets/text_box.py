"""The multi-line text field every form uses: Tab moves on (it does not type a tab), named for screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


def text_box(accessible_name: str, placeholder: str = "", min_height: int = 70) -> QPlainTextEdit:
    """A ``QPlainTextEdit`` for prose typed during or after a meeting."""
    box = QPlainTextEdit()
    box.setAccessibleName(accessible_name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(min_height)
    return box
