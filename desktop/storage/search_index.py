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
# The columns and tokenizer of ``search_fts`` (migration 0002), for the in-memory copy a search with a
# word beginning may run on (``search``).
FTS_COLUMNS = (
    "citizen_id UNINDEXED, kind UNINDEXED, ref_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 0'"
)
CHECK_TABLE = "search_check"
# The most texts a search with a word beginning copies in vain before it merges the beginning's
# postings over the whole index: copying and indexing a text costs about 10 us, the merge about 80 ns
# a posting. Texts are copied ``CHECK_BATCH`` at a time (never more than ``CANDIDATE_LIMIT``).
CANDIDATE_LIMIT = 2000
CHECK_BATCH = 250


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
    query = fts_query(terms)
    words = [term for term in terms if not term.prefix]
    if words and len(words) < len(terms):
        # A word beginning beside whole words: FTS5 reads and merges the postings of every term with
        # that beginning before it intersects, LIMIT or not (77 ms of CPU for "samtal*" at 1,000,000
        # notes, where "samtale" is in every note; issue 20). Every match holds the whole words, so
        # the texts that hold them, newest first, are searched instead while that is cheaper.
        found = _search_among_candidates(conn, fts_query(words), query, limit)
        if found is not None:
            return found
    return _matches(conn, "search_fts", query, limit)


def _search_among_candidates(
    conn: Connection, words_query: str, query: str, limit: int
) -> list[tuple[str, SearchHit]] | None:
    """``query`` over the texts holding ``words_query``, with the result (rows, order and snippets)
    the whole index gives; None when that would cost more than merging the word beginning's postings.

    The texts are copied with their rowids, newest first, a batch at a time, into an FTS5 table with
    the same columns and tokenizer in the connection's temp schema (kept in memory: ``temp_store =
    MEMORY``), dropped again before this returns. Copying stops when ``limit`` texts match (the rest
    could only come after those) or the texts run out. When the words are in more than
    ``CANDIDATE_LIMIT`` texts, it goes on only while the share of copied texts that match says
    ``limit`` matches will be found within ``CANDIDATE_LIMIT`` copies: at 1,000,000 notes two rare
    words are in 3,333 of them, and the first 250 held the 200 matches (issue 20). So no search
    copies more than ``CANDIDATE_LIMIT`` texts in vain."""
    candidates = conn.exec_driver_sql(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC", (words_query,)
    )
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{CHECK_TABLE} USING fts5({FTS_COLUMNS})")
    try:
        known = [row[0] for row in candidates.fetchmany(CANDIDATE_LIMIT + 1)]
        many = len(known) > CANDIDATE_LIMIT
        exhausted = not many
        copied = 0
        while known:
            if len(known) <= CHECK_BATCH and not exhausted:
                more = candidates.fetchmany(CANDIDATE_LIMIT)
                exhausted = len(more) < CANDIDATE_LIMIT
                known += [row[0] for row in more]
            batch, known = tuple(known[:CHECK_BATCH]), known[CHECK_BATCH:]
            conn.exec_driver_sql(
                f"INSERT INTO temp.{CHECK_TABLE} (rowid, citizen_id, kind, ref_id, title, body) "  # noqa: S608
                "SELECT rowid, citizen_id, kind, ref_id, title, body FROM search_fts "
                f"WHERE rowid IN ({', '.join('?' * len(batch))})",
                batch,
            )
            copied += len(batch)
            found = conn.exec_driver_sql(
                f"SELECT count(*) FROM (SELECT rowid FROM temp.{CHECK_TABLE} "  # noqa: S608
                f"WHERE {CHECK_TABLE} MATCH ? LIMIT ?)",
                (query, limit),
            ).scalar_one()
            if found >= limit:
                break
            if many and found * CANDIDATE_LIMIT < limit * copied:
                return None  # at this share of matches, ``limit`` of them lie beyond the copies allowed
        return _matches(conn, CHECK_TABLE, query, limit)
    finally:
        candidates.close()
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{CHECK_TABLE}")


def _matches(conn: Connection, table: str, query: str, limit: int) -> list[tuple[str, SearchHit]]:
    rows = conn.exec_driver_sql(
        "SELECT citizen_id, kind, ref_id, "  # noqa: S608 (the f-strings insert constants only)
        f"snippet({table}, 3, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_TOKENS}), "
        f"snippet({table}, 4, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_TOKENS}) "
        f"FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
        (query, limit),
    )
    return [(r[0], SearchHit(kind=r[1], ref_id=r[2], title=r[3], snippet=r[4])) for r in rows]
