"""A caseworker's session in a process of its own, so its figures are that process's.

    python -m benchmarks.gui_session session VAULT KEYRING_FILE REPORT --citizens ID... [--writes N]
    python -m benchmarks.gui_session unlock VAULT KEYRING_FILE REPORT

The program is put together as ``desktop.app.build`` does (translators, controller, idle watcher, the real
main window), offscreen, and driven as a person would drive it:

* ``session``: started with the remembered key; once open and idle it opens the citizens given (one by
  one, each until their page is painted), runs the harness's searches on the search page, and writes
  ``--writes`` notes through the window: a new note typed into the note editor, then the Save button,
  timed until the window has reacted (every posted event run, every background job delivered: the
  caseload, follow-ups and the page redrawn). Reports the write times and the process's peak RSS.
* ``unlock``: no key remembered, so the unlock dialog comes up; the password is typed into it and Return
  pressed. Reports (wall clock, comparable with the parent's) when the dialog was painted, Return
  pressed, the notebook open, the caseload painted, the operation runner idle again (whatever the program
  starts right after unlocking has finished) and the process's CPU quiet (under a quarter of a core over
  a quarter of a second).

The report holds times and sizes only, never data from the vault.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.bench_gui import SEARCHES, _quiet_offscreen, _settle, _wait_until_idle
from benchmarks.bench_keyring import BenchmarkKeyring
from benchmarks.bench_sync import PASSWORD
from desktop.app import create_application
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.keychain import KeyCache
from desktop.views.controller import AppController
from desktop.views.i18n import install_translators
from desktop.views.main_window import PageIndex
from desktop.views.operation import OperationRunner
from desktop.views.preferences import LANGUAGE, Preferences
from desktop.views.startup_probe import peak_rss_kib

TIMEOUT_S = 300
QUIET_WINDOW_S = 0.25
QUIET_SHARE = 0.25  # of one core


def _run_loop(milliseconds: int) -> None:
    """Run the event loop for ``milliseconds``, sleeping while nothing happens (no busy polling, so the
    process's CPU time is the program's own)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _wait(app: QApplication, done, timeout_s: float = TIMEOUT_S) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the program did not get there in time")
        _run_loop(5)


def _cpu_quiet(app: QApplication, timeout_s: float = TIMEOUT_S) -> float:
    """Wait until the process used under ``QUIET_SHARE`` of a core over ``QUIET_WINDOW_S``; returns the
    wall-clock time at which that quiet window began."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        began, cpu = time.time(), time.process_time()
        _run_loop(round(QUIET_WINDOW_S * 1000))
        if (time.process_time() - cpu) / (time.time() - began) < QUIET_SHARE:
            return began
    raise RuntimeError("the program did not go quiet")


def _program(vault: Path, keyring_file: Path, scratch: Path):  # type: ignore[no-untyped-def]
    app = create_application()
    qInstallMessageHandler(_quiet_offscreen)
    preferences = Preferences(scratch / "session-preferences")
    translators = install_translators(app, preferences.get(LANGUAGE))
    session = VaultSession(vault, KeyCache(BenchmarkKeyring(keyring_file)))
    runner = OperationRunner(parent=app)
    controller = AppController(session, runner, preferences, app)
    return app, translators, session, runner, controller


def unlock(vault: Path, keyring_file: Path, report: Path) -> dict:
    """Process start → unlock dialog → password typed, Return → caseload shown and the program idle."""
    app, _translators, session, runner, controller = _program(vault, keyring_file, report.parent)
    marks: dict[str, float] = {"gui_started": time.time()}

    def on_state(state: str) -> None:
        marks.setdefault(f"state_{state}", time.time())
        window = controller.main_window
        if state == "unlocked" and window is not None:
            window.caseload_shown.connect(lambda: marks.setdefault("caseload_shown", time.time()))

    controller.state_changed.connect(on_state)
    controller.start()
    _wait(app, lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    _settle(app)
    marks["dialog_shown"] = time.time()
    QTest.keyClicks(dialog.password, PASSWORD)
    marks["return_pressed"] = time.time()
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    _wait(app, lambda: "caseload_shown" in marks)
    _wait(app, lambda: not runner.busy)
    marks["runner_idle"] = time.time()
    marks["cpu_quiet"] = _cpu_quiet(app)
    result = {"marks": marks, "peak_rss_kib": peak_rss_kib(), "state": "unlocked"}
    _close(app, controller, runner, session)
    return result


def run_session(vault: Path, keyring_file: Path, report: Path, citizens: list[str], writes: int) -> dict:
    """Open ``citizens``, search, write ``writes`` notes through the window; the write times and peak RSS."""
    app, _translators, session, runner, controller = _program(vault, keyring_file, report.parent)
    controller.start()
    _wait(app, lambda: session.is_unlocked or controller.dialog is not None)
    window = controller.main_window
    if window is None or not window.is_open:
        raise RuntimeError("the program did not open with the remembered key")
    _wait_until_idle(runner, TIMEOUT_S * 1000)
    _settle(app)
    opened = []
    for citizen_id in citizens:
        started = time.perf_counter()
        window.open_citizen(citizen_id)
        _settle(app)
        _wait_until_idle(runner, TIMEOUT_S * 1000)
        opened.append(time.perf_counter() - started)
    window.show_page(PageIndex.SEARCH)
    page = window.search_page
    for query in SEARCHES:
        page.clear()
        page.field.setText(query)
        QTest.keyClick(page.field, Qt.Key.Key_Return)
        _wait_until_idle(runner, TIMEOUT_S * 1000)
        _settle(app)
    times = _writes(app, window, runner, citizens, writes)
    result = {
        "marks": {"done": time.time()},
        "opened": len(opened),
        "open_ms": [round(t * 1000, 1) for t in opened],
        "searches": len(SEARCHES),
        "write_ms": [round(t * 1000, 2) for t in times],
        "peak_rss_kib": peak_rss_kib(),
    }
    _close(app, controller, runner, session)
    return result


def _writes(app, window, runner, citizens: list[str], writes: int) -> list[float]:  # type: ignore[no-untyped-def]
    """New notes typed into the Meetings tab and saved with its button, ten per citizen in turn."""
    times: list[float] = []
    page = window.citizen_page
    number = 0
    while number < writes:
        window.open_citizen(citizens[(number // 10) % len(citizens)])
        page.tabs.show_section(page.tabs.indexOf(page.tabs.notes_panel))  # Alt+3 at once, as the file is read
        _settle(app)
        _wait_until_idle(runner, TIMEOUT_S * 1000)
        _settle(app)
        panel = page.tabs.notes_panel
        if not panel.isVisible():  # the notes would be typed and saved out of sight
            raise RuntimeError("the Meetings tab is not on show")
        for _ in range(min(10, writes - number)):
            panel.start_new()
            panel.editor.agenda.setText("Opfølgning på praktik")
            panel.editor.participants.setText("Borger, sagsbehandler")
            panel.editor.citizen_view.setPlainText(
                f"Borgeren fortæller om uge {number} i praktikken, som går bedre end ventet ({date.today()})."
            )
            _settle(app)
            started = time.perf_counter()
            panel.note_actions.save_button.click()
            _settle(app)
            _wait_until_idle(runner, TIMEOUT_S * 1000)
            _settle(app)
            times.append(time.perf_counter() - started)
            if panel.is_dirty():
                raise RuntimeError("the note was not saved")
            number += 1
    return times


def _close(app: QApplication, controller: AppController, runner: OperationRunner, session) -> None:  # type: ignore[no-untyped-def]
    if controller.main_window is not None:
        controller.main_window.close()  # as a person would: the notebook locks
    runner.wait_for_all()
    _settle(app)
    session.lock()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("session", "unlock"))
    parser.add_argument("vault", type=Path)
    parser.add_argument("keyring_file", type=Path)
    parser.add_argument("report", type=Path)
    parser.add_argument("--citizens", nargs="*", default=[])
    parser.add_argument("--writes", type=int, default=50)
    args = parser.parse_args(argv)
    if args.mode == "unlock":
        result = unlock(args.vault, args.keyring_file, args.report)
    else:
        result = run_session(args.vault, args.keyring_file, args.report, args.citizens, args.writes)
    args.report.write_text(json.dumps(result), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
