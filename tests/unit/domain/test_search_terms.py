import pytest

from desktop.domain.search import MAX_TERMS, SearchTerm, fts_query, search_terms


def test_words_keep_danish_letters_and_are_lowercased():
    assert search_terms("Ærø Søren GÅR") == [SearchTerm("ærø"), SearchTerm("søren"), SearchTerm("går")]


@pytest.mark.parametrize(
    "typed", ['"', '""', "'", "*", "(", ")", "NEAR(", "AND", "OR NOT", ":", "^", "😀", "-", "{}", "\\"]
)
def test_operators_and_stray_characters_never_reach_fts5(typed):
    query = fts_query(search_terms(typed))
    # Every term is a quoted word: no bare operator, parenthesis or column filter is left.
    for part in query.split(" AND ") if query else []:
        assert part.startswith('"') and part.rstrip("*").endswith('"')
        assert part.strip('"*').isalnum()


def test_a_huge_paste_is_bounded():
    terms = search_terms("ord " * 5000 + " ".join(f"w{i}" for i in range(100)) + "x" * 10_000)
    assert len(terms) <= MAX_TERMS
    assert all(len(t.word) <= 64 for t in terms)


def test_prefix_only_when_asked_and_long_enough():
    assert search_terms("arbejd* ar* job") == [
        SearchTerm("arbejd", True),
        SearchTerm("ar", False),
        SearchTerm("job"),
    ]
    assert fts_query(search_terms("arbejd* job")) == '"arbejd"* AND "job"'
