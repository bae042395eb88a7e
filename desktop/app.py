"""Composition root: builds the session, the Qt application, the translators and the controller."""

from __future__ import annotations

import logging
import math
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop.views  # noqa: F401 - first: PySide6's import hook is told to skip its source scan
from desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from desktop.domain.policy import Policy
from desktop.errors import PolicyError
from desktop.logging_setup import configure_logging, install_crash_handlers
from desktop.paths import load_policy, policy_path, resource_path
from desktop.services.vault_session import VaultSession
from desktop.views import theme
from desktop.views.app_events import install_app_events
from desktop.views.controller import AppController
from desktop.views.gc_guard import collect_on_gui_thread
from desktop.views.i18n import chosen_language, install_translators, translate_error
from desktop.views.operation import OperationRunner
from desktop.views.preferences import LANGUAGE, Preferences

log = logging.getLogger(__name__)

POLICY_ERROR_EXIT = 2  # as the command line: the policy file must be fixed before anything runs
# Names a file: the startup benchmark's hook reports when the program is on screen and then quits
# (desktop/views/startup_probe.py; used by ``make bench`` only).
BENCH_REPORT_ENV = "CASENOTES_BENCH_REPORT"
# Seconds after which the program quits by itself, for smoke runs of the packaged build with nobody at
# the screen (tools/smoke_bundle.py); unset in normal use.
QUIT_AFTER_ENV = "CASENOTES_QUIT_AFTER"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our name, style and stylesheet (reuses an existing one in tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    theme.apply(app)  # colours that read on the light, dark or high-contrast palette
    install_app_events(app)  # the wheel scrolls the page, not a value without focus; file dialogs fit
    collect_on_gui_thread(app)  # never a Qt object destroyed on a worker thread by the cycle collector
    return app


def build(
    data_dir: Path,
    session: VaultSession | None = None,
    policy: Policy = Policy(),  # noqa: B008 - frozen, shared
) -> tuple[QApplication, AppController]:
    """Wire everything for ``data_dir`` under the administrator's ``policy`` (loaded once by the caller);
    the caller starts the controller and the event loop."""
    app = create_application()
    preferences = Preferences(data_dir, policy)
    app._translators = install_translators(app, chosen_language(preferences.get(LANGUAGE)))  # type: ignore[attr-defined]
    session = session or VaultSession(data_dir, allow_remember=policy.allow_remember is not False)
    controller = AppController(session, OperationRunner(parent=app), preferences, app)
    return app, controller


def show_policy_error(data_dir: Path, error: PolicyError) -> int:
    """Tell the person the policy file cannot be used (naming the file and the problem) and stop."""
    app = create_application()
    translators = install_translators(app, chosen_language(Preferences(data_dir).get(LANGUAGE)))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "The program cannot start"),
        translate_error(error),
    )
    box.setInformativeText(str(error))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    for translator in translators:
        app.removeTranslator(translator)
    return POLICY_ERROR_EXIT


def prepare_process(data_dir: Path) -> None:
    """The private data folder, the log in it, and crash reports that never quote an exception's
    message (it may hold citizen data): not in the log, not on stderr."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(data_dir, 0o700)
    configure_logging(data_dir)
    install_crash_handlers()


def run_gui(data_dir: Path) -> int:
    """Start the program on ``data_dir`` and run until the person quits."""
    data_dir = Path(data_dir)
    prepare_process(data_dir)
    log.info("starting casenotes %s", __version__)
    try:
        policy = load_policy(policy_path())
    except PolicyError as exc:
        log.error("policy file unusable: %s", exc)
        return show_policy_error(data_dir, exc)
    if not policy.is_empty:
        log.info("policy in force from %s", policy.source)
    app, controller = build(data_dir, policy=policy)
    report = os.environ.get(BENCH_REPORT_ENV)
    if report:
        from desktop.views.startup_probe import StartupProbe

        StartupProbe(controller, Path(report))  # owned by the controller
    quit_after = quit_after_seconds(os.environ.get(QUIT_AFTER_ENV))
    if quit_after is not None:
        QTimer.singleShot(round(quit_after * 1000), lambda: _quit_on_schedule(controller, quit_after))
    controller.start()
    code = app.exec()
    log.info("casenotes stopped")
    return code


def quit_after_seconds(value: str | None) -> float | None:
    """The seconds ``$CASENOTES_QUIT_AFTER`` asks for (0 to 24 hours), or ``None`` when unset or unusable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not 0 <= seconds <= 24 * 3600:  # also NaN
        log.warning("%s is not a number of seconds from 0 to 86400; ignored", QUIT_AFTER_ENV)
        return None
    return seconds


def _quit_on_schedule(controller: AppController, seconds: float) -> None:
    """Quit as the person quitting would, noting in the log which windows were open (their kinds only)."""
    shown = sorted(type(widget).__name__ for widget in QApplication.topLevelWidgets() if widget.isVisible())
    log.info(
        "quitting after %g s as %s asks; windows open: %s",
        seconds,
        QUIT_AFTER_ENV,
        ", ".join(shown) or "none",
    )
    controller.quit()
