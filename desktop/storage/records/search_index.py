"""The FTS5 index over everything written about citizens, kept in step by the services.

One row per text: ``(citizen_id, kind, ref_id, title, body)``. ``kind`` says what the text is
("profile", "note", later "goal" and "reflection"); ``ref_id`` is that record's id.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection, text

from desktop.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, SearchTerm, fts_query
from desktop.storage.records.bulk import select_in

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
# The most texts a search with a word beginning copies in vain before it looks the beginning up in
# the whole index: copying and indexing a text costs about 10 us, FTS5's merge of a word beginning's
# postings about 80 ns a posting. Texts are copied ``CHECK_BATCH`` at a time.
CANDIDATE_LIMIT = 2000
CHECK_BATCH = 250
# The most words a word beginning is replaced by (``arbejd*`` by ``arbejde OR arbejdet OR …``); one
# with more (a beginning of two or three letters) is left to FTS5's own merge.
MAX_EXPANSION = 200
# Beginnings in fewer texts than this are left to FTS5's merge too: it takes less than the 3 ms that
# copying the texts found to search them again as typed takes.
EXPAND_ABOVE = 40_000
VOCABULARY_TABLE = "search_vocabulary"


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
    rows, new_docs, stale = [], [], []
    next_free: dict[str, int] = {}
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
    if len(words) < len(terms):
        # A word beginning: FTS5 reads every posting of every word with that beginning and merges
        # them into one list before it gives the first match, LIMIT or not (32 ms for "praktik*" at
        # 1,000,000 notes, where two notes of five hold such a word). Every match lies among
        # the texts that hold the whole words: those, newest first, are searched instead while that is
        # cheaper. Else the matches are found with each beginning replaced by the words it begins
        # (FTS5 walks an OR of words newest first and stops when it has enough: 1.6 ms for the same
        # search, after 8.6 ms to find its 67 words), and searched as the texts with the words are.
        if words:
            found = _search_among_candidates(conn, fts_query(words), query, limit)
            if found is not None:
                return found
        expanded = _expanded_query(conn, terms)
        if expanded == "":
            return []  # a beginning that begins no word in the index
        if expanded is not None:
            matching = conn.exec_driver_sql(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                (expanded, limit),
            )
            return _search_copies(conn, [row[0] for row in matching], query, limit)
    return _matches(conn, "search_fts", query, limit)


def _expanded_query(conn: Connection, terms: list[SearchTerm]) -> str | None:
    """``fts_query(terms)`` with each word beginning replaced by the words in the index that begin
    with it: the same texts match (FTS5 marks them differently in a snippet: one word of several is
    not the one word beginning, so the texts found are searched again as typed). "" when a beginning
    begins no word (nothing can match); None when one begins more than ``MAX_EXPANSION`` words, or
    the beginnings are in fewer than ``EXPAND_ABOVE`` texts (FTS5 merges those sooner)."""
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCABULARY_TABLE} USING fts5vocab(main, search_fts, row)"
    )
    try:
        parts, postings = [], 0
        for term in terms:
            if not term.prefix:
                parts.append(f'"{term.word}"')
                continue
            # Words are letters and digits, lower-cased (``search_terms``), as the tokenizer keeps them.
            after = term.word[:-1] + chr(ord(term.word[-1]) + 1)
            found: list[tuple[str, int]] = [
                (row[0], row[1])
                for row in conn.exec_driver_sql(
                    f"SELECT term, doc FROM temp.{VOCABULARY_TABLE} WHERE term >= ? AND term < ? LIMIT ?",  # noqa: S608
                    (term.word, after, MAX_EXPANSION + 1),
                )
            ]
            if not found:
                return ""
            if len(found) > MAX_EXPANSION:
                return None
            postings += sum(texts for _word, texts in found)
            parts.append("(" + " OR ".join('"' + word.replace('"', '""') + '"' for word, _ in found) + ")")
        return " AND ".join(parts) if postings >= EXPAND_ABOVE else None
    finally:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{VOCABULARY_TABLE}")


def _search_among_candidates(
    conn: Connection, words_query: str, query: str, limit: int
) -> list[tuple[str, SearchHit]] | None:
    """``query`` over the texts holding ``words_query``, with the result (rows, order and snippets)
    the whole index gives; None when that would cost more than looking the word beginning up in the
    whole index.

    The texts are copied with their rowids, newest first, a batch at a time, into an FTS5 table with
    the same columns and tokenizer in the connection's temp schema (kept in memory: ``temp_store =
    MEMORY``), dropped again before this returns. Copying stops when ``limit`` texts match (the rest
    could only come after those) or the texts run out. When the words are in more than
    ``CANDIDATE_LIMIT`` texts, it goes on only while the share of copied texts that match says
    ``limit`` matches will be found within ``CANDIDATE_LIMIT`` copies: at 1,000,000 notes two rare
    words are in 3,333 of them, and the first 250 held the 200 matches. So no search
    copies more than ``CANDIDATE_LIMIT`` texts in vain."""
    candidates = conn.exec_driver_sql(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC", (words_query,)
    )
    with _copies_table(conn), contextlib.closing(candidates):  # the cursor closes before the drop
        known = [row[0] for row in candidates.fetchmany(CANDIDATE_LIMIT + 1)]
        many = len(known) > CANDIDATE_LIMIT
        exhausted = not many
        copied = 0
        while known:
            if len(known) <= CHECK_BATCH and not exhausted:
                more = candidates.fetchmany(CANDIDATE_LIMIT)
                exhausted = len(more) < CANDIDATE_LIMIT
                known += [row[0] for row in more]
            batch, known = known[:CHECK_BATCH], known[CHECK_BATCH:]
            _copy(conn, batch)
            copied += len(batch)
            found: int = conn.exec_driver_sql(
                f"SELECT count(*) FROM (SELECT rowid FROM temp.{CHECK_TABLE} "  # noqa: S608
                f"WHERE {CHECK_TABLE} MATCH ? LIMIT ?)",
                (query, limit),
            ).scalar_one()
            if found >= limit:
                break
            if many and found * CANDIDATE_LIMIT < limit * copied:
                return None  # at this share of matches, ``limit`` of them lie beyond the copies allowed
        return _matches(conn, CHECK_TABLE, query, limit)


def _search_copies(
    conn: Connection, rowids: list[int], query: str, limit: int
) -> list[tuple[str, SearchHit]]:
    """``query`` over copies of the texts with these rowids (as ``_search_among_candidates`` makes
    them): the result the whole index gives when every match is among them."""
    with _copies_table(conn):
        for start in range(0, len(rowids), CHECK_BATCH):
            _copy(conn, rowids[start : start + CHECK_BATCH])
        return _matches(conn, CHECK_TABLE, query, limit)


@contextlib.contextmanager
def _copies_table(conn: Connection) -> Iterator[None]:
    """The temp FTS5 table (``CHECK_TABLE``, same columns and tokenizer as the index) that texts are
    copied into, dropped again on the way out."""
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{CHECK_TABLE} USING fts5({FTS_COLUMNS})")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{CHECK_TABLE}")


def _copy(conn: Connection, rowids: list[int]) -> None:
    """Copy the indexed texts with these rowids into the temp table (``CHECK_TABLE``)."""
    conn.exec_driver_sql(
        f"INSERT INTO temp.{CHECK_TABLE} (rowid, citizen_id, kind, ref_id, title, body) "  # noqa: S608
        "SELECT rowid, citizen_id, kind, ref_id, title, body FROM search_fts "
        f"WHERE rowid IN ({', '.join('?' * len(rowids))})",
        tuple(rowids),
    )


def _matches(conn: Connection, table: str, query: str, limit: int) -> list[tuple[str, SearchHit]]:
    rows = conn.exec_driver_sql(
        "SELECT citizen_id, kind, ref_id, "  # noqa: S608 (the f-strings insert constants only)
        f"snippet({table}, 3, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_TOKENS}), "
        f"snippet({table}, 4, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_TOKENS}) "
        f"FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
        (query, limit),
    )
    return [(r[0], SearchHit(kind=r[1], ref_id=r[2], title=r[3], snippet=r[4])) for r in rows]
