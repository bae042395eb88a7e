"""What an access-log event was about, as safe codes and facts (never the text of a record).

An event's stored detail holds ids and codes (``{"note": id}``, ``{"consent": id, "form": "written"}``),
written when it happened and covered by the log's MAC chain. ``about`` turns it into what a reader
needs: the date of the note, the role and organisation of the actor a consent was given to, the kind
of document handed out. Ids are looked up in ``Subjects`` (read from the records that still exist),
so an event written before a detail was added still says what can be derived; a code the event
already holds wins over a looked-up one (the actor's role when the consent was given, say).

The keys of the result, in the order they are shown, are ``ABOUT_KEYS``; the Danish export and the
program's log table each turn every key into words from their own table (``reports.access_words``,
``views.models.access_log_model``). A new kind of event needs at most a line in ``_LOOKUPS``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# What ``about`` may return, in the order a reader gets it.
ABOUT_KEYS = (
    "document",
    "format",
    "charts",
    "fields",
    "note_on",
    "corrects_on",
    "status",
    "goal_kind",
    "role",
    "organisation",
    "form",
    "channel",
    "phase",
    "model",
    "scale",
    "rater",
    "follow_up",
    "to_caseworker",
)


@dataclass(frozen=True)
class Subjects:
    """The records an event may point at, by id: only what ``about`` shows (dates, codes, the name
    of an organisation), read from the records that still exist."""

    notes: dict[str, dict[str, Any]] = field(default_factory=dict)  # held_on, corrects_id
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)  # role, organisation
    consents: dict[str, dict[str, Any]] = field(default_factory=dict)  # actor_id, form
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)  # actor_id, channel
    goals: dict[str, dict[str, Any]] = field(default_factory=dict)  # kind
    reflections: dict[str, dict[str, Any]] = field(default_factory=dict)  # phase, model
    handovers: dict[str, dict[str, Any]] = field(default_factory=dict)  # to_caseworker


# Codes the event holds itself, under the key ``about`` gives them.
_OWN = {
    "document": "document",
    "format": "format",
    "charts": "charts",
    "fields": "fields",
    "status": "status",
    "role": "role",
    "form": "form",
    "channel": "channel",
    "phase": "phase",
    "model": "model",
    "scale": "scale",
    "rater": "rater",
    "kind": "goal_kind",
}
_FOLLOW_UP_KINDS = ("agreement", "activity", "consent")


def about(action: str, detail: dict[str, Any], subjects: Subjects) -> dict[str, Any]:
    """What the event was about, keys from ``ABOUT_KEYS`` (empty values left out)."""
    found: dict[str, Any] = {}
    if action == "followup.done":  # the detail's key names the kind: {"agreement": id}
        kind = next((k for k in _FOLLOW_UP_KINDS if k in detail), None)
        if kind:
            found["follow_up"] = kind
        detail = {k: v for k, v in detail.items() if k not in _FOLLOW_UP_KINDS}
    note = subjects.notes.get(str(detail.get("note", "")), {})
    if note:
        found["note_on"] = note.get("held_on")
        corrected = subjects.notes.get(str(detail.get("corrects") or note.get("corrects_id") or ""), {})
        if corrected and action == "note.corrected":
            found["corrects_on"] = corrected.get("held_on")
    consent = subjects.consents.get(str(detail.get("consent", "")), {})
    contact = subjects.contacts.get(str(detail.get("contact", "")), {})
    actor_id = detail.get("actor") or consent.get("actor_id") or contact.get("actor_id")
    actor = subjects.actors.get(str(actor_id or ""), {})
    goal = subjects.goals.get(str(detail.get("goal", "")), {})
    reflection = subjects.reflections.get(str(detail.get("reflection", "")), {})
    handover = subjects.handovers.get(str(detail.get("handover", "")), {})
    derived = {
        "role": actor.get("role"),
        "organisation": actor.get("organisation"),
        "form": consent.get("form"),
        "channel": contact.get("channel"),
        "goal_kind": goal.get("kind"),
        "phase": reflection.get("phase"),
        "model": reflection.get("model"),
        "to_caseworker": handover.get("to_caseworker"),
    }
    for key, value in derived.items():
        if value:
            found[key] = value
    for stored, key in _OWN.items():  # what the event holds wins: it is what was true then
        value = detail.get(stored)
        if value not in (None, "", []):
            found[key] = value
    if action == "note.filed":  # the action says it was filed
        found.pop("status", None)
    if not found.get("charts"):  # "no charts" is not worth a word
        found.pop("charts", None)
    return {key: found[key] for key in ABOUT_KEYS if found.get(key) not in (None, "", [])}
