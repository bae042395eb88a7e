"""The yardstick for the startup figures: a bare PySide6 window in a fresh process.

    python benchmarks/bare_window.py REPORT

Starts a QApplication, shows an empty QMainWindow of the program's default size, writes the time of its
first paint (``time.time()``) and its peak RSS to REPORT as JSON and quits. Run as a script, not as a module, so it imports
nothing but PySide6.
"""

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def _peak_rss_kib() -> int | None:
    """This process's peak resident memory (Linux ``VmHWM``, as the program's startup probe reads it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class _FirstPaint(QObject):
    def __init__(self, report: str) -> None:
        super().__init__()
        self._report = report
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
        if painted and not self._done and watched.isWindow():
            self._done = True
            marks = {"first_paint": time.time()}
            with open(self._report, "w", encoding="utf-8") as out:
                json.dump({"marks": marks, "peak_rss_kib": _peak_rss_kib()}, out)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    probe = _FirstPaint(sys.argv[1])
    app.installEventFilter(probe)
    window = QMainWindow()
    window.resize(1180, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
