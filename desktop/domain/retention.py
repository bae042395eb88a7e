"""Retention: when a closed case is due for review for deletion, and how far back the access log goes.

DOMAIN.md: a closed case is flagged for deletion a configurable period after closing (default 5
years); deletion is always a person's decision. The access log is kept at least 6 months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class RetentionCase:
    """A closed case whose retention period has run out: it waits for a person to review it."""

    citizen_id: str
    name: str
    closed_on: date
    due_on: date


def add_years(day: date, years: int) -> date:
    """``day`` moved ``years`` on; 29 February becomes 28 February in a year without it."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` moved ``months`` on (negative: back), keeping the day where the month has it."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            continue
    raise ValueError(moment)  # pragma: no cover (28 exists in every month)


def retention_due_on(closed_on: date, years: int) -> date:
    """The day a case closed on ``closed_on`` is due for review."""
    return add_years(closed_on, years)


def log_cutoff(now: datetime, months: int) -> datetime:
    """Access-log events before this moment are older than the log's retention."""
    return add_months(now, -months)
