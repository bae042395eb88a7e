"""The access log: append-only, MAC-chained audit events inside the vault.

Each event's MAC is an HMAC-SHA256, under a key derived from the data key (``subkeys``, its own
label), over the previous event's MAC and the event's own fields, so removing, reordering or editing an
event breaks the chain from that point on and ``verify_chain`` reports where. The key makes the chain
one that plain SHA-256 cannot rebuild: before schema 0011 it was unkeyed, and someone with the password
could delete an event and re-link the rest with a few lines of SQL and Python.

Events older than the log's retention are pruned from the start of the chain only (``prune_before``);
the seq and MAC of the last pruned event stay in ``audit_anchor``, with a MAC of their own over the
anchor's fields, and the first kept event must link to them: a pruned log verifies as well as a whole
one, and an anchor made up to hide deleted events is caught. The end of the chain is held outside the
table, in the commit mark beside the database (``commit_mark.py``), so deleting the newest events is
caught too.

The key comes from the connection (``connection.VaultConnection.access_log_key``), which was opened
with the data key. Anyone who holds the data key can compute these MACs as the program does: the
chain is evidence against everyone else, and against edits made with ordinary tools.

**Checkpoint**: walking the whole log at every unlock grows with the years. The seq
and MAC of the newest event a walk found whole are kept as a checkpoint, with a MAC of its own (a third
kind of field list, set apart by its first field), in the device-local key/value table ``sync_state``
(no migration: the table exists in every vault and never leaves the device). An unlock walks only the
events after it (``verify_since_checkpoint``); the whole chain is walked by the scheduled full check
(``integrity.FullCheck``) and by ``casenotes check``. A checkpoint whose MAC fails is reported as
damage; a missing one (an older vault, or removed) only means the whole chain is walked.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, text

GENESIS_HASH = "0" * 64
# The previous-link of an event whose unkeyed link was already broken when the log was keyed:
# it can never match a MAC, so the break stays reported (the event is kept, never re-linked over).
BROKEN_BEFORE_KEYING = "broken-before-keying:"


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

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> AuditRecord:
        """An ``audit_event`` row read with ``_FIELDS``, in their order."""
        return cls(*row)


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: ``broken_at`` is the first bad ``seq``, if any;
    ``anchor_altered`` says the record of what was pruned fails its MAC, ``checkpoint_altered`` that the
    checkpoint does; ``end`` is the seq and MAC of the last event found whole (None: no event)."""

    events: int
    broken_at: int | None = None
    anchor_altered: bool = False
    checkpoint_altered: bool = False
    end: tuple[int, str] | None = None

    @property
    def ok(self) -> bool:
        """True when every event links to the one before it and anchor and checkpoint are as written."""
        return self.broken_at is None and not self.anchor_altered and not self.checkpoint_altered


@dataclass
class ChainWalk:
    """A walk along the chain in steps (the scheduled check stops between them and goes on later)."""

    expected_seq: int
    expected_prev: str
    from_start: bool = True  # the first step also reads events numbered before the start (a break)
    events: int = 0
    broken_at: int | None = None
    done: bool = False

    @property
    def end(self) -> tuple[int, str] | None:
        """The seq and MAC of the last event found whole so far."""
        return (self.expected_seq - 1, self.expected_prev) if self.expected_seq > 1 else None


def append_event(
    conn: Connection,
    actor: str,
    action: str,
    citizen_id: str | None = None,
    detail: dict | None = None,
    at: datetime | None = None,
) -> AuditRecord:
    """Append one event inside the caller's transaction and return it."""
    seq, prev_hash = _next_link(conn)
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="milliseconds")
    detail_json = json.dumps(detail or {}, sort_keys=True, ensure_ascii=False)
    event_id = str(uuid.uuid4())
    digest = _mac(_log_key(conn), prev_hash, event_id, seq, when, actor, action, citizen_id, detail_json)
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
    return [AuditRecord.from_row(row) for row in rows]


def verify_chain(conn: Connection) -> ChainReport:
    """Walk the whole log in order and check every link, starting from the anchor if it was pruned."""
    key = _log_key(conn)
    walk = start_walk(conn)
    if walk is None:
        return ChainReport(0, anchor_altered=True)
    while not walk.done:
        step_walk(conn, walk, key)
    _checkpoint_found, checkpoint_ok = _checkpoint(conn, key)
    return _report(walk, checkpoint_altered=not checkpoint_ok)


def verify_since_checkpoint(conn: Connection) -> ChainReport:
    """Check the links after the checkpoint only (the whole chain when there is none); see the module."""
    key = _log_key(conn)
    checkpoint, checkpoint_ok = _checkpoint(conn, key)
    if not checkpoint_ok:
        return ChainReport(0, checkpoint_altered=True)
    walk = start_walk(conn)
    if walk is None:
        return ChainReport(0, anchor_altered=True)
    if checkpoint is not None and checkpoint[0] >= walk.expected_seq:
        seq, mac = checkpoint
        stored = conn.execute(text("SELECT hash FROM audit_event WHERE seq = :seq"), {"seq": seq}).first()
        if stored is None or stored[0] != mac:  # the checkpointed event gone or its MAC changed
            return ChainReport(0, broken_at=seq)
        walk.expected_seq, walk.expected_prev, walk.from_start = seq + 1, mac, False
    while not walk.done:
        step_walk(conn, walk, key)
    return _report(walk)


def start_walk(conn: Connection) -> ChainWalk | None:
    """A walk from the start of the log (the anchor, if it was pruned); None when the anchor is altered."""
    anchor, anchor_ok = _anchor(conn, _log_key(conn))
    if not anchor_ok:
        return None
    return ChainWalk(anchor[0] + 1, anchor[1]) if anchor else ChainWalk(1, GENESIS_HASH)


def step_walk(conn: Connection, walk: ChainWalk, key: bytes | None = None, limit: int = 0) -> None:
    """Check up to ``limit`` more events (0: all the rest); ``walk.done`` once the end or a break is met."""
    key = key or _log_key(conn)
    sql = f"SELECT {_FIELDS} FROM audit_event WHERE seq >= :seq ORDER BY seq"  # noqa: S608 (constant)
    lowest = -(2**62) if walk.from_start and not walk.events else walk.expected_seq
    rows = conn.execute(text(sql + (" LIMIT :limit" if limit else "")), {"seq": lowest, "limit": limit})
    seen = 0
    for row in rows:
        record = AuditRecord.from_row(row)
        seen += 1
        walk.events += 1
        if (
            record.seq != walk.expected_seq
            or record.prev_hash != walk.expected_prev
            or record.hash != _mac_of(key, record.prev_hash, record)
        ):
            walk.broken_at, walk.done = record.seq, True
            return
        walk.expected_seq, walk.expected_prev = record.seq + 1, record.hash
    if not limit or seen < limit:
        walk.done = True


def write_checkpoint(conn: Connection, end: tuple[int, str]) -> None:
    """Keep ``end`` (seq, MAC of an event a walk found whole) as the checkpoint, with its MAC."""
    seq, mac = end
    value = json.dumps({"seq": seq, "hash": mac, "mac": _checkpoint_mac(_log_key(conn), seq, mac)})
    conn.execute(
        text(
            "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": CHECKPOINT_KEY, "v": value},
    )


def read_checkpoint(conn: Connection) -> tuple[tuple[int, str] | None, bool]:
    """The checkpoint (seq, MAC), None when there is none, and whether its own MAC holds."""
    return _checkpoint(conn, _log_key(conn))


CHECKPOINT_KEY = "integrity.audit_checkpoint"


def _report(walk: ChainWalk, checkpoint_altered: bool = False) -> ChainReport:
    return ChainReport(
        walk.events,
        walk.broken_at,
        checkpoint_altered=checkpoint_altered,
        end=None if walk.broken_at else walk.end,
    )


def _checkpoint(conn: Connection, key: bytes) -> tuple[tuple[int, str] | None, bool]:
    """The checkpoint (seq, MAC of that event) and whether its own MAC holds (no checkpoint: holds)."""
    row = conn.execute(text("SELECT value FROM sync_state WHERE key = :k"), {"k": CHECKPOINT_KEY}).first()
    if row is None or row[0] is None:
        return None, True
    try:
        value = json.loads(row[0])
        seq, mac, tag = int(value["seq"]), str(value["hash"]), str(value["mac"])
    except (ValueError, TypeError, KeyError):
        return None, False
    return (seq, mac), hmac.compare_digest(tag, _checkpoint_mac(key, seq, mac))


def prune_before(conn: Connection, cutoff: datetime, actor: str) -> int:
    """Remove the events older than ``cutoff`` from the start of the chain; returns how many.

    Only an unbroken run from the oldest event is removed (an event after a newer one stays, even if
    a clock was wrong), the anchor moves to the last removed event (its MAC made anew), and the
    pruning is itself logged.
    """
    anchor, anchor_ok = _anchor(conn, _log_key(conn))
    if not anchor_ok:
        return 0  # an altered anchor is left for the check to report, never signed anew
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
    _write_anchor(conn, through[0], through[1], (anchor[2] if anchor else 0) + removed, datetime.now(UTC))
    append_event(conn, actor, "audit.pruned", detail={"through_seq": through[0], "events": removed})
    return removed


def key_unkeyed_log(conn: Connection) -> int | None:
    """Re-link a log chained with plain SHA-256 (a vault from before schema 0011) with the keyed MAC.

    Runs once, inside the migration to ``0011_commit_mark``. Every event whose old link holds gets a
    MAC chained to the one before it; an event whose old link was already broken keeps its old
    previous-link behind ``BROKEN_BEFORE_KEYING``, so ``verify_chain`` goes on reporting it: a broken
    log is never papered over. The anchor of a pruned log gets its MAC. Returns the first broken seq.
    """
    key = _log_key(conn)
    anchor = conn.execute(
        text("SELECT through_seq, through_hash, pruned, pruned_at FROM audit_anchor")
    ).first()
    if anchor is not None:
        conn.execute(
            text("UPDATE audit_anchor SET mac = :mac"),
            {"mac": _anchor_mac(key, anchor[0], anchor[1], anchor[2], anchor[3])},
        )
    return _relink(
        conn,
        lambda prev, record: _unkeyed_of(prev, record),
        lambda prev, record: _mac_of(key, prev, record),
        BROKEN_BEFORE_KEYING,
    )


def unkey_log(conn: Connection) -> None:
    """The way back (downgrade of ``0011_commit_mark``): re-link with plain SHA-256 as before schema 0011,
    keeping every event whose keyed link fails broken for the older program too."""
    key = _log_key(conn)
    _relink(
        conn,
        lambda prev, record: _mac_of(key, prev, record),
        lambda prev, record: _unkeyed_of(prev, record),
        "broken:",
    )


def _relink(
    conn: Connection,
    old_link: Callable[[str, AuditRecord], str],
    new_link: Callable[[str, AuditRecord], str],
    broken_prefix: str,
) -> int | None:
    """Give every event the link ``new_link`` where its ``old_link`` holds; an event whose old link
    fails keeps its previous-link behind ``broken_prefix`` (never matches). Returns the first such seq."""
    anchor = conn.execute(text("SELECT through_seq, through_hash FROM audit_anchor")).first()
    expected_seq, expected_prev = (anchor[0] + 1, anchor[1]) if anchor else (1, GENESIS_HASH)
    new_prev = expected_prev
    first_broken = None
    rows = conn.execute(text(f"SELECT {_FIELDS} FROM audit_event ORDER BY seq")).all()  # noqa: S608 (constant)
    for record in (AuditRecord.from_row(row) for row in rows):
        whole = (
            record.seq == expected_seq
            and record.prev_hash == expected_prev
            and record.hash == old_link(record.prev_hash, record)
        )
        prev = new_prev if whole else broken_prefix + record.prev_hash
        if not whole and first_broken is None:
            first_broken = record.seq
        new_prev = new_link(prev, record)
        conn.execute(
            text("UPDATE audit_event SET prev_hash = :prev, hash = :hash WHERE id = :id"),
            {"prev": prev, "hash": new_prev, "id": record.id},
        )
        expected_seq, expected_prev = record.seq + 1, record.hash
    return first_broken


_FIELDS = "id, seq, at, actor, action, citizen_id, detail, prev_hash, hash"


def _log_key(conn: Connection) -> bytes:
    """The access log's MAC key, from the keyed connection underneath ``conn``."""
    key = getattr(conn.connection.driver_connection, "access_log_key", b"")
    if not key:
        raise RuntimeError("the access log needs a vault connection (connection.connect)")
    return key


def _anchor(conn: Connection, key: bytes) -> tuple[Row | None, bool]:
    """The anchor row (through_seq, through_hash, pruned, pruned_at, mac), and whether its MAC holds."""
    anchor = conn.execute(
        text("SELECT through_seq, through_hash, pruned, pruned_at, mac FROM audit_anchor")
    ).first()
    return anchor, anchor is None or anchor[4] == _anchor_mac(key, *anchor[:4])


def _next_link(conn: Connection) -> tuple[int, str]:
    last = conn.execute(text("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")).first()
    if last is None:  # every event pruned: the chain goes on from the anchor
        last = conn.execute(text("SELECT through_seq, through_hash FROM audit_anchor")).first()
    return (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)


def _write_anchor(conn: Connection, seq: int, through_hash: str, pruned: int, at: datetime) -> None:
    now = at.isoformat(timespec="milliseconds")
    values = {"seq": seq, "hash": through_hash, "pruned": pruned, "now": now}
    conn.execute(
        text(
            "INSERT INTO audit_anchor (id, through_seq, through_hash, pruned, pruned_at, mac) "
            "VALUES (1, :seq, :hash, :pruned, :now, :mac) ON CONFLICT (id) DO UPDATE SET "
            "through_seq = :seq, through_hash = :hash, pruned = :pruned, pruned_at = :now, mac = :mac"
        ),
        values | {"mac": _anchor_mac(_log_key(conn), seq, through_hash, pruned, now)},
    )


def _fields_of(prev_hash: str, record: AuditRecord) -> tuple:
    return (
        prev_hash,
        record.id,
        record.seq,
        record.at,
        record.actor,
        record.action,
        record.citizen_id,
        record.detail,
    )


def _mac_of(key: bytes, prev_hash: str, record: AuditRecord) -> str:
    return _mac(key, *_fields_of(prev_hash, record))


def _unkeyed_of(prev_hash: str, record: AuditRecord) -> str:
    return _unkeyed(*_fields_of(prev_hash, record))


def _mac(key: bytes, *fields: object) -> str:
    return hmac.new(key, _payload(fields), hashlib.sha256).hexdigest()


def _anchor_mac(key: bytes, through_seq: int, through_hash: str, pruned: int, pruned_at: str) -> str:
    # The first field sets it apart from an event's fields, whose first is a previous MAC.
    return _mac(key, "audit_anchor", through_seq, through_hash, pruned, pruned_at)


def _checkpoint_mac(key: bytes, seq: int, mac: str) -> str:
    # Its first field sets it apart from an event's fields and from the anchor's.
    return _mac(key, "audit_checkpoint", seq, mac)


def _unkeyed(*fields: object) -> str:
    """The link before schema 0011 (read to key an older log, written by the downgrade only)."""
    return hashlib.sha256(_payload(fields)).hexdigest()


def _payload(fields: tuple) -> bytes:
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def events_for_citizen(conn: Connection, citizen_id: str) -> list[AuditRecord]:
    """Every event about one citizen, newest first."""
    rows = conn.execute(
        text(
            "SELECT id, seq, at, actor, action, citizen_id, detail, prev_hash, hash "
            "FROM audit_event WHERE citizen_id = :citizen_id ORDER BY seq DESC"
        ),
        {"citizen_id": citizen_id},
    )
    return [AuditRecord.from_row(row) for row in rows]


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
