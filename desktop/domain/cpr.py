"""CPR numbers: read as typed, checked for a real birth date, shown masked.

The modulus-11 check is deliberately not applied: numbers issued since 2007 need not satisfy it
(CPR-kontoret), so rejecting on it would turn real citizens away. ``stdnum.dk.cpr`` checks format and
date and nothing more, which is exactly the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# python-stdnum is imported on first use, not at program start: its utilities import pydoc,
# about 30 ms of every start before any CPR number is read.


class CprError(ValueError):
    """Why a text is not a CPR number; ``reason`` is one of the constants below."""

    FORMAT = "format"
    DATE = "date"
    FUTURE = "future"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, order=True)
class Cpr:
    """A CPR number in the canonical ``DDMMYY-SSSS`` form."""

    value: str

    @classmethod
    def parse(cls, text: str) -> Cpr:
        """Accept ``DDMMYY-SSSS``, ``DDMMYYSSSS`` and stray spaces; raise ``CprError`` otherwise."""
        digits = "".join(ch for ch in text if not ch.isspace()).replace("-", "")
        if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
            raise CprError(CprError.FORMAT)
        from stdnum.dk import cpr as stdnum_cpr
        from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError

        try:
            stdnum_cpr.validate(digits)
        except (InvalidFormat, InvalidLength):
            raise CprError(CprError.FORMAT) from None
        except InvalidComponent as exc:
            reason = CprError.FUTURE if "not been born" in str(exc) else CprError.DATE
            raise CprError(reason) from None
        except ValidationError:
            raise CprError(CprError.FORMAT) from None
        return cls(f"{digits[:6]}-{digits[6:]}")

    @property
    def masked(self) -> str:
        """``DDMMYY-XXXX``: enough to tell people apart at a glance, not enough to identify."""
        return f"{self.value[:6]}-XXXX"

    @property
    def birth_date(self) -> date:
        """The birth date the number encodes (century from the 7th digit)."""
        from stdnum.dk import cpr as stdnum_cpr

        return stdnum_cpr.get_birth_date(self.value.replace("-", ""))

    def __str__(self) -> str:
        return self.value


def mask(cpr_text: str | None) -> str:
    """Mask a stored CPR for display (empty for none)."""
    if not cpr_text:
        return ""
    return f"{cpr_text[:6]}-XXXX"
