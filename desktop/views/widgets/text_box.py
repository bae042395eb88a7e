"""The multi-line text field every form uses: Tab moves on (it does not type a tab), named for screen
readers, and held to the bound its service has (``text_limit``)."""

from __future__ import annotations

from desktop.views.widgets.text_limit import TextBox


def text_box(
    accessible_name: str, placeholder: str = "", min_height: int = 70, max_length: int = 0
) -> TextBox:
    """A ``QPlainTextEdit`` for prose typed during or after a meeting, holding at most ``max_length``
    characters (0: no bound)."""
    box = TextBox()
    box.setAccessibleName(accessible_name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(min_height)
    box.max_length = max_length
    return box
