"""Keeps the caseload list in step with the change bus, row by row.

A save used to reload the whole caseload on the GUI thread: the query grows with the caseload (75 ms
of CPU at 5,000 citizens), and a note save through the window took 143 ms of GUI-thread CPU there.
Now a change redraws the rows of the citizens it touched, read by id; a change of many or unknown
records (a sync pull) reads the whole list once, with its filter texts and order made off the GUI
thread through the operation runner.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desktop.views.models.caseload_model import PreparedRows, prepare_rows

if TYPE_CHECKING:
    from desktop.services.citizens import CitizenService
    from desktop.views.operation import OperationRunner
    from desktop.views.pages.caseload_page import CaseloadPage

log = logging.getLogger(__name__)

# A change redraws the rows of the citizens it touched, read by id (well under a millisecond for a
# few). One with more ids than this, or none (a sync pull), reads the whole list instead.
ROW_UPDATE_LIMIT = 100
CASELOAD_ENTITIES = frozenset({"citizen", "note"})  # the list shows citizen fields and the last note


class CaseloadUpdates:
    """Redraws the caseload page after changes; ``stop`` when the notebook locks."""

    def __init__(self, page: CaseloadPage, citizens: CitizenService, runner: OperationRunner) -> None:
        self._page = page
        self._citizens = citizens
        self._runner = runner
        # While the whole list is read: the changes saved meanwhile, redrawn once it is on show (the
        # read may have begun before they were committed).
        self._reading: list[tuple[str, tuple]] | None = None
        self._stopped = False

    def changed(self, entity: str, ids: tuple) -> None:
        """A change was committed: redraw the rows it touched, or read the whole list."""
        if self._stopped or entity not in CASELOAD_ENTITIES:
            return
        if self._reading is not None:
            self._reading.append((entity, ids))
        elif not ids or len(ids) > ROW_UPDATE_LIMIT:
            self._read_whole()
        else:
            self._page.update_rows(self._citizens.caseload_update(entity, ids))

    def stop(self) -> None:
        """Show nothing more: a read under way is dropped when it lands (the notebook locks)."""
        self._stopped = True
        self._reading = None

    def _read_whole(self) -> None:
        self._reading = []
        citizens, order = self._citizens, self._page.model.order
        self._runner.run(lambda: prepare_rows(citizens.caseload(), order), self._show_whole, self._failed)

    def _show_whole(self, prepared: PreparedRows) -> None:
        if self._stopped:
            return
        saved_meanwhile, self._reading = self._reading or [], None
        self._page.set_prepared(prepared)
        for entity, ids in saved_meanwhile:
            self.changed(entity, ids)

    def _failed(self, exc: BaseException) -> None:
        if not self._stopped:
            self._reading = None
        log.warning("reading the caseload failed: %s", type(exc).__name__)
