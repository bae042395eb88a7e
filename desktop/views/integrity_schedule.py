"""Runs the full integrity check while nobody works, at most once a day.

The check itself (``storage.integrity.FullCheck``, through ``VaultSession.begin_full_check``) reads on a
connection of its own, in steps. Here it is started on a worker thread at the lowest priority once the
program has had no input for ``idle_seconds``, and only when the last check that found the vault whole
is ``every`` or longer ago. The first key, click, wheel or mouse move, an operation starting (opening a
citizen, a save, a search: ``pause``), the lock and quitting (``stop``) stop it within milliseconds; it
goes on from where it stopped at the next idle spell.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal

from desktop.views.idle_watcher import IdleWatcher

if TYPE_CHECKING:
    from desktop.services.vault_session import FullCheckRun, VaultSession

log = logging.getLogger(__name__)

IDLE_SECONDS = 60.0  # no input for this long before the check starts (or goes on)
EVERY = timedelta(days=1)  # a check that found the vault whole counts for this long
_STOP_WAIT_SECONDS = 5.0


class _CheckThread(QThread):
    """Runs one step of the check (until it is finished or stopped) and says how it ended.

    Signals:
        ended(object): the report, None when stopped, or the exception.
    """

    ended = Signal(object)

    def __init__(self, run: FullCheckRun, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = run

    def run(self) -> None:
        """On the worker thread."""
        _lower_this_threads_priority()
        try:
            outcome: Any = self._check.run()
        except Exception as exc:  # delivered to the GUI thread, which shows it as damage
            outcome = exc
        self.ended.emit(outcome)


class IntegritySchedule(QObject):
    """Starts, stops and resumes the full check of the open vault; one per program.

    Signals:
        started(): the check started or went on (on a worker thread).
        paused(): the check was stopped (input, an operation); it goes on at the next idle spell.
        finished(object): the check is finished: its ``IntegrityReport``.
        failed(object): the check ended with an exception (shown as damage).
    """

    started = Signal()
    paused = Signal()
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        session: VaultSession,
        idle_seconds: float = IDLE_SECONDS,
        every: timedelta = EVERY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._every = every
        self._watcher = IdleWatcher(idle_seconds / 60, self)
        self._watcher.stop()
        self._watcher.idle.connect(self._on_idle)
        self._watcher.resumed.connect(self.pause)
        self._check: FullCheckRun | None = None
        self._thread: _CheckThread | None = None
        self._due: bool | None = None  # asked once per unlock, at the first idle spell
        self._on = False

    @property
    def running(self) -> bool:
        """Whether the check is working on its thread now."""
        return self._thread is not None

    @property
    def check(self) -> FullCheckRun | None:
        """The check begun and not finished yet (None when none is)."""
        return self._check

    def set_idle_seconds(self, seconds: float) -> None:
        """How long without input before the check starts or goes on."""
        self._watcher.set_minutes(seconds / 60)
        if not self._on:
            self._watcher.stop()

    def start(self) -> None:
        """The vault is open: wait for an idle spell."""
        self._on = True
        self._due = None
        self._watcher.restart()

    def pause(self) -> None:
        """Somebody works: stop the check now (it goes on at the next idle spell)."""
        if not self._on:
            return
        if self._thread is not None and self._check is not None:
            self._check.stop()
        if not self._watcher.active:
            self._watcher.restart()  # an operation without input: count the idle spell from now

    def stop(self) -> None:
        """The vault is about to lock (or the program to quit): stop the check and wait until it has."""
        self._on = False
        self._watcher.stop()
        check, thread = self._check, self._thread
        self._check, self._thread, self._due = None, None, None
        if check is not None:
            check.stop(_STOP_WAIT_SECONDS)
        if thread is not None:
            thread.ended.disconnect(self._ended)
            thread.wait()
            thread.deleteLater()

    # -- internals ---------------------------------------------------------------------------------

    def _on_idle(self) -> None:
        if not self._on or self._thread is not None or not self._session.is_unlocked:
            return
        if self._check is None:
            if self._due is None:
                try:
                    self._due = self._session.full_check_due(self._every)
                except Exception as exc:  # a vault that cannot even say this is reported by the check
                    log.warning("integrity schedule: %s", type(exc).__name__)
                    self._due = True
            if not self._due:
                return
            self._check = self._session.begin_full_check()
        thread = _CheckThread(self._check)
        thread.ended.connect(self._ended)
        self._thread = thread
        thread.start(QThread.Priority.LowestPriority)
        log.info("integrity check: started (run %d)", self._check.runs + 1)
        self.started.emit()

    def _ended(self, outcome: object) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        if outcome is None:
            log.info("integrity check: stopped, goes on at the next idle spell")
            self.paused.emit()
            return
        self._check = None
        if isinstance(outcome, BaseException):
            log.warning("integrity check failed: %s", type(outcome).__name__)
            self.failed.emit(outcome)
            return
        self._due = False
        log.info("integrity check: finished (%s)", "ok" if getattr(outcome, "ok", False) else "problems")
        self.finished.emit(outcome)


def _lower_this_threads_priority() -> None:
    """Nice the calling thread (Linux: a thread is a task of its own; Qt's LowestPriority does nothing
    there for ordinary threads). Elsewhere Qt's LowestPriority, set when the thread starts, is what counts."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
