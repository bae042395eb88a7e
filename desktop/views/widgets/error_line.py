"""The inline error line under a field: hidden until it has text, announced to screen readers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def error_line(parent: QWidget | None = None) -> QLabel:
    """An inline error message, hidden until it has text; announced to screen readers."""
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setVisible(False)
    label.setAccessibleName("")
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show ``text`` in an error line, or hide the line for an empty text."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def with_error_line(widget: QWidget, line: QLabel) -> QWidget:
    """``widget`` with its error line right under it, as one form cell."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(line)
    return holder
