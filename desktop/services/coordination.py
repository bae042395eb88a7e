"""Coordination use cases: actors, consents, the contact log and network meetings. One transaction and one
audit event each."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection

from desktop.domain.coordination import (
    REASON_MAX,
    ActorDraft,
    Consent,
    ConsentDraft,
    ContactDraft,
    WithoutConsent,
    covering_consent,
    validate_actor,
    validate_consent,
    validate_contact,
)
from desktop.domain.network_meeting import NetworkMeetingDraft, validate_network_meeting
from desktop.domain.validation import FieldProblem
from desktop.errors import ConsentMissing, InvalidInput, NotFound
from desktop.services.base import VaultService
from desktop.storage.records import citizens, coordination, network_meetings
from desktop.storage.records.coordination import StoredActor, StoredContact
from desktop.storage.records.network_meetings import StoredNetworkMeeting


class CoordinationService(VaultService):
    """The actors around each citizen, the consents contacts rest on, and the contact log."""

    # -- actors -----------------------------------------------------------------------------------

    def add_actor(self, citizen_id: str, draft: ActorDraft) -> str:
        """Add someone to the citizen's network."""
        _raise_if(validate_actor(draft))
        with self._vault.transaction() as conn:
            if citizens.get_citizen(conn, citizen_id) is None:
                raise NotFound(citizen_id)
            actor_id = coordination.insert_actor(conn, citizen_id, draft)
            self._log(conn, "actor.added", citizen_id, {"actor": actor_id, "role": draft.role})
        self._bus.publish("actor", actor_id)
        return actor_id

    def update_actor(self, actor_id: str, draft: ActorDraft) -> None:
        """Change an actor's details."""
        _raise_if(validate_actor(draft))
        with self._vault.transaction() as conn:
            actor = self._actor(conn, actor_id)
            coordination.update_actor(conn, actor_id, draft)
            self._log(conn, "actor.updated", actor.citizen_id, {"actor": actor_id, "role": draft.role})
        self._bus.publish("actor", actor_id)

    def actors(self, citizen_id: str) -> list[StoredActor]:
        """The citizen's actors, by role."""
        with self._vault.engine.connect() as conn:
            return coordination.actors_of(conn, citizen_id)

    # -- consents ---------------------------------------------------------------------------------

    def record_consent(self, citizen_id: str, draft: ConsentDraft) -> str:
        """Record a specific consent; a generic one is refused (``InvalidInput`` with code ``generic``)."""
        _raise_if(validate_consent(draft, self._today()))
        with self._vault.transaction() as conn:
            actor = self._actor(conn, draft.actor_id)
            if actor.citizen_id != citizen_id:
                raise NotFound(draft.actor_id)
            consent_id = coordination.insert_consent(conn, citizen_id, draft)
            self._log(
                conn,
                "consent.recorded",
                citizen_id,
                {
                    "consent": consent_id,
                    "actor": draft.actor_id,
                    "role": actor.draft.role,
                    "form": draft.form,
                },
            )
        self._bus.publish("consent", consent_id)
        return consent_id

    def withdraw_consent(self, consent_id: str, on: date | None = None) -> None:
        """Withdraw a consent from ``on`` (today by default); it no longer covers contacts from then."""
        with self._vault.transaction() as conn:
            citizen_id = coordination.withdraw_consent(conn, consent_id, on or self._today())
            if citizen_id is None:
                raise NotFound(consent_id)
            self._log(conn, "consent.withdrawn", citizen_id, {"consent": consent_id})
        self._bus.publish("consent", consent_id)

    def consents(self, citizen_id: str) -> list[Consent]:
        """The citizen's consents, newest first, withdrawn and expired ones included."""
        with self._vault.engine.connect() as conn:
            return coordination.consents_of(conn, citizen_id)

    # -- contact log ------------------------------------------------------------------------------

    def consent_for(self, citizen_id: str, draft: ContactDraft) -> Consent | None:
        """The consent that would cover this contact's sharing, if any (to warn before saving)."""
        return covering_consent(self.consents(citizen_id), draft)

    def log_contact(
        self,
        citizen_id: str,
        draft: ContactDraft,
        go_ahead_without_consent: bool = False,
        already_shared_reason: str | None = None,
    ) -> str:
        """Log a contact. Sharing information that no valid consent covers raises ``ConsentMissing``
        unless the caseworker chose to go ahead on another legal basis, or says it had already been
        shared (``already_shared_reason``, required then: the truth is recorded, flagged, with why);
        either choice is stored with the entry and logged."""
        problems = validate_contact(draft, self._today())
        if already_shared_reason is not None:
            problems += _reason_problems(already_shared_reason)
        _raise_if(problems)
        with self._vault.transaction() as conn:
            actor = self._actor(conn, draft.actor_id)
            if actor.citizen_id != citizen_id:
                raise NotFound(draft.actor_id)
            consent = covering_consent(coordination.consents_of(conn, citizen_id), draft)
            without = bool(draft.shared.strip()) and consent is None
            already = without and already_shared_reason is not None
            if without and not (go_ahead_without_consent or already):
                raise ConsentMissing()
            kind = "" if not without else (WithoutConsent.ALREADY_SHARED if already else WithoutConsent.LAW)
            contact_id = coordination.insert_contact(
                conn,
                citizen_id,
                draft,
                consent.id if consent else None,
                without,
                str(kind),
                (already_shared_reason or "").strip() if already else "",
            )
            detail = {
                "contact": contact_id,
                "actor": draft.actor_id,
                "role": actor.draft.role,
                "channel": draft.channel,
            }
            action = "contact.logged"
            if without:
                action = "contact.logged_already_shared" if already else "contact.logged_without_consent"
            self._log(conn, action, citizen_id, detail)
        self._bus.publish("contact", contact_id)
        return contact_id

    def decline_sharing(self, citizen_id: str, actor_id: str) -> None:
        """Record that the caseworker, warned that no consent covered it, chose not to share."""
        with self._vault.transaction() as conn:
            actor = self._actor(conn, actor_id)
            if actor.citizen_id != citizen_id:
                raise NotFound(actor_id)
            self._log(
                conn, "contact.sharing_declined", citizen_id, {"actor": actor_id, "role": actor.draft.role}
            )

    def contacts(self, citizen_id: str, actor_id: str | None = None) -> list[StoredContact]:
        """The contact log, newest first (one actor's, when given)."""
        with self._vault.engine.connect() as conn:
            return coordination.contacts_of(conn, citizen_id, actor_id)

    # -- network meetings -----------------------------------------------------------------------------

    def record_network_meeting(self, citizen_id: str, draft: NetworkMeetingDraft) -> str:
        """Store a network meeting; its decisions become follow-ups. Attendees must be the citizen's actors."""
        _raise_if(validate_network_meeting(draft, self._today()))
        with self._vault.transaction() as conn:
            if citizens.get_citizen(conn, citizen_id) is None:
                raise NotFound(citizen_id)
            mine = {a.id for a in coordination.actors_of(conn, citizen_id)}
            stranger = next((a for a in draft.actor_ids if a not in mine), None)
            if stranger is not None:
                raise NotFound(stranger)
            meeting_id = network_meetings.insert_meeting(conn, citizen_id, draft)
            detail = {"meeting": meeting_id, "decisions": len(draft.decisions)}
            self._log(conn, "network_meeting.recorded", citizen_id, detail)
        self._bus.publish("network_meeting", meeting_id)
        self._bus.publish("followup", meeting_id)
        return meeting_id

    def network_meetings(self, citizen_id: str) -> list[StoredNetworkMeeting]:
        """The citizen's network meetings, newest first, with their decisions."""
        with self._vault.engine.connect() as conn:
            return network_meetings.meetings_of(conn, citizen_id)

    @staticmethod
    def _actor(conn: Connection, actor_id: str) -> StoredActor:
        actor = coordination.get_actor(conn, actor_id)
        if actor is None:
            raise NotFound(actor_id)
        return actor


def _reason_problems(reason: str) -> list[FieldProblem]:
    if not reason.strip():
        return [FieldProblem("without_consent_reason", "required")]
    if len(reason) > REASON_MAX:
        return [FieldProblem("without_consent_reason", "too_long", REASON_MAX)]
    return []


def _raise_if(problems: list) -> None:
    if problems:
        raise InvalidInput(problems)
