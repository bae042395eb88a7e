"""Runs sync in the background, on a timer and on demand, and says truthfully how it went.

The status text is one of: not set up; signed out; syncing; offline with changes waiting; synced at a
time (with changes waiting, if any were made since); or the error in plain words. "Synced" appears only
after a round the server confirmed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.errors import MassDeletionPending, SyncOffline, SyncSignedOut
from desktop.views.formatting import format_date, format_time
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner

if TYPE_CHECKING:
    from desktop.services.sync import SyncService, SyncStatus
    from desktop.services.transfers import TransferService

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60 * 1000
FIRST_ROUND_MS = 10 * 1000


@dataclass(frozen=True)
class SyncState:
    """The one truth about sync that the status bar and the settings both show."""

    text: str
    kind: str  # idle, busy, ok, offline, error
    configured: bool = False
    server: str = ""
    account: str = ""


class SyncController(QObject):
    """Signals:
    status_changed(str, str): the text for the status bar and its kind (idle, busy, ok, offline, error).
    state_changed(object): the same as a ``SyncState``, with the server and account (for the settings).
    conflicts_changed(int): how many conflicts wait for a person.
    handovers_waiting(int): how many files colleagues handed here wait for an answer.
    round_finished(): a round the server confirmed is over (handovers may have been sent or answered).
    """

    status_changed = Signal(str, str)
    state_changed = Signal(object)
    conflicts_changed = Signal(int)
    handovers_waiting = Signal(int)
    round_finished = Signal()

    def __init__(
        self,
        sync: SyncService,
        runner: OperationRunner,
        confirm_mass_delete: Callable[[int, int], bool],
        parent: QObject | None = None,
        transfers: TransferService | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._transfers = transfers
        self._runner = runner
        self._confirm_mass_delete = confirm_mass_delete
        self._running = False
        self._stopped = False
        self._last_problem: tuple[str, str] | None = None
        self.state = SyncState(self.tr("Sync: not set up"), "idle")
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Show the state, and sync soon and then every few minutes when sync is set up."""
        status = self._sync.status()  # once: it counts the changes waiting
        self._show(status)
        self.count_handovers()
        if status.configured:
            QTimer.singleShot(FIRST_ROUND_MS, self.sync_now)
            self.timer.start()

    def stop(self) -> None:
        """No more rounds (the notebook is locking)."""
        self._stopped = True
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self._running

    def sync_now(self, allow_mass_delete: bool = False) -> None:
        """Start a round unless one is running or sync is not set up."""
        if self._running or self._stopped:
            return
        status = self._sync.status()
        if not status.configured or status.signed_out:
            self.refresh()
            return
        self._running = True
        self._emit(self.tr("Syncing…"), "busy")
        self._runner.run(lambda: self._round(allow_mass_delete), self._done, self._failed)

    def _round(self, allow_mass_delete: bool) -> tuple[object, int | None]:
        """In the background: the sync round, then the handovers between colleagues (sent, fetched,
        answered) in the same job. The records synced whatever becomes of the handovers: a failure
        there is logged (its kind only: no names) and waits for the next round."""
        report = self._sync.sync_now(allow_mass_delete=allow_mass_delete)
        if self._transfers is None:
            return report, None
        try:
            before = self._sync.status().waiting
            self._transfers.round()
            # What the handovers changed here (this caseworker's identity, made at the first round; a
            # citizen erased after the colleague's receipt) goes to the account now, not in 5 minutes.
            if self._sync.status().waiting > before:
                report = self._sync.sync_now(allow_mass_delete=allow_mass_delete)
        except Exception as exc:  # the sync round succeeded; this must not undo that
            log.warning("the handover round failed: %s", type(exc).__name__)
        return report, self._waiting_handovers()

    def count_handovers(self) -> None:
        """Count the files colleagues handed here, in the background (each is opened to be checked)."""
        if self._transfers is not None and not self._stopped:
            self._runner.run(self._waiting_handovers, self._show_handovers, lambda _exc: None)

    def _waiting_handovers(self) -> int | None:
        if self._transfers is None:
            return None
        try:
            return len(self._transfers.waiting())
        except Exception as exc:  # a count for the status bar; the inbox says more
            log.warning("counting the handovers failed: %s", type(exc).__name__)
            return None

    def _show_handovers(self, count: int | None) -> None:
        if count is not None and not self._stopped:
            self.handovers_waiting.emit(count)

    def refresh(self) -> None:
        """Emit the status as the vault knows it now (after a local change, say)."""
        if self._stopped or self._running:
            return
        self._show(self._sync.status())

    def _show(self, status: SyncStatus) -> None:
        self.conflicts_changed.emit(status.conflicts)
        self.state = replace(
            self.state,
            configured=status.configured and not status.signed_out,
            server=status.server,
            account=status.account,
        )
        if self._last_problem is not None and status.configured and not status.signed_out:
            text, kind = self._last_problem
            if kind == "offline":
                text = self._offline_text(status)
            self._emit(text, kind)
            return
        self._emit(*self._describe(status))

    def _emit(self, text: str, kind: str) -> None:
        self.state = replace(self.state, text=text, kind=kind)
        self.status_changed.emit(text, kind)
        self.state_changed.emit(self.state)

    def setup_changed(self) -> None:
        """Sync was just set up: start the timer and run a round now."""
        self._last_problem = None
        self._stopped = False
        self.timer.start()
        self.sync_now()

    # -- results -----------------------------------------------------------------------------------

    def _done(self, result: tuple[object, int | None]) -> None:
        self._running = False
        self._last_problem = None
        self.refresh()
        self._show_handovers(result[1])
        self.round_finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if self._stopped:
            return
        if isinstance(exc, MassDeletionPending):
            if self._confirm_mass_delete(exc.deletions, exc.records):
                self.sync_now(allow_mass_delete=True)
                return
            self._last_problem = (self.tr("Sync paused: the server asks to delete many records"), "error")
        elif isinstance(exc, SyncOffline):
            self._last_problem = ("", "offline")
        elif isinstance(exc, SyncSignedOut):
            self._last_problem = None
            self.timer.stop()
        else:
            self._last_problem = (self.tr("Sync failed: %1").replace("%1", translate_error(exc)), "error")
        self.refresh()

    # -- texts -------------------------------------------------------------------------------------

    def _describe(self, status: SyncStatus) -> tuple[str, str]:
        if not status.configured:
            return self.tr("Sync: not set up"), "idle"
        if status.signed_out:
            return self.tr("Sync: this computer is signed out; set up sync again"), "error"
        if status.last_synced_at is None:
            return self._waiting_text(self.tr("Not synced yet"), status), "idle"
        return self._waiting_text(
            self.tr("Synced %1").replace("%1", _when(status.last_synced_at)), status
        ), "ok"

    def _offline_text(self, status: SyncStatus) -> str:
        return self._waiting_text(self.tr("Offline"), status)

    def _waiting_text(self, head: str, status: SyncStatus) -> str:
        if not status.waiting:
            return head
        return head + " · " + self.tr("changes waiting: %n", "", status.waiting)


def _when(stamp: str) -> str:
    """``10:42`` today, else the date and the time."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return format_time(local)
    return f"{format_date(local)} {format_time(local)}"
