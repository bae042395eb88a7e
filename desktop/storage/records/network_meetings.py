"""Reads and writes of network meetings and their decisions (inside the caller's transaction).

A meeting is an entry (append-only); its decisions are follow-ups, so each may later be marked done.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Connection, text

from desktop.domain.network_meeting import DecisionDraft, NetworkMeetingDraft
from desktop.domain.notes import FollowUp
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.columns import column_names, insert_sql, select_sql
from desktop.storage.records.stored_tables import NetworkDecision, NetworkMeeting
from desktop.storage.vault.codec import stored_date

FOLLOW_UP_KIND = "network_decision"


@dataclass(frozen=True)
class StoredDecision:
    """A decision as stored, with when it was marked done."""

    id: str
    draft: DecisionDraft
    done_at: str | None


@dataclass(frozen=True)
class StoredNetworkMeeting:
    """A network meeting as stored."""

    id: str
    citizen_id: str
    draft: NetworkMeetingDraft
    decisions: list[StoredDecision]
    created_at: str


# A meeting is written whole (a deletion comes later); a decision is not done when it is made.
_INSERT_MEETING = insert_sql(NetworkMeeting, column_names(NetworkMeeting, without=["deleted_at"]))
_INSERT_DECISION = insert_sql(NetworkDecision, column_names(NetworkDecision, without=["done_at"]))
_DECISIONS_OF = text(
    select_sql(NetworkDecision, ["id", "meeting_id", *(f.name for f in fields(DecisionDraft)), "done_at"])
    + " WHERE citizen_id = :id ORDER BY meeting_id, position"
)
_MEETINGS_OF = text(
    select_sql(NetworkMeeting, column_names(NetworkMeeting, without=["deleted_at"]))
    + " WHERE citizen_id = :id AND deleted_at IS NULL ORDER BY held_on DESC, created_at DESC"
)


def insert_meeting(conn: Connection, citizen_id: str, draft: NetworkMeetingDraft) -> str:
    """Store a meeting and its decisions; returns the meeting's id."""
    meeting_id, stamp = str(uuid.uuid4()), now_iso()
    conn.execute(
        _INSERT_MEETING,
        {
            "id": meeting_id,
            "citizen_id": citizen_id,
            "held_on": draft.held_on.isoformat(),
            "actor_ids": json.dumps(draft.actor_ids),
            "citizen_attended": draft.citizen_attended,
            "caseworker": draft.caseworker,
            "discussed": draft.discussed,
            "created_at": stamp,
        },
    )
    for position, decision in enumerate(draft.decisions):
        conn.execute(
            _INSERT_DECISION,
            {
                "id": str(uuid.uuid4()),
                "citizen_id": citizen_id,
                "meeting_id": meeting_id,
                "position": position,
                "what": decision.what,
                "who": decision.who,
                "due_on": decision.due_on.isoformat() if decision.due_on else None,
                "created_at": stamp,
                "updated_at": stamp,
            },
        )
    return meeting_id


def meetings_of(conn: Connection, citizen_id: str) -> list[StoredNetworkMeeting]:
    """A citizen's network meetings, newest first, each with its decisions in order."""
    decisions: dict[str, list[StoredDecision]] = {}
    for r in conn.execute(
        _DECISIONS_OF,
        {"id": citizen_id},
    ):
        decisions.setdefault(r[1], []).append(
            StoredDecision(r[0], DecisionDraft(r[2], r[3], stored_date(r[4])), r[5])
        )
    rows = conn.execute(
        _MEETINGS_OF,
        {"id": citizen_id},
    )
    meetings = []
    for r in rows:
        mine = decisions.get(r[0], [])
        draft = NetworkMeetingDraft(
            date.fromisoformat(r[2]), json.loads(r[3]), bool(r[4]), r[5], r[6], [d.draft for d in mine]
        )
        meetings.append(StoredNetworkMeeting(r[0], r[1], draft, mine, r[7]))
    return meetings


def decision_follow_ups(conn: Connection, until: date) -> list[FollowUp]:
    """Open decisions of network meetings due on or before ``until`` across the caseload."""
    rows = conn.execute(
        text(
            "SELECT d.id, d.citizen_id, c.name, d.meeting_id, d.what, d.who, d.due_on FROM network_decision d "
            "JOIN citizen c ON c.id = d.citizen_id JOIN network_meeting m ON m.id = d.meeting_id "
            "WHERE d.done_at IS NULL AND d.due_on IS NOT NULL AND d.due_on <= :until "
            "AND c.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY d.due_on, c.name"
        ),
        {"until": until.isoformat()},
    )
    return [
        FollowUp(r[0], r[1], r[2], r[3], r[4], r[5], date.fromisoformat(r[6]), kind=FOLLOW_UP_KIND)
        for r in rows
    ]


def mark_decision_done(conn: Connection, decision_id: str) -> str | None:
    """Mark a decision done; returns its citizen id (``None`` if there is no such decision)."""
    row = conn.execute(
        text("SELECT citizen_id FROM network_decision WHERE id = :id"), {"id": decision_id}
    ).first()
    if row is None:
        return None
    stamp = now_iso()
    conn.execute(
        text("UPDATE network_decision SET done_at = :now, updated_at = :now WHERE id = :id"),
        {"now": stamp, "id": decision_id},
    )
    return row[0]
