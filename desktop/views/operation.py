"""Run slow work (key derivation, integrity checks, later search and sync) off the GUI thread.

The work runs on ``QThreadPool``; its result or its exception is delivered back on the GUI thread, as
Anki's operations do, so a view never blocks and never sees a half-finished state.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class OperationRunner(QObject):
    """Starts background jobs and keeps them alive until their callbacks have run.

    Signals:
        busy_changed(bool): True while at least one job is running.
    """

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        """Whether a job is running."""
        return bool(self._running)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``work()`` in the pool; then call ``on_success(result)`` or ``on_error(exc)`` here."""
        relay = _Relay(self)
        was_busy = self.busy
        self._running.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._running.discard(relay)
            relay.deleteLater()
            if was_busy != self.busy or not self.busy:
                self.busy_changed.emit(self.busy)
            callback(value)

        relay.succeeded.connect(lambda result: finish(on_success, result))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    def wait_for_all(self, msecs: int = 30000) -> bool:
        """Wait until every job has run and delivered its result (when the program quits, in tests).

        ``QThreadPool.waitForDone`` would block while holding the GIL, so a job still running Python
        could never finish: a deadlock. This loop sleeps in Python (releasing the GIL) and delivers
        the queued results as it goes.
        """
        deadline = time.monotonic() + msecs / 1000
        while self._running and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        return not self._running
