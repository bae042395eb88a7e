"""A search with a word beginning beside whole words gives what the whole index gives."""

import random

import pytest
from sqlalchemy import event

from desktop.domain.search import fts_query, search_terms
from desktop.storage.records import search_index

WORDS = [
    "arbejde",
    "arbejdet",
    "arbejdsplads",
    "praktik",
    "praktikken",
    "prøver",
    "prøvede",
    "samtale",
    "samtaler",
    "mentor",
    "stress",
    "kolleger",
    "larm",
    "høretelefoner",
    "afklaring",
    "virksomheden",
    "æblet",
    "øen",
    "åen",
    "fleksjob",
    "løntilskud",
]


@pytest.fixture
def index(unlocked):  # type: ignore[no-untyped-def]
    """An index of 600 texts made of the words above, in a fixed random order, and its connection."""
    pick = random.Random(20)
    entries = [
        (
            f"citizen-{n % 40}",
            "profile" if n % 15 == 0 else "note",
            f"ref-{n}",
            " ".join(pick.choices(WORDS, k=3)).capitalize(),
            " ".join(pick.choices(WORDS, k=pick.randint(5, 60))),
        )
        for n in range(600)
    ]
    with unlocked.vault.transaction() as conn:
        search_index.replace_entries(conn, entries)
    with unlocked.vault.engine.connect() as conn:
        yield conn


QUERIES = [
    "arbejd* stress kolleger",
    "prakti* larm",
    "samtal* æblet øen",
    "prøv* afklaring virksomheden mentor",
    "arb* fleksjob",
    "mentor praktik*",
    "løntil* høretelefoner",
    "intet* stress",  # a beginning no word has
    "stress nowhere*",
    "arbejd* stress kolleger larm høretelefoner afklaring",
    "sam* æblet øen åen mentor fleksjob",
    "arbejd*",  # word beginnings alone
    "prak*",
    "intet*",
    "sam* prøv*",
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("limit", [1, 7, 300])
def test_the_copy_of_the_few_texts_gives_the_rows_order_and_snippets_of_the_whole_index(index, query, limit):
    terms = search_terms(query)
    whole = search_index._matches(index, "search_fts", fts_query(terms), limit)  # the query as it was
    assert search_index.search(index, terms, limit) == whole


@pytest.mark.parametrize("query", QUERIES[:4])
def test_small_batches_stop_early_with_the_same_result(index, query, monkeypatch):
    monkeypatch.setattr(search_index, "CHECK_BATCH", 3)
    terms = search_terms(query)
    whole = search_index._matches(index, "search_fts", fts_query(terms), 5)
    assert search_index.search(index, terms, 5) == whole


def _statements(conn):  # type: ignore[no-untyped-def]
    seen: list[tuple[str, object]] = []
    event.listen(conn, "before_cursor_execute", lambda *a: seen.append((a[2], a[3])))
    return seen


def test_the_word_beginning_is_not_looked_up_in_the_whole_index_when_the_words_are_in_few_texts(index):
    seen = _statements(index)
    terms = search_terms("arbejd* stress kolleger")
    search_index.search(index, terms, 300)
    assert _on_the_whole_index(seen) == ['"stress" AND "kolleger"']  # the whole words only
    # Nothing of the copy is left behind in the connection's temp schema.
    assert index.exec_driver_sql("SELECT name FROM temp.sqlite_master").fetchall() == []


def _on_the_whole_index(seen):  # type: ignore[no-untyped-def]
    return [params[0] for sql, params in seen if "FROM search_fts WHERE search_fts MATCH" in sql]


@pytest.fixture
def small_batches(monkeypatch):  # type: ignore[no-untyped-def]
    """Copies five at a time, twenty in vain at most: the 600 texts are "many"."""
    monkeypatch.setattr(search_index, "CANDIDATE_LIMIT", 20)
    monkeypatch.setattr(search_index, "CHECK_BATCH", 5)


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("limit", [1, 7, 300])
@pytest.mark.parametrize("expand_above", [search_index.EXPAND_ABOVE, 0], ids=["merged", "replaced"])
def test_words_in_many_texts_give_the_whole_index_result_too(
    index, small_batches, query, limit, expand_above, monkeypatch
):
    monkeypatch.setattr(search_index, "EXPAND_ABOVE", expand_above)  # 0: beginnings by their words
    terms = search_terms(query)
    assert search_index.search(index, terms, limit) == search_index._matches(
        index, "search_fts", fts_query(terms), limit
    )
    assert index.exec_driver_sql("SELECT name FROM temp.sqlite_master").fetchall() == []


def test_words_in_many_texts_with_the_beginning_in_most_of_them_are_answered_from_the_first_copies(
    index, small_batches
):
    terms = search_terms("arbejd* stress")
    assert (
        index.exec_driver_sql("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'stress'").scalar_one()
        > 20
    )
    seen = _statements(index)
    assert len(search_index.search(index, terms, 5)) == 5
    assert _on_the_whole_index(seen) == ['"stress"']  # the beginning's postings were not merged
    assert sum("INSERT INTO temp." in sql for sql, _ in seen) <= 4  # 20 texts at the most


def test_words_in_many_texts_with_the_beginning_in_few_of_them_stop_copying_soon(index, small_batches):
    seen = _statements(index)
    terms = search_terms("intet* stress")
    assert search_index.search(index, terms, 5) == []
    assert sum("INSERT INTO temp." in sql for sql, _ in seen) == 1  # one batch showed no matches
    # Then the beginning was looked up: it begins no word, so nothing was searched for it.
    assert _on_the_whole_index(seen) == ['"stress"']


def test_a_word_beginning_alone_is_replaced_by_the_words_it_begins(index, monkeypatch):
    monkeypatch.setattr(search_index, "EXPAND_ABOVE", 0)  # as if the words were in very many texts
    terms = search_terms("arbejd* prak*")
    whole = search_index._matches(index, "search_fts", fts_query(terms), 300)
    seen = _statements(index)
    assert search_index.search(index, terms, 300) == whole and whole
    # The beginnings' postings were not merged over the whole index: their words were looked for.
    assert _on_the_whole_index(seen) == [
        '("arbejde" OR "arbejdet" OR "arbejdsplads") AND ("praktik" OR "praktikken")'
    ]
    assert any("INSERT INTO temp." in sql for sql, _ in seen)  # the texts found, searched as typed
    assert index.exec_driver_sql("SELECT name FROM temp.sqlite_master").fetchall() == []


def test_a_word_beginning_in_few_texts_is_left_to_fts5(index):
    terms = search_terms("arbejd*")  # in a few hundred texts: FTS5 merges them sooner than they are copied
    whole = search_index._matches(index, "search_fts", fts_query(terms), 300)
    seen = _statements(index)
    assert search_index.search(index, terms, 300) == whole
    assert _on_the_whole_index(seen) == [fts_query(terms)]


def test_a_word_beginning_of_too_many_words_is_left_to_fts5(index, monkeypatch):
    monkeypatch.setattr(search_index, "EXPAND_ABOVE", 0)
    monkeypatch.setattr(search_index, "MAX_EXPANSION", 2)
    terms = search_terms("arbejd*")
    whole = search_index._matches(index, "search_fts", fts_query(terms), 300)
    seen = _statements(index)
    assert search_index.search(index, terms, 300) == whole
    assert _on_the_whole_index(seen) == [fts_query(terms)]  # three words begin so: merged by FTS5


def test_a_word_beginning_that_begins_no_word_finds_nothing_at_once(index):
    assert search_index.search(index, search_terms("mentor intet*"), 300) == []
    seen = _statements(index)
    assert search_index.search(index, search_terms("intet*"), 300) == []
    assert not any("MATCH" in sql for sql, _ in seen)
