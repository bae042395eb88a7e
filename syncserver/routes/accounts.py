"""Accounts: create one, ask how to derive its key (pre-login), sign a device in.

Creating a name that exists is a sign-in with the password's key, and pre-login answers for a name
that does not exist with a decoy salt, so no answer says more about a name than a failed sign-in does.
"""

from __future__ import annotations

import json
import logging
import uuid

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from syncserver.db import account
from syncserver.models import Kdf, NewAccount, PreLogin, PreLoginAnswer, Session, SignIn, decode, encode
from syncserver.routes.context import (
    ACCOUNT_DISABLED,
    Context,
    ServerContext,
    key_bytes,
    now_iso,
    refusals,
    register_device,
)
from syncserver.security import auth_key_matches, hash_auth_key, new_salt

log = logging.getLogger("syncserver")

router = APIRouter(prefix="/v1")


@router.post("/accounts", status_code=status.HTTP_201_CREATED, responses=refusals(401, 422, 429))
async def create_account(body: NewAccount, request: Request, context: Context) -> Session:
    """Create the account; for a name that exists this is a sign-in with the password's key, so
    the answer says no more about the name than a failed sign-in does."""
    address = await context.admit(request, body.name, creating=True)
    return await run_in_threadpool(_create_or_sign_in, context, body, address)


@router.post("/prelogin", responses=refusals(422))
def prelogin(body: PreLogin, context: Context) -> PreLoginAnswer:
    with context.engine.connect() as conn:
        row = conn.execute(
            select(account.c.id, account.c.client_salt, account.c.kdf).where(account.c.name == body.name)
        ).first()
    kdf = None
    if row is not None:
        try:
            kdf = Kdf.model_validate_json(row.kdf)
        except (ValidationError, ValueError, RecursionError):
            # Written by an older server that stored any JSON; nobody can derive a key from it.
            log.warning(json.dumps({"event": "account.kdf_unreadable", "account": row.id}))
    if row is None or kdf is None:  # the same shape of answer, so asking does not reveal who exists
        return PreLoginAnswer(
            client_salt=encode(context.decoys.salt_for(body.name)) or "", kdf=context.decoy_kdf
        )
    return PreLoginAnswer(client_salt=encode(row.client_salt) or "", kdf=kdf)


@router.post("/sessions", status_code=status.HTTP_201_CREATED, responses=refusals(401, 422, 429))
async def sign_in(body: SignIn, request: Request, context: Context) -> Session:
    address = await context.admit(request, body.name)
    return await run_in_threadpool(
        _sign_in_checked, context, body.name, body.auth_key, body.method, body.device_name, address
    )


def _create_or_sign_in(context: ServerContext, body: NewAccount, address: str) -> Session:
    with context.engine.connect() as conn:
        taken = conn.execute(select(account.c.id).where(account.c.name == body.name)).first()
    if taken is None:
        try:
            session = _create(context, body)
        except IntegrityError:
            pass  # created meanwhile by another request: it is taken, as below
        else:
            context.guard.created(address, body.name)
            return session
    return _sign_in_checked(context, body.name, body.auth_key, "password", body.device_name, address)


def _create(context: ServerContext, body: NewAccount) -> Session:
    cost = context.settings.auth_hash_cost
    account_id, salt = str(uuid.uuid4()), new_salt()
    recovery_salt = new_salt() if body.recovery_auth_key else None
    values = {
        "id": account_id,
        "name": body.name,
        "vault_id": body.vault_id,
        "auth_hash": hash_auth_key(key_bytes(body.auth_key), salt, cost),
        "auth_salt": salt,
        "client_salt": decode(body.client_salt),
        "kdf": body.kdf.model_dump_json(),
        "wrapped_key": decode(body.wrapped_key),
        "recovery_wrapped_key": decode(body.recovery_wrapped_key),
        "recovery_auth_hash": (
            hash_auth_key(key_bytes(body.recovery_auth_key), recovery_salt, cost)
            if body.recovery_auth_key and recovery_salt
            else None
        ),
        "recovery_auth_salt": recovery_salt,
        "next_seq": 1,
        "created_at": now_iso(),
    }
    with context.engine.begin() as conn:
        conn.execute(insert(account).values(**values))
        session = register_device(conn, account_id, body.device_name)
    log.info(json.dumps({"event": "account.created", "account": account_id}))
    return Session(
        account_id=account_id,
        vault_id=body.vault_id,
        wrapped_key=body.wrapped_key,
        recovery_wrapped_key=body.recovery_wrapped_key,
        **session,
    )


def _sign_in_checked(
    context: ServerContext, name: str, auth_key: str, method: str, device_name: str, address: str
) -> Session:
    """Register a device if ``auth_key`` is the account's key. One scrypt whatever the outcome,
    so neither the answer nor its time says whether the name exists."""
    cost = context.settings.auth_hash_cost
    with context.engine.begin() as conn:
        row = conn.execute(select(account).where(account.c.name == name)).first()
        stored, salt = None, None
        if row is not None and method == "recovery":
            stored, salt = row.recovery_auth_hash, row.recovery_auth_salt
        elif row is not None:
            stored, salt = row.auth_hash, row.auth_salt
        if row is None or stored is None or salt is None:
            hash_auth_key(key_bytes(auth_key), new_salt(), cost)  # same time either way
            ok = False
        else:
            ok = auth_key_matches(key_bytes(auth_key), salt, stored, cost)
        if not ok or row is None:
            log.info(json.dumps({"event": "sign_in.failed"}))
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong account or password")
        if row.disabled_at is not None:
            # Said only to whoever holds the key: to anyone else it is a wrong password, as before.
            context.guard.succeeded(address, name)
            log.info(json.dumps({"event": "sign_in.refused_disabled", "account": row.id}))
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, ACCOUNT_DISABLED)
        session = register_device(conn, row.id, device_name)
    context.guard.succeeded(address, name)
    log.info(json.dumps({"event": "sign_in", "account": row.id, "device": session["device_id"]}))
    return Session(
        account_id=row.id,
        vault_id=row.vault_id,
        wrapped_key=encode(row.wrapped_key) or "",
        recovery_wrapped_key=encode(row.recovery_wrapped_key),
        **session,
    )
