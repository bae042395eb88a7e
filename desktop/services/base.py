"""What every vault service shares: the session, the change bus, and writing the access log."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import Connection

from desktop.services.changes import ChangeBus
from desktop.services.scales import ScaleLibrary
from desktop.services.vault_session import VaultSession
from desktop.storage.vault import audit, outputs
from desktop.storage.vault.vault import Vault


class VaultService:
    """Base for the use-case services of an open vault; ``today`` is the clock of those that date things."""

    def __init__(self, session: VaultSession, bus: ChangeBus, today: Callable[[], date] = date.today) -> None:
        self._session = session
        self._bus = bus
        self._today = today

    @property
    def _vault(self) -> Vault:
        return self._session.vault

    def _log(
        self, conn: Connection, action: str, citizen_id: str | None = None, detail: dict | None = None
    ) -> None:
        """Append an access-log event inside the caller's transaction (ids and names, never content)."""
        audit.append_event(conn, self._vault.actor, action, citizen_id=citizen_id, detail=detail)

    def _check_output(self, path: Path) -> Path:
        """``path`` made absolute, once it is known not to be in the data folder and to be writable as far
        as can be seen before writing (checked before the export is logged)."""
        path = Path(path).absolute()
        outputs.refuse_inside(path, self._vault.folder)
        outputs.check_target(path)
        return path

    @contextlib.contextmanager
    def _output(self, path: Path) -> Iterator[Path]:
        """The partial path to write a file the person asked for (``storage.outputs.writing``)."""
        key = self._vault.derived_key(outputs.KEY_PURPOSE)
        with outputs.writing(path, self._vault.folder, key) as partial:
            yield partial


class ScaleReadingService(VaultService):
    """A vault service that also reads the scale sets of the library (``_scales``)."""

    def __init__(
        self,
        session: VaultSession,
        bus: ChangeBus,
        scales: ScaleLibrary,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(session, bus, today)
        self._scales = scales
