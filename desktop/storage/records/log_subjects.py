"""The few facts an access-log event about a citizen may be described with, read by id.

``domain.access_log.about`` names what an event was about from these: the date of a note, the role
and organisation of an actor, the form of a consent, the channel of a contact, the kind of a goal,
the phase and model of a reflection, the caseworker a case was handed over to. Deleted (tombstoned) rows are included: the log still speaks
of them. Nothing else is read: no text written about the citizen.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.access_log import Subjects

# (Subjects field, SQL picking id and the facts for one citizen) - a new kind is one line here.
_QUERIES: tuple[tuple[str, str], ...] = (
    ("notes", "SELECT id, held_on, corrects_id FROM meeting_note WHERE citizen_id = :cid"),
    ("actors", "SELECT id, role, organisation FROM actor WHERE citizen_id = :cid"),
    ("consents", "SELECT id, actor_id, form FROM consent WHERE citizen_id = :cid"),
    ("contacts", "SELECT id, actor_id, channel FROM contact_log WHERE citizen_id = :cid"),
    ("goals", "SELECT id, kind FROM goal WHERE citizen_id = :cid"),
    ("reflections", "SELECT id, phase, model FROM reflection WHERE citizen_id = :cid"),
    ("handovers", "SELECT id, to_caseworker FROM handover WHERE citizen_id = :cid"),
)


def subjects_about(conn: Connection, citizen_id: str) -> Subjects:
    """What the citizen's log events can be described with, by record id."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for name, query in _QUERIES:
        rows = conn.execute(text(query), {"cid": citizen_id})
        found[name] = {row[0]: dict(row._mapping) for row in rows}
    return Subjects(**found)
