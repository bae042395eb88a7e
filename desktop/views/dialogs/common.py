"""Layout pieces every vault dialog shares: a heading, a lead paragraph, an inline error line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A page title (it wraps rather than widen the dialog when a translation runs long)."""
    label = QLabel(text, parent)
    label.setObjectName("heading")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def lead(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapped paragraph under a heading."""
    label = QLabel(text, parent)
    label.setObjectName("lead")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


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


def set_busy_cursor(widget: QWidget, busy: bool) -> None:
    """Show the busy cursor over ``widget`` while background work runs."""
    if busy:
        widget.setCursor(Qt.CursorShape.BusyCursor)
    else:
        widget.unsetCursor()


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for its wrapped text at the width it has.

    Qt sizes a new window for its text wrapped at the preferred width, then narrows it to fit the
    screen, so on a small screen (or with a long translation) the last lines of a paragraph fell off."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


class DialogFitter(QObject):
    """Installed on the application: every dialog, once shown, grows to fit its wrapped text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After a dialog is shown (and laid out), let it grow to fit."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            QTimer.singleShot(0, watched, lambda: grow_to_fit(watched))
        return False
