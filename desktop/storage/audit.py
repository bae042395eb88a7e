"""The access log: append-only, hash-chained audit events inside the vault.

Each event's hash covers the previous event's hash and its own fields, so removing, reordering or
editing an event breaks the chain from that point on and ``verify_chain`` reports where.

Events older than the log's retention are pruned from the start of the chain only (``prune_before``);
the seq and hash of the last pruned event stay in ``audit_anchor``, and the first kept event must link
to them, so a pruned log verifies as well as a whole one (and removing more is still detected).
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
    """Walk the whole log in order and check every link, starting from the anchor if it was pruned."""
    anchor = conn.execute(text("SELECT through_seq, through_hash FROM audit_anchor")).first()
    expected_seq, expected_prev = (anchor[0] + 1, anchor[1]) if anchor else (1, GENESIS_HASH)
    rows = conn.execute(
        text(
            "SELECT id, seq, at, actor, action, citizen_id, detail, prev_hash, hash "
            "FROM audit_event ORDER BY seq"
        )
    )
    count = 0
    for row in rows:
        record = AuditRecord(*row)
        count += 1
        if record.seq != expected_seq or record.prev_hash != expected_prev:
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
        expected_seq, expected_prev = record.seq + 1, record.hash
    return ChainReport(count)


def prune_before(conn: Connection, cutoff: datetime, actor: str) -> int:
    """Remove the events older than ``cutoff`` from the start of the chain; returns how many.

    Only an unbroken run from the oldest event is removed (an event after a newer one stays, even if
    a clock was wrong), the anchor moves to the last removed event, and the pruning is itself logged.
    """
    limit = cutoff.astimezone(UTC).isoformat(timespec="milliseconds")
    first_kept = conn.execute(
        text("SELECT min(seq) FROM audit_event WHERE at >= :limit"), {"limit": limit}
    ).scalar_one_or_none()
    through = conn.execute(
        text("SELECT seq, hash FROM audit_event WHERE seq < :kept ORDER BY seq DESC LIMIT 1"),
        {"kept": first_kept if first_kept is not None else 2**62},
    ).first()
    if through is None:
        return 0
    removed = conn.execute(text("DELETE FROM audit_event WHERE seq <= :seq"), {"seq": through[0]}).rowcount
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    conn.execute(
        text(
            "INSERT INTO audit_anchor (id, through_seq, through_hash, pruned, pruned_at) "
            "VALUES (1, :seq, :hash, :removed, :now) ON CONFLICT (id) DO UPDATE SET "
            "through_seq = :seq, through_hash = :hash, pruned = pruned + :removed, pruned_at = :now"
        ),
        {"seq": through[0], "hash": through[1], "removed": removed, "now": now},
    )
    append_event(conn, actor, "audit.pruned", detail={"through_seq": through[0], "events": removed})
    return removed


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


def detail_of(record: AuditRecord) -> dict:
    """The event's detail as a dictionary (an unreadable one as empty)."""
    try:
        value = json.loads(record.detail)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def kept_from(conn: Connection) -> str | None:
    """When the first kept event happened, if older ones were pruned; None for a whole log."""
    if conn.execute(text("SELECT 1 FROM audit_anchor")).first() is None:
        return None
    return conn.execute(text("SELECT at FROM audit_event ORDER BY seq LIMIT 1")).scalar_one_or_none()
