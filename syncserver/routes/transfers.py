"""The transfer inbox: a caseworker hands a citizen's whole file to a colleague on the same server.

The file travels sealed to the colleague's identity key and signed by the sender (the desktop does both
with the keys of the directory), so the server keeps an opaque blob and passes it on. The recipient
fetches it, opens it on the device and answers (accept or decline) with a signed receipt for the sender;
the server drops the blob then, keeps the receipt until the sender has read it, and forgets the transfer
when the sender deletes it. A withdrawn transfer (deleted while waiting) goes at once.

Every refusal that concerns another account's transfer is a 404, the same as for an id that does not
exist, so no answer says whether someone else's transfer exists.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from typing import Any

from fastapi import APIRouter, HTTPException, Response, status
from fastapi.responses import JSONResponse
from sqlalchemy import Connection, Row, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from syncserver.db import account, transfer
from syncserver.models import (
    InboxEntry,
    NewTransfer,
    SentTransfer,
    TransferAnswer,
    TransferContent,
    TransferCreated,
    decode,
    encode,
)
from syncserver.routes.context import Authed, Caller, Context, now_iso, refusals

log = logging.getLogger("syncserver")

router = APIRouter(prefix="/v1")

WAITING, ACCEPTED, DECLINED = "waiting", "accepted", "declined"
_NO_SUCH_TRANSFER = "no such transfer"
_TRANSFER_404 = {404: "No such transfer for the caller (or not in a state this operation applies to)"}

sender = account.alias("sender")
recipient = account.alias("recipient")


@router.post(
    "/transfers",
    status_code=status.HTTP_201_CREATED,
    response_model=TransferCreated,
    responses={
        200: {"model": TransferCreated, "description": "Received before: the same id, sender and file"},
        **refusals(
            401,
            404,
            409,
            422,
            why={
                404: "No such colleague: no account of that name, or it is disabled",
                409: "The id is taken by another transfer, or the colleague is the sender's own account",
                413: "The file or the request is too large",
            },
        ),
    },
)
def send(body: NewTransfer, me: Authed, context: Context) -> JSONResponse:
    """Leave a sealed file for a colleague. Sending the same transfer again answers 200 with what the
    first answer said (the device retries after a broken connection)."""
    blob = decode(body.blob)
    assert blob is not None  # required by the model
    if len(blob) > context.settings.max_transfer_bytes:
        raise HTTPException(413, "the file is too large to transfer")
    digest = hashlib.sha256(blob).digest()
    with context.engine.begin() as conn:
        earlier = _earlier(conn, body.id)
        if earlier is not None:
            return _resent(body.id, earlier, me, body.to, digest)
        colleague = conn.execute(
            select(account.c.id).where(and_(account.c.name == body.to, account.c.disabled_at.is_(None)))
        ).first()
        if colleague is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such colleague")
        if colleague.id == me.account_id:
            raise HTTPException(status.HTTP_409_CONFLICT, "a transfer to your own account")
        created_at = now_iso()
        try:
            with conn.begin_nested():  # the same id sent twice at once: the second reads the first
                conn.execute(
                    insert(transfer).values(
                        id=body.id,
                        sender_account_id=me.account_id,
                        recipient_account_id=colleague.id,
                        blob=blob,
                        blob_sha256=digest,
                        size=len(blob),
                        state=WAITING,
                        created_at=created_at,
                    )
                )
        except IntegrityError:
            earlier = _earlier(conn, body.id)
            if earlier is None:
                raise
            return _resent(body.id, earlier, me, body.to, digest)
    log.info(
        json.dumps(
            {
                "event": "transfer.sent",
                "transfer": body.id,
                "account": me.account_id,
                "to": colleague.id,
                "size": len(blob),
            }
        )
    )
    return JSONResponse({"id": body.id, "created_at": created_at}, status_code=status.HTTP_201_CREATED)


def _earlier(conn: Connection, transfer_id: str) -> Row[Any] | None:
    """The transfer stored under ``transfer_id``, with its recipient's name (None if there is none)."""
    return conn.execute(
        select(
            transfer.c.sender_account_id,
            transfer.c.blob_sha256,
            transfer.c.created_at,
            recipient.c.name.label("to"),
        )
        .join(recipient, recipient.c.id == transfer.c.recipient_account_id)
        .where(transfer.c.id == transfer_id)
    ).first()


def _resent(transfer_id: str, earlier: Row[Any], me: Caller, to: str, digest: bytes) -> JSONResponse:
    """200 and the first answer for the same transfer sent again; 409 for anything else under its id."""
    if earlier.sender_account_id != me.account_id or earlier.to != to or earlier.blob_sha256 != digest:
        raise HTTPException(status.HTTP_409_CONFLICT, "this transfer id is taken")
    return JSONResponse({"id": transfer_id, "created_at": earlier.created_at})


@router.get("/transfers/inbox", responses=refusals(401))
def inbox(me: Authed, context: Context) -> list[InboxEntry]:
    """The transfers waiting for the caller's answer, oldest first (without their files)."""
    with context.engine.connect() as conn:
        rows = conn.execute(
            select(transfer.c.id, sender.c.name, transfer.c.size, transfer.c.created_at)
            .join(sender, sender.c.id == transfer.c.sender_account_id)
            .where(and_(transfer.c.recipient_account_id == me.account_id, transfer.c.state == WAITING))
            .order_by(transfer.c.created_at, transfer.c.id)
        ).all()
    return [InboxEntry(id=r.id, from_=r.name, size=r.size, created_at=r.created_at) for r in rows]


@router.get("/transfers/sent", responses=refusals(401))
def sent(me: Authed, context: Context) -> list[SentTransfer]:
    """The caller's transfers that it has not deleted yet, oldest first, with the receipts of those
    answered."""
    with context.engine.connect() as conn:
        rows = conn.execute(
            select(
                transfer.c.id,
                recipient.c.name,
                transfer.c.state,
                transfer.c.receipt,
                transfer.c.created_at,
                transfer.c.answered_at,
            )
            .join(recipient, recipient.c.id == transfer.c.recipient_account_id)
            .where(transfer.c.sender_account_id == me.account_id)
            .order_by(transfer.c.created_at, transfer.c.id)
        ).all()
    return [
        SentTransfer(
            id=r.id,
            to=r.name,
            state=r.state,
            receipt=encode(r.receipt),
            created_at=r.created_at,
            answered_at=r.answered_at,
        )
        for r in rows
    ]


@router.get("/transfers/{transfer_id}", responses=refusals(401, 404, 422, why=_TRANSFER_404))
def fetch(transfer_id: uuid.UUID, me: Authed, context: Context) -> TransferContent:
    """A waiting transfer's sealed file, for its recipient only."""
    with context.engine.connect() as conn:
        row = conn.execute(
            select(transfer.c.id, sender.c.name, transfer.c.blob)
            .join(sender, sender.c.id == transfer.c.sender_account_id)
            .where(
                and_(
                    transfer.c.id == str(transfer_id),
                    transfer.c.recipient_account_id == me.account_id,
                    transfer.c.state == WAITING,
                )
            )
        ).first()
    if row is None or row.blob is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, _NO_SUCH_TRANSFER)
    log.info(json.dumps({"event": "transfer.fetched", "transfer": row.id, "account": me.account_id}))
    return TransferContent(id=row.id, from_=row.name, blob=encode(row.blob) or "")


@router.post(
    "/transfers/{transfer_id}/answer",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=refusals(
        401, 404, 409, 422, why={**_TRANSFER_404, 409: "The transfer was already answered the other way"}
    ),
)
def answer(transfer_id: uuid.UUID, body: TransferAnswer, me: Authed, context: Context) -> Response:
    """Accept or decline a transfer addressed to the caller; the sealed file is dropped. The same
    decision again changes nothing (the first receipt is kept); the other one is refused."""
    key, decision = str(transfer_id), ACCEPTED if body.accepted else DECLINED
    mine = and_(transfer.c.id == key, transfer.c.recipient_account_id == me.account_id)
    with context.engine.begin() as conn:
        # Only a waiting transfer changes, so of two answers at once exactly one is recorded.
        done = conn.execute(
            update(transfer)
            .where(and_(mine, transfer.c.state == WAITING))
            .values(state=decision, receipt=decode(body.receipt), answered_at=now_iso(), blob=None)
        ).rowcount
        state = None if done else conn.execute(select(transfer.c.state).where(mine)).scalar_one_or_none()
    if not done and state is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, _NO_SUCH_TRANSFER)
    if not done and state != decision:
        raise HTTPException(status.HTTP_409_CONFLICT, f"this transfer was already {state}")
    if done:
        log.info(json.dumps({"event": f"transfer.{decision}", "transfer": key, "account": me.account_id}))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete(
    "/transfers/{transfer_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=refusals(401, 404, 422, why={404: "No such transfer sent by the caller"}),
)
def forget(transfer_id: uuid.UUID, me: Authed, context: Context) -> Response:
    """The sender withdraws a waiting transfer, or says it has recorded the answer: the transfer goes."""
    key = str(transfer_id)
    with context.engine.begin() as conn:
        state = conn.execute(
            delete(transfer)
            .where(and_(transfer.c.id == key, transfer.c.sender_account_id == me.account_id))
            .returning(transfer.c.state)
        ).scalar_one_or_none()
    if state is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, _NO_SUCH_TRANSFER)
    event = "transfer.withdrawn" if state == WAITING else "transfer.closed"
    log.info(json.dumps({"event": event, "transfer": key, "account": me.account_id}))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
