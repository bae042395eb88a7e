"""Composition root: builds the session, the Qt application, the translators and the controller."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from desktop.logging_setup import configure_logging
from desktop.paths import resource_path
from desktop.services.vault_session import VaultSession
from desktop.views.controller import AppController
from desktop.views.i18n import install_translators
from desktop.views.operation import OperationRunner
from desktop.views.preferences import LANGUAGE, Preferences

log = logging.getLogger(__name__)

# Names a file: the startup benchmark's hook reports when the program is on screen and then quits
# (desktop/views/startup_probe.py; used by ``make bench`` only).
BENCH_REPORT_ENV = "CASENOTES_BENCH_REPORT"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our name, style and stylesheet (reuses an existing one in tests)."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    app.setStyleSheet(resource_path("style", "app.qss").read_text("utf-8"))
    return app


def build(data_dir: Path, session: VaultSession | None = None) -> tuple[QApplication, AppController]:
    """Wire everything for ``data_dir``; the caller starts the controller and the event loop."""
    app = create_application()
    preferences = Preferences(data_dir)
    app._translators = install_translators(app, preferences.get(LANGUAGE))  # type: ignore[attr-defined]
    controller = AppController(
        session or VaultSession(data_dir), OperationRunner(parent=app), preferences, app
    )
    return app, controller


def _log_uncaught(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
    """Log an exception that escaped a Qt slot: its type and code lines, never its message (it may hold data)."""
    frames = "".join(traceback.format_tb(tb))
    log.error("uncaught %s\n%s", exc_type.__name__, frames)


def run_gui(data_dir: Path) -> int:
    """Start the program on ``data_dir`` and run until the person quits."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(data_dir, 0o700)
    configure_logging(data_dir)
    log.info("starting casenotes %s", __version__)
    sys.excepthook = _log_uncaught
    app, controller = build(data_dir)
    report = os.environ.get(BENCH_REPORT_ENV)
    if report:
        from desktop.views.startup_probe import StartupProbe

        StartupProbe(controller, Path(report))  # owned by the controller
    controller.start()
    code = app.exec()
    log.info("casenotes stopped")
    return code
