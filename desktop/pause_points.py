"""Named places where a test can stop the program, so that a ``kill -9`` lands exactly there.

A restore or a sync round on a test-sized vault is over in a fraction of a second, so a kill sent after
a delay almost never lands inside the phase a test means to interrupt. The code therefore marks the
boundaries of its phases with ``pause_point("<name>")``. Normally that is a no-op costing one lookup in
the environment. When ``CASENOTES_PAUSE_AT`` names that point, the process writes one line to stderr,
``casenotes: paused at <name>``, and sleeps until it is killed: the test waits for the line, then kills.

A pause point can only stop the program, never make it do anything else: it takes no data, returns
nothing and reads nothing but the variable. The line names the point and nothing more. It is off in the
packaged program (a PyInstaller bundle), where no test runs. A paused process nobody kills ends itself
after ``GIVE_UP_AFTER`` seconds with ``os._exit`` (as abruptly as a kill: it never runs past the
point), so a test run that died cannot leave it behind for ever.

Every point is listed in ``POINTS`` (a test checks the code and the list agree). This module imports
nothing of ours, so every layer may call it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time

PAUSE_AT_ENV = "CASENOTES_PAUSE_AT"
ANNOUNCEMENT = "casenotes: paused at {name}\n"
GIVE_UP_AFTER = 600.0  # seconds
GAVE_UP_EXIT = 124  # the exit status of a pause nobody ended (as timeout(1) uses)

# Each point, in the order a run reaches it, and the state a kill there leaves behind.
POINTS: dict[str, str] = {
    # Restore (desktop/storage/vault/vault_swap.py).
    "restore.staged": "the backup is checked and decrypted into staging; no journal yet (old vault stays)",
    "restore.journal_written": "the journal is written (the commit point); nothing has moved yet",
    "restore.kept_one": "one file of the current vault has moved to the dated folder, others not yet",
    "restore.kept": "the current vault is in the dated folder; the journal says 'place'",
    "restore.placed_one": "one restored file is in place, the other still in staging",
    "restore.placed": "every restored file is in place; journal, note and staging not yet cleaned up",
    # Sync (desktop/services/sync.py and sync_round.py).
    "sync.signed_in": "the server created the account or added this device; the device has not stored it",
    "sync.pull_page_applied": "a pulled page and its cursor are committed here; the next page is not",
    "sync.pulled": "the pull is done; nothing pushed yet",
    "sync.push_page_answered": "the server stored a pushed page; this device has not recorded the answer",
    "sync.push_page_recorded": "a pushed page's answer is recorded here; the next page is not sent",
    "sync.pushed": "the push is done; the time of the last sync is not recorded",
    # Handing a citizen to a colleague (desktop/services/transfers.py).
    "transfer.queued": "the file is sealed and queued here; nothing sent",
    "transfer.sent": "the server holds the sealed file; this computer has not recorded it as sent",
    "transfer.accepted": "the receiver wrote the file in and kept its signed receipt; the receipt is not sent",
    "transfer.answered": "the server holds the receipt; the receiver has not recorded it as sent",
    "transfer.recorded": "the sender erased its copy on the receipt; the server is not told it may forget it",
}


def pause_point(name: str) -> None:
    """Stop here until killed when ``CASENOTES_PAUSE_AT`` names this point; otherwise do nothing."""
    if os.environ.get(PAUSE_AT_ENV) == name and not getattr(sys, "frozen", False):
        _pause(name)


def _pause(name: str) -> None:
    with contextlib.suppress(OSError):  # no stderr (a windowed program): the pause still holds
        os.write(2, ANNOUNCEMENT.format(name=name).encode("ascii", "replace"))
    deadline = time.monotonic() + GIVE_UP_AFTER
    while (left := deadline - time.monotonic()) > 0:
        time.sleep(min(left, 5.0))
    os._exit(GAVE_UP_EXIT)
