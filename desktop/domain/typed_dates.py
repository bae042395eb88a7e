"""Dates as a caseworker types them: ``15.12``, ``15-12-2026``, ``151226``, ``+7``, ``i dag``.

A follow-up date cost ~15 clicks. The date field reads what is typed with
``parse_typed_date`` and shows the result as dd-mm-åååå.

What is read (``today`` is the reference day):
- day and month with any of ``. - / space`` between them, optionally a year: ``15.12``, ``15/12``,
  ``15-12-2026``, ``15.12.26``, ``15. dec``, ``15 december 2026``; a trailing dot is fine (``15.12.``).
- digits alone: ``15`` (that day in the current month), ``1512`` (15 December), ``151226``,
  ``15122026``.
- ISO ``2026-12-15`` (the English display format reads back).
- ``+7`` / ``-1`` days from today; ``+2u`` / ``+2w`` weeks; ``+3m`` months (the last day of the month
  when the day does not exist there).
- ``i dag`` / ``idag`` / ``today``, ``i morgen`` / ``tomorrow``, ``i går`` / ``yesterday``.

A date without a year is in the current year, also when that day has passed (``15.01`` typed in
December is January this year): what is typed is what is shown, and a person who means next year
types the year. A two-digit year is 20YY. Empty text means "no date" (``None``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta


class UnreadableDate(ValueError):
    """The text is not a date we can read (``reason`` is ``"unreadable"`` or ``"no_such_date"``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


UNREADABLE = "unreadable"
NO_SUCH_DATE = "no_such_date"  # the form is right but the day is not in the calendar (31.02)

MAX_TYPED = 40  # longer text is no date

_WORDS = {
    "i dag": 0,
    "idag": 0,
    "today": 0,
    "d.d.": 0,
    "i morgen": 1,
    "imorgen": 1,
    "tomorrow": 1,
    "i overmorgen": 2,
    "i går": -1,
    "igår": -1,
    "yesterday": -1,
}

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "maj": 5,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_RELATIVE = re.compile(r"([+-])\s*(\d{1,4})\s*([dDuUwWmM]?)")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"\d{1,8}")
_PARTS = re.compile(r"(\d{1,2})\s*[.\-/ ]\s*(\d{1,2}|[a-zæøå]+)\.?(?:\s*[.\-/ ]\s*(\d{2}|\d{4}))?\.?")


def parse_typed_date(text: str, today: date) -> date | None:
    """The date ``text`` means on ``today``; ``None`` for empty text.

    Raises:
        UnreadableDate: the text is not a date (nothing is changed by the caller then)."""
    typed = " ".join(text.strip().lower().split())
    if not typed:
        return None
    if len(typed) > MAX_TYPED:
        raise UnreadableDate(UNREADABLE)
    if typed in _WORDS:
        return today + timedelta(days=_WORDS[typed])
    if match := _RELATIVE.fullmatch(typed):
        return _relative(today, match.group(1), int(match.group(2)), match.group(3).lower())
    if match := _ISO.fullmatch(typed):
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if _DIGITS.fullmatch(typed):
        return _from_digits(typed, today)
    if match := _PARTS.fullmatch(typed):
        day, month_text, year_text = match.groups()
        return _date(_year(year_text, today), _month(month_text), int(day))
    raise UnreadableDate(UNREADABLE)


def _relative(today: date, sign: str, amount: int, unit: str) -> date:
    step = amount if sign == "+" else -amount
    try:
        if unit == "m":
            months = today.year * 12 + today.month - 1 + step
            year, month = divmod(months, 12)
            last = calendar.monthrange(year, month + 1)[1]
            return date(year, month + 1, min(today.day, last))
        return today + timedelta(days=step * 7 if unit in ("u", "w") else step)
    except (ValueError, OverflowError):
        raise UnreadableDate(NO_SUCH_DATE) from None


def _from_digits(digits: str, today: date) -> date:
    if len(digits) <= 2:
        return _date(today.year, today.month, int(digits))
    if len(digits) == 4:
        return _date(today.year, int(digits[2:]), int(digits[:2]))
    if len(digits) == 6:
        return _date(2000 + int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    if len(digits) == 8:
        return _date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    raise UnreadableDate(UNREADABLE)  # 3, 5 or 7 digits: which part is the day is a guess


def _month(text: str) -> int:
    if text.isdigit():
        return int(text)
    for prefix, number in _MONTHS.items():
        if len(text) >= 3 and text.startswith(prefix) and _month_word(text, prefix):
            return number
    raise UnreadableDate(UNREADABLE)


def _month_word(text: str, prefix: str) -> bool:
    """``dec``, ``december`` and ``marts`` are months; ``decimal`` is not."""
    names = {
        "jan": ("januar", "january"),
        "feb": ("februar", "february"),
        "mar": ("marts", "march"),
        "apr": ("april",),
        "maj": ("maj",),
        "may": ("may",),
        "jun": ("juni", "june"),
        "jul": ("juli", "july"),
        "aug": ("august",),
        "sep": ("september", "sept"),
        "okt": ("oktober",),
        "oct": ("october",),
        "nov": ("november",),
        "dec": ("december",),
    }[prefix]
    return any(name.startswith(text) for name in names)


def _year(text: str | None, today: date) -> int:
    if text is None:
        return today.year
    return 2000 + int(text) if len(text) == 2 else int(text)


def _date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise UnreadableDate(NO_SUCH_DATE) from None
