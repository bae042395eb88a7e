"""Clearly fictional CPR numbers for demo and test data.

Rule (documented here and in the README): a fictional number has a real birth date between 1950 and
1999 that is never the 1st of a month, a serial whose first digit is 0-3 (the 1900s), and a check
digit chosen so the number FAILS the modulus-11 test. Before 2007 every issued number passed that test,
and the later numbers that do not pass were issued for birth dates where the series ran out (in
practice the 1st of the month, mostly 1 January), so a fictional number collides with no person who
received their number in the normal way. It still parses, because the app never rejects on modulus 11.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def modulus11_ok(digits: str) -> bool:
    """The classic CPR check (sum of weighted digits divisible by 11)."""
    return sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11 == 0


def fictional_cpr(rng: random.Random) -> str:
    """A fictional ``DDMMYY-SSSS`` by the rule above."""
    start = date(1950, 1, 1)
    while True:
        born = start + timedelta(days=rng.randrange(50 * 365))
        if born.day == 1 or born.year > 1999:
            continue
        serial = f"{rng.randrange(4)}{rng.randrange(1000):03d}"
        digits = born.strftime("%d%m%y") + serial
        if not modulus11_ok(digits):
            return f"{digits[:6]}-{digits[6:]}"


def is_fictional_cpr(cpr: str) -> bool:
    """Whether ``cpr`` follows the fictional rule (used by tests and the demo banner)."""
    digits = cpr.replace("-", "")
    return len(digits) == 10 and digits[:2] != "01" and digits[6] in "0123" and not modulus11_ok(digits)
