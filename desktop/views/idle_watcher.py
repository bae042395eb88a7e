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


# After it notices activity the watcher stops listening for this long: an application-wide filter sees
# every event of the program (paints, layouts, timers), and a person at work makes activity all the time.
PAUSE_MS = 10_000


class IdleWatcher(QObject):
    """``idle`` fires after ``minutes`` without input: never sooner, at most a pause later (``PAUSE_MS``,
    or a quarter of the delay when that is shorter).

    It listens to the application (an event filter) only until it sees the first key, click, wheel or
    mouse move; then it restarts the countdown and pauses for ``PAUSE_MS``, after which it counts the
    pause as activity and listens again. So the filter is off most of the time somebody works, and
    while the notebook is locked (building the main window under it took half as long again).

    Once the time ran out it goes on listening (until ``restart`` or ``stop``): the first input after
    that emits ``resumed`` and the countdown starts again (the scheduled integrity check runs
    while nobody works, and stops as soon as somebody does).

    Signals:
        idle(): the time ran out.
        resumed(): the first key, click, wheel or mouse move after ``idle``.
    """

    idle = Signal()
    resumed = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listening = False
        self._idle_now = False  # the time ran out and no input came since
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._ran_out)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._pause_over)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Change the delay and start counting again."""
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._pause.setInterval(min(PAUSE_MS, max(1, self._timer.interval() // 4)))
        self.restart()

    def restart(self) -> None:
        """Count from zero and listen for activity."""
        self._idle_now = False
        self._timer.start()
        self._pause.stop()
        self._listen(True)

    def stop(self) -> None:
        """Stop counting (while locked)."""
        self._idle_now = False
        self._timer.stop()
        self._pause.stop()
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

    def _ran_out(self) -> None:
        self._idle_now = True
        self.idle.emit()

    def _pause_over(self) -> None:
        if self._timer.isActive():  # unheard activity may have come in the pause: count from its end
            self.restart()

    @property
    def active(self) -> bool:
        """Whether the countdown runs."""
        return self._timer.isActive()

    @property
    def listening(self) -> bool:
        """Whether the watcher is listening to the program's events now."""
        return self._listening

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a key, click, wheel or mouse move: count from zero and pause listening (the first after
        ``idle``: say so first); never consume."""
        if event.type() not in _ACTIVITY:
            return False
        if self._idle_now:
            self._idle_now = False
            self._timer.start()
            self.resumed.emit()
        if self._timer.isActive():
            self._timer.start()
            self._listen(False)
            self._pause.start()
        return False
