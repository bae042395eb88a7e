"""Reads and writes of actors, consents and the contact log (inside the caller's transaction)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.coordination import ActorDraft, Consent, ConsentDraft, ContactDraft
from desktop.domain.notes import FollowUp
from desktop.storage.records import stored_tables as tables
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.columns import column_names, insert_sql, select_sql, update_sql
from desktop.storage.vault.codec import stored_date


@dataclass(frozen=True)
class StoredActor:
    """An actor as stored."""

    id: str
    citizen_id: str
    draft: ActorDraft


@dataclass(frozen=True)
class StoredContact:
    """A contact log entry as stored."""

    id: str
    citizen_id: str
    draft: ContactDraft
    consent_id: str | None
    without_consent: bool
    created_at: str
    without_consent_kind: str = ""  # WithoutConsent: on another legal basis, or already shared
    without_consent_reason: str = ""


_ACTOR_FIELDS = [f.name for f in fields(ActorDraft)]
_CONSENT_FIELDS = [f.name for f in fields(ConsentDraft)]
_INSERT_ACTOR = insert_sql(tables.Actor, column_names(tables.Actor, without=["deleted_at"]))
_UPDATE_ACTOR = update_sql(tables.Actor, [*_ACTOR_FIELDS, "updated_at"])
_READ_ACTORS = select_sql(tables.Actor, ["id", "citizen_id", *_ACTOR_FIELDS])
_GET_ACTOR = text(_READ_ACTORS + " WHERE id = :id AND deleted_at IS NULL")
_ACTORS_OF = text(
    _READ_ACTORS + " WHERE citizen_id = :id AND deleted_at IS NULL ORDER BY role, organisation, person"
)
# A consent is given whole; its withdrawal and the follow-up of its expiry come later.
_INSERT_CONSENT = insert_sql(
    tables.Consent, column_names(tables.Consent, without=["withdrawn_on", "expiry_followed_up_at"])
)
_READ_CONSENTS = select_sql(tables.Consent, ["id", "citizen_id", *_CONSENT_FIELDS, "withdrawn_on"])
_CONSENTS_OF = text(_READ_CONSENTS + " WHERE citizen_id = :id ORDER BY given_on DESC")
_GET_CONSENT = text(_READ_CONSENTS + " WHERE id = :id")
_INSERT_CONTACT = insert_sql(tables.ContactLog, column_names(tables.ContactLog))
_CONTACTS_OF = text(
    select_sql(
        tables.ContactLog,
        [
            "id",
            "citizen_id",
            *(f.name for f in fields(ContactDraft)),
            "consent_id",
            "without_consent",
            "created_at",
            "without_consent_kind",
            "without_consent_reason",
        ],
    )
    + " WHERE citizen_id = :id AND (:actor IS NULL OR actor_id = :actor) ORDER BY contacted_on DESC, created_at DESC"
)


def insert_actor(conn: Connection, citizen_id: str, draft: ActorDraft) -> str:
    actor_id, stamp = str(uuid.uuid4()), now_iso()
    conn.execute(
        _INSERT_ACTOR,
        asdict(draft) | {"id": actor_id, "citizen_id": citizen_id, "created_at": stamp, "updated_at": stamp},
    )
    return actor_id


def update_actor(conn: Connection, actor_id: str, draft: ActorDraft) -> None:
    conn.execute(
        _UPDATE_ACTOR,
        asdict(draft) | {"id": actor_id, "updated_at": now_iso()},
    )


def get_actor(conn: Connection, actor_id: str) -> StoredActor | None:
    row = conn.execute(
        _GET_ACTOR,
        {"id": actor_id},
    ).first()
    return StoredActor(row[0], row[1], ActorDraft(*row[2:])) if row else None


def actors_of(conn: Connection, citizen_id: str) -> list[StoredActor]:
    rows = conn.execute(
        _ACTORS_OF,
        {"id": citizen_id},
    )
    return [StoredActor(r[0], r[1], ActorDraft(*r[2:])) for r in rows]


def insert_consent(conn: Connection, citizen_id: str, draft: ConsentDraft) -> str:
    consent_id, stamp = str(uuid.uuid4()), now_iso()
    values = asdict(draft) | {
        "id": consent_id,
        "citizen_id": citizen_id,
        "given_on": draft.given_on.isoformat(),
        "expires_on": draft.expires_on.isoformat() if draft.expires_on else None,
        "created_at": stamp,
        "updated_at": stamp,
    }
    conn.execute(_INSERT_CONSENT, values)
    return consent_id


def withdraw_consent(conn: Connection, consent_id: str, on: date) -> str | None:
    """Mark a consent withdrawn from ``on``; returns its citizen id (``None`` if there is none)."""
    row = conn.execute(text("SELECT citizen_id FROM consent WHERE id = :id"), {"id": consent_id}).first()
    if row is None:
        return None
    conn.execute(
        text("UPDATE consent SET withdrawn_on = :on, updated_at = :now WHERE id = :id"),
        {"on": on.isoformat(), "now": now_iso(), "id": consent_id},
    )
    return row[0]


def _consent(row: Sequence[Any]) -> Consent:
    values = dict(zip(_CONSENT_FIELDS, row[2:-1], strict=True))
    values["given_on"] = date.fromisoformat(values["given_on"])
    values["expires_on"] = stored_date(values["expires_on"])
    return Consent(row[0], row[1], ConsentDraft(**values), stored_date(row[-1]))


def consents_of(conn: Connection, citizen_id: str) -> list[Consent]:
    rows = conn.execute(
        _CONSENTS_OF,
        {"id": citizen_id},
    )
    return [_consent(r) for r in rows]


def get_consent(conn: Connection, consent_id: str) -> Consent | None:
    row = conn.execute(
        _GET_CONSENT,
        {"id": consent_id},
    ).first()
    return _consent(row) if row else None


def expiring_consents(conn: Connection, until: date) -> list[FollowUp]:
    """Consents in force that expire by ``until`` and whose expiry has not been followed up."""
    rows = conn.execute(
        text(
            "SELECT k.id, k.citizen_id, c.name, k.actor_id, k.information, a.organisation, k.expires_on "
            "FROM consent k JOIN citizen c ON c.id = k.citizen_id JOIN actor a ON a.id = k.actor_id "
            "WHERE k.expires_on IS NOT NULL AND k.expires_on <= :until AND k.withdrawn_on IS NULL "
            "AND k.expiry_followed_up_at IS NULL AND c.deleted_at IS NULL AND a.deleted_at IS NULL "
            "ORDER BY k.expires_on, c.name"
        ),
        {"until": until.isoformat()},
    )
    return [
        FollowUp(r[0], r[1], r[2], r[3], r[4], r[5], date.fromisoformat(r[6]), kind="consent") for r in rows
    ]


def mark_expiry_followed_up(conn: Connection, consent_id: str) -> str | None:
    """Mark a consent's expiry as dealt with; returns its citizen id (``None`` if there is none)."""
    row = conn.execute(text("SELECT citizen_id FROM consent WHERE id = :id"), {"id": consent_id}).first()
    if row is None:
        return None
    conn.execute(
        text("UPDATE consent SET expiry_followed_up_at = :now WHERE id = :id"),
        {"now": now_iso(), "id": consent_id},
    )
    return row[0]


def insert_contact(
    conn: Connection,
    citizen_id: str,
    draft: ContactDraft,
    consent_id: str | None,
    without_consent: bool,
    kind: str = "",
    reason: str = "",
) -> str:
    """Append a contact; ``kind`` and ``reason`` say why information flowed without consent."""
    contact_id = str(uuid.uuid4())
    conn.execute(
        _INSERT_CONTACT,
        asdict(draft)
        | {
            "id": contact_id,
            "citizen_id": citizen_id,
            "contacted_on": draft.contacted_on.isoformat(),
            "consent_id": consent_id,
            "without_consent": without_consent,
            "without_consent_kind": kind,
            "without_consent_reason": reason,
            "created_at": now_iso(),
        },
    )
    return contact_id


def contacts_of(conn: Connection, citizen_id: str, actor_id: str | None = None) -> list[StoredContact]:
    """A citizen's contact log (of one actor, when given), newest first."""
    rows = conn.execute(
        _CONTACTS_OF,
        {"id": citizen_id, "actor": actor_id},
    )
    return [
        StoredContact(
            r[0],
            r[1],
            ContactDraft(r[2], date.fromisoformat(r[3]), r[4], r[5], r[6], r[7]),
            r[8],
            bool(r[9]),
            r[10],
            r[11],
            r[12],
        )
        for r in rows
    ]
