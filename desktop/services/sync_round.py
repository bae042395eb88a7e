"""One sync round: pull what other devices changed, merge, then push what changed here.

The rules (ARCHITECTURE.md, "Sync"):

* A record is pushed on top of the server version this device last agreed on. If another device got
  there first, the server answers with its content; the two are merged field by field against the
  agreed base, and the result is pushed again. A field changed two ways keeps the local value in the
  record and both values in ``sync_conflict`` for a person.
* Local changes always win over a remote deletion (the record is pushed again): no text is lost.
  A deletion made here (only a confirmed deletion removes rows) wins over a remote edit.
* A server whose newest change is older than our cursor has lost data (wiped, restored, swapped):
  nothing is deleted here; every record is marked waiting and the round starts over from zero.
  A push answered "no such record" (the server lost that one) is sent again on top of nothing.
* A record waiting here whose content the server already holds to the letter (or whose merge gives
  the server's content) is agreed as it is pulled and not sent again: after joining an account,
  when everything here waits, only what the server lacks or holds differently is sent.
* Records sealed for another notebook (another vault id or key) do not open: they are quarantined.
* A pull that would delete more than a large share of the records here stops before applying and
  raises ``MassDeletionPending``, unless the person confirmed.
* A record that will not open, or that the server refuses, is quarantined; the rest goes on.
* "Synced" is recorded only after the server confirmed every page.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine

from desktop.errors import MassDeletionPending
from desktop.pause_points import pause_point
from desktop.storage.records import sync_store as store
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.sync_types import BY_TABLE, RecordType
from desktop.storage.vault.vault import Vault
from desktop.sync.client import FeedChange, OutgoingChange, PushOutcome, RequestRefused, SyncClient
from desktop.sync.merge import merge_record
from desktop.sync.sealing import SealBroken, open_sealed_text, seal

log = logging.getLogger(__name__)

PAGE = 500  # records per push (the server takes at most 500)
PULL_PAGE = 2000  # records per pulled page (the server gives at most 5000)
PULL_BATCH_PAGES = 8  # at most this many pulled pages in one transaction
PULL_BATCH_SECONDS = 1.0  # nor longer than this holding the write lock
PUSH_PASSES = 4  # a record that keeps meeting new remote versions is left for the next round
# "A large share": more than this many deletions and more than this part of the records here.
MASS_DELETE_MINIMUM = 20
MASS_DELETE_SHARE = 0.2
NEWEST_WINS = ("updated_at",)  # bookkeeping stamps: the later one, never a conflict

# ``reindex(conn, touched, written)``: ``written`` holds rows among ``touched`` known as they now
# stand (a pull wrote them as they arrived), so the index need not read them back.
Reindex = Callable[[Connection, set[tuple[str, str]], Mapping[tuple[str, str], Mapping[str, Any]]], object]
# A push page read and sealed: the changes to send, the content each was read with, and the records
# that need not be sent (made and deleted here, or deleted on both sides).
_Prepared = tuple[
    list[tuple[store.Pending, OutgoingChange]],
    dict[store.Pending, dict[str, Any] | None],
    list[store.Pending],
]


@dataclass(frozen=True)
class Opened:
    """A pulled record, opened: ``content`` and ``sealed_text`` (its JSON as sealed) are None for a
    deletion."""

    record_type: RecordType
    local_id: str
    version: int
    content: dict[str, Any] | None
    sealed_text: str | None


class _Batch:
    """The transaction pulled pages are applied in, committed every few pages rather than per page.

    The first commit comes after one page, then after twice as many as the last time, up to
    ``PULL_BATCH_PAGES`` pages or ``PULL_BATCH_SECONDS`` of holding the write lock (a save on the GUI
    thread waits for it). The cursor is stored in the same transaction as the pages it covers, so a
    kill loses only pages that were not committed, and the next round fetches them again.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._context: contextlib.AbstractContextManager[Connection] | None = None
        self._conn: Connection | None = None
        self._pages = 0
        self._limit = 1
        self._opened_at = 0.0
        self.commits = 0

    def connection(self) -> Connection:
        if self._conn is None:
            self._context = store.applying(self._engine)
            self._conn = self._context.__enter__()
            self._opened_at = time.monotonic()
            self._pages = 0
        self._pages += 1
        return self._conn

    def full(self) -> bool:
        return self._pages >= self._limit or time.monotonic() - self._opened_at >= PULL_BATCH_SECONDS

    def commit(self) -> None:
        if self._context is not None:
            context, self._context, self._conn = self._context, None, None
            context.__exit__(None, None, None)
            self.commits += 1
            self._limit = min(self._limit * 2, PULL_BATCH_PAGES)

    def __enter__(self) -> _Batch:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._context is not None:  # an error: the open batch is rolled back
            context, self._context, self._conn = self._context, None, None
            context.__exit__(kind, error, trace)


@dataclass(frozen=True)
class SyncIdentity:
    """The synced vault's id on the server (the first device's) and its sync key."""

    vault_id: str
    key: bytes


@dataclass
class RoundReport:
    pulled: int = 0
    pushed: int = 0
    deleted_here: int = 0
    conflicts: int = 0
    quarantined: int = 0
    server_was_reset: bool = False
    finished_at: str = ""
    touched: set[tuple[str, str]] = field(default_factory=set)


class SyncRound:
    """Runs one round for one vault against one server (see the module docstring for the rules)."""

    def __init__(
        self,
        vault: Vault,
        client: SyncClient,
        identity: SyncIdentity,
        reindex: Reindex,
        allow_mass_delete: bool = False,
    ) -> None:
        self._vault = vault
        self._client = client
        self._identity = identity
        self._reindex = reindex
        self._allow_mass_delete = allow_mass_delete
        self.report = RoundReport()
        self._known_columns: dict[str, tuple[str, ...]] = {}
        self._quarantine_in_use = True
        self._deleted_from: set[str] = set()  # tables a pulled deletion removed rows from

    def run(self) -> RoundReport:
        self._pull()
        pause_point("sync.pulled")
        self._push()
        pause_point("sync.pushed")
        with self._vault.transaction() as conn:
            store.set_state(conn, last_synced_at=now_iso())
            self.report.finished_at = now_iso()
        return self.report

    # -- pull --------------------------------------------------------------------------------------

    def _pull(self) -> None:
        with self._vault.engine.connect() as conn:
            cursor = int(store.get_state(conn).get("cursor", "0"))
            self._quarantine_in_use = store.quarantine_size(conn) > 0
        self._deletions = 0
        self._local_records: int | None = None  # counted at the first remote deletion only
        written: set[tuple[str, str]] = set()
        batch = _Batch(self._vault.engine)
        # The next page is fetched while this one is written: the network and the disk overlap.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher, batch:
            coming = fetcher.submit(self._client.changes, after=cursor, limit=PULL_PAGE)
            while True:
                page = coming.result()
                if page.head < cursor:
                    batch.commit()
                    self._start_over()
                    cursor = 0
                    coming = fetcher.submit(self._client.changes, after=0, limit=PULL_PAGE)
                    continue
                if page.more:
                    coming = fetcher.submit(self._client.changes, after=page.cursor, limit=PULL_PAGE)
                if page.changes or page.cursor != cursor:  # nothing new: no write transaction at all
                    conn = batch.connection()
                    self._check_deletions(conn, page.changes)
                    touched, as_arrived = self._apply_page(conn, page.changes)
                    store.set_state(conn, cursor=str(page.cursor))
                    self._reindex(conn, touched, as_arrived)
                    written |= touched
                    cursor = page.cursor
                if batch.full() or not page.more:
                    batch.commit()
                    self.report.touched |= written
                    written = set()
                    pause_point("sync.pull_page_applied")
                if not page.more:
                    break
        if self.report.deleted_here:
            self._vault.flush_deleted()  # deleted here means erased: no old page left behind
        if self.report.touched:
            with self._vault.engine.connect() as conn:
                dangling = store.dangling_references(conn, self.report.touched, self._deleted_from)
            if dangling:
                log.warning("sync: %d rows wait for a parent that has not arrived", dangling)

    def _check_deletions(self, conn: Connection, changes: list[FeedChange]) -> None:
        """Stop before a page whose deletions would take a large share of the records here."""
        if not any(change.deleted for change in changes):
            return
        self._deletions += self._count_deletions(conn, changes)
        if self._local_records is None:
            self._local_records = store.local_record_count(conn)
        if (
            not self._allow_mass_delete
            and self._deletions > MASS_DELETE_MINIMUM
            and self._deletions > MASS_DELETE_SHARE * self._local_records
        ):
            raise MassDeletionPending(self._deletions, self._local_records)

    def _start_over(self) -> None:
        log.warning("sync: the server has fewer changes than this device saw; sending everything again")
        with self._vault.transaction() as conn:
            store.mark_everything_pending(conn)
            store.set_state(conn, cursor="0")
        self.report.server_was_reset = True

    def _count_deletions(self, conn: Connection, changes: list[FeedChange]) -> int:
        """Remote deletions of rows that exist here and have no local edits (what would be lost)."""
        count = 0
        for change in changes:
            record_type = BY_TABLE.get(change.record_type)
            if not change.deleted or record_type is None:
                continue
            local_id = store.local_id_for_wire(conn, record_type, change.record_id)
            if (
                local_id is not None
                and not store.is_pending(conn, record_type.table, local_id)
                and store.read_row(conn, record_type, local_id) is not None
            ):
                count += 1
        return count

    def _apply_page(
        self, conn: Connection, changes: list[FeedChange]
    ) -> tuple[set[tuple[str, str]], dict[tuple[str, str], dict[str, Any]]]:
        """Apply one page of the feed; returns the ``(table, id)`` of every record it changed here,
        and the content of those written as they arrived (the search index takes them from there).

        Records without local edits are written in bulk; those edited here too go one by one through
        ``_take_remote`` (merge, conflicts, deletions).
        """
        by_table: dict[str, list[Opened]] = {}
        for change in changes:
            opened = self._opened(conn, change)
            if opened is not None:
                by_table.setdefault(opened.record_type.table, []).append(opened)
        touched: set[tuple[str, str]] = set()
        as_arrived: dict[tuple[str, str], dict[str, Any]] = {}
        for table, items in by_table.items():
            ids = [item.local_id for item in items]
            versions = store.agreed_versions(conn, table, ids)
            waiting = store.pending_among(conn, table, ids)
            fresh = [i for i in items if i.local_id not in versions or versions[i.local_id] < i.version]
            same = self._already_here(conn, BY_TABLE[table], [i for i in fresh if i.local_id in waiting])
            merging = [i for i in fresh if i.local_id in waiting and i.local_id not in same]
            agreed = store.agreed_many(conn, table, [i.local_id for i in merging]) if merging else {}
            for item in merging:
                self._take_remote(
                    conn,
                    item.record_type,
                    item.local_id,
                    item.version,
                    item.content,
                    agreed.get(item.local_id),
                )
            simple = [i for i in fresh if i.local_id not in waiting]
            self._write_simple(conn, BY_TABLE[table], simple)
            as_arrived.update(((table, i.local_id), i.content) for i in simple if i.content is not None)
            self.report.pulled += len(fresh)
            touched.update((table, item.local_id) for item in fresh if item.local_id not in same)
        return touched, as_arrived

    def _already_here(self, conn: Connection, record_type: RecordType, items: list[Opened]) -> set[str]:
        """Waiting records whose content here is the server's to the letter: they are agreed and wait
        no more, and nothing here changes (no write, no reindex). So joining an account that already
        holds this vault's records sends none of them again."""
        contents = [item for item in items if item.content is not None]
        rows = store.read_rows(conn, record_type, [item.local_id for item in contents])
        same = [item for item in contents if rows.get(item.local_id) == item.content]
        self._agree(conn, record_type.table, same)
        store.drop_pending_many(conn, record_type.table, [item.local_id for item in same])
        return {item.local_id for item in same}

    def _opened(self, conn: Connection, change: FeedChange) -> Opened | None:
        """A feed entry opened; a record that will not open is quarantined and skipped (None)."""
        record_type = BY_TABLE.get(change.record_type)
        if record_type is None:
            store.quarantine(
                conn, change.record_type, change.record_id, change.version, "pull", "unknown type"
            )
            self.report.quarantined += 1
            return None
        if change.deleted:
            local_id = store.local_id_for_wire(conn, record_type, change.record_id)
            return Opened(record_type, local_id, change.version, None, None) if local_id is not None else None
        try:
            remote, sealed_text = self._open_text(record_type, change.record_id, change.blob or b"")
        except SealBroken as exc:
            store.quarantine(conn, record_type.table, change.record_id, change.version, "pull", str(exc))
            self.report.quarantined += 1
            return None
        return Opened(record_type, str(remote[record_type.key]), change.version, remote, sealed_text)

    def _write_simple(self, conn: Connection, record_type: RecordType, items: list[Opened]) -> None:
        """Records with no local edits: take the server's content (or deletion) as it is."""
        table = record_type.table
        store.write_rows(
            conn,
            record_type,
            [item.content for item in items if item.content is not None],
            self._columns(conn, table),
        )
        gone = [item.local_id for item in items if item.content is None]
        for local_id in store.read_rows(conn, record_type, gone):
            store.delete_row(conn, record_type, local_id)
            self.report.deleted_here += 1
            self._deleted_from.add(table)
        self._agree(conn, table, items)

    def _agree(self, conn: Connection, table: str, items: list[Opened]) -> None:
        """The pulled versions of ``items``, now written here as they are, are what this device and
        the server agree on: the row is the base (no copy of it is stored)."""
        store.set_agreed_many(
            conn,
            table,
            [(item.local_id, item.version, None if item.content is None else store.AS_ROW) for item in items],
        )
        if self._quarantine_in_use:
            for item in items:
                store.release(conn, table, item.local_id)

    def _columns(self, conn: Connection, table: str) -> tuple[str, ...]:
        if table not in self._known_columns:
            self._known_columns[table] = store.columns(conn, table)
        return self._known_columns[table]

    def _take_remote(
        self,
        conn: Connection,
        record_type: RecordType,
        local_id: str,
        version: int,
        remote: dict[str, Any] | None,
        known: store.Agreed | None,
    ) -> None:
        """Bring one record to ``version`` (``remote`` None: deleted there), merging local edits."""
        table = record_type.table
        store.release(conn, table, local_id)
        local = store.read_row(conn, record_type, local_id)
        if not store.is_pending(conn, table, local_id):
            if remote is None:
                store.set_agreed(conn, table, local_id, version, None)
                if local is not None:
                    store.delete_row(conn, record_type, local_id)
                    self.report.deleted_here += 1
                    self._deleted_from.add(table)
            else:
                store.write_row(conn, record_type, remote, self._columns(conn, table))
                store.set_agreed(conn, table, local_id, version, store.AS_ROW)
            return
        # Edited here too. A local deletion, or local edits against a remote deletion: ours stands
        # (it stays waiting and is pushed on top of ``version``), unless both sides deleted it.
        if local is None or remote is None:
            store.set_agreed(conn, table, local_id, version, remote)
            if local is None and remote is None:
                store.drop_pending(conn, table, local_id)
            return
        merged = self._merge(conn, record_type, local_id, known.content if known else None, local, remote)
        if merged != local:
            store.write_row(conn, record_type, merged, self._columns(conn, table))
        if merged == remote:
            # The server holds this content already: sending it would only make a new version of it.
            store.set_agreed(conn, table, local_id, version, store.AS_ROW)
            store.drop_pending(conn, table, local_id)
        else:
            store.set_agreed(conn, table, local_id, version, remote)

    def _merge(
        self,
        conn: Connection,
        record_type: RecordType,
        local_id: str,
        base: dict[str, Any] | None,
        local: dict[str, Any],
        remote: dict[str, Any],
    ) -> dict[str, Any]:
        local, remote = dict(local), dict(remote)
        for name in NEWEST_WINS:
            if name in local and name in remote:
                local[name] = remote[name] = max(str(local[name] or ""), str(remote[name] or ""))
        result = merge_record(base, local, remote)
        for conflict in result.conflicts:
            store.add_conflict(
                conn,
                record_type.table,
                local_id,
                conflict.field,
                conflict.base,
                conflict.local,
                conflict.remote,
            )
            self.report.conflicts += 1
        return result.merged

    # -- push --------------------------------------------------------------------------------------

    def _push(self) -> None:
        with self._vault.engine.connect() as conn:
            self._quarantine_in_use = store.quarantine_size(conn) > 0
        for _ in range(PUSH_PASSES):
            with self._vault.engine.connect() as conn:
                waiting = store.pending(conn)
            if not waiting:
                return
            pages = [waiting[start : start + PAGE] for start in range(0, len(waiting), PAGE)]
            # The next page is read and sealed while this one is on the wire and recorded; what the
            # server answered is recorded in batches of pages, as a pull is (``_Batch``). A kill
            # before a commit leaves those records waiting here and stored there: the next round
            # pulls them, finds them identical and agrees them without sending them again.
            with (
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-seal") as sealer,
                _Batch(self._vault.engine) as batch,
            ):
                coming = sealer.submit(self._outgoing, pages[0])
                for index, items in enumerate(pages):
                    prepared = coming.result()
                    last = index + 1 == len(pages)
                    if not last:
                        coming = sealer.submit(self._outgoing, pages[index + 1])
                    self._push_page(items, batch, prepared)
                    if batch.full() or last:
                        batch.commit()
                        pause_point("sync.push_page_recorded")

    def _push_page(
        self, items: list[store.Pending], batch: _Batch, prepared: _Prepared | None = None
    ) -> None:
        outgoing, contents, skipped = prepared if prepared is not None else self._outgoing(items)
        if skipped:
            store.clear_pending_many(batch.connection(), skipped)
        if not outgoing:
            return
        try:
            outcomes, head = self._client.push([change for _item, change in outgoing])
        except RequestRefused:
            if len(outgoing) == 1:
                self._refused(batch.connection(), outgoing[0][0], outgoing[0][1])
                return
            middle = len(items) // 2  # find the record the server refuses; the rest goes on
            self._push_page(items[:middle], batch)
            self._push_page(items[middle:], batch)
            return
        pause_point("sync.push_page_answered")
        conn = batch.connection()
        touched: set[tuple[str, str]] = set()
        taken = [(item, o) for (item, _c), o in zip(outgoing, outcomes, strict=True) if o.accepted]
        self._record_accepted(conn, taken, contents)
        for (item, _change), outcome in zip(outgoing, outcomes, strict=True):
            record_type = BY_TABLE[item.record_type]
            if outcome.accepted:
                continue
            if outcome.version == 0 and outcome.blob is None and not outcome.deleted:
                # The server has no such record (it lost it): sent again on top of nothing in
                # the next pass, instead of quarantined as an answer that will not open.
                store.set_agreed_version(conn, item.record_type, item.record_id, 0)
                continue
            remote = None
            if not outcome.deleted:
                try:
                    remote = self._open(record_type, outcome.record_id, outcome.blob or b"")
                except SealBroken as exc:
                    store.quarantine(
                        conn, item.record_type, item.record_id, outcome.version, "pull", str(exc)
                    )
                    store.drop_pending(conn, item.record_type, item.record_id)
                    self.report.quarantined += 1
                    continue
            known = store.agreed(conn, item.record_type, item.record_id)
            self._take_remote(conn, record_type, item.record_id, outcome.version, remote, known)
            touched.add((item.record_type, item.record_id))
        self._reindex(conn, touched, {})
        self.report.touched |= touched
        self._advance_cursor(conn, len(taken), head)
        self.report.pushed += len(taken)

    def _record_accepted(
        self,
        conn: Connection,
        taken: list[tuple[store.Pending, PushOutcome]],
        contents: dict[store.Pending, dict[str, Any] | None],
    ) -> None:
        """The server stored these: they are the new agreed base and no longer wait.

        A row not changed since it was read for the push is the base itself (no copy is stored); one
        changed meanwhile stays waiting and keeps the pushed content as its base."""
        store.clear_pending_many(conn, [item for item, _outcome in taken])
        by_table: dict[str, list[tuple[store.Pending, PushOutcome]]] = {}
        for item, outcome in taken:
            by_table.setdefault(item.record_type, []).append((item, outcome))
        for table, accepted in by_table.items():
            changed = store.pending_among(conn, table, [item.record_id for item, _o in accepted])
            store.set_agreed_many(
                conn,
                table,
                [
                    (
                        item.record_id,
                        outcome.version,
                        contents[item]
                        if contents[item] is None or item.record_id in changed
                        else store.AS_ROW,
                    )
                    for item, outcome in accepted
                ],
            )
        if self._quarantine_in_use:
            for item, _outcome in taken:
                store.release(conn, item.record_type, item.record_id)

    def _outgoing(self, items: list[store.Pending]) -> _Prepared:
        outgoing: list[tuple[store.Pending, OutgoingChange]] = []
        contents: dict[store.Pending, dict[str, Any] | None] = {}
        with self._vault.engine.connect() as conn:
            for table in dict.fromkeys(item.record_type for item in items):
                record_type = BY_TABLE[table]
                ids = [item.record_id for item in items if item.record_type == table]
                rows = store.read_rows(conn, record_type, ids)
                agreed = store.agreed_many(conn, table, ids)
                for item in (i for i in items if i.record_type == table):
                    row, known = rows.get(item.record_id), agreed.get(item.record_id)
                    if row is None and (known is None or known.content is None):
                        continue  # made and deleted here, never sent; or already deleted there
                    wire_id = record_type.wire_id(item.record_id)
                    blob = (
                        seal(self._identity.key, self._identity.vault_id, table, wire_id, row)
                        if row is not None
                        else None
                    )
                    contents[item] = row
                    outgoing.append(
                        (item, OutgoingChange(table, wire_id, known.version if known else 0, blob))
                    )
        skipped = [
            item for item in items if item not in contents
        ]  # no longer waiting (cleared by the caller)
        return outgoing, contents, skipped

    def _refused(self, conn: Connection, item: store.Pending, change: OutgoingChange) -> None:
        store.quarantine(conn, item.record_type, item.record_id, change.base_version, "push", "refused")
        store.drop_pending(conn, item.record_type, item.record_id)
        self.report.quarantined += 1

    def _advance_cursor(self, conn: Connection, accepted: int, head: int) -> None:
        """Skip our own accepted changes in the next pull, when nothing else came in between."""
        cursor = int(store.get_state(conn).get("cursor", "0"))
        if head == cursor + accepted:
            store.set_state(conn, cursor=str(head))

    def _open(self, record_type: RecordType, wire_id: str, blob: bytes) -> dict[str, Any]:
        return self._open_text(record_type, wire_id, blob)[0]

    def _open_text(self, record_type: RecordType, wire_id: str, blob: bytes) -> tuple[dict[str, Any], str]:
        content, raw = open_sealed_text(
            self._identity.key, self._identity.vault_id, record_type.table, wire_id, blob
        )
        if record_type.key not in content or record_type.wire_id(str(content[record_type.key])) != wire_id:
            raise SealBroken("the content belongs to another record")
        return content, raw
