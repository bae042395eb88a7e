"""The Qt binding must not lose references to ``None``: PySide6 6.12.0 did, once for every empty value
Qt handed back (an item's unset data), and the program aborted with "none_dealloc" after some fifty
citizens were opened. The check runs in its own process, because a failure kills the interpreter."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
box = QComboBox()
box.addItem("x", None)
before = sys.getrefcount(None)
for _ in range(20_000):
    box.itemData(0)
print(sys.getrefcount(None) - before)
"""


def test_empty_values_from_qt_do_not_use_up_none():
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip().splitlines()[-1])) < 100
