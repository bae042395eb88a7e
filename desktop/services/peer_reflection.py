"""Joint professional reflection through the team ("fælles faglig refleksion").

A pseudonymised excerpt, as the caseworker read it, goes sealed to each named colleague with a question
(``ask``). The colleague answers in the inbox (``reply``): the request and its excerpt go from their
computer, and the reply comes back sealed. ``take_replies`` (run by each round) puts each reply into the
reflection log of the citizen the request was about. The messages carry no citizen id or name; only the
asking caseworker's own records tie a thread to a citizen, and a reply to a thread never started here
is not placed.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable

from desktop.domain.peer_reflection import REPLY, REQUEST, PeerMessage, is_peer_message, write_peer_message
from desktop.domain.reflection import PEER_REPLY, ReflectionDraft
from desktop.errors import ColleagueKeyChanged, NotFound, SyncOffline, TransferUnreadable
from desktop.services.changes import ChangeBus
from desktop.services.identity import IdentityService
from desktop.services.transfer_base import SignedIn, TransferBase, TransferRound
from desktop.services.transfer_opening import PEER_REPLY_KIND, PEER_REQUEST, read_peer
from desktop.services.vault_session import VaultSession
from desktop.storage.records import citizens, reflections
from desktop.storage.records import transfers as stored
from desktop.storage.records.citizens import now_iso
from desktop.sync.transfer_seal import seal_transfer, sign_receipt, transfer_digest


class PeerReflections(TransferBase):
    """Ask colleagues, answer colleagues, and take their replies in. ``send_now`` runs a transfer round
    (``TransferService.round``) after something was queued, when the server can be reached."""

    def __init__(
        self,
        session: VaultSession,
        bus: ChangeBus,
        identity: IdentityService,
        signed_in: SignedIn,
        send_now: Callable[[], object],
    ) -> None:
        super().__init__(session, bus, identity, signed_in)
        self._send_now = send_now

    # -- ---------------------------------------------

    def ask(self, reflection_id: str, accounts: list[str], excerpt: str, question: str = "") -> list[str]:
        """Send the pseudonymised ``excerpt`` (as the caseworker read and perhaps edited it) with
        ``question`` to each colleague, sealed to each; their replies come back into the citizen's
        reflection log. Returns the requests' ids (one per colleague)."""
        listed, own_account = self._directory_if_online()
        identity = self._identity.own()
        sent = []
        with self._vault.transaction() as conn:
            reflection = reflections.get_reflection(conn, reflection_id)
            if reflection is None:
                raise NotFound(reflection_id)
            sender = own_account or self._own_account(conn)
            for account in dict.fromkeys(accounts):
                colleague = self._keys.trusted(conn, account, listed)
                thread = str(uuid.uuid4())
                message = PeerMessage(REQUEST, thread, sender, account, now_iso(), excerpt, question)
                blob = seal_transfer(identity, colleague, thread, write_peer_message(message))
                stored.queue_out(
                    conn,
                    thread,
                    reflection.citizen_id,
                    account,
                    blob,
                    transfer_digest(blob),
                    PEER_REQUEST,
                    reflection_id,
                )
                sent.append(thread)
            self._log(
                conn,
                "reflection.sent_to_peers",
                citizen_id=reflection.citizen_id,
                detail={"reflection": reflection_id, "to": list(dict.fromkeys(accounts))},
            )
        with contextlib.suppress(SyncOffline):
            self._send_now()
        return sent

    def reply(self, transfer_id: str, reply: str) -> None:
        """Answer a colleague's request for joint professional reflection: the reply goes back sealed to
        them, and the request (with its excerpt) is gone from here."""
        identity = self._identity.own()
        with self._vault.transaction() as conn:
            transfer = self._waiting_one(conn, transfer_id)
            payload, asker = self._open(conn, transfer)
            own_account = self._own_account(conn)
            request = read_peer(payload, transfer.from_account, own_account)
            if request.kind != REQUEST:
                raise TransferUnreadable("not a request")
            reply_id = str(uuid.uuid4())
            message = PeerMessage(
                REPLY,
                request.thread,
                own_account,
                transfer.from_account,
                now_iso(),
                question=request.question,
                reply=reply,
            )
            blob = seal_transfer(identity, asker, reply_id, write_peer_message(message))
            stored.queue_out(
                conn,
                reply_id,
                "",
                transfer.from_account,
                blob,
                transfer_digest(blob),
                PEER_REPLY_KIND,
                transfer.id,
            )
            assert transfer.blob is not None
            stored.answer_in(
                conn, transfer.id, True, sign_receipt(identity, transfer.id, transfer.blob), None
            )
            self._log(conn, "peer.replied", detail={"request": transfer.id, "to": transfer.from_account})
        with contextlib.suppress(SyncOffline):
            self._send_now()

    def take_replies(self, done: TransferRound) -> None:
        """Colleagues' replies into the reflection log of the citizen each request was about."""
        identity = self._identity.own()
        with self._vault.engine.connect() as conn:
            kept = stored.incoming(conn, "waiting")
            own_account = self._own_account(conn)
        for transfer in kept:
            with self._vault.transaction() as conn:
                try:
                    payload, _ = self._open(conn, transfer)
                    if not is_peer_message(payload):
                        continue
                    message = read_peer(payload, transfer.from_account, own_account)
                except (TransferUnreadable, ColleagueKeyChanged):
                    continue  # the inbox shows why
                if message.kind != REPLY:
                    continue
                asked = stored.outgoing_one(conn, message.thread)
                known = (
                    asked is not None
                    and asked.kind == PEER_REQUEST
                    and asked.to_account == transfer.from_account
                    and citizens.get_citizen(conn, asked.citizen_id) is not None
                )
                assert transfer.blob is not None
                stored.answer_in(
                    conn, transfer.id, known, sign_receipt(identity, transfer.id, transfer.blob, known), None
                )
                if not known or asked is None:
                    self._log(conn, "peer.reply_not_placed", detail={"transfer": transfer.id})
                    continue
                sections = {
                    "colleague": transfer.from_account,
                    "question": message.question,
                    "reply": message.reply,
                }
                reflection_id = reflections.insert_reflection(
                    conn, asked.citizen_id, ReflectionDraft("after", PEER_REPLY, sections)
                )
                self._log(
                    conn,
                    "reflection.peer_reply_received",
                    citizen_id=asked.citizen_id,
                    detail={
                        "reflection": reflection_id,
                        "from": transfer.from_account,
                        "about": asked.subject_id,
                    },
                )
            done.replies += 1
            self._bus.publish("reflection", reflection_id)
