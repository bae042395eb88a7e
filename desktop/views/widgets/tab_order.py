"""The Tab order of forms whose fields are built as the form changes (tool answers, scale rows, rows of
agreements): Qt appends a new widget at the end of the order, wherever it shows on screen."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def focus_stops(root: QWidget) -> list[QWidget]:
    """The widgets inside ``root`` that Tab stops at, in the order they were made (top to bottom in our
    forms); the line edit inside a spin box or combo box is the box's own business."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.window() is root.window()  # not a combo box's pop-up list
        and not _inside_a_box(widget, root)
    ]


def _inside_a_box(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def chain(*stops: QWidget | Iterable[QWidget]) -> None:
    """Make Tab go through ``stops`` in the order given (lists of widgets are taken in their order)."""
    flat: list[QWidget] = []
    for stop in stops:
        flat.extend([stop] if isinstance(stop, QWidget) else stop)
    for before, after in pairwise(flat):
        QWidget.setTabOrder(before, after)
