"""The mouse wheel scrolls the page, never a value the person is not working on.

Scrolling a long form over a spin box or a combo box used to change it (a tool score 7 → 1). The
application's event filter (``app_events``, installed by ``create_application``) calls these for
every window: a spin
box, combo box or slider reacts to the wheel only while it has the keyboard focus; otherwise the
wheel goes to the scroll area around it. Those widgets also get ``Qt.StrongFocus``, so a wheel turn
does not give them the focus (Qt's default ``WheelFocus`` would, and the next turn would change them).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    """Whether the wheel may change ``widget``'s value (a scroll bar is meant for the wheel)."""
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


def guard_wheel(watched: QObject, event: QEvent) -> bool:
    """For a wheel event: ``True`` when it was taken from a value widget without focus (and given to
    the page around it), so the widget must not see it."""
    if not is_guarded(watched) or not isinstance(event, QWheelEvent):
        return False
    assert isinstance(watched, QWidget)
    if _has_focus(watched):
        return False
    _scroll_page(watched, event)
    event.accept()
    return True


def strong_focus(watched: QObject) -> None:
    """For a polish event: a value widget takes the focus from a click or Tab, not from the wheel."""
    if is_guarded(watched):
        assert isinstance(watched, QWidget)
        if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _has_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def _scroll_page(widget: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the nearest scroll area around ``widget`` (if there is none, it is dropped)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return
    viewport = parent.viewport()
    local = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    forwarded = QWheelEvent(
        local,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(viewport, forwarded)
