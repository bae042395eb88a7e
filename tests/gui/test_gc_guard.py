"""Cycles are collected on the GUI thread only: automatic collection is off while the program runs,
and the timer's collection frees what a worker thread left in cycles."""

from __future__ import annotations

import gc
import weakref

from desktop.views.gc_guard import GuiThreadCollector


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_the_program_collects_on_the_gui_thread_only(app, qtbot):
    collector = app.findChild(GuiThreadCollector)
    assert collector is not None and not gc.isenabled()
    watched = []
    for _ in range(2000):  # more young objects than the first generation's threshold
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        watched.append(weakref.ref(a))
    del a, b
    assert any(ref() is not None for ref in watched)  # nothing collects them by itself now
    qtbot.waitUntil(lambda: all(ref() is None for ref in watched), timeout=5000)  # the timer's turn
