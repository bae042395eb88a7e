"""Dates as typed in a date field."""

from datetime import date

import pytest

from desktop.domain.typed_dates import NO_SUCH_DATE, UNREADABLE, UnreadableDate, parse_typed_date

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("15.12", date(2026, 12, 15)),
        ("15/12", date(2026, 12, 15)),
        ("15-12", date(2026, 12, 15)),
        ("15.12.", date(2026, 12, 15)),
        ("15.01", date(2026, 1, 15)),  # the current year, also when the day has passed
        ("15-12-2026", date(2026, 12, 15)),
        ("15.12.2027", date(2027, 12, 15)),
        ("1.2.27", date(2027, 2, 1)),
        ("15122026", date(2026, 12, 15)),
        ("151226", date(2026, 12, 15)),
        ("1512", date(2026, 12, 15)),
        ("20", date(2026, 12, 20)),
        ("2026-12-15", date(2026, 12, 15)),
        ("15. dec", date(2026, 12, 15)),
        ("15 december 2027", date(2027, 12, 15)),
        ("3 marts", date(2026, 3, 3)),
        ("3 maj", date(2026, 5, 3)),
        ("+7", date(2026, 12, 13)),
        ("+ 7", date(2026, 12, 13)),
        ("-1", date(2026, 12, 5)),
        ("+2u", date(2026, 12, 20)),
        ("+2w", date(2026, 12, 20)),
        ("+3m", date(2027, 3, 6)),
        ("i dag", date(2026, 12, 6)),
        ("  I  DAG ", date(2026, 12, 6)),
        ("today", date(2026, 12, 6)),
        ("i morgen", date(2026, 12, 7)),
        ("tomorrow", date(2026, 12, 7)),
        ("i går", date(2026, 12, 5)),
    ],
)
def test_typed_dates_are_read(typed, meant):
    assert parse_typed_date(typed, TODAY) == meant


def test_month_steps_keep_to_the_end_of_a_short_month():
    assert parse_typed_date("+1m", date(2027, 1, 31)) == date(2027, 2, 28)


@pytest.mark.parametrize("typed", ["", "   ", "\t"])
def test_empty_text_is_no_date(typed):
    assert parse_typed_date(typed, TODAY) is None


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31.02", NO_SUCH_DATE),
        ("32", NO_SUCH_DATE),
        ("15.13.2026", NO_SUCH_DATE),
        ("290227", NO_SUCH_DATE),
        ("0", NO_SUCH_DATE),
        ("151", UNREADABLE),
        ("12345", UNREADABLE),
        ("næste uge", UNREADABLE),
        ("15 decimal", UNREADABLE),
        ("15.12.202", UNREADABLE),
        ("x" * 100, UNREADABLE),
        ("+99999", UNREADABLE),
    ],
)
def test_what_is_no_date_says_why(typed, reason):
    with pytest.raises(UnreadableDate) as caught:
        parse_typed_date(typed, TODAY)
    assert caught.value.reason == reason


def test_a_leap_day_is_a_date_in_a_leap_year():
    assert parse_typed_date("29.02.28", TODAY) == date(2028, 2, 29)
