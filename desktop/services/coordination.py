"""Coordination use cases: actors, consents and the contact log. One transaction and one audit event each."""

from __future__ import annotations

from datetime import date

from desktop.domain.coordination import (
    ActorDraft,
    Consent,
    ConsentDraft,
    ContactDraft,
    covering_consent,
    validate_actor,
    validate_consent,
    validate_contact,
)
from desktop.errors import ConsentMissing, InvalidInput, NotFound
from desktop.services.base import VaultService
from desktop.services.changes import ChangeBus
from desktop.services.vault_session import VaultSession
from desktop.storage import citizens, coordination
from desktop.storage.coordination import StoredActor, StoredContact


class CoordinationService(VaultService):
    """The actors around each citizen, the consents contacts rest on, and the contact log."""

    def __init__(self, session: VaultSession, bus: ChangeBus, today=date.today) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, bus)
        self._today = today

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
        self, citizen_id: str, draft: ContactDraft, go_ahead_without_consent: bool = False
    ) -> str:
        """Log a contact. Sharing information that no valid consent covers raises ``ConsentMissing``
        unless the caseworker chose to go ahead; that choice is stored with the entry and logged."""
        _raise_if(validate_contact(draft, self._today()))
        with self._vault.transaction() as conn:
            actor = self._actor(conn, draft.actor_id)
            if actor.citizen_id != citizen_id:
                raise NotFound(draft.actor_id)
            consent = covering_consent(coordination.consents_of(conn, citizen_id), draft)
            without = bool(draft.shared.strip()) and consent is None
            if without and not go_ahead_without_consent:
                raise ConsentMissing()
            contact_id = coordination.insert_contact(
                conn, citizen_id, draft, consent.id if consent else None, without
            )
            detail = {
                "contact": contact_id,
                "actor": draft.actor_id,
                "role": actor.draft.role,
                "channel": draft.channel,
            }
            self._log(
                conn, "contact.logged_without_consent" if without else "contact.logged", citizen_id, detail
            )
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

    @staticmethod
    def _actor(conn, actor_id: str) -> StoredActor:  # type: ignore[no-untyped-def]
        actor = coordination.get_actor(conn, actor_id)
        if actor is None:
            raise NotFound(actor_id)
        return actor


def _raise_if(problems: list) -> None:
    if problems:
        raise InvalidInput(problems)
