"""Exceptions nobody caught, in a real process set up as the program sets itself up: one escaping a
Qt slot, one in an event filter, one ending a thread, one in ``__del__``. Each is logged by type and
code lines; the message (here holding a citizen's name and CPR number) reaches neither the log nor
stderr nor stdout."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.logging_setup import LOG_FILE_NAME
from desktop.paths import log_dir

ROOT = Path(__file__).resolve().parents[2]
NAME = "Nedbrudsmarkør Åse Ærø"
CPR = "211062-5629"

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.app import prepare_process

    prepare_process(Path(sys.argv[1]))
    secret = sys.argv[2]  # never a literal in the code: a traceback shows code lines
    app = QApplication([])

    def slot():
        raise ValueError(f"could not save {secret}")

    class Filter(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.User:
                raise KeyError(secret)
            return False

    class Leaky:
        def __del__(self):
            raise RuntimeError(f"cleanup of {secret}")

    def thread_work():
        raise LookupError(f"no row for {secret}")

    keep = Filter()
    app.installEventFilter(keep)
    target = QObject()
    QTimer.singleShot(0, slot)
    QTimer.singleShot(20, lambda: QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User)))
    QTimer.singleShot(40, lambda: threading.Thread(target=thread_work).start())
    QTimer.singleShot(60, lambda: Leaky())
    QTimer.singleShot(300, app.quit)
    app.exec()
    print("finished")
    """
)


def forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def test_uncaught_exceptions_never_write_their_message(tmp_path):
    folder = tmp_path / "data"
    secret = f"{NAME} {CPR}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder), secret],
        capture_output=True,
        timeout=120,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"finished" in result.stdout
    logged = (log_dir(folder) / LOG_FILE_NAME).read_bytes()
    for name in ("ValueError", "KeyError", "LookupError", "RuntimeError"):
        assert name.encode() in logged, name
        assert name.encode() in result.stderr, name  # the person is told something went wrong
    for needle in ("Nedbrudsmarkør", "Ærø", CPR, CPR.replace("-", "")):
        for form in forms(needle):
            assert form not in logged, needle
            assert form not in result.stderr, needle
            assert form not in result.stdout, needle
