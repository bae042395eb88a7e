"""Reads and writes of goals, their revisions and activities (inside the caller's transaction)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.goals import ActivityDraft, GoalDraft
from desktop.domain.notes import FollowUp
from desktop.storage.records.bulk import select_in
from desktop.storage.records.child_rows import replace_children
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.columns import column_list, column_names, insert_sql, update_sql
from desktop.storage.records.stored_tables import Activity, Goal, GoalRevision
from desktop.storage.vault.codec import stored_date

# A goal's stored fields are its draft's, less the activities (rows of ``activity``); a goal keeps its
# parent when it is revised.
_GOAL_FIELDS = [f.name for f in fields(GoalDraft) if f.name != "activities"]
_TEXT_FIELDS = ("text", "trade_or_function", "citizen_wording")  # stored trimmed
_INSERT_GOAL = insert_sql(
    Goal, ["id", "citizen_id", *_GOAL_FIELDS, "status_since", "created_at", "updated_at"]
)
_UPDATE_GOAL = update_sql(
    Goal, [*(n for n in _GOAL_FIELDS if n != "parent_id"), "status_since", "updated_at"]
)
_INSERT_REVISION = insert_sql(GoalRevision, column_names(GoalRevision))
_GOAL_COLUMNS = column_list(Goal, ["id", "citizen_id", *_GOAL_FIELDS, "status_since", "created_at"])
_ACTIVITY_FIELDS = [f.name for f in fields(ActivityDraft)]
_ACTIVITY_COLUMNS = column_list(Activity, ["goal_id", *_ACTIVITY_FIELDS])


@dataclass(frozen=True)
class StoredGoal:
    """A goal as stored."""

    id: str
    citizen_id: str
    draft: GoalDraft
    status_since: str
    created_at: str


@dataclass(frozen=True)
class Revision:
    """What a goal was before a change."""

    snapshot: dict
    reason: str
    revised_at: str


def insert_goal(conn: Connection, citizen_id: str, draft: GoalDraft) -> str:
    """Store a new goal with its activities."""
    goal_id = str(uuid.uuid4())
    stamp = now_iso()
    conn.execute(
        _INSERT_GOAL,
        _params(draft)
        | {
            "id": goal_id,
            "citizen_id": citizen_id,
            "status_since": stamp,
            "created_at": stamp,
            "updated_at": stamp,
        },
    )
    _replace_activities(conn, goal_id, draft.activities)
    return goal_id


def update_goal(conn: Connection, goal_id: str, before: StoredGoal, draft: GoalDraft, reason: str) -> None:
    """Keep the old version as a revision, then store the new one."""
    stamp = now_iso()
    conn.execute(
        _INSERT_REVISION,
        {
            "id": str(uuid.uuid4()),
            "goal_id": goal_id,
            "snapshot": json.dumps(asdict(before.draft), ensure_ascii=False, default=str),
            "reason": reason,
            "revised_at": stamp,
        },
    )
    status_since = stamp if draft.status != before.draft.status else before.status_since
    conn.execute(
        _UPDATE_GOAL, _params(draft) | {"id": goal_id, "status_since": status_since, "updated_at": stamp}
    )
    _replace_activities(conn, goal_id, draft.activities)


def get_goal(conn: Connection, goal_id: str) -> StoredGoal | None:
    """One goal with its activities."""
    found = get_goals(conn, [goal_id])
    return found[0] if found else None


def get_goals(conn: Connection, goal_ids: list[str]) -> list[StoredGoal]:
    """The goals (not deleted) among ``goal_ids``, with their activities, read in two queries."""
    rows = list(
        select_in(
            conn,
            f"SELECT {_GOAL_COLUMNS} FROM goal WHERE id IN ({{in}}) AND deleted_at IS NULL",  # noqa: S608
            goal_ids,
        )
    )
    return _stored(conn, rows)


def goals_of(conn: Connection, citizen_id: str) -> list[StoredGoal]:
    """Every goal and sub-goal of a citizen, oldest first (sub-goals after their goal in the caller)."""
    rows = conn.execute(
        text(
            f"SELECT {_GOAL_COLUMNS} FROM goal WHERE citizen_id = :id AND deleted_at IS NULL "  # noqa: S608
            "ORDER BY created_at"
        ),
        {"id": citizen_id},
    ).all()
    return _stored(conn, rows)


def revisions(conn: Connection, goal_id: str) -> list[Revision]:
    """The earlier versions of a goal, newest first."""
    rows = conn.execute(
        text(
            "SELECT snapshot, reason, revised_at FROM goal_revision WHERE goal_id = :id ORDER BY revised_at DESC"
        ),
        {"id": goal_id},
    )
    return [Revision(json.loads(r[0]), r[1], r[2]) for r in rows]


def _params(draft: GoalDraft) -> dict:
    params = {name: getattr(draft, name) for name in _GOAL_FIELDS}
    return params | {name: params[name].strip() for name in _TEXT_FIELDS}


def _stored(conn: Connection, rows: Sequence[Sequence[Any]]) -> list[StoredGoal]:
    """Goal rows as stored goals; the activities of all of them in one query, not one per goal."""
    activities = _activities(conn, [row[0] for row in rows])
    last = 2 + len(_GOAL_FIELDS)
    return [
        StoredGoal(
            row[0],
            row[1],
            GoalDraft(
                **dict(zip(_GOAL_FIELDS, row[2:last], strict=True)), activities=activities.get(row[0], [])
            ),
            row[last],
            row[last + 1],
        )
        for row in rows
    ]


def _replace_activities(conn: Connection, goal_id: str, activities: list[ActivityDraft]) -> None:
    """Store the goal's activities; one already followed up stays so when the goal is revised."""
    followed = {
        (r[0], r[1]): r[2]
        for r in conn.execute(
            text(
                "SELECT what, ends_on, followed_up_at FROM activity "
                "WHERE goal_id = :id AND followed_up_at IS NOT NULL"
            ),
            {"id": goal_id},
        )
    }
    rows = []
    for index, a in enumerate(activities):
        ends_on = a.ends_on.isoformat() if a.ends_on else None
        rows.append(
            {
                "position": index,
                "what": a.what.strip(),
                "actor": a.actor,
                "actor_name": a.actor_name.strip(),
                "starts_on": a.starts_on.isoformat() if a.starts_on else None,
                "ends_on": ends_on,
                "hours_per_week": a.hours_per_week,
                "outcome": a.outcome.strip(),
                "followed_up_at": followed.get((a.what.strip(), ends_on)),
            }
        )
    replace_children(conn, "activity", "goal_id", goal_id, rows)


def activity_follow_ups(conn: Connection, until: date, citizen_id: str | None = None) -> list[FollowUp]:
    """Activities of active goals that end by ``until`` and have neither an outcome nor a follow-up (of one
    citizen, when given)."""
    # One citizen's are read through their goals (``ix_goal_citizen_id``); written as
    # "(:citizen IS NULL OR g.citizen_id = :citizen)" the query scanned every activity in the vault
    # (35 of the 43 ms opening a citizen took at 1,000,000 notes).
    of_one = "AND g.citizen_id = :citizen " if citizen_id is not None else ""
    rows = conn.execute(
        text(
            "SELECT a.id, g.citizen_id, c.name, g.id, a.what, a.actor, a.actor_name, a.ends_on "  # noqa: S608 (a constant)
            "FROM activity a JOIN goal g ON g.id = a.goal_id JOIN citizen c ON c.id = g.citizen_id "
            "WHERE a.ends_on IS NOT NULL AND a.ends_on <= :until AND a.followed_up_at IS NULL "
            "AND a.outcome = '' AND g.status = 'active' AND g.deleted_at IS NULL AND c.deleted_at IS NULL "
            f"{of_one}ORDER BY a.ends_on, c.name"
        ),
        {"until": until.isoformat(), "citizen": citizen_id},
    )
    return [
        FollowUp(r[0], r[1], r[2], r[3], r[4], r[6] or r[5], date.fromisoformat(r[7]), kind="activity")
        for r in rows
    ]


def mark_activity_followed_up(conn: Connection, activity_id: str) -> str | None:
    """Mark an activity's end as followed up; returns its citizen id (``None`` if there is none)."""
    row = conn.execute(
        text("SELECT g.citizen_id FROM activity a JOIN goal g ON g.id = a.goal_id WHERE a.id = :id"),
        {"id": activity_id},
    ).first()
    if row is None:
        return None
    conn.execute(
        text("UPDATE activity SET followed_up_at = :now WHERE id = :id"),
        {"now": now_iso(), "id": activity_id},
    )
    return row[0]


def _activities(conn: Connection, goal_ids: list[str]) -> dict[str, list[ActivityDraft]]:
    """The activities of each of ``goal_ids``, in their order."""
    found: dict[str, list[ActivityDraft]] = {}
    for goal_id, *stored in select_in(
        conn,
        f"SELECT {_ACTIVITY_COLUMNS} FROM activity WHERE goal_id IN ({{in}}) ORDER BY goal_id, position",  # noqa: S608
        goal_ids,
    ):
        values = dict(zip(_ACTIVITY_FIELDS, stored, strict=True))
        values["starts_on"], values["ends_on"] = (
            stored_date(values["starts_on"]),
            stored_date(values["ends_on"]),
        )
        found.setdefault(goal_id, []).append(ActivityDraft(**values))
    return found
