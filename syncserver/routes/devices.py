"""The devices of the signed-in account: list them, revoke one (a lost laptop signs out for good)."""

from __future__ import annotations

import json
import logging
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status
from sqlalchemy import and_, select, update

from syncserver.db import device
from syncserver.models import RECORD_ID, DeviceInfo
from syncserver.routes.context import Authed, Context, now_iso, refusals

log = logging.getLogger("syncserver")

router = APIRouter(prefix="/v1")


@router.get("/devices", responses=refusals(401))
def devices(me: Authed, context: Context) -> list[DeviceInfo]:
    with context.engine.connect() as conn:
        rows = conn.execute(
            select(device).where(device.c.account_id == me.account_id).order_by(device.c.created_at)
        ).all()
    return [
        DeviceInfo(
            id=r.id,
            name=r.name,
            created_at=r.created_at,
            last_seen_at=r.last_seen_at,
            revoked_at=r.revoked_at,
            this_device=r.id == me.device_id,
        )
        for r in rows
    ]


@router.delete(
    "/devices/{device_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=refusals(401, 404, 422),
)
def revoke(
    device_id: Annotated[str, Path(pattern=RECORD_ID, min_length=36, max_length=36)],
    me: Authed,
    context: Context,
) -> Response:
    with context.engine.begin() as conn:
        done = conn.execute(
            update(device)
            .where(and_(device.c.id == device_id, device.c.account_id == me.account_id))
            .values(revoked_at=now_iso())
        ).rowcount
    if not done:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such device")
    log.info(json.dumps({"event": "device.revoked", "account": me.account_id, "device": device_id}))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
