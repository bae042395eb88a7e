"""The access log: append-only, hash-chained audit events inside the vault.

Each event's hash covers the previous event's hash and its own fields, so removing, reordering or
editing an event breaks the chain from that point on and ``verify_chain`` reports where.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, text

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    """One audit event as stored."""

    id: str
    seq: int
    at: str
    actor: str
    action: str
    citizen_id: str | None
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: ``broken_at`` is the first bad ``seq``, if any."""

    events: int
    broken_at: int | None = None

    @property
    def ok(self) -> bool:
        """True when every event links to the one before it."""
        return self.broken_at is None


def append_event(
    conn: Connection,
    actor: str,
    action: str,
    citizen_id: str | None = None,
    detail: dict | None = None,
    at: datetime | None = None,
) -> AuditRecord:
    """Append one event inside the caller's transaction and return it."""
    last = conn.execute(text("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="milliseconds")
    detail_json = json.dumps(detail or {}, sort_keys=True, ensure_ascii=False)
    event_id = str(uuid.uuid4())
    digest = _hash(prev_hash, event_id, seq, when, actor, action, citizen_id, detail_json)
    record = AuditRecord(event_id, seq, when, actor, action, citizen_id, detail_json, prev_hash, digest)
    conn.execute(
        text(
            "INSERT INTO audit_event (id, seq, at, actor, action, citizen_id, detail, prev_hash, hash) "
            "VALUES (:id, :seq, :at, :actor, :action, :citizen_id, :detail, :prev_hash, :hash)"
        ),
        record.__dict__,
    )
    return record


def recent_events(conn: Connection, limit: int = 100) -> list[AuditRecord]:
    """The newest events first."""
    rows = conn.execute(
        text(
            "SELECT id, seq, at, actor, action, citizen_id, detail, prev_hash, hash "
            "FROM audit_event ORDER BY seq DESC LIMIT :limit"
        ),
        {"limit": limit},
    )
    return [AuditRecord(*row) for row in rows]


def verify_chain(conn: Connection) -> ChainReport:
    """Walk the whole log in order and check every link."""
    rows = conn.execute(
        text(
            "SELECT id, seq, at, actor, action, citizen_id, detail, prev_hash, hash "
            "FROM audit_event ORDER BY seq"
        )
    )
    expected_prev = None
    count = 0
    for row in rows:
        record = AuditRecord(*row)
        count += 1
        if expected_prev is not None and record.prev_hash != expected_prev:
            return ChainReport(count, record.seq)
        digest = _hash(
            record.prev_hash,
            record.id,
            record.seq,
            record.at,
            record.actor,
            record.action,
            record.citizen_id,
            record.detail,
        )
        if digest != record.hash:
            return ChainReport(count, record.seq)
        expected_prev = record.hash
    return ChainReport(count)


def _hash(*fields: object) -> str:
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(payload).hexdigest()


def events_for_citizen(conn: Connection, citizen_id: str) -> list[AuditRecord]:
    """Every event about one citizen, newest first."""
    rows = conn.execute(
        text(
            "SELECT id, seq, at, actor, action, citizen_id, detail, prev_hash, hash "
            "FROM audit_event WHERE citizen_id = :citizen_id ORDER BY seq DESC"
        ),
        {"citizen_id": citizen_id},
    )
    return [AuditRecord(*row) for row in rows]
