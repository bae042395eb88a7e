"""What the services that send sealed things to colleagues share: this caseworker's identity, the
pinned colleague keys, the signed-in client, opening what came in, and what an answer to something
sent means here (for a citizen's file: erase the copy, or keep it).

``TransferService`` (citizens' files and the round), ``PeerReflections`` and ``TransferFiles`` build on
``TransferBase``.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from desktop.domain.handover_file import HandoverFile, write_handover_file
from desktop.errors import NotFound, SyncOffline, TransferPending, TransferUnreadable
from desktop.services.base import VaultService
from desktop.services.changes import ChangeBus
from desktop.services.colleagues import ColleagueKeys, pinned_identity
from desktop.services.identity import IdentityService
from desktop.services.transfer_opening import CITIZEN, open_payload
from desktop.services.vault_session import VaultSession
from desktop.storage.records import citizen_data, citizens, sync_store
from desktop.storage.records import transfers as stored
from desktop.storage.records.citizens import now_iso
from desktop.sync import transfer_client as api
from desktop.sync.client import SyncClient
from desktop.sync.identity import PublicIdentity
from desktop.sync.transfer_seal import seal_transfer, transfer_digest

SignedIn = Callable[[], contextlib.AbstractContextManager[tuple[SyncClient, str]]]


@dataclass
class TransferRound:
    """What one round did: sent, fetched, answers sent, and the sender's copies erased or kept."""

    sent: int = 0
    fetched: int = 0
    answered: int = 0
    erased: int = 0
    declined: int = 0
    kept_changed: int = 0
    replies: int = 0  # colleagues' replies to peer reflection taken into the reflection log


class TransferBase(VaultService):
    """``signed_in`` gives a client signed in to the sync server and this account's name
    (``SyncService.signed_in``)."""

    def __init__(
        self, session: VaultSession, bus: ChangeBus, identity: IdentityService, signed_in: SignedIn
    ) -> None:
        super().__init__(session, bus)
        self._identity = identity
        self._signed_in = signed_in
        self._keys = ColleagueKeys(session, bus)

    def _publish(self, client: SyncClient, account: str) -> None:
        identity = self._identity.own()
        fingerprint = identity.public.fingerprint()
        with self._vault.engine.connect() as conn:
            published = self._state(conn).get("identity_published")
        if published == fingerprint:
            return
        api.publish_identity(client, account, identity)
        with self._vault.transaction() as conn:
            sync_store.set_state(conn, identity_published=fingerprint)

    def _seal_citizen(
        self,
        conn: Connection,
        citizen_id: str,
        to_account: str,
        listed: list[api.Listed] | None,
        own_account: str,
        reason: str,
        with_reflections: bool,
        state: str = "queued",
    ) -> tuple[str, bytes]:
        """Inside the caller's transaction: record the handover, read the file out, seal it to the
        colleague's trusted keys and keep it as a transfer out in ``state``. Returns its id and blob."""
        profile = citizens.get_citizen(conn, citizen_id)
        if profile is None:
            raise NotFound(citizen_id)
        if stored.outgoing_for(conn, citizen_id) is not None:
            raise TransferPending()
        colleague = self._keys.trusted(conn, to_account, listed)
        reason = reason.strip()
        handover_id = citizens.add_handover(
            conn, citizen_id, profile.draft.responsible_caseworker, to_account, date.today(), reason
        )
        leave_out = frozenset() if with_reflections else stored.OPTIONAL_TABLES
        handed = HandoverFile(
            citizen_id=citizen_id,
            citizen_name=profile.draft.name,
            from_account=own_account or self._own_account(conn),
            to_account=to_account,
            reason=reason,
            sent_at=now_iso(),
            rows=stored.file_rows(conn, citizen_id, leave_out),
        )
        transfer_id = str(uuid.uuid4())
        blob = seal_transfer(self._identity.own(), colleague, transfer_id, write_handover_file(handed))
        stored.queue_out(conn, transfer_id, citizen_id, to_account, blob, transfer_digest(blob), state=state)
        detail = {
            "transfer": transfer_id,
            "to": to_account,
            "handover": handover_id,
            "records": handed.count(),
        }
        if state == "filed":
            detail["via"] = "file"
        self._log(conn, "citizen.transfer_queued", citizen_id=citizen_id, detail=detail)
        return transfer_id, blob

    # -- shared ----------------------------------------------------------------------------------

    def _directory_if_online(self) -> tuple[list[api.Listed] | None, str]:
        try:
            with self._signed_in() as (client, account):
                self._publish(client, account)
                return api.directory(client), account
        except SyncOffline:
            return None, ""

    def _own_account(self, conn: Connection) -> str:
        return self._state(conn).get("account", "")

    @staticmethod
    def _state(conn: Connection) -> dict[str, str]:
        return sync_store.get_state(conn)

    def _waiting_one(self, conn: Connection, transfer_id: str) -> stored.IncomingTransfer:
        transfer = stored.incoming_one(conn, transfer_id)
        if transfer is None or transfer.state != "waiting":
            raise NotFound(transfer_id)
        return transfer

    def _open(self, conn: Connection, transfer: stored.IncomingTransfer) -> tuple[bytes, PublicIdentity]:
        """The payload of a waiting transfer, checked against the sender's pinned keys."""
        pin = stored.pinned_key(conn, transfer.from_account)
        if pin is None:
            raise TransferUnreadable("the sender is not pinned")
        return open_payload(self._identity.own(), transfer, pinned_identity(pin))

    def _record_answer(self, transfer: stored.OutgoingTransfer, accepted: bool, done: TransferRound) -> None:
        detail = {"transfer": transfer.id, "to": transfer.to_account}
        erased = False
        with self._vault.transaction() as conn:
            stored.mark_answered(conn, transfer.id, accepted)
            if transfer.kind != CITIZEN:
                return  # a peer request answered, or a reply taken in: nothing more to do here
            if not accepted:
                self._log(conn, "citizen.transfer_declined", citizen_id=transfer.citizen_id, detail=detail)
                done.declined += 1
            elif _changed_since(conn, transfer.citizen_id, transfer.created_at):
                self._log(
                    conn, "citizen.transfer_kept_changed", citizen_id=transfer.citizen_id, detail=detail
                )
                done.kept_changed += 1
            else:
                counts = citizen_data.erase_citizen(conn, transfer.citizen_id)
                rows = {table: n for table, n in counts.items() if n}
                self._log(
                    conn,
                    "citizen.transferred",
                    citizen_id=transfer.citizen_id,
                    detail={**detail, "rows": rows},
                )
                done.erased += 1
                erased = True
        if erased:
            self._vault.flush_deleted()
        self._bus.publish("citizen", transfer.citizen_id)


def _changed_since(conn: Connection, citizen_id: str, since: str) -> bool:
    """Whether any of the citizen's rows was written after ``since`` (edited or added after sealing)."""
    for spec in citizen_data.CITIZEN_TABLES:
        columns = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({spec.table})")}
        stamps = [c for c in ("created_at", "updated_at") if c in columns]
        if not stamps:
            continue
        later = " OR ".join(f"{c} > :since" for c in stamps)
        sql = f"SELECT 1 FROM {spec.table} WHERE ({spec.owned_by}) AND ({later}) LIMIT 1"  # noqa: S608
        if conn.execute(text(sql), {"cid": citizen_id, "since": since}).first():
            return True
    return False
