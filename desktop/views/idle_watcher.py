"""Notices when nobody has touched the program for a while, so the notebook can lock itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """An application-wide event filter; ``idle`` fires after ``minutes`` without input.

    The filter is installed only while the countdown runs: it sees every event of the program, and
    building the main window under it took half as long again (issue 8: 240 of 520 ms).

    Signals:
        idle(): the time ran out.
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listening = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Change the delay and start counting again."""
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self.restart()

    def restart(self) -> None:
        """Count from zero (any activity does this)."""
        self._timer.start()
        self._listen(True)

    def stop(self) -> None:
        """Stop counting (while locked)."""
        self._timer.stop()
        self._listen(False)

    def _listen(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self._listening:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._listening = on

    @property
    def active(self) -> bool:
        """Whether the countdown runs."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart on every key, click, wheel or mouse move; never consume the event."""
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
