"""The key directory: a device publishes its account's public identity; colleagues read everyone's.

The server only passes keys on. It checks that the publisher holds the signing key (the proof), not who
the person is: the programs show each colleague's fingerprint to compare, pin the keys at first use and
refuse a changed key until a person confirms it, so a server that lies is caught there.
"""

from __future__ import annotations

import json
import logging

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from syncserver.db import account, identity_key
from syncserver.models import DirectoryEntry, PublishedIdentity, decode, directory_proof_text, encode
from syncserver.routes.context import Authed, Context, now_iso, refusals

log = logging.getLogger("syncserver")

router = APIRouter(prefix="/v1")


@router.put(
    "/identity",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=refusals(401, 403, 422),
)
def publish_identity(body: PublishedIdentity, me: Authed, context: Context) -> Response:
    """Publish (or replace) the signed-in account's public identity keys."""
    receive, sign, proof = decode(body.receive), decode(body.sign), decode(body.proof)
    assert receive is not None and sign is not None and proof is not None  # required by the model
    with context.engine.begin() as conn:
        name: str = conn.execute(select(account.c.name).where(account.c.id == me.account_id)).scalar_one()
        try:
            Ed25519PublicKey.from_public_bytes(sign).verify(proof, directory_proof_text(name, receive, sign))
        except InvalidSignature:
            raise HTTPException(
                status.HTTP_403_FORBIDDEN, "the proof is not a signature by these keys"
            ) from None
        values = {"receive": receive, "sign": sign, "published_at": now_iso()}
        replace = update(identity_key).where(identity_key.c.account_id == me.account_id).values(**values)
        if not conn.execute(replace).rowcount:
            try:
                with conn.begin_nested():  # another device of the account may publish at the same time
                    conn.execute(identity_key.insert().values(account_id=me.account_id, **values))
            except IntegrityError:
                conn.execute(replace)
    log.info(json.dumps({"event": "identity.published", "account": me.account_id}))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/directory", responses=refusals(401))
def directory(me: Authed, context: Context) -> list[DirectoryEntry]:
    """Every enabled account's published identity, by account name."""
    with context.engine.connect() as conn:
        rows = conn.execute(
            select(account.c.name, identity_key.c.receive, identity_key.c.sign, identity_key.c.published_at)
            .join(account, account.c.id == identity_key.c.account_id)
            .where(account.c.disabled_at.is_(None))  # nobody is to hand a file to a disabled account
            .order_by(account.c.name)
        ).all()
    return [
        DirectoryEntry(
            account=row.name,
            receive=encode(row.receive) or "",
            sign=encode(row.sign) or "",
            published_at=row.published_at,
        )
        for row in rows
    ]
