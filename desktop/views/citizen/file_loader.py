"""Reading a citizen's file for the citizen page: one service call through the operation runner, so no
database work runs on the GUI thread when a citizen is opened.

Every request takes a ticket; a result carrying an older ticket than the newest request (or than a
``cancel``) is dropped, so a second open wins over a first still being read. Changes announced on the
change bus are noted; when a sync round ends and some of them are the open citizen's, the file is read
again (no new view logged) and handed over to be redrawn.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from desktop.services.citizen_file import CitizenFile, CitizenFileService
from desktop.views.operation import OperationRunner

log = logging.getLogger(__name__)


class FileLoader(QObject):
    """Signals:
    opened(CitizenFile): the file asked for with ``open`` (the newest request only).
    failed(BaseException): reading it failed.
    reread(CitizenFile): the open citizen's file read again after a sync round touched it.
    """

    opened = Signal(object)
    failed = Signal(object)
    reread = Signal(object)

    def __init__(
        self, files: CitizenFileService, runner: OperationRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._files = files
        self._runner = runner
        self.opening: str | None = None  # the citizen whose file is being read
        self._ticket = 0
        self._changes: list[tuple[str, tuple[str, ...]]] = []  # announced since the last sync round

    def open(self, citizen_id: str) -> None:
        """Read the file (logged as a view) in the background; ``opened`` or ``failed`` follows."""
        ticket = self._next()
        self.opening = citizen_id
        files = self._files
        self._runner.run(
            lambda: files.open_file(citizen_id),
            lambda file: self._opened(ticket, file),
            lambda exc: self._failed(ticket, exc),
        )

    def read_now(self, citizen_id: str) -> CitizenFile:
        """Read the file at once (after the page wrote to it); whatever is being read is dropped."""
        self._next()
        return self._files.open_file(citizen_id)

    def cancel(self) -> None:
        """Drop whatever is being read (the page was cleared or starts a new citizen)."""
        self._next()

    def note_change(self, entity: str, ids: tuple, open_citizen: str | None) -> None:
        """A change from the bus; at the end of a sync round (entity ``sync``) the file of
        ``open_citizen`` is read again if anything announced since was theirs."""
        if entity != "sync":
            if entity != "followup":
                self._changes.append((entity, tuple(ids)))
            return
        changes, self._changes = self._changes, []
        if not changes or open_citizen is None or self.opening is not None:
            return
        ticket, files = self._ticket, self._files

        def work() -> CitizenFile | None:
            if not files.touched_by(open_citizen, changes):
                return None
            return files.open_file(open_citizen, log_view=False)

        self._runner.run(work, lambda file: self._reread(ticket, file), self._reread_failed)

    def _next(self) -> int:
        self._ticket += 1
        self.opening = None
        self._changes = []  # a file read from now on holds them
        return self._ticket

    def _opened(self, ticket: int, file: CitizenFile) -> None:
        if ticket == self._ticket:
            self.opening = None
            self.opened.emit(file)

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket == self._ticket:
            self.opening = None
            log.warning("opening a citizen's file failed: %s", type(exc).__name__)
            self.failed.emit(exc)

    def _reread(self, ticket: int, file: CitizenFile | None) -> None:
        if file is not None and ticket == self._ticket:
            self.reread.emit(file)

    @staticmethod
    def _reread_failed(exc: BaseException) -> None:
        log.warning("reading the open citizen's file again failed: %s", type(exc).__name__)
