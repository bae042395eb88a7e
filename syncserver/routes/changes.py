"""The account's records: push a page of changes, read the feed of changes after a cursor.

The server sees sealed blobs only. A change is accepted only on top of the version it names; anything
else is a conflict answered with the server's version, which the device merges and pushes again.
"""

from __future__ import annotations

import json
import logging
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.responses import JSONResponse
from sqlalchemy import Connection, Row, and_, bindparam, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from syncserver.db import account, push_request, record
from syncserver.models import DB_INT_MAX, Change, Feed, Push, PushAnswer, decode, encode
from syncserver.routes.context import Authed, Caller, Context, feed_head, now_iso, refusals

log = logging.getLogger("syncserver")

router = APIRouter(prefix="/v1")


@router.post("/push", response_model=PushAnswer, responses=refusals(401, 409, 422))
def push(body: Push, me: Authed, context: Context) -> JSONResponse:
    settings = context.settings
    if len(body.changes) > settings.max_changes_per_push:
        raise HTTPException(413, "too many changes in one push")
    blobs = [decode(change.blob) for change in body.changes]
    if any(blob is not None and len(blob) > settings.max_blob_bytes for blob in blobs):
        raise HTTPException(413, "a record is too large")
    seen = {(c.record_type, c.record_id) for c in body.changes}
    if len(seen) != len(body.changes):
        raise HTTPException(422, "a record appears twice in one push")
    try:
        with context.engine.begin() as conn:
            conn.execute(
                insert(push_request).values(
                    device_id=me.device_id, request_id=body.request_id, created_at=now_iso()
                )
            )
            results = _apply_all(conn, me, body.changes, blobs)
            cursor = feed_head(conn, me.account_id)
    except IntegrityError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, "this request was already received") from exc
    accepted = sum(r["status"] == "accepted" for r in results)
    log.info(
        json.dumps({"event": "push", "account": me.account_id, "accepted": accepted, "of": len(results)})
    )
    # Plain dicts in the shape of ``PushAnswer``, as for the feed: a model object per record of a
    # 500-record page cost more than writing the page.
    return JSONResponse({"results": results, "cursor": cursor})


@router.get("/changes", response_model=Feed, responses=refusals(401, 422))
def changes(
    me: Authed,
    context: Context,
    after: Annotated[int, Query(ge=0, le=DB_INT_MAX)] = 0,
    limit: Annotated[
        int | None, Query(ge=1, le=5000, description="Entries per page (the server's page size if not given)")
    ] = None,
) -> JSONResponse:
    limit = limit or context.settings.page_size
    with context.engine.connect() as conn:
        rows = conn.execute(
            select(record)
            .where(and_(record.c.account_id == me.account_id, record.c.seq > after))
            .order_by(record.c.seq)
            .limit(limit + 1)
        ).all()
        cursor = feed_head(conn, me.account_id)
    page = rows[:limit]
    # Built as plain dicts (the shape of ``Feed``): a page of thousands of entries is the hot path
    # of a first sync, and a model object per entry cost more than the query.
    entries = [
        {
            "seq": r.seq,
            "record_type": r.record_type,
            "record_id": r.record_id,
            "version": r.version,
            "blob": encode(r.blob),
            "deleted": bool(r.deleted),
        }
        for r in page
    ]
    return JSONResponse(
        {
            "changes": entries,
            "cursor": page[-1].seq if page else after,
            "head": cursor,
            "more": len(rows) > limit,
        }
    )


def _reserve_seqs(conn: Connection, account_id: str, count: int) -> int:
    """Reserve ``count`` sequence numbers; returns the first (under the account row's lock, which
    ``_apply_all`` took, so concurrent pushes of one account are serialised)."""
    conn.execute(
        update(account).where(account.c.id == account_id).values(next_seq=account.c.next_seq + count)
    )
    after = int(conn.execute(select(account.c.next_seq).where(account.c.id == account_id)).scalar_one())
    return after - count


def _apply_all(
    conn: Connection, me: Caller, changes: list[Change], blobs: list[bytes | None]
) -> list[dict[str, Any]]:
    """Apply a push page: each change is accepted only on top of the version it names.

    A fixed number of statements whatever the size of the page: the account row locked, one lookup of
    the records it names (by the full primary key, so the index finds each; by id alone it scanned the
    account's feed), one sequence reservation, one executemany of updates and one of inserts.
    """
    # The lock comes before the lookup: two pushes of one account (from two devices, served by two
    # workers) could otherwise both find the same version, both accept, and one overwrite the other
    # (or, for a new record, fail on its key and answer 409 "already received" for a push never stored).
    # SQLite ignores FOR UPDATE; its write lock, taken by the push's first insert, already serialises.
    conn.execute(select(account.c.id).where(account.c.id == me.account_id).with_for_update())
    current: dict[tuple[str, str], Row[Any]] = {}
    wanted: dict[str, list[str]] = {}
    for change in changes:
        wanted.setdefault(change.record_type, []).append(change.record_id)
    if wanted:
        for found in conn.execute(
            select(record).where(
                record.c.account_id == me.account_id,
                or_(
                    *(
                        and_(record.c.record_type == record_type, record.c.record_id.in_(ids))
                        for record_type, ids in wanted.items()
                    )
                ),
            )
        ):
            current[(found.record_type, found.record_id)] = found
    results: list[dict[str, Any] | None] = []
    accepted: list[int] = []
    for index, (change, blob) in enumerate(zip(changes, blobs, strict=True)):
        row = current.get((change.record_type, change.record_id))
        version = row.version if row is not None else 0
        if version == change.base_version:
            results.append(None)
            accepted.append(index)
            continue
        # Our own earlier push, retried after a lost answer, is accepted again and changes nothing.
        retried = (
            row is not None
            and row.blob == blob
            and row.deleted == change.deleted
            and row.version == change.base_version + 1
            and row.device_id == me.device_id
        )
        results.append(
            {
                "record_type": change.record_type,
                "record_id": change.record_id,
                "status": "accepted" if retried else "conflict",
                "version": version,
                "blob": encode(row.blob) if row is not None and not retried else None,
                "deleted": bool(row.deleted) if row is not None else False,
            }
        )
    first_seq = _reserve_seqs(conn, me.account_id, len(accepted)) if accepted else 0
    inserts, updates, now = [], [], now_iso()
    for offset, index in enumerate(accepted):
        change, blob = changes[index], blobs[index]
        values = {
            "version": change.base_version + 1,
            "seq": first_seq + offset,
            "blob": blob,
            "deleted": change.deleted,
            "device_id": me.device_id,
            "updated_at": now,
        }
        key = {"account_id": me.account_id, "record_type": change.record_type, "record_id": change.record_id}
        if (change.record_type, change.record_id) in current:
            updates.append({**{f"k_{name}": value for name, value in key.items()}, **values})
        else:
            inserts.append({**key, **values})
        results[index] = {
            "record_type": change.record_type,
            "record_id": change.record_id,
            "status": "accepted",
            "version": values["version"],
            "blob": None,
            "deleted": False,
        }
    if updates:
        conn.execute(_UPDATE_RECORD, updates)
    if inserts:
        conn.execute(insert(record), inserts)
    return [r for r in results if r is not None]


# One statement for every accepted change to an existing record of a push (an executemany; the SET
# clause is made of the parameters named after columns).
_UPDATE_RECORD = update(record).where(
    record.c.account_id == bindparam("k_account_id"),
    record.c.record_type == bindparam("k_record_type"),
    record.c.record_id == bindparam("k_record_id"),
)
