"""The FTS5 index over everything written about citizens, kept in step by the services.

One row per text: ``(citizen_id, kind, ref_id, title, body)``. ``kind`` says what the text is
("profile", "note", later "goal" and "reflection"); ``ref_id`` is that record's id.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from desktop.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, SearchTerm, fts_query
from desktop.storage.bulk import select_in

SNIPPET_TOKENS = 14
# Results come newest first (ORDER BY rowid DESC lets FTS5 stop after LIMIT rows; bm25 ranking reads
# every match and takes a second on 100,000 notes). Profiles live in a rowid band above every other
# text, so a citizen whose profile matches is always listed first.
PROFILE_ROWID_BASE = 1 << 40


def replace_entry(conn: Connection, citizen_id: str, kind: str, ref_id: str, title: str, body: str) -> None:
    """Index (or re-index) one text."""
    replace_entries(conn, [(citizen_id, kind, ref_id, title, body)])


def replace_entries(conn: Connection, entries: list[tuple[str, str, str, str, str]]) -> None:
    """Index (or re-index) many texts at once: ``(citizen_id, kind, ref_id, title, body)`` each."""
    if not entries:
        return
    ref_ids_by_kind: dict[str, set[str]] = {}
    for entry in entries:
        ref_ids_by_kind.setdefault(entry[1], set()).add(entry[2])
    existing: dict[tuple[str, str], int] = {}
    for kind, ref_ids in ref_ids_by_kind.items():
        # kind first: the lookup walks the (kind, ref_id) index instead of scanning every document
        for rowid, ref_id in select_in(
            conn,
            "SELECT rowid, ref_id FROM search_doc WHERE kind = ? AND ref_id IN ({in})",
            sorted(ref_ids),
            (kind,),
        ):
            existing[(kind, ref_id)] = rowid
    # Plain tuples straight to the driver (``exec_driver_sql``): with ``text()`` and a dict per row,
    # SQLAlchemy's parameter handling cost as much as the FTS insert itself in a first sync.
    rows, new_docs, stale, next_free = [], [], [], {}
    for citizen_id, kind, ref_id, title, body in entries:
        rowid = existing.get((kind, ref_id))
        if rowid is None:
            band = "profile" if kind == "profile" else "other"
            rowid = next_free.get(band) or next_rowid(conn, kind)
            next_free[band] = rowid + 1
            existing[(kind, ref_id)] = rowid
            new_docs.append((rowid, kind, ref_id))
        else:
            stale.append((rowid,))
        rows.append((rowid, citizen_id, kind, ref_id, title, body))
    if stale:
        conn.exec_driver_sql("DELETE FROM search_fts WHERE rowid = ?", list(dict.fromkeys(stale)))
    if new_docs:
        conn.exec_driver_sql("INSERT INTO search_doc (rowid, kind, ref_id) VALUES (?, ?, ?)", new_docs)
    conn.exec_driver_sql(
        "INSERT INTO search_fts (rowid, citizen_id, kind, ref_id, title, body) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def remove_entry(conn: Connection, kind: str, ref_id: str) -> None:
    """Drop one text from the index."""
    rowid = _rowid(conn, kind, ref_id)
    if rowid is not None:
        conn.execute(text("DELETE FROM search_fts WHERE rowid = :rowid"), {"rowid": rowid})
        conn.execute(text("DELETE FROM search_doc WHERE rowid = :rowid"), {"rowid": rowid})


def next_rowid(conn: Connection, kind: str) -> int:
    """The next free rowid in the band for ``kind`` (profiles above everything else)."""
    if kind == "profile":
        query = "SELECT max(rowid) FROM search_doc WHERE rowid >= :base"
    else:
        query = "SELECT max(rowid) FROM search_doc WHERE rowid < :base"
    last = conn.execute(text(query), {"base": PROFILE_ROWID_BASE}).scalar_one_or_none()
    if last is None:
        return PROFILE_ROWID_BASE if kind == "profile" else 1
    return last + 1


def _rowid(conn: Connection, kind: str, ref_id: str) -> int | None:
    return conn.execute(
        text("SELECT rowid FROM search_doc WHERE kind = :kind AND ref_id = :ref_id"),
        {"kind": kind, "ref_id": ref_id},
    ).scalar_one_or_none()


def search(conn: Connection, terms: list[SearchTerm], limit: int = 200) -> list[tuple[str, SearchHit]]:
    """``(citizen_id, hit)`` pairs for texts containing every term: profiles first, then newest first."""
    if not terms:
        return []
    rows = conn.execute(
        text(
            "SELECT citizen_id, kind, ref_id, "  # noqa: S608 (the f-strings below insert constants only)
            f"snippet(search_fts, 3, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_TOKENS}), "
            f"snippet(search_fts, 4, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_TOKENS}) "
            "FROM search_fts WHERE search_fts MATCH :query ORDER BY rowid DESC LIMIT :limit"
        ),
        {"query": fts_query(terms), "limit": limit},
    )
    return [(r[0], SearchHit(kind=r[1], ref_id=r[2], title=r[3], snippet=r[4])) for r in rows]
