"""Reflection log and discretion records: append-only, searchable, logged; excerpts pseudonymised."""

from __future__ import annotations

from desktop.domain.reflection import (
    DiscretionDraft,
    ReflectionDraft,
    pseudonymise,
    validate_discretion,
    validate_reflection,
)
from desktop.errors import InvalidInput, NotFound
from desktop.services.base import VaultService
from desktop.storage import citizens, reflections, search_index
from desktop.storage.reflections import StoredReflection


class ReflectionService(VaultService):
    """The caseworker's reflections and records of discretion about one citizen."""

    def add_reflection(self, citizen_id: str, draft: ReflectionDraft) -> str:
        """Append a reflection (optionally linked to a meeting note)."""
        problems = validate_reflection(draft)
        if problems:
            raise InvalidInput(problems)
        with self._vault.transaction() as conn:
            self._require_citizen(conn, citizen_id)
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
            profile = citizens.get_citizen(conn, stored.citizen_id)
        names = [profile.draft.name] if profile else []
        cprs = [profile.draft.cpr] if profile and profile.draft.cpr else []
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
            record_id = reflections.insert_discretion(conn, citizen_id, draft)
            index_discretion(conn, citizen_id, record_id, draft)
            self._log(conn, "discretion.recorded", citizen_id, {"record": record_id})
        self._bus.publish("discretion", record_id)
        return record_id

    def discretion_records(self, citizen_id: str) -> list[tuple[str, DiscretionDraft, str]]:
        """A citizen's discretion records, newest first."""
        with self._vault.engine.connect() as conn:
            return reflections.discretion_of(conn, citizen_id)

    @staticmethod
    def _require_citizen(conn, citizen_id: str) -> None:  # type: ignore[no-untyped-def]
        if citizens.get_citizen(conn, citizen_id) is None:
            raise NotFound(citizen_id)


def index_reflection(conn, citizen_id: str, reflection_id: str, draft: ReflectionDraft) -> None:  # type: ignore[no-untyped-def]
    body = "\n".join(v for v in draft.sections.values() if v.strip())
    search_index.replace_entry(conn, citizen_id, "reflection", reflection_id, "", body)


def index_discretion(conn, citizen_id: str, record_id: str, draft: DiscretionDraft) -> None:  # type: ignore[no-untyped-def]
    body = "\n".join((draft.facts, draft.considerations, draft.guidelines_in_conflict, draft.decision))
    search_index.replace_entry(conn, citizen_id, "discretion", record_id, "", body)
