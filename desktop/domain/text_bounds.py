"""How long each stored free-text field may be, looked up by record type and field.

The rules live with each record's validation (``citizen``, ``notes``, ``goals``, ``coordination``,
``reflection``); this table gathers them for the places that see a field by its stored name only: a
text merged by hand in a sync conflict, and the views that stop typing at the bound. A field not named
here gets the longest bound any text has.
"""

from __future__ import annotations

import json

from desktop.domain import citizen, coordination, goals, network_meeting, notes, reflection
from desktop.domain.validation import FieldProblem
from desktop.errors import InvalidInput

LONGEST_TEXT = max(citizen.LONG_TEXT_MAX, notes.TEXT_MAX, reflection.TEXT_MAX)
DRAFT_CHARS_MAX = 2_000_000  # unsaved typing of one form, as stored (JSON): every field full fits

BOUNDS: dict[str, dict[str, int]] = {
    "citizen": {
        "name": citizen.NAME_MAX,
        **dict.fromkeys(("responsible_caseworker", *citizen.CONTACT_FIELDS), citizen.SHORT_TEXT_MAX),
        **dict.fromkeys(
            (*citizen.OWN_WORDS, *citizen.FUNCTION_FIELDS, *citizen.HEALTH_FIELDS), citizen.LONG_TEXT_MAX
        ),
    },
    "belief_rating": {"comment": citizen.COMMENT_MAX},
    "handover": {"to_caseworker": citizen.SHORT_TEXT_MAX, "reason": citizen.COMMENT_MAX},
    "meeting_note": {**dict.fromkeys(notes.NOTE_TEXTS, notes.TEXT_MAX), "read_back": notes.READ_BACK_MAX},
    "agreement": {"text": notes.AGREEMENT_TEXT_MAX, "who": notes.AGREEMENT_WHO_MAX},
    "goal": {
        "text": goals.TEXT_MAX,
        "citizen_wording": goals.TEXT_MAX,
        "trade_or_function": goals.LINE_MAX,
    },
    "goal_revision": {"reason": goals.TEXT_MAX},
    "activity": {"what": goals.LINE_MAX, "actor_name": goals.NAME_MAX, "outcome": goals.TEXT_MAX},
    "discretion_record": dict.fromkeys((*reflection.DISCRETION_REQUIRED, "consulted"), reflection.TEXT_MAX),
    "actor": dict.fromkeys(("organisation", "person", "phone", "email", "notes"), coordination.TEXT_MAX),
    "consent": dict.fromkeys(("information", "purpose", "legal_basis", "recorded_by"), coordination.TEXT_MAX),
    "contact_log": {
        **dict.fromkeys(("summary", "shared"), coordination.TEXT_MAX),
        "without_consent_reason": coordination.REASON_MAX,
    },
    "network_meeting": dict.fromkeys(("discussed", "caseworker"), network_meeting.TEXT_MAX),
    "network_decision": {"what": network_meeting.DECISION_WHAT_MAX, "who": network_meeting.DECISION_WHO_MAX},
    # The caseworker's own work contact on "Min plan" (a preference of this computer, not a record).
    "caseworker_contact": dict.fromkeys(("name", "phone", "email", "hours"), citizen.SHORT_TEXT_MAX),
}


def text_bound(record_type: str, field: str) -> int:
    """The longest text ``field`` of ``record_type`` may hold."""
    return BOUNDS.get(record_type, {}).get(field, LONGEST_TEXT)


def merged_value_problems(
    record_type: str, field: str, value: object, local: object, remote: object
) -> list[FieldProblem]:
    """Problems with the value chosen for a sync conflict: one side's value as it is, or (where both
    sides are texts) a text merged by hand, which is held to the field's bound like any typing."""
    if value in (local, remote):
        return []
    if not (isinstance(value, str) and isinstance(local, str) and isinstance(remote, str)):
        return [FieldProblem(field, "invalid")]
    limit = text_bound(record_type, field)
    return [FieldProblem(field, "too_long", limit)] if len(value) > limit else []


def check_merged_value(record_type: str, field: str, value: object, local: object, remote: object) -> None:
    """``InvalidInput`` when ``merged_value_problems`` finds any."""
    problems = merged_value_problems(record_type, field, value, local, remote)
    if problems:
        raise InvalidInput(problems)


def check_draft(values: dict) -> None:
    """``InvalidInput`` when unsaved typing about to be kept is more than a full form holds (as JSON,
    the way it is stored)."""
    if len(json.dumps(values, ensure_ascii=False, default=str)) > DRAFT_CHARS_MAX:
        raise InvalidInput([FieldProblem("draft", "too_long", DRAFT_CHARS_MAX)])
