"""The full integrity check waits for a moment nobody works, and stops when somebody does."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.errors import VaultFoundDamaged
from desktop.storage.vault import audit, integrity
from desktop.views import controller as controller_module
from desktop.views.controller import AppController
from desktop.views.integrity_schedule import IntegritySchedule

IDLE_SECONDS = 0.4


@pytest.fixture
def slow_pages(monkeypatch):
    """Page checks that take a while (a page a step, 5 ms a page), so a test can stop one mid-way."""
    real = integrity._page_ok
    monkeypatch.setattr(integrity, "PAGES_PER_STEP", 1)

    def slow(key, number, page):
        time.sleep(0.005)
        return real(key, number, page)

    monkeypatch.setattr(integrity, "_page_ok", slow)


@pytest.fixture
def label(qtbot):
    shown = QLabel("Åse Ærø")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def schedule(qtbot, unlocked):
    made = IntegritySchedule(unlocked, idle_seconds=IDLE_SECONDS)
    yield made
    made.stop()


def test_the_check_starts_after_idle_stops_on_input_and_then_finishes(
    qtbot, unlocked, schedule, slow_pages, label
):
    schedule.start()
    with qtbot.waitSignal(schedule.started, timeout=5000):
        pass  # nobody touched anything for IDLE_SECONDS
    assert schedule.running
    qtbot.wait(100)
    with qtbot.waitSignal(schedule.paused, timeout=1000):
        qtbot.keyClick(label, Qt.Key.Key_Shift)  # somebody works: it stops within milliseconds
    check = schedule.check
    assert check is not None and not schedule.running
    stopped_at = check._check.next_page
    assert stopped_at > 1
    with qtbot.waitSignal(schedule.finished, timeout=30000) as finished:
        pass  # the next idle spell: it goes on from there, and finishes
    report = finished.args[0]
    assert report.ok and check.runs == 2
    assert unlocked.vault.last_full_check() is not None


def test_an_operation_starting_stops_the_check(qtbot, unlocked, schedule, slow_pages):
    schedule.start()
    with qtbot.waitSignal(schedule.started, timeout=5000):
        pass
    with qtbot.waitSignal(schedule.paused, timeout=1000):
        schedule.pause()  # what the controller does when the runner starts a job (open, save, search)
    with qtbot.waitSignal(schedule.started, timeout=5000):
        pass  # goes on after the next idle spell


def test_no_check_when_the_last_one_passed_less_than_a_day_ago(qtbot, unlocked, schedule):
    run = unlocked.begin_full_check()
    assert run.run().ok
    schedule.start()
    qtbot.wait(int(IDLE_SECONDS * 1000 * 3))
    assert schedule.check is None and not schedule.running
    assert unlocked.full_check_due(timedelta(days=1)) is False


def test_the_lock_stops_a_running_check_and_waits_for_it(qtbot, unlocked, schedule, slow_pages):
    schedule.start()
    with qtbot.waitSignal(schedule.started, timeout=5000):
        pass
    check = schedule.check
    schedule.stop()
    assert not schedule.running and schedule.check is None
    assert check._check._idle.is_set()  # returned: nothing reads the vault while it locks
    unlocked.lock()


@pytest.fixture
def controller(qtbot, unlocked, runner, preferences, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(
        controller_module.QMessageBox, "critical", lambda _parent, _title, text: warnings.append(text)
    )
    made = AppController(unlocked, runner, preferences)
    made.warnings = warnings
    yield made
    made.integrity.stop()
    if made.main_window is not None:
        made.main_window.close_for_lock()
    made.idle.stop()
    made.clipboard.stop_guarding(QApplication.instance())


class SpyConnections:
    """Every statement any SQLCipher connection runs: SQLite's trace hook on each new connection."""

    def __init__(self, monkeypatch) -> None:
        self.statements: list[str] = []
        real = sqlcipher.connect

        def connect(*args, **kwargs):
            connection = real(*args, **kwargs)
            connection.set_trace_callback(self.statements.append)
            return connection

        monkeypatch.setattr(sqlcipher, "connect", connect)

    def ran(self, word: str) -> int:
        return sum(word in statement.lower() for statement in self.statements)


def test_unlocking_runs_no_page_or_structure_check(qtbot, unlocked, controller, runner, monkeypatch):
    unlocked.lock()
    spy = SpyConnections(monkeypatch)
    unlocked.unlock("korrekt hest batteri hæftning")
    controller._show_main()  # what the unlock dialog's "accepted" leads to
    qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
    assert controller.main_window is not None
    assert controller.main_window.sync_status.objectName() != "error"
    assert spy.ran("cipher_integrity_check") == 0
    assert spy.ran("quick_check") == 0
    with unlocked.vault.engine.connect() as conn:  # the cheap checks ran: the checkpoint moved
        assert audit.read_checkpoint(conn)[0] is not None


def test_damage_the_scheduled_check_finds_is_shown_and_stops_writes(qtbot, unlocked, controller, runner):
    controller.integrity.set_idle_seconds(IDLE_SECONDS)
    controller._show_main()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
    vault = unlocked.vault
    vault.flush_deleted()
    size = vault.database_path.stat().st_size
    data = bytearray(vault.database_path.read_bytes())
    data[size // 2 + 100] ^= 0x01  # a page nobody reads now
    vault.database_path.write_bytes(bytes(data))
    with qtbot.waitSignal(controller.integrity.finished, timeout=30000):
        pass
    window = controller.main_window
    assert window.sync_status.text() == "The notebook is damaged"
    assert controller.warnings and "damaged" in controller.warnings[0]
    with pytest.raises(VaultFoundDamaged), vault.transaction():
        pass


def test_the_access_log_is_pruned_after_a_full_check_that_passed_not_at_unlock(
    qtbot, unlocked, controller, runner
):
    controller.integrity.set_idle_seconds(60)  # no idle spell in this test until asked for
    controller._show_main()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
    pruned: list[int] = []
    privacy = controller._services.privacy
    privacy.prune_access_log = lambda months, now=None: pruned.append(months) or 0
    qtbot.wait(300)
    assert pruned == []  # the unlock's checks do not prune
    controller.integrity.set_idle_seconds(IDLE_SECONDS)
    controller.integrity.start()
    with qtbot.waitSignal(controller.integrity.finished, timeout=30000) as finished:
        pass
    assert finished.args[0].ok
    qtbot.waitUntil(lambda: pruned != [], timeout=5000)


def test_the_check_thread_runs_at_the_lowest_priority():
    import os
    import sys
    import threading

    from desktop.views.integrity_schedule import _lower_this_threads_priority

    if not sys.platform.startswith("linux"):
        pytest.skip("per-thread nice values are a Linux matter; elsewhere Qt's priority is used")
    seen = []

    def work():
        _lower_this_threads_priority()
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [19]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) != 19  # the GUI thread untouched
