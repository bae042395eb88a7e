"""The startup benchmark's hook (``make bench``): how long until the program is on screen.

Off unless the environment names a report file (``CASENOTES_BENCH_REPORT``, read by ``desktop.app``). Then
the probe notes, as wall-clock times (``time.time()``, comparable with the benchmark's own clock in the
parent process):

* ``gui_started``: the composition root began building the program (imports done);
* ``state_<name>``: the controller reached a state ("opening", "unlocked", "locked", "setup");
  ``state_unlocked`` is when the notebook is open, with everything in it to be clicked;
* ``first_paint``: the first window (unlock dialog or main window, opening or open) was painted;
* ``caseload_shown``: the caseload table was first painted, with the rows read early while the
  notebook opens (``MainWindow.show_early_caseload``) or with those of the open notebook.

When the notebook is open and its caseload on screen, or when the first window is a dialog that waits for
a person, it writes those times and the process's peak memory to the report file and closes the windows
as a person would (so the vault is locked properly). The report holds times and sizes only, never data
from the vault.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.views.controller import AppController


def peak_rss_kib() -> int | None:
    """This process's peak resident memory in KiB (``None`` where the OS does not say).

    On Linux the high-water mark of this program's own memory (``VmHWM``): ``ru_maxrss`` would also
    count the parent it was forked from, since Linux carries that figure across ``exec``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes, Linux KiB


class StartupProbe(QObject):
    """Watches paint events of the whole application until the program is on screen, then reports."""

    def __init__(self, controller: AppController, report: Path) -> None:
        super().__init__(controller)
        self._controller = controller
        self._report = Path(report)
        self._state = ""
        self._done = False
        self._main_window: QWidget | None = None
        self.marks: dict[str, float] = {"gui_started": time.time()}
        controller.state_changed.connect(self._on_state)

    def _on_state(self, state: str) -> None:
        """A window was just shown (its paint comes later, from the event loop): watch it.

        Only the windows are watched, not the whole application, so the probe adds no work to the
        thousands of events of building the windows; the main window says itself when its caseload was
        painted (``caseload_shown``).
        """
        self._state = state
        self.marks.setdefault(f"state_{state}", time.time())
        window = self._controller.main_window
        if state in ("opening", "unlocked") and window is not None:
            if window is not self._main_window:
                self._main_window = window
                window.installEventFilter(self)
                window.caseload_shown.connect(self._on_caseload_shown)
            if state == "unlocked" and "caseload_shown" in self.marks:
                self._finish()  # the caseload was on show before the notebook was open
        elif self._controller.dialog is not None:
            self._controller.dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the first paint; never consumes an event."""
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.marks.setdefault("first_paint", time.time())
            if self._controller.main_window is None and self._state not in ("opening", "unlocked"):
                self._finish()  # a dialog waits for a person: nothing more comes by itself
        return False

    def _on_caseload_shown(self) -> None:
        self.marks.setdefault("caseload_shown", time.time())
        if self._state == "unlocked":
            self._finish()

    def _finish(self) -> None:
        self._done = True
        QTimer.singleShot(0, self._write_and_close)

    def _write_and_close(self) -> None:
        report = {"marks": self.marks, "state": self._state, "peak_rss_kib": peak_rss_kib()}
        self._report.write_text(json.dumps(report), "utf-8")
        QApplication.closeAllWindows()  # the main window's close quits and locks; a dialog's close quits
