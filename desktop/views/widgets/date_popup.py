"""The calendar that drops down under a date field: opens on the field's date (or today), Escape
leaves it without a change, Enter or a click picks the day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QPushButton, QVBoxLayout, QWidget


class DatePopup(QFrame):
    """A calendar in a pop-up window.

    Signals:
        picked(object): a day was chosen (a ``date``); the pop-up has closed.
    """

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(lambda: self._pick(QDate.currentDate()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.calendar)
        layout.addWidget(self.today_button, 0, Qt.AlignmentFlag.AlignRight)
        # The calendar's own view has the focus; Escape must close the pop-up, not reach the dialog.
        for child in [self.calendar, *self.calendar.findChildren(QWidget)]:
            child.installEventFilter(self)

    def open_at(self, anchor: QWidget, day: date) -> None:
        """Show the month of ``day`` with ``day`` chosen, under ``anchor`` (above it near the screen's end)."""
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry() if anchor.screen() else None
        if screen is not None and below.y() + self.height() > screen.bottom():
            below = anchor.mapToGlobal(QPoint(0, -self.height()))
        if screen is not None:
            below.setX(max(screen.left(), min(below.x(), screen.right() - self.width())))
        self.move(below)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape closes without a change."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.close()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes without a change (also when the Today button has the focus)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _pick(self, day: QDate) -> None:
        self.close()
        self.picked.emit(date(day.year(), day.month(), day.day()))
