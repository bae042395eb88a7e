"""How storing something from a tab went, for the panel that passes the message on."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.validation import FieldProblem


@dataclass(frozen=True)
class Outcome:
    """How storing went: ``stored``; a message for the banner (``text`` and its ``kind``, none if
    empty); the ``problems`` the form could not show by its fields (None: no field was at fault); and
    whether something went into the access log although nothing was stored (``logged``)."""

    stored: bool
    text: str = ""
    kind: str = "info"
    problems: list[FieldProblem] | None = None
    logged: bool = False


NOTHING = Outcome(stored=False)
