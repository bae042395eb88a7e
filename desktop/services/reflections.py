"""Reflection log and discretion records: append-only, searchable, logged; excerpts pseudonymised."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Connection

from desktop.domain.reflection import (
    DiscretionDraft,
    ReflectionDraft,
    discretion_as_text,
    pseudonymise,
    reflection_as_text,
    validate_discretion,
    validate_reflection,
)
from desktop.errors import InvalidInput, NotFound
from desktop.services.base import VaultService
from desktop.storage.records import citizens, notes, reflections, search_index
from desktop.storage.records.reflections import StoredReflection


class ReflectionService(VaultService):
    """The caseworker's reflections and records of discretion about one citizen."""

    def add_reflection(self, citizen_id: str, draft: ReflectionDraft) -> str:
        """Append a reflection (optionally linked to a meeting note)."""
        problems = validate_reflection(draft)
        if problems:
            raise InvalidInput(problems)
        with self._vault.transaction() as conn:
            self._require_citizen(conn, citizen_id)
            self._require_note(conn, citizen_id, draft.note_id)
            reflection_id = reflections.insert_reflection(conn, citizen_id, draft)
            index_reflection(conn, citizen_id, reflection_id, draft)
            self._log(
                conn,
                "reflection.created",
                citizen_id,
                {"reflection": reflection_id, "phase": draft.phase, "model": draft.model},
            )
        self._bus.publish("reflection", reflection_id)
        return reflection_id

    def reflections(self, citizen_id: str) -> list[StoredReflection]:
        """A citizen's reflections, newest first."""
        with self._vault.engine.connect() as conn:
            return reflections.reflections_of(conn, citizen_id)

    def peer_excerpt(self, reflection_id: str) -> str:
        """The reflection with the citizen's names and CPR removed, to show before it is shared."""
        with self._vault.engine.connect() as conn:
            stored = reflections.get_reflection(conn, reflection_id)
            if stored is None:
                raise NotFound(reflection_id)
            names, cprs = self._identifying(conn, stored.citizen_id)
        text = "\n\n".join(v.strip() for v in stored.draft.sections.values() if v.strip())
        return pseudonymise(text, names, cprs)

    def excerpt_shared(self, reflection_id: str) -> None:
        """Record that a pseudonymised excerpt left the vault (copied to share with colleagues)."""
        with self._vault.transaction() as conn:
            stored = reflections.get_reflection(conn, reflection_id)
            if stored is None:
                raise NotFound(reflection_id)
            self._log(conn, "reflection.excerpt_shared", stored.citizen_id, {"reflection": reflection_id})

    def add_discretion(self, citizen_id: str, draft: DiscretionDraft) -> str:
        """Append a record of concrete discretion."""
        problems = validate_discretion(draft)
        if problems:
            raise InvalidInput(problems)
        with self._vault.transaction() as conn:
            self._require_citizen(conn, citizen_id)
            self._require_note(conn, citizen_id, draft.note_id)
            record_id = reflections.insert_discretion(conn, citizen_id, draft)
            index_discretion(conn, citizen_id, record_id, draft)
            self._log(conn, "discretion.recorded", citizen_id, {"record": record_id})
        self._bus.publish("discretion", record_id)
        return record_id

    def discretion_records(self, citizen_id: str) -> list[tuple[str, DiscretionDraft, str]]:
        """A citizen's discretion records, newest first."""
        with self._vault.engine.connect() as conn:
            return reflections.discretion_of(conn, citizen_id)

    def reflection_text(self, reflection_id: str) -> str:
        """A reflection as plain text for the official record ("copy as text"); the copy is logged."""
        with self._vault.transaction() as conn:
            stored = reflections.get_reflection(conn, reflection_id)
            if stored is None:
                raise NotFound(reflection_id)
            name, meeting = self._name_and_meeting(conn, stored.citizen_id, stored.draft.note_id)
            self._log(conn, "reflection.copied_as_text", stored.citizen_id, {"reflection": reflection_id})
        return reflection_as_text(stored.draft, name, _day(stored.created_at), meeting)

    def discretion_text(self, record_id: str) -> str:
        """A discretion record as plain text for the official record ("copy as text"); the copy is logged."""
        with self._vault.transaction() as conn:
            found = reflections.get_discretion(conn, record_id)
            if found is None:
                raise NotFound(record_id)
            citizen_id, record, created_at = found
            name, meeting = self._name_and_meeting(conn, citizen_id, record.note_id)
            self._log(conn, "discretion.copied_as_text", citizen_id, {"record": record_id})
        return discretion_as_text(record, name, _day(created_at), meeting)

    def note_excerpt(self, note_id: str) -> str:
        """What a meeting note says, with the citizen's names and CPR removed: the start of a reflection
        draft for peer reflection ("Lån et øre"), which the caseworker reads through and edits."""
        with self._vault.engine.connect() as conn:
            stored = notes.get_note(conn, note_id)
            if stored is None:
                raise NotFound(note_id)
            names, cprs = self._identifying(conn, stored.citizen_id)
        draft = stored.draft
        parts = [
            (title, body.strip())
            for title, body in (
                ("Dagsorden", draft.agenda),
                ("Referat", draft.account),
                ("Borgerens perspektiv", draft.citizen_view),
                ("Vurdering", draft.assessment),
            )
            if body.strip()
        ]
        text = "\n\n".join(f"{title}:\n{body}" for title, body in parts)
        return pseudonymise(text, names, cprs)

    @staticmethod
    def _require_citizen(conn: Connection, citizen_id: str) -> None:
        if citizens.get_citizen(conn, citizen_id) is None:
            raise NotFound(citizen_id)

    @staticmethod
    def _require_note(conn: Connection, citizen_id: str, note_id: str | None) -> None:
        """A reflection or record is linked only to a meeting note of the same citizen."""
        if note_id is None:
            return
        stored = notes.get_note(conn, note_id)
        if stored is None or stored.citizen_id != citizen_id:
            raise NotFound(note_id)

    @staticmethod
    def _identifying(conn: Connection, citizen_id: str) -> tuple[list[str], list[str]]:
        """The citizen's name and CPR number, which ``pseudonymise`` removes (none if the citizen is gone)."""
        profile = citizens.get_citizen(conn, citizen_id)
        names = [profile.draft.name] if profile else []
        cprs = [profile.draft.cpr] if profile and profile.draft.cpr else []
        return names, cprs

    @staticmethod
    def _name_and_meeting(conn: Connection, citizen_id: str, note_id: str | None) -> tuple[str, date | None]:
        profile = citizens.get_citizen(conn, citizen_id)
        stored = notes.get_note(conn, note_id) if note_id else None
        return (profile.draft.name if profile else ""), (stored.draft.held_on if stored else None)


def _day(created_at: str) -> date:
    """The local date of a time stamp."""
    return datetime.fromisoformat(created_at).astimezone().date()


def index_reflection(conn: Connection, citizen_id: str, reflection_id: str, draft: ReflectionDraft) -> None:
    search_index.replace_entry(conn, citizen_id, "reflection", reflection_id, "", reflection_text(draft))


def reflection_text(draft: ReflectionDraft) -> str:
    return "\n".join(v for v in draft.sections.values() if v.strip())


def index_discretion(conn: Connection, citizen_id: str, record_id: str, draft: DiscretionDraft) -> None:
    search_index.replace_entry(conn, citizen_id, "discretion", record_id, "", discretion_text(draft))


def discretion_text(draft: DiscretionDraft) -> str:
    return "\n".join((draft.facts, draft.considerations, draft.guidelines_in_conflict, draft.decision))
