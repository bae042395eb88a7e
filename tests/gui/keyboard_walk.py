"""Walking a window with the Tab key as a keyboard user does, and judging the order against reading order."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QSplitter,
    QWidget,
)

ROW_SLACK = 4  # px: widgets this much out of line still share a row


def tab_walk(start: QWidget, limit: int = 400) -> list[QWidget]:
    """Focus ``start`` and press Tab until focus comes back to it; every widget focus visited, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited = [QApplication.focusWidget()]
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is None or now is visited[0]:
            break
        visited.append(now)
    return visited


def reachable(root: QWidget) -> list[QWidget]:
    """The widgets in ``root`` a keyboard user should be able to Tab to (as Qt decides Tab focus)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or editable combo box: the box takes focus
        found.append(widget)
    return found


def _region(widget: QWidget, root: QWidget) -> QWidget:
    """The pane of the innermost splitter ``widget`` sits in (a column of its own), else ``root``."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QSplitter):
            return child
        child, parent = parent, parent.parentWidget()
    return root


def _rect(widget: QWidget, root: QWidget) -> QRect:
    """Where ``widget`` lies in ``root`` as laid out, with every scroll area scrolled to its start (the
    walk scrolls them as it goes)."""
    x = y = 0
    child: QWidget | None = widget
    while child is not None and child is not root:
        parent = child.parentWidget()
        outer = parent.parentWidget() if parent is not None else None
        inside_scroll = isinstance(outer, QAbstractScrollArea) and parent is outer.viewport()
        if not inside_scroll:
            x, y = x + child.x(), y + child.y()
        child = parent
    return QRect(QPoint(x, y), widget.size())


def _follows(first: QRect, second: QRect) -> bool:
    """Whether ``second`` comes after ``first`` in reading order (same row: further right; else lower)."""
    same_row = second.top() < first.bottom() - ROW_SLACK and first.top() < second.bottom() - ROW_SLACK
    if same_row:
        return second.left() >= first.left()
    return second.top() >= first.top()


def out_of_reading_order(order: list[QWidget], root: QWidget) -> list[str]:
    """Steps of a Tab walk that go back up or to the left (within a pane; panes go left to right)."""
    # Measure before anything scrolls: positions as laid out, not as scrolled into view while walking.
    places = {id(w): (_rect(w, root), _region(w, root)) for w in order}
    problems = []
    for before, after in pairwise(order):
        (first, first_pane), (second, second_pane) = places[id(before)], places[id(after)]
        if first_pane is not second_pane:  # between panes (columns), the panes' places count
            first = first if first_pane is root else _rect(first_pane, root)
            second = second if second_pane is root else _rect(second_pane, root)
        if not _follows(first, second):
            problems.append(
                f"{describe(before)} {first.topLeft().toTuple()} → {describe(after)} {second.topLeft().toTuple()}"
            )
    return problems


def describe(widget: QWidget) -> str:
    """A short name for a widget in a test message."""
    text = ""
    for getter in ("accessibleName", "text", "placeholderText", "objectName"):
        value = getattr(widget, getter, None)
        text = value() if callable(value) else ""
        if text:
            break
    return f"{type(widget).__name__}({text[:30]!r})"
