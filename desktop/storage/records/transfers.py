"""Handing a citizen's file to a colleague, as stored: pinned colleague keys, transfers out and in,
and the citizen's rows read out for a transfer and written in from one.

The rows travel as the tables hold them (``citizen_data.rows_about``), drafts of unsaved typing left
out. Writing them in is one INSERT per row, parents first, inside the caller's transaction and with
the sync triggers on, so an accepted file also travels to the receiver's other computers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from desktop.storage.records import citizen_data
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.columns import column_list, insert_sql
from desktop.storage.records.stored_tables import ColleagueKey, TransferIn, TransferOut

# Tables a citizen's file is made of, parents first (the order rows can be written in).
FILE_TABLES: tuple[str, ...] = tuple(spec.table for spec in reversed(citizen_data.CITIZEN_TABLES))
# The tables a caseworker may leave out of a transfer (reflections are the caseworker's own thoughts).
OPTIONAL_TABLES = frozenset({"reflection"})


class AlreadyHere(Exception):
    """The citizen (or one of the file's records) is already in this vault."""


class UnknownColumns(Exception):
    """The file has columns this vault's tables lack (made by a newer program)."""


@dataclass(frozen=True)
class PinnedKey:
    account: str
    receive: bytes
    sign: bytes
    pinned_at: str


@dataclass(frozen=True)
class OutgoingTransfer:
    id: str
    kind: str  # citizen, peer_request or peer_reply
    citizen_id: str
    subject_id: str | None
    to_account: str
    blob: bytes | None
    digest: bytes
    state: str
    created_at: str
    sent_at: str | None
    answered_at: str | None


@dataclass(frozen=True)
class IncomingTransfer:
    id: str
    from_account: str
    blob: bytes | None
    state: str
    citizen_id: str | None
    receipt: bytes | None
    answer_sent: bool
    via: str  # server, or file
    received_at: str
    answered_at: str | None


# -- pinned keys -------------------------------------------------------------------------------------

_PINS = f"SELECT {column_list(ColleagueKey, ColleagueKey.columns)} FROM colleague_key"  # noqa: S608


def pinned_key(conn: Connection, account: str) -> PinnedKey | None:
    row = conn.execute(text(_PINS + " WHERE account = :account"), {"account": account}).first()
    return PinnedKey(**row._mapping) if row else None


def pinned_keys(conn: Connection) -> dict[str, PinnedKey]:
    return {row[0]: PinnedKey(**row._mapping) for row in conn.execute(text(_PINS))}


def pin_key(conn: Connection, account: str, receive: bytes, sign: bytes) -> None:
    """Pin (or, once a person confirmed a change, re-pin) the colleague's keys."""
    conn.execute(
        text(
            "INSERT INTO colleague_key (account, receive, sign, pinned_at) VALUES (:a, :r, :s, :at) "
            "ON CONFLICT (account) DO UPDATE SET receive = :r, sign = :s, pinned_at = :at"
        ),
        {"a": account, "r": receive, "s": sign, "at": now_iso()},
    )


# -- transfers out -----------------------------------------------------------------------------------

_INSERT_OUT = insert_sql(
    TransferOut,
    ("id", "kind", "citizen_id", "subject_id", "to_account", "blob", "digest", "state", "created_at"),
)
_OUT = f"SELECT {column_list(TransferOut, TransferOut.columns)} FROM transfer_out"  # noqa: S608


def queue_out(
    conn: Connection,
    transfer_id: str,
    citizen_id: str,
    to_account: str,
    blob: bytes,
    digest: bytes,
    kind: str = "citizen",
    subject_id: str | None = None,
    state: str = "queued",
) -> None:
    """Keep a sealed blob until it is sent: a citizen's file (``kind`` "citizen"), a peer-reflection
    request about ``citizen_id`` (``subject_id``: the reflection) or a reply (``subject_id``: the
    request; no citizen here, ``citizen_id`` is empty)."""
    conn.execute(
        _INSERT_OUT,
        {
            "id": transfer_id,
            "kind": kind,
            "subject_id": subject_id,
            "citizen_id": citizen_id,
            "to_account": to_account,
            "blob": blob,
            "digest": digest,
            "state": state,
            "created_at": now_iso(),
        },
    )


def outgoing(conn: Connection, *states: str) -> list[OutgoingTransfer]:
    """Transfers out in any of ``states`` (all when none is named), oldest first."""
    return [OutgoingTransfer(**row) for row in _in_states(conn, _OUT, states, "created_at, id")]


def outgoing_one(conn: Connection, transfer_id: str) -> OutgoingTransfer | None:
    row = conn.execute(text(_OUT + " WHERE id = :id"), {"id": transfer_id}).first()
    return OutgoingTransfer(**row._mapping) if row else None


def outgoing_for(conn: Connection, citizen_id: str) -> OutgoingTransfer | None:
    """The citizen's transfer out that is not finished (queued or sent), if there is one."""
    row = conn.execute(
        text(_OUT + " WHERE citizen_id = :cid AND kind = 'citizen' AND state IN ('queued', 'sent', 'filed')"),
        {"cid": citizen_id},
    ).first()
    return OutgoingTransfer(**row._mapping) if row else None


def pending_out(conn: Connection, citizen_id: str) -> tuple[str, str] | None:
    """The state and the colleague of the citizen's unfinished transfer out, without its sealed blob
    (the citizen's page reads this each time it opens a file)."""
    row = conn.execute(
        text(
            "SELECT state, to_account FROM transfer_out WHERE citizen_id = :cid AND kind = 'citizen' "
            "AND state IN ('queued', 'sent', 'filed')"
        ),
        {"cid": citizen_id},
    ).first()
    return (row[0], row[1]) if row else None


def mark_sent(conn: Connection, transfer_id: str) -> None:
    conn.execute(
        text("UPDATE transfer_out SET state = 'sent', sent_at = :at WHERE id = :id AND state = 'queued'"),
        {"id": transfer_id, "at": now_iso()},
    )


def requeue(conn: Connection, transfer_id: str) -> None:
    conn.execute(
        text("UPDATE transfer_out SET state = 'queued' WHERE id = :id AND state = 'sent'"),
        {"id": transfer_id},
    )


def mark_answered(conn: Connection, transfer_id: str, accepted: bool) -> None:
    """The colleague's answer is in: the sealed copy goes, the row stays as the record."""
    conn.execute(
        text("UPDATE transfer_out SET state = :state, blob = NULL, answered_at = :at WHERE id = :id"),
        {"id": transfer_id, "state": "accepted" if accepted else "declined", "at": now_iso()},
    )


def withdraw_queued(conn: Connection, citizen_id: str) -> int:
    """A transfer of the citizen not sent yet (or written to a file) is withdrawn: not sent, and the
    copy here is not erased on an answer. Returns how many."""
    return conn.execute(
        text(
            "UPDATE transfer_out SET state = 'withdrawn', blob = NULL "
            "WHERE citizen_id = :cid AND state IN ('queued', 'filed')"
        ),
        {"cid": citizen_id},
    ).rowcount


# -- transfers in ------------------------------------------------------------------------------------

_IN = f"SELECT {column_list(TransferIn, TransferIn.columns)} FROM transfer_in"  # noqa: S608


def keep_in(conn: Connection, transfer_id: str, from_account: str, blob: bytes, via: str = "server") -> None:
    """Keep a fetched transfer until it is answered (a second fetch of the same one changes nothing)."""
    conn.execute(
        text(
            "INSERT INTO transfer_in (id, from_account, blob, state, received_at, answer_sent, via) "
            "VALUES (:id, :sender, :blob, 'waiting', :at, 0, :via) ON CONFLICT (id) DO NOTHING"
        ),
        {"id": transfer_id, "sender": from_account, "blob": blob, "at": now_iso(), "via": via},
    )


def incoming(conn: Connection, *states: str) -> list[IncomingTransfer]:
    """Transfers in in any of ``states`` (all when none is named), oldest first."""
    return [IncomingTransfer(**row) for row in _in_states(conn, _IN, states, "received_at, id")]


def _in_states(conn: Connection, select: str, states: tuple[str, ...], order: str) -> list[dict[str, Any]]:
    """The rows of ``select`` whose state is one of ``states`` (every row when there are none)."""
    marks = ", ".join(f":s{n}" for n in range(len(states)))
    where = f" WHERE state IN ({marks})" if states else ""
    rows = conn.execute(text(f"{select}{where} ORDER BY {order}"), {f"s{n}": s for n, s in enumerate(states)})
    return [dict(row._mapping) for row in rows]


def incoming_one(conn: Connection, transfer_id: str) -> IncomingTransfer | None:
    row = conn.execute(text(_IN + " WHERE id = :id"), {"id": transfer_id}).first()
    return IncomingTransfer(**row._mapping) if row else None


def answer_in(
    conn: Connection, transfer_id: str, accepted: bool, receipt: bytes, citizen_id: str | None
) -> None:
    """This caseworker's answer: the sealed copy goes, the signed receipt waits to be sent."""
    conn.execute(
        text(
            "UPDATE transfer_in SET state = :state, blob = NULL, receipt = :receipt, citizen_id = :cid, "
            "answered_at = :at WHERE id = :id"
        ),
        {
            "id": transfer_id,
            "state": "accepted" if accepted else "declined",
            "receipt": receipt,
            "cid": citizen_id,
            "at": now_iso(),
        },
    )


def mark_answer_sent(conn: Connection, transfer_id: str) -> None:
    conn.execute(text("UPDATE transfer_in SET answer_sent = 1 WHERE id = :id"), {"id": transfer_id})


# -- the citizen's rows ------------------------------------------------------------------------------


def file_rows(
    conn: Connection, citizen_id: str, leave_out: frozenset[str] = frozenset()
) -> dict[str, list[dict[str, Any]]]:
    """Every row of the citizen's file, table by table, parents first; ``leave_out`` names optional
    tables not to take (drafts of unsaved typing are never taken)."""
    about = citizen_data.rows_about(conn, citizen_id)
    return {table: about[table] for table in FILE_TABLES if table not in leave_out and about[table]}


def write_file_rows(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> list[tuple[str, str]]:
    """Write the file's rows in, parents first; returns the ``(table, id)`` of each row written.

    Refuses (``AlreadyHere``) when any record is here already and (``UnknownColumns``) when a row has a
    column this vault lacks; the caller's transaction then rolls back whatever was written."""
    written: list[tuple[str, str]] = []
    for table in FILE_TABLES:
        table_rows = rows.get(table) or []
        if not table_rows:
            continue
        known = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
        for row in table_rows:
            extra = set(row) - known
            if extra:
                raise UnknownColumns(f"{table}: {len(extra)} columns")
            if conn.execute(text(f"SELECT 1 FROM {table} WHERE id = :id"), {"id": row["id"]}).first():  # noqa: S608
                raise AlreadyHere(table)
            names = sorted(row)
            insert = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"  # noqa: S608
            conn.execute(text(insert), row)
            written.append((table, row["id"]))
    return written
