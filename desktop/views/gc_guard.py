"""Python's cycle collector runs on the GUI thread only.

The collector starts in whichever thread happens to allocate when a threshold is passed, and our work
runs on worker threads (``operation.py``: key derivation, sync, handovers). A Qt object whose Python
wrapper sits in a reference cycle is then destroyed on a worker thread, which Qt does not allow: the
program crashed that way ("Segmentation fault … Garbage-collecting" under a worker's SQL call). So
automatic collection is switched off and a timer on the GUI thread collects instead, each generation
when its count passes the threshold Python would have used (the recipe PyQt programs use; plain
reference counting still frees everything not in a cycle at once).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Made once, on the GUI thread, with the application as parent; ``stop`` gives collection back to
    Python (tests that go on without an event loop)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        """Collect the oldest generation whose count is over its threshold (and the younger ones)."""
        counts = gc.get_count()
        due = [generation for generation in range(3) if counts[generation] > self._thresholds[generation]]
        if due:
            gc.collect(max(due))

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector on ``app`` (once; a second call returns the first)."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)
