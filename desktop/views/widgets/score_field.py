"""A rating on a fine scale (1-10 by default) as a row of numbered boxes, quick with the keyboard alone.

Typing a digit chooses it (0 means 10 on a 1-10 scale; on longer scales two digits typed quickly
make one number), the arrow keys step, Home/End jump to the ends, Delete clears. A click chooses too.
``chosen`` is emitted once a typed number is complete, so a form can move on to the next rating.
"""

from __future__ import annotations

import time
from typing import TypeVar

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractSpinBox, QSizePolicy, QWidget

_Box = TypeVar("_Box", bound=QAbstractSpinBox)

TYPING_PAUSE = 1.0  # seconds within which a second digit continues the number on a scale beyond 10
BOX = 26  # width of one box in pixels


class ScoreField(QWidget):
    """Signals:
    changed(): the value changed (also when cleared).
    chosen(): a value was typed in full; the form may move on.
    """

    changed = Signal()
    chosen = Signal()

    def __init__(self, minimum: int = 1, maximum: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum, self._maximum = minimum, maximum
        self._value: int | None = None
        self._typed = ""
        self._typed_at = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(self._steps() * BOX + 4, BOX + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def value(self) -> int | None:
        """The chosen score, or ``None``."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Choose a score (``None`` clears; values outside the range are ignored)."""
        if value is not None and not self._minimum <= value <= self._maximum:
            return
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(str(value) if value is not None else "")
            self.update()
            self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps: dict[int, int] = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: -1,
        }
        if (
            Qt.Key.Key_0 <= key <= Qt.Key.Key_9
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._type_digit(key - Qt.Key.Key_0)
        elif key in steps:
            start = (
                self._value
                if self._value is not None
                else (self._minimum - 1 if steps[key] > 0 else self._maximum + 1)
            )
            self.set_value(min(max(start + steps[key], self._minimum), self._maximum))
        elif key == Qt.Key.Key_Home:
            self.set_value(self._minimum)
        elif key == Qt.Key.Key_End:
            self.set_value(self._maximum)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = int((event.position().x() - 2) // BOX)
        if 0 <= index < self._steps():
            self.setFocus()
            self.set_value(self._minimum + index)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        for index in range(self._steps()):
            score = self._minimum + index
            box = QRectF(2 + index * BOX, 3, BOX - 3, BOX)
            filled = self._value is not None and score <= self._value
            current = score == self._value
            painter.setPen(QPen(QColor("#0b57d0" if filled else "#9aa0a6"), 2 if current else 1))
            painter.setBrush(QColor("#0b57d0" if current else "#c9dafc" if filled else "#ffffff"))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor("#ffffff" if current else "#1f1f1f"))
            text = str(score)
            if metrics.horizontalAdvance(text) < box.width() - 2:
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#0b57d0"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        painter.end()

    def _steps(self) -> int:
        return self._maximum - self._minimum + 1

    def _type_digit(self, digit: int) -> None:
        if self._maximum <= 10:
            value = 10 if digit == 0 and self._maximum == 10 else digit
            if self._minimum <= value <= self._maximum:
                self.set_value(value)
                self.chosen.emit()
            return
        now = time.monotonic()
        typed = (self._typed if now - self._typed_at < TYPING_PAUSE else "") + str(digit)
        self._typed, self._typed_at = typed, now
        value = int(typed)
        if self._minimum <= value <= self._maximum:
            self.set_value(value)
        if value * 10 > self._maximum:  # no further digit could follow: the number is complete
            self._typed = ""
            if self._minimum <= value <= self._maximum:
                self.chosen.emit()


def compact(box: _Box) -> _Box:
    """A number box as wide as its numbers, not the form (a 1-10 value that
    stretched across the page read as a text field)."""
    box.setSizePolicy(QSizePolicy.Policy.Fixed, box.sizePolicy().verticalPolicy())
    return box
