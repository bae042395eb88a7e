"""Password rules and a strength estimate, pure Python.

The estimate is a rough guess of the search space (character classes and length, with penalties for
repeats and common words); it guides the person, it does not replace the Argon2id work factor.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 8

_COMMON = (
    "password",
    "passw0rd",
    "adgangskode",
    "kodeord",
    "qwerty",
    "123456",
    "12345678",
    "letmein",
    "sommer",
    "vinter",
    "efterår",
    "forår",
    "jobcenter",
    "kommune",
    "danmark",
    "velkommen",
    "hemmelig",
)


class Strength(IntEnum):
    """How hard a password is to guess; the UI shows it as a bar and a hint."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True)
class StrengthEstimate:
    """A strength level and the estimated bits of entropy behind it."""

    strength: Strength
    bits: float


def estimate_strength(password: str) -> StrengthEstimate:
    """Estimate how strong ``password`` is."""
    if len(password) < MIN_LENGTH:
        return StrengthEstimate(Strength.TOO_SHORT, 0.0)
    pool = 0
    if any(c in string.ascii_lowercase or c in "æøå" for c in password):
        pool += 29
    if any(c in string.ascii_uppercase or c in "ÆØÅ" for c in password):
        pool += 29
    if any(c.isdigit() for c in password):
        pool += 10
    if any(not c.isalnum() for c in password):
        pool += 33
    distinct = len(set(password))
    effective_length = min(len(password), distinct * 2)
    bits = effective_length * math.log2(max(pool, 2))
    lowered = password.lower()
    if any(word in lowered for word in _COMMON):
        bits -= 20
    if bits < 40:
        level = Strength.WEAK
    elif bits < 60:
        level = Strength.FAIR
    elif bits < 80:
        level = Strength.GOOD
    else:
        level = Strength.STRONG
    return StrengthEstimate(level, max(bits, 0.0))


def is_acceptable(password: str) -> bool:
    """A vault password must be at least ``MIN_LENGTH`` characters; strength beyond that is advice."""
    return len(password) >= MIN_LENGTH
