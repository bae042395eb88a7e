"""Handing a citizen's whole file to a colleague, end to end encrypted, with nothing lost on the way.

The steps, each its own transaction, so a kill between any two leaves a state the next round goes on
from (``round`` does every step that is due, in order):

1. ``hand_over`` (sender): the handover is recorded, the file is read out, sealed to the colleague's
   pinned key, signed, and queued in the vault. Offline, it waits there.
2. ``_send_queued``: the sealed blob goes to the server (resending the same one is harmless).
3. ``_fetch_inbox`` (receiver): sealed blobs addressed here are kept in the vault until answered.
4. ``accept`` / ``decline``: the file is checked (the sender's pinned key, the signature, the shape) and
   written in, or not; the signed answer is kept, in the same transaction.
5. ``_send_answers``: the signed answers go to the server.
6. ``_collect_answers`` (sender): an acceptance whose signature checks out against the colleague's
   pinned key erases the sender's copy (the privacy erasure: every row, the search entries, the
   deletion syncs); a decline keeps it. A file changed here after it was sealed is kept, not erased.

Both access logs say what happened: queued, accepted or declined, erased. The server holds only
sealed blobs, and those only until they are answered.
"""

from __future__ import annotations

import contextlib

from desktop.domain.peer_reflection import is_peer_message
from desktop.errors import (
    CitizenAlreadyHere,
    ColleagueKeyChanged,
    ColleagueUnknown,
    SyncOffline,
    TransferUnreadable,
)
from desktop.pause_points import pause_point
from desktop.services.changes import ChangeBus
from desktop.services.colleagues import Colleague, pinned_identity
from desktop.services.identity import IdentityService
from desktop.services.peer_reflection import PeerReflections
from desktop.services.search_reindex import reindex
from desktop.services.transfer_base import SignedIn, TransferBase, TransferRound
from desktop.services.transfer_files import TransferFiles
from desktop.services.transfer_opening import (
    Waiting,
    describe,
    read_file,
)
from desktop.services.vault_session import VaultSession
from desktop.storage.records import transfers as stored
from desktop.sync import transfer_client as api
from desktop.sync.client import SyncClient
from desktop.sync.transfer_seal import (
    receipt_holds,
    sign_receipt,
)


class TransferService(TransferBase):
    """Hand citizens to colleagues, take in what colleagues hand here, and run the round that moves
    everything sealed between colleagues (``peers``: joint professional reflection)."""

    def __init__(
        self, session: VaultSession, bus: ChangeBus, identity: IdentityService, signed_in: SignedIn
    ) -> None:
        super().__init__(session, bus, identity, signed_in)
        self.peers = PeerReflections(session, bus, identity, signed_in, self._round_if_online)
        self.files = TransferFiles(session, bus, identity, signed_in)

    def _round_if_online(self) -> None:
        with contextlib.suppress(SyncOffline):
            self.round()

    # -- colleagues --------------------------------------------------------------------------------

    def colleagues(self) -> list[Colleague]:
        """The directory's colleagues, each with whether their keys are pinned here, new or changed."""
        with self._signed_in() as (client, account):
            self._publish(client, account)
            return self._keys.compare(api.directory(client), account)

    def pinned_colleagues(self) -> list[Colleague]:
        """The colleagues pinned here, without asking the server (offline; for a USB handover)."""
        return self._keys.pinned()

    def confirm_colleague(self, account: str, fingerprint: str) -> None:
        """Trust the colleague's new keys, after the person compared ``fingerprint`` with them."""
        with self._signed_in() as (client, _):
            listed = api.directory(client)
        self._keys.confirm(account, fingerprint, listed)

    # -- sending -----------------------------------------------------------------------------------

    def hand_over(
        self, citizen_id: str, to_account: str, reason: str = "", with_reflections: bool = True
    ) -> str:
        """Seal the citizen's file to ``to_account`` and queue it; sent at once when the server answers,
        later otherwise. Returns the transfer's id."""
        listed, own_account = self._directory_if_online()
        with self._vault.transaction() as conn:
            transfer_id, _ = self._seal_citizen(
                conn, citizen_id, to_account, listed, own_account, reason, with_reflections
            )
        self._bus.publish("citizen", citizen_id)
        pause_point("transfer.queued")
        with contextlib.suppress(SyncOffline):
            self.round()
        return transfer_id

    def withdraw(self, citizen_id: str) -> bool:
        """Take back the citizen's handover not sent yet (or written to a file that was lost): nothing
        goes, and the copy here is not erased on an answer. False when none could be taken back."""
        with self._vault.transaction() as conn:
            withdrawn = stored.withdraw_queued(conn, citizen_id)
            if withdrawn:
                self._log(conn, "citizen.transfer_withdrawn", citizen_id=citizen_id)
        self._bus.publish("citizen", citizen_id)
        return bool(withdrawn)

    def pending_for(self, citizen_id: str) -> stored.OutgoingTransfer | None:
        """The citizen's transfer that waits to be sent or answered, if any."""
        with self._vault.engine.connect() as conn:
            return stored.outgoing_for(conn, citizen_id)

    # -- receiving ---------------------------------------------------------------------------------

    def waiting(self) -> list[Waiting]:
        """What colleagues sent here and is not answered yet, opened to show who sent what: citizens'
        files and requests for joint professional reflection (nothing is written in until answered)."""
        identity = self._identity.own()
        with self._vault.engine.connect() as conn:
            kept = stored.incoming(conn, "waiting")
            pins = stored.pinned_keys(conn)
            own_account = self._own_account(conn)
        found = [describe(identity, t, pins.get(t.from_account), own_account) for t in kept]
        return [entry for entry in found if entry is not None]

    def accept(self, transfer_id: str) -> str:
        """Write the handed file into this vault and sign the receipt; returns the citizen's id."""
        identity = self._identity.own()
        with self._vault.transaction() as conn:
            transfer = self._waiting_one(conn, transfer_id)
            payload, _ = self._open(conn, transfer)
            if is_peer_message(payload):
                raise TransferUnreadable("a peer-reflection request is answered, not accepted")
            handed = read_file(payload)
            try:
                written = stored.write_file_rows(conn, handed.rows)
            except stored.AlreadyHere:
                raise CitizenAlreadyHere() from None
            except stored.UnknownColumns as exc:
                raise TransferUnreadable(str(exc)) from None
            reindex(conn, written, {})
            assert transfer.blob is not None  # opened above
            receipt = sign_receipt(identity, transfer.id, transfer.blob, accepted=True)
            stored.answer_in(conn, transfer.id, True, receipt, handed.citizen_id)
            self._log(
                conn,
                "citizen.transfer_accepted",
                citizen_id=handed.citizen_id,
                detail={"transfer": transfer.id, "from": transfer.from_account, "records": len(written)},
            )
        self._bus.publish("citizen", handed.citizen_id)
        pause_point("transfer.accepted")
        with contextlib.suppress(SyncOffline):
            self.round()
        return handed.citizen_id

    def decline(self, transfer_id: str) -> None:
        """Say no: nothing is written in, the sender keeps the file (signed, so it knows it was us)."""
        identity = self._identity.own()
        with self._vault.transaction() as conn:
            transfer = self._waiting_one(conn, transfer_id)
            assert transfer.blob is not None  # waiting ones keep their blob
            receipt = sign_receipt(identity, transfer.id, transfer.blob, accepted=False)
            stored.answer_in(conn, transfer.id, False, receipt, None)
            self._log(
                conn, "transfer.declined", detail={"transfer": transfer.id, "from": transfer.from_account}
            )
        with contextlib.suppress(SyncOffline):
            self.round()

    # -- the round ---------------------------------------------------------------------------------

    def round(self) -> TransferRound:
        """Every step that is due: send queued files, fetch new ones, send answers, act on answers.
        Raises ``SyncNotSetUp`` before sync is set up and ``SyncOffline`` when the server is away."""
        done = TransferRound()
        with self._signed_in() as (client, account):
            self._publish(client, account)
            done.sent = self._send_queued(client)
            done.fetched = self._fetch_inbox(client)
            self.peers.take_replies(done)
            done.answered = self._send_answers(client)
            self._collect_answers(client, done)
        return done

    def _send_queued(self, client: SyncClient) -> int:
        with self._vault.engine.connect() as conn:
            queued = stored.outgoing(conn, "queued")
        for transfer in queued:
            assert transfer.blob is not None
            api.send_transfer(client, transfer.id, transfer.to_account, transfer.blob)
            pause_point("transfer.sent")
            with self._vault.transaction() as conn:
                stored.mark_sent(conn, transfer.id)
        return len(queued)

    def _fetch_inbox(self, client: SyncClient) -> int:
        with self._vault.engine.connect() as conn:
            known = {t.id for t in stored.incoming(conn)}
        fresh = [entry for entry in api.inbox(client) if entry.id not in known]
        listed = api.directory(client) if fresh else []  # read only when a sender may need pinning
        fetched = 0
        for entry in fresh:
            sender, blob = api.fetch_transfer(client, entry.id)
            with self._vault.transaction() as conn:
                with contextlib.suppress(ColleagueKeyChanged, ColleagueUnknown):
                    self._keys.trusted(
                        conn, sender, listed
                    )  # pinned at first use; a change shows in the inbox
                stored.keep_in(conn, entry.id, sender, blob)
                self._log(conn, "transfer.received", detail={"transfer": entry.id, "from": sender})
            fetched += 1
        return fetched

    def _send_answers(self, client: SyncClient) -> int:
        with self._vault.engine.connect() as conn:
            unsent = [
                t
                for t in stored.incoming(conn, "accepted", "declined")
                if not t.answer_sent and t.via == "server"
            ]
        for transfer in unsent:
            assert transfer.receipt is not None
            api.answer_transfer(client, transfer.id, transfer.state == "accepted", transfer.receipt)
            pause_point("transfer.answered")
            with self._vault.transaction() as conn:
                stored.mark_answer_sent(conn, transfer.id)
        return len(unsent)

    def _collect_answers(self, client: SyncClient, done: TransferRound) -> None:
        with self._vault.engine.connect() as conn:
            mine = {t.id: t for t in stored.outgoing(conn)}
            pins = stored.pinned_keys(conn)
        answers = api.sent_transfers(client)
        self._requeue_lost(mine, {answer.id for answer in answers})
        for answer in answers:
            transfer = mine.get(answer.id)
            if transfer is None:
                continue  # sent from another computer of this account: that one records the answer
            if transfer.state != "sent":
                api.forget_transfer(client, answer.id)  # recorded here already (or withdrawn)
                continue
            if answer.state == "waiting" or answer.receipt is None:
                continue
            pin = pins.get(transfer.to_account)
            accepted = answer.state == "accepted"
            if pin is None or not receipt_holds(
                answer.receipt, pinned_identity(pin), transfer.id, transfer.digest, accepted
            ):
                with self._vault.transaction() as conn:
                    self._log(conn, "transfer.receipt_refused", detail={"transfer": transfer.id})
                continue
            self._record_answer(transfer, accepted, done)
            pause_point("transfer.recorded")
            api.forget_transfer(client, transfer.id)

    def _requeue_lost(self, mine: dict[str, stored.OutgoingTransfer], on_server: set[str]) -> None:
        """Sent files the server no longer holds (it was wiped or replaced) go out again."""
        lost = [t.id for t in mine.values() if t.state == "sent" and t.id not in on_server]
        if lost:
            with self._vault.transaction() as conn:
                for transfer_id in lost:
                    stored.requeue(conn, transfer_id)
