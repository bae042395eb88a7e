"""What every vault service shares: the session, the change bus, and writing the access log."""

from __future__ import annotations

from sqlalchemy import Connection

from desktop.services.changes import ChangeBus
from desktop.services.vault_session import VaultSession
from desktop.storage import audit
from desktop.storage.vault import Vault


class VaultService:
    """Base for the use-case services of an open vault."""

    def __init__(self, session: VaultSession, bus: ChangeBus) -> None:
        self._session = session
        self._bus = bus

    @property
    def _vault(self) -> Vault:
        return self._session.vault

    def _log(
        self, conn: Connection, action: str, citizen_id: str | None = None, detail: dict | None = None
    ) -> None:
        """Append an access-log event inside the caller's transaction (ids and names, never content)."""
        audit.append_event(conn, self._vault.actor, action, citizen_id=citizen_id, detail=detail)
