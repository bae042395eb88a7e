"""Turning what a person types into a safe full-text query, and the shape of the results."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_TERMS = 12
MIN_PREFIX = 3  # "ar*" would expand to half the dictionary
MAX_TERM_LENGTH = 64
MAX_QUERY_CHARS = 2000
HIGHLIGHT_START = "\ue000"  # private-use characters: they cannot occur in what a person typed
HIGHLIGHT_END = "\ue001"

_WORD = re.compile(r"(\w+)(\*?)", re.UNICODE)


@dataclass(frozen=True)
class SearchTerm:
    """One word to find; ``prefix`` when the person typed ``*`` right after it (``arbejd*``)."""

    word: str
    prefix: bool = False


def search_terms(text: str) -> list[SearchTerm]:
    """The words of ``text`` (letters and digits, æøå included), lower-cased, deduplicated, bounded.

    Everything else (quotes, parentheses, a lone ``*``, ``:``, emoji) separates words and is never passed
    to FTS5, so no input can form an FTS5 expression: ``AND``, ``OR`` and ``NEAR`` become plain words.
    Whole words are matched; prefix search is opt-in, because an FTS5 prefix query without a prefix
    index reads every matching term's list and takes seconds on a large caseload.
    """
    terms: list[SearchTerm] = []
    seen: set[str] = set()
    for match in _WORD.finditer(text[:MAX_QUERY_CHARS]):
        word = match.group(1).lower()[:MAX_TERM_LENGTH]
        if word in seen:
            continue
        seen.add(word)
        terms.append(SearchTerm(word, bool(match.group(2)) and len(word) >= MIN_PREFIX))
        if len(terms) == MAX_TERMS:
            break
    return terms


def fts_query(terms: list[SearchTerm]) -> str:
    """An FTS5 MATCH expression in which every term must occur (each quoted, so it stays a word)."""
    return " AND ".join(f'"{t.word}"*' if t.prefix else f'"{t.word}"' for t in terms)


@dataclass(frozen=True)
class SearchHit:
    """One matching text: ``snippet`` marks matches with ``HIGHLIGHT_START``/``HIGHLIGHT_END``."""

    kind: str
    ref_id: str
    title: str
    snippet: str


@dataclass
class CitizenResults:
    """The hits for one citizen, best first."""

    citizen_id: str
    name: str
    masked_cpr: str
    hits: list[SearchHit] = field(default_factory=list)
