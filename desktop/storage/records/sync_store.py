"""The device's side of sync in the vault: rows as plain field dicts, what waits, what was agreed.

Record content is every column of the row, as JSON-ready values. ``sync_record`` keeps, per record,
the server version this device last agreed on and that content: the base of a three-way merge. The
base is kept once: while the row is what was agreed, ``base_in_row`` says so and no copy is stored;
the first local change saves the row as it was (triggers, migration 0014).
Pulled changes are applied inside ``applying`` (triggers muted, foreign keys checked at the end of
the round, because the server's feed is in order of last change, not parents first).
"""

from __future__ import annotations

import contextlib
import json
import operator
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop.storage.records.bulk import select_in
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.sync_types import BY_TABLE, ORDER, RECORD_TYPES, RecordType
from desktop.storage.vault.engine import busy_said_plainly, for_writing

Content = dict[str, Any]


@dataclass(frozen=True)
class Pending:
    """A record changed here; ``changes`` is the counter read with it (see ``clear_pending``)."""

    record_type: str
    record_id: str
    changes: int


@dataclass(frozen=True)
class Agreed:
    """The server version and content this device last agreed on (``content`` None: deleted)."""

    version: int
    content: Content | None


@dataclass(frozen=True)
class StoredConflict:
    id: str
    record_type: str
    record_id: str
    field: str
    base: Any
    local: Any
    remote: Any
    detected_at: str


@dataclass(frozen=True)
class Quarantined:
    record_type: str
    record_id: str
    version: int
    direction: str
    reason: str
    at: str

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Quarantined:
        return cls(*row)


# -- rows --------------------------------------------------------------------------------------------


def columns(conn: Connection, table: str) -> tuple[str, ...]:
    """The column names of a synced table (``table`` comes from ``RECORD_TYPES`` only)."""
    if table not in BY_TABLE:
        raise ValueError(f"not a synced table: {table}")
    return tuple(r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})"))


def read_row(conn: Connection, record_type: RecordType, local_id: str) -> Content | None:
    """Every field of one row, or None when it does not exist."""
    return read_rows(conn, record_type, [local_id]).get(local_id)


def read_rows(conn: Connection, record_type: RecordType, local_ids: list[str]) -> dict[str, Content]:
    """Many rows of one table by primary key."""
    names = columns(conn, record_type.table)
    position = names.index(record_type.key)
    sql = f"SELECT * FROM {record_type.table} WHERE {record_type.key} IN ({{in}})"  # noqa: S608
    return {row[position]: dict(zip(names, row, strict=True)) for row in select_in(conn, sql, local_ids)}


def write_row(conn: Connection, record_type: RecordType, content: Content, known: tuple[str, ...]) -> None:
    """Insert or replace one row with ``content``; fields this version does not know are dropped."""
    write_rows(conn, record_type, [content], known)


def write_rows(
    conn: Connection, record_type: RecordType, contents: list[Content], known: tuple[str, ...]
) -> None:
    """``write_row`` for many rows at once (one statement per shape of row: the rows of one version
    of the program have the same fields, so a pulled page is one statement)."""
    shapes: dict[tuple[str, ...], list[Content]] = {}
    for content in contents:
        shapes.setdefault(tuple(content), []).append(content)
    statements: dict[tuple[str, ...], list[tuple]] = {}
    for fields, rows in shapes.items():
        names = tuple(sorted(name for name in fields if name in known))
        if not names:
            continue
        pick = operator.itemgetter(*names)
        values = [pick(row) for row in rows] if len(names) > 1 else [(pick(row),) for row in rows]
        statements.setdefault(names, []).extend(values)
    for names, values in statements.items():
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != record_type.key)
        conn.exec_driver_sql(
            f"INSERT INTO {record_type.table} ({', '.join(names)}) "  # noqa: S608
            f"VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT ({record_type.key}) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING"),
            values,
        )


def delete_row(conn: Connection, record_type: RecordType, local_id: str) -> None:
    conn.execute(
        text(f"DELETE FROM {record_type.table} WHERE {record_type.key} = :id"),  # noqa: S608
        {"id": local_id},
    )


def local_record_count(conn: Connection) -> int:
    """How many synced rows this vault holds (the measure for "a large share" of deletions)."""
    return sum(
        conn.execute(text(f"SELECT count(*) FROM {t.table}")).scalar_one()  # noqa: S608
        for t in RECORD_TYPES
    )


def holds_records(conn: Connection) -> bool:
    """Whether this vault has a caseload of its own: any synced row but the settings (which a new,
    empty vault may have too)."""
    return any(
        conn.execute(text(f"SELECT 1 FROM {t.table} LIMIT 1")).first() is not None  # noqa: S608
        for t in RECORD_TYPES
        if t.table != "app_setting"
    )


@contextlib.contextmanager
def applying(engine: Engine) -> Iterator[Connection]:
    """One transaction that applies pulled changes: triggers muted, foreign keys not enforced.

    ``PRAGMA foreign_keys`` cannot change inside a transaction, so it is switched on the connection
    around it and always switched back before the connection returns to the pool.
    """
    with busy_said_plainly(), for_writing(engine).connect() as conn:  # BEGIN IMMEDIATE (engine.py)
        raw = conn.connection.dbapi_connection  # outside any transaction, where the PRAGMA works
        raw.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                conn.execute(text("INSERT INTO sync_applying (flag) VALUES (1)"))
                yield conn
                conn.execute(text("DELETE FROM sync_applying"))
        finally:
            raw.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


WHOLE_TABLE_CHECK = 5000  # written rows of one table above which the table is checked in one pass


def dangling_references(
    conn: Connection, written: set[tuple[str, str]], deleted_from: set[str] | None = None
) -> int:
    """Rows whose parent is missing (a pulled child whose parent has not arrived yet), among what a
    round touched only: the ``written`` rows (``(table, id)``), by key (a table with more than
    ``WHOLE_TABLE_CHECK`` of them in one pass), and the tables that point at a table rows were deleted
    from. Never the whole database: that took a fifth of a second at 100,000 notes in every round,
    with nothing to do."""
    by_table: dict[str, list[str]] = {}
    for table, local_id in written:
        if table in BY_TABLE:
            by_table.setdefault(table, []).append(local_id)
    count = 0
    whole = {table for table, ids in by_table.items() if len(ids) > WHOLE_TABLE_CHECK}
    for table, ids in by_table.items():
        key = BY_TABLE[table].key
        if table in whole:  # most of a table (a first sync): one pass over it beats a lookup per row
            count += len(conn.exec_driver_sql(f"PRAGMA foreign_key_check({table})").fetchall())
            continue
        for parent, column, parent_key in _references(conn, table):
            sql = (
                f"SELECT count(*) FROM {table} AS child WHERE child.{key} IN ({{in}}) "  # noqa: S608 (names from the schema)
                f"AND child.{column} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM {parent} WHERE {parent}.{parent_key} = child.{column})"
            )
            count += sum(row[0] for row in select_in(conn, sql, sorted(ids)))
    gone = deleted_from or set()
    children = {
        table for table in BY_TABLE if any(parent in gone for parent, _c, _k in _references(conn, table))
    }
    for table in sorted(children - whole):
        count += len(conn.exec_driver_sql(f"PRAGMA foreign_key_check({table})").fetchall())
    return count


def _references(conn: Connection, table: str) -> list[tuple[str, str, str]]:
    """``(parent table, column, parent column)`` of each foreign key of a synced table."""
    found = []
    for row in conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})"):
        parent, column, parent_column = row[2], row[3], row[4]
        if parent_column is None:
            parent_column = BY_TABLE[parent].key if parent in BY_TABLE else "rowid"
        found.append((parent, column, parent_column))
    return found


# -- waiting changes -----------------------------------------------------------------------------------


def pending(conn: Connection) -> list[Pending]:
    """Every record changed here and not yet accepted, parents first."""
    rows = conn.execute(text("SELECT record_type, record_id, changes FROM sync_pending")).all()
    items = [Pending(r[0], r[1], r[2]) for r in rows if r[0] in ORDER]
    items.sort(key=lambda p: (ORDER[p.record_type], p.record_id))
    return items


def pending_count(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM sync_pending")).scalar_one()


def is_pending(conn: Connection, record_type: str, local_id: str) -> bool:
    return local_id in pending_among(conn, record_type, [local_id])


def pending_among(conn: Connection, record_type: str, local_ids: list[str]) -> set[str]:
    """Which of ``local_ids`` have changes waiting here."""
    sql = "SELECT record_id FROM sync_pending WHERE record_type = ? AND record_id IN ({in})"
    return {r[0] for r in select_in(conn, sql, local_ids, (record_type,))}


def clear_pending(conn: Connection, item: Pending) -> None:
    """Forget a waiting change, unless the row was changed again after it was read for the push."""
    clear_pending_many(conn, [item])


def clear_pending_many(conn: Connection, items: list[Pending]) -> None:
    """``clear_pending`` for many at once."""
    if items:
        # The driver's own placeholders: a first push clears tens of thousands, and binding each
        # through ``text()`` took a fifth of the push's time on the main thread.
        conn.exec_driver_sql(
            "DELETE FROM sync_pending WHERE record_type = ? AND record_id = ? AND changes = ?",
            [(i.record_type, i.record_id, i.changes) for i in items],
        )


def drop_pending(conn: Connection, record_type: str, local_id: str) -> None:
    conn.execute(
        text("DELETE FROM sync_pending WHERE record_type = :t AND record_id = :id"),
        {"t": record_type, "id": local_id},
    )


def drop_pending_many(conn: Connection, record_type: str, local_ids: list[str]) -> None:
    """``drop_pending`` for many records of one table (inside the transaction that read them)."""
    if local_ids:
        conn.exec_driver_sql(
            "DELETE FROM sync_pending WHERE record_type = ? AND record_id = ?",
            [(record_type, local_id) for local_id in local_ids],
        )


def mark_everything_pending(conn: Connection) -> None:
    """Every synced row waits again, on top of no server version (after the server lost its data, or
    when this vault joins or creates an account: whatever the server lacks is sent again). The agreed
    content stays as the base of the merge; a record found identical on the server stops waiting as
    it is pulled."""
    for t in RECORD_TYPES:
        conn.execute(
            text(
                "INSERT INTO sync_pending (record_type, record_id, changes) "  # noqa: S608
                f"SELECT '{t.table}', {t.key}, 1 FROM {t.table} WHERE true "
                "ON CONFLICT (record_type, record_id) DO UPDATE SET changes = changes + 1"
            )
        )
    conn.execute(text("UPDATE sync_record SET version = 0"))


# -- what was agreed ---------------------------------------------------------------------------------


class _AsRow:
    """The content given to ``set_agreed_many`` for "the row as it is now" (stored as a flag, not a copy)."""

    def __repr__(self) -> str:
        return "AS_ROW"


AS_ROW = _AsRow()


def agreed(conn: Connection, record_type: str, local_id: str) -> Agreed | None:
    return agreed_many(conn, record_type, [local_id]).get(local_id)


def agreed_many(conn: Connection, record_type: str, local_ids: list[str]) -> dict[str, Agreed]:
    """The agreed version and content of each record; a base kept as the row is read from the row."""
    sql = (
        "SELECT record_id, version, base, base_in_row FROM sync_record "
        "WHERE record_type = ? AND record_id IN ({in})"
    )
    found = list(select_in(conn, sql, local_ids, (record_type,)))
    in_row = [r[0] for r in found if r[3]]
    rows = read_rows(conn, BY_TABLE[record_type], in_row) if in_row else {}
    return {
        r[0]: Agreed(r[1], rows.get(r[0]) if r[3] else json.loads(r[2]) if r[2] is not None else None)
        for r in found
    }


def agreed_versions(conn: Connection, record_type: str, local_ids: list[str]) -> dict[str, int]:
    """The agreed version of each record known to the server (its content is not read)."""
    sql = "SELECT record_id, version FROM sync_record WHERE record_type = ? AND record_id IN ({in})"
    return {r[0]: r[1] for r in select_in(conn, sql, local_ids, (record_type,))}


def set_agreed(
    conn: Connection, record_type: str, local_id: str, version: int, content: Content | _AsRow | None
) -> None:
    """Remember ``version`` and ``content`` (None: deleted; ``AS_ROW``: the row as it is now) as what
    this device and the server agree on."""
    set_agreed_many(conn, record_type, [(local_id, version, content)])


def set_agreed_many(
    conn: Connection, record_type: str, rows: list[tuple[str, int, Content | str | _AsRow | None]]
) -> None:
    """``set_agreed`` for many ``(local id, version, content)`` at once; a content given as text is
    its canonical JSON already (as a pulled record arrives). ``AS_ROW`` stores no copy: the first
    local change of the row saves it as it was (the ``sync_<table>_base_*`` triggers, migration 0014)."""
    if not rows:
        return
    conn.exec_driver_sql(
        "INSERT INTO sync_record (record_type, record_id, version, base, base_in_row) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (record_type, record_id) DO UPDATE SET version = excluded.version, base = excluded.base, "
        "base_in_row = excluded.base_in_row",
        [
            (
                record_type,
                local_id,
                version,
                None
                if content is None or content is AS_ROW
                else content
                if isinstance(content, str)
                else _json(content),
                content is AS_ROW,
            )
            for local_id, version, content in rows
        ],
    )


def set_agreed_version(conn: Connection, record_type: str, local_id: str, version: int) -> None:
    """Change only the agreed version of a record (its base stays as it is; none: deleted)."""
    conn.exec_driver_sql(
        "INSERT INTO sync_record (record_type, record_id, version, base, base_in_row) VALUES (?, ?, ?, NULL, 0) "
        "ON CONFLICT (record_type, record_id) DO UPDATE SET version = excluded.version",
        (record_type, local_id, version),
    )


def local_id_for_wire(conn: Connection, record_type: RecordType, wire_id: str) -> str | None:
    """The primary key of a record known only by its wire id (a deletion of a keyed setting)."""
    if record_type.key == "id":
        return wire_id
    local_ids: Iterable[str] = conn.execute(
        text("SELECT record_id FROM sync_record WHERE record_type = :t"), {"t": record_type.table}
    ).scalars()
    for local_id in local_ids:
        if record_type.wire_id(local_id) == wire_id:
            return local_id
    return None


# -- conflicts and quarantine ------------------------------------------------------------------------


def add_conflict(
    conn: Connection, record_type: str, local_id: str, field: str, base: Any, local: Any, remote: Any
) -> None:
    """Keep both values of a field for a person; an older open conflict on the field is replaced."""
    conn.execute(
        text(
            "DELETE FROM sync_conflict WHERE record_type = :t AND record_id = :id AND field = :f "
            "AND resolved_at IS NULL"
        ),
        {"t": record_type, "id": local_id, "f": field},
    )
    conn.execute(
        text(
            "INSERT INTO sync_conflict (id, record_type, record_id, field, base, local, remote, detected_at) "
            "VALUES (:cid, :t, :id, :f, :base, :local, :remote, :at)"
        ),
        {
            "cid": str(uuid.uuid4()),
            "t": record_type,
            "id": local_id,
            "f": field,
            "base": _json(base),
            "local": _json(local),
            "remote": _json(remote),
            "at": now_iso(),
        },
    )


def open_conflicts(conn: Connection, conflict_id: str | None = None) -> list[StoredConflict]:
    """Conflicts waiting for a person, oldest first (only ``conflict_id``, when given)."""
    rows = conn.execute(
        text(
            "SELECT id, record_type, record_id, field, base, local, remote, detected_at FROM sync_conflict "
            "WHERE resolved_at IS NULL AND (:id IS NULL OR id = :id) ORDER BY detected_at, id"
        ),
        {"id": conflict_id},
    )
    return [
        StoredConflict(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]), json.loads(r[6]), r[7])
        for r in rows
    ]


def conflict_count(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")).scalar_one()


def get_conflict(conn: Connection, conflict_id: str) -> StoredConflict | None:
    found = open_conflicts(conn, conflict_id)
    return found[0] if found else None


def citizen_name(conn: Connection, citizen_id: str) -> str:
    """The name of a citizen, for labelling a conflict ("" when the row is not here)."""
    return (
        conn.execute(text("SELECT name FROM citizen WHERE id = :id"), {"id": citizen_id}).scalar_one_or_none()
        or ""
    )


def mark_resolved(conn: Connection, conflict_id: str) -> None:
    conn.execute(
        text("UPDATE sync_conflict SET resolved_at = :at WHERE id = :id"),
        {"id": conflict_id, "at": now_iso()},
    )


def quarantine(
    conn: Connection, record_type: str, local_id: str, version: int, direction: str, reason: str
) -> None:
    conn.execute(
        text(
            "INSERT INTO sync_quarantine (record_type, record_id, version, direction, reason, at) "
            "VALUES (:t, :id, :v, :d, :r, :at) ON CONFLICT (record_type, record_id) DO UPDATE SET "
            "version = excluded.version, direction = excluded.direction, reason = excluded.reason, at = excluded.at"
        ),
        {"t": record_type, "id": local_id, "v": version, "d": direction, "r": reason, "at": now_iso()},
    )


def release(conn: Connection, record_type: str, local_id: str) -> None:
    """A record that synced after all leaves the quarantine."""
    conn.execute(
        text("DELETE FROM sync_quarantine WHERE record_type = :t AND record_id = :id"),
        {"t": record_type, "id": local_id},
    )


def quarantine_size(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM sync_quarantine")).scalar_one()


def quarantined(conn: Connection) -> list[Quarantined]:
    rows = conn.execute(
        text("SELECT record_type, record_id, version, direction, reason, at FROM sync_quarantine ORDER BY at")
    )
    return [Quarantined.from_row(r) for r in rows]


# -- state -------------------------------------------------------------------------------------------


def get_state(conn: Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute(text("SELECT key, value FROM sync_state")) if r[1] is not None}


def set_state(conn: Connection, **values: str | None) -> None:
    for key, value in values.items():
        conn.execute(
            text(
                "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"k": key, "v": value},
        )


# -- export ------------------------------------------------------------------------------------------


def export_all(conn: Connection) -> dict[str, list[Content]]:
    """Every synced row, table by table in sync order, rows by primary key; no local-only state."""
    return {
        t.table: [
            dict(r._mapping)
            for r in conn.execute(text(f"SELECT * FROM {t.table} ORDER BY {t.key}"))  # noqa: S608
        ]
        for t in RECORD_TYPES
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
