"""A page's message line that never moves the page: its room (one line) is always kept in the layout,
and the sentence lies in that room, over the content below it when it needs more lines. A click aimed at
a field therefore lands where the caseworker aimed, whether a message has just appeared or gone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ROOM_PADDING = 14  # the label's own padding (6 px above and below) and a hair of air


class Banner(QWidget):
    """The kept room; ``label`` (a child of ``overlay_parent``) shows the sentence in it. A click on the
    sentence puts it away (a long one may lie over the section buttons).

    ``label`` has the object name "banner" and the property "kind" ("ok", "info", "error", "warning")
    for the style sheet.

    Signals:
        dismissed(): the person put the sentence away.
    """

    dismissed = Signal()

    def __init__(self, overlay_parent: QWidget) -> None:
        super().__init__(overlay_parent)
        self._overlay_parent = overlay_parent
        self.label = QLabel(overlay_parent)
        self.label.setObjectName("banner")
        self.label.setWordWrap(True)
        self.label.setVisible(False)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setToolTip(self.tr("Click to put the message away"))
        self.label.installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fit_room()
        self.installEventFilter(self)

    def show_message(self, text: str, kind: str) -> None:
        """Show ``text`` (or nothing for an empty text) in the style of ``kind``."""
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.label.setProperty("kind", kind)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.label.setVisible(bool(text))
        self._place()

    def text(self) -> str:
        """The sentence on show ("" when none)."""
        return self.label.text() if not self.label.isHidden() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the room when the layout moves or resizes it; a click on the sentence puts it away."""
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease:
            self.label.setVisible(False)
            self.dismissed.emit()
            return True
        if watched is self and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
        ):
            if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
                self._fit_room()
            self._place()
        return super().eventFilter(watched, event)

    def _fit_room(self) -> None:
        self.setFixedHeight(self.label.fontMetrics().height() + ROOM_PADDING)

    def _place(self) -> None:
        if self.label.isHidden():
            return
        top_left = self.mapTo(self._overlay_parent, QPoint(0, 0))
        width = max(self.width(), 1)
        height = max(self.height(), self.label.heightForWidth(width))
        self.label.setGeometry(top_left.x(), top_left.y(), width, height)
        self.label.raise_()
