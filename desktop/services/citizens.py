"""Citizen use cases: the caseload, a profile, its changes, and the access log the citizen may see.

Every method is one transaction that also appends its audit event, so a change and its log entry are
committed together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Connection

from desktop.domain.access_log import about
from desktop.domain.citizen import (
    FUNCTION_FIELDS,
    OWN_WORDS,
    AccessLogEntry,
    CaseloadRow,
    CaseloadUpdate,
    CaseStatus,
    CitizenDraft,
    CitizenProfile,
    Rater,
    changed_fields,
    validate_belief,
    validate_citizen,
    validate_handover,
)
from desktop.domain.text_bounds import check_draft
from desktop.errors import InvalidInput, NotFound
from desktop.services.base import VaultService
from desktop.storage.records import citizens, drafts, log_subjects, search_index
from desktop.storage.vault import audit

PROFILE_KIND = "profile"


class CitizenService(VaultService):
    """Reads and changes citizens in the open vault."""

    # -- reading -----------------------------------------------------------------------------------

    def caseload(self) -> list[CaseloadRow]:
        """Every citizen in the caseload (not logged: the list shows no more than a name and a masked CPR)."""
        with self._vault.engine.connect() as conn:
            return citizens.caseload(conn)

    def caseload_update(self, entity: str, ids: Sequence[str]) -> CaseloadUpdate:
        """The caseload rows a change of ``entity`` ("citizen" or "note") with these ids touched, read in
        one query: a save redraws its citizen's row instead of the whole list. Not logged,
        as ``caseload``."""
        with self._vault.engine.connect() as conn:
            if entity == "note":
                touched = sorted(citizens.citizens_of_notes(conn, ids))
            elif entity == "citizen":
                touched = sorted(set(ids))
            else:
                raise ValueError(entity)
            rows = citizens.caseload_rows(conn, touched) if touched else []
        present = {row.id for row in rows}
        return CaseloadUpdate(tuple(rows), tuple(i for i in touched if i not in present))

    def open_citizen(self, citizen_id: str) -> CitizenProfile:
        """The whole profile; logged as a view of the record."""
        with self._vault.transaction() as conn:
            profile = citizens.get_citizen(conn, citizen_id)
            if profile is None:
                raise NotFound(citizen_id)
            self._log(conn, "citizen.viewed", citizen_id=citizen_id)
        return profile

    def reveal_cpr(self, citizen_id: str) -> str:
        """The full CPR number; logged, because showing it is a disclosure in its own right."""
        with self._vault.transaction() as conn:
            profile = citizens.get_citizen(conn, citizen_id)
            if profile is None:
                raise NotFound(citizen_id)
            self._log(conn, "citizen.cpr_revealed", citizen_id=citizen_id)
        return profile.draft.cpr

    def copy_cpr(self, citizen_id: str) -> str:
        """The full CPR number for the clipboard; logged, as a copy discloses it like showing it does."""
        with self._vault.transaction() as conn:
            profile = citizens.get_citizen(conn, citizen_id)
            if profile is None:
                raise NotFound(citizen_id)
            self._log(conn, "citizen.cpr_copied", citizen_id=citizen_id)
        return profile.draft.cpr

    def record_export(self, citizen_id: str, document: str) -> None:
        """Log that something about the citizen was saved outside the vault (a picture, a chart)."""
        with self._vault.transaction() as conn:
            if citizens.get_citizen(conn, citizen_id) is None:
                raise NotFound(citizen_id)
            self._log(conn, "citizen.exported", citizen_id=citizen_id, detail={"document": document})

    def duplicates_of(self, cpr: str, excluding: str | None = None) -> list[tuple[str, str]]:
        """``(id, name)`` of other citizens with the same CPR (the caller warns; it is not refused)."""
        draft = CitizenDraft(name="x", cpr=cpr).normalised()
        if not draft.cpr:
            return []
        with self._vault.engine.connect() as conn:
            return citizens.find_by_cpr(conn, draft.cpr, excluding)

    def find(self, id_or_cpr: str) -> list[str]:
        """The ids of the citizens a person means by ``id_or_cpr`` (an id, or a CPR number)."""
        wanted = id_or_cpr.strip()
        with self._vault.engine.connect() as conn:
            if citizens.get_citizen(conn, wanted) is not None:
                return [wanted]
        cpr = CitizenDraft(name="x", cpr=wanted).normalised().cpr
        return [citizen_id for citizen_id, _name in self.duplicates_of(cpr)] if cpr else []

    def access_log(self, citizen_id: str) -> list[AccessLogEntry]:
        """Every logged event about this citizen, newest first."""
        with self._vault.engine.connect() as conn:
            records = audit.events_for_citizen(conn, citizen_id)
            subjects = log_subjects.subjects_about(conn, citizen_id)
        entries = []
        for record in records:
            detail = audit.detail_of(record)
            entries.append(
                AccessLogEntry(
                    record.at, record.actor, record.action, detail, about(record.action, detail, subjects)
                )
            )
        return entries

    # -- changing ----------------------------------------------------------------------------------

    def create_citizen(self, draft: CitizenDraft) -> str:
        """Validate and store a new citizen; returns the id."""
        draft = _checked(draft)
        with self._vault.transaction() as conn:
            citizen_id = citizens.insert_citizen(conn, draft)
            index_profile(conn, citizen_id, draft)
            self._log(conn, "citizen.created", citizen_id=citizen_id)
            drafts.delete_draft(conn, drafts.profile_draft_key(None))
        self._bus.publish("citizen", citizen_id)
        return citizen_id

    def update_citizen(self, citizen_id: str, draft: CitizenDraft) -> list[str]:
        """Store edits; returns the names of the fields that changed (also what the log records)."""
        draft = _checked(draft)
        with self._vault.transaction() as conn:
            before = citizens.get_citizen(conn, citizen_id)
            if before is None:
                raise NotFound(citizen_id)
            changed = changed_fields(before.draft, draft)
            if changed:
                citizens.update_citizen(conn, citizen_id, draft)
                index_profile(conn, citizen_id, draft)
                self._log(
                    conn,
                    "citizen.updated",
                    citizen_id=citizen_id,
                    detail={"fields": changed},
                )
            drafts.delete_draft(conn, drafts.profile_draft_key(citizen_id))
        if changed:
            self._bus.publish("citizen", citizen_id)
        return changed

    def close_case(self, citizen_id: str) -> None:
        """Close the case (it stays in the caseload under "closed")."""
        self._set_status(citizen_id, CaseStatus.CLOSED, "citizen.closed")

    def reopen_case(self, citizen_id: str) -> None:
        """Reopen a closed case."""
        self._set_status(citizen_id, CaseStatus.ACTIVE, "citizen.reopened")

    def rate_belief(
        self, citizen_id: str, rater: Rater, value: int, rated_on: date, comment: str = ""
    ) -> None:
        """Record how much the citizen, or the caseworker, believes in a job (1-10), dated."""
        problems = validate_belief(value, comment.strip())
        if problems:
            raise InvalidInput(problems)
        with self._vault.transaction() as conn:
            citizens.add_belief(conn, citizen_id, rater.value, value, rated_on, comment.strip())
            self._log(
                conn,
                "citizen.belief_rated",
                citizen_id=citizen_id,
                detail={"rater": rater.value},
            )
        self._bus.publish("citizen", citizen_id)

    def hand_over(self, citizen_id: str, to_caseworker: str, on: date, reason: str = "") -> None:
        """Make another caseworker responsible, keeping the history."""
        problems = validate_handover(to_caseworker, reason.strip())
        if problems:
            raise InvalidInput(problems)
        to_caseworker = to_caseworker.strip()
        with self._vault.transaction() as conn:
            profile = citizens.get_citizen(conn, citizen_id)
            if profile is None:
                raise NotFound(citizen_id)
            handover_id = citizens.add_handover(
                conn, citizen_id, profile.draft.responsible_caseworker, to_caseworker, on, reason.strip()
            )
            self._log(conn, "citizen.handed_over", citizen_id=citizen_id, detail={"handover": handover_id})
        self._bus.publish("citizen", citizen_id)

    # -- drafts of unsaved edits -----------------------------------------------------------------

    def save_profile_draft(self, citizen_id: str | None, values: dict) -> None:
        """Keep unsaved form values inside the vault (autosave while typing; before an auto-lock)."""
        check_draft(values)
        with self._vault.transaction() as conn:
            drafts.save_draft(conn, drafts.profile_draft_key(citizen_id), values)

    def load_profile_draft(self, citizen_id: str | None) -> tuple[dict, str] | None:
        """``(values, saved_at)`` of unsaved edits, if there are any."""
        with self._vault.engine.connect() as conn:
            return drafts.load_draft(conn, drafts.profile_draft_key(citizen_id))

    def discard_profile_draft(self, citizen_id: str | None) -> None:
        """Forget unsaved edits."""
        with self._vault.transaction() as conn:
            drafts.delete_draft(conn, drafts.profile_draft_key(citizen_id))

    # -- internals ---------------------------------------------------------------------------------

    def _set_status(self, citizen_id: str, status: CaseStatus, action: str) -> None:
        with self._vault.transaction() as conn:
            if citizens.get_citizen(conn, citizen_id) is None:
                raise NotFound(citizen_id)
            citizens.set_status(conn, citizen_id, status)
            self._log(conn, action, citizen_id=citizen_id)
        self._bus.publish("citizen", citizen_id)


def _checked(draft: CitizenDraft) -> CitizenDraft:
    result = validate_citizen(draft)
    if not result.ok:
        raise InvalidInput(result.problems)
    return draft.normalised()


def index_profile(conn: Connection, citizen_id: str, draft: CitizenDraft) -> None:
    search_index.replace_entry(conn, citizen_id, PROFILE_KIND, citizen_id, draft.name, profile_text(draft))


def profile_text(draft: CitizenDraft) -> str:
    """The body a profile is indexed with (the name is its title)."""
    return "\n".join(getattr(draft, name) for name in (*OWN_WORDS, *FUNCTION_FIELDS) if getattr(draft, name))
