"""Meeting-note use cases: write, file, correct, follow up. One transaction and one audit event each."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import date

from sqlalchemy import Connection

from desktop.domain.citizen import BeliefEntry, Rater
from desktop.domain.coordination import EXPIRY_WARNING_DAYS
from desktop.domain.guides import Guide
from desktop.domain.notes import FilingStatus, FollowUp, NoteDraft, can_move, note_as_text, validate_note
from desktop.domain.text_bounds import check_draft
from desktop.errors import InvalidInput, NotAllowed, NoteFiled, NotFound
from desktop.services.base import VaultService
from desktop.storage.records import (
    citizens,
    coordination,
    drafts,
    goals,
    network_meetings,
    notes,
    search_index,
)
from desktop.storage.records.notes import StoredNote

NOTE_KIND = "note"


class NoteService(VaultService):
    """Meeting notes of the open vault."""

    def add_note(self, citizen_id: str, draft: NoteDraft) -> str:
        """Store a new draft note; its agreements with a due date become follow-ups."""
        self._check(draft)
        with self._vault.transaction() as conn:
            if citizens.get_citizen(conn, citizen_id) is None:
                raise NotFound(citizen_id)
            note_id = notes.insert_note(conn, citizen_id, draft)
            index_note(conn, citizen_id, note_id, draft)
            rated = self._ask_beliefs(conn, citizen_id, note_id, draft)
            self._log(conn, "note.created", citizen_id=citizen_id, detail={"note": note_id})
            drafts.delete_draft(conn, drafts.note_draft_key(citizen_id, None))
        self._bus.publish("note", note_id)
        if rated:
            self._bus.publish("citizen", citizen_id)
        return note_id

    def update_note(self, note_id: str, draft: NoteDraft) -> None:
        """Change a note that has not been filed."""
        self._check(draft)
        with self._vault.transaction() as conn:
            stored = self._stored(conn, note_id)
            if stored.filing_status == FilingStatus.FILED.value:
                raise NoteFiled(note_id)
            changed = [
                f.name for f in fields(NoteDraft) if getattr(stored.draft, f.name) != getattr(draft, f.name)
            ]
            rated = False
            if changed:
                notes.update_note(conn, note_id, stored.citizen_id, draft)
                index_note(conn, stored.citizen_id, note_id, draft)
                rated = self._ask_beliefs(conn, stored.citizen_id, note_id, draft, before=stored.draft)
                self._log(
                    conn,
                    "note.updated",
                    citizen_id=stored.citizen_id,
                    detail={"note": note_id, "fields": changed},
                )
            drafts.delete_draft(conn, drafts.note_draft_key(stored.citizen_id, note_id))
        if changed:
            self._bus.publish("note", note_id)
        if rated:
            self._bus.publish("citizen", stored.citizen_id)

    def move(self, note_id: str, target: FilingStatus) -> str | None:
        """Change the filing status (draft ⇄ ready → filed); returns the filing time when filed."""
        with self._vault.transaction() as conn:
            stored = self._stored(conn, note_id)
            if not can_move(FilingStatus(stored.filing_status), target):
                raise NotAllowed(f"{stored.filing_status} -> {target.value}")
            filed_at = notes.set_filing_status(conn, note_id, target)
            self._log(
                conn,
                "note.filed" if target is FilingStatus.FILED else "note.status_changed",
                citizen_id=stored.citizen_id,
                detail={"note": note_id, "status": target.value},
            )
        self._bus.publish("note", note_id)
        return filed_at

    def correct(self, note_id: str, draft: NoteDraft) -> str:
        """Write a correction to a filed note: a new draft note that points at it."""
        self._check(draft)
        with self._vault.transaction() as conn:
            stored = self._stored(conn, note_id)
            if stored.filing_status != FilingStatus.FILED.value:
                raise NotAllowed("only a filed note is corrected; edit the draft instead")
            new_id = notes.insert_note(conn, stored.citizen_id, draft, corrects_id=note_id)
            index_note(conn, stored.citizen_id, new_id, draft)
            # The ratings asked at the meeting go with the note that now tells it.
            for belief_id in notes.note_beliefs(conn, note_id).values():
                notes.link_belief(conn, belief_id, new_id)
            self._ask_beliefs(conn, stored.citizen_id, new_id, draft, before=stored.draft)
            self._log(
                conn,
                "note.corrected",
                citizen_id=stored.citizen_id,
                detail={"note": new_id, "corrects": note_id},
            )
            drafts.delete_draft(conn, drafts.note_draft_key(stored.citizen_id, None))
        self._bus.publish("note", new_id)
        self._bus.publish("citizen", stored.citizen_id)
        return new_id

    def get(self, note_id: str) -> StoredNote:
        """One note."""
        with self._vault.engine.connect() as conn:
            return self._stored(conn, note_id)

    def list_for(self, citizen_id: str) -> list[tuple[str, date, str, str, str | None]]:
        """A citizen's notes, newest first: ``(id, held_on, agenda, status, corrects_id)``."""
        with self._vault.engine.connect() as conn:
            return notes.list_notes(conn, citizen_id)

    def beliefs(self, citizen_id: str) -> list[BeliefEntry]:
        """The citizen's belief ratings, newest first (those asked in meetings among them)."""
        with self._vault.engine.connect() as conn:
            return citizens.list_beliefs(conn, citizen_id)

    def text_for_filing(self, note_id: str, guides: Iterable[Guide] = ()) -> str:
        """The note as plain text for the case system ("copy as text"); the tool's answers carry the
        labels of its guide among ``guides``."""
        with self._vault.engine.connect() as conn:
            stored = self._stored(conn, note_id)
            profile = citizens.get_citizen(conn, stored.citizen_id)
            corrected = notes.get_note(conn, stored.corrects_id) if stored.corrects_id else None
        name = profile.draft.name if profile else ""
        guide = next((g for g in guides if g.id == stored.draft.tool), None)
        return note_as_text(stored.draft, name, corrected.draft.held_on if corrected else None, guide)

    def follow_ups(self, until: date | None = None) -> list[FollowUp]:
        """What is due by ``until`` (default: the end of this week), overdue included: open agreements
        with a due date, decisions of network meetings, activities of active goals that have ended without
        an outcome, and consents about to expire."""
        today = self._today()
        end = until or date.fromordinal(today.toordinal() + 6 - today.weekday())
        consents_until = date.fromordinal(end.toordinal() + EXPIRY_WARNING_DAYS)  # renewing takes time
        with self._vault.engine.connect() as conn:
            due = (
                notes.follow_ups(conn, end)
                + goals.activity_follow_ups(conn, end)
                + coordination.expiring_consents(conn, consents_until)
                + network_meetings.decision_follow_ups(conn, end)
            )
        return sorted(due, key=lambda f: (f.due, f.citizen_name, f.kind))

    def mark_done(self, follow_up_id: str) -> None:
        """Mark a follow-up (an agreement, the end of an activity, an expiring consent) as done."""
        with self._vault.transaction() as conn:
            for kind, mark in (  # noqa: B007 (kind names the match, used below)
                ("agreement", notes.mark_done),
                ("activity", goals.mark_activity_followed_up),
                ("consent", coordination.mark_expiry_followed_up),
                ("network_decision", network_meetings.mark_decision_done),
            ):
                citizen_id = mark(conn, follow_up_id)
                if citizen_id is not None:
                    break
            else:
                raise NotFound(follow_up_id)
            self._log(conn, "followup.done", citizen_id=citizen_id, detail={kind: follow_up_id})
        self._bus.publish("followup", follow_up_id)

    # -- drafts of a note being typed ----------------------------------------------------------------

    def save_draft(self, citizen_id: str, note_id: str | None, values: dict) -> None:
        """Keep what is being typed, encrypted inside the vault."""
        check_draft(values)
        with self._vault.transaction() as conn:
            drafts.save_draft(conn, drafts.note_draft_key(citizen_id, note_id), values)

    def load_draft(self, citizen_id: str, note_id: str | None) -> tuple[dict, str] | None:
        """What was being typed when the program stopped, if anything."""
        with self._vault.engine.connect() as conn:
            return drafts.load_draft(conn, drafts.note_draft_key(citizen_id, note_id))

    def discard_draft(self, citizen_id: str, note_id: str | None) -> None:
        """Throw away what was being typed (the stored note, if any, stays as it is)."""
        with self._vault.transaction() as conn:
            drafts.delete_draft(conn, drafts.note_draft_key(citizen_id, note_id))

    # -- internals ---------------------------------------------------------------------------------

    def _ask_beliefs(
        self,
        conn: Connection,
        citizen_id: str,
        note_id: str,
        draft: NoteDraft,
        before: NoteDraft | None = None,
    ) -> bool:
        """Keep the belief ratings asked at the meeting in step with the note (one per rater, dated as
        the meeting, linked to the note); True when a rating changed. Only a note not yet filed is saved
        here, so its ratings may still change like the rest of it."""
        linked = notes.note_beliefs(conn, note_id)
        changed = False
        for rater, name in ((Rater.CITIZEN, "belief_citizen"), (Rater.CASEWORKER, "belief_caseworker")):
            value = getattr(draft, name)
            if before is not None and getattr(before, name) == value and before.held_on == draft.held_on:
                continue
            belief_id = linked.get(rater.value)
            if value is None:
                if belief_id is None:
                    continue
                notes.drop_belief(conn, belief_id)
            elif belief_id is None:
                notes.link_belief(
                    conn,
                    citizens.add_belief(conn, citizen_id, rater.value, value, draft.held_on, ""),
                    note_id,
                )
            else:
                notes.change_belief(conn, belief_id, value, draft.held_on)
            changed = True
            self._log(
                conn,
                "citizen.belief_rated",
                citizen_id=citizen_id,
                detail={"rater": rater.value, "note": note_id},
            )
        return changed

    def _check(self, draft: NoteDraft) -> None:
        problems = validate_note(draft, self._today())
        if problems:
            raise InvalidInput(problems)

    @staticmethod
    def _stored(conn: Connection, note_id: str) -> StoredNote:
        stored = notes.get_note(conn, note_id)
        if stored is None:
            raise NotFound(note_id)
        return stored


def index_note(conn: Connection, citizen_id: str, note_id: str, draft: NoteDraft) -> None:
    search_index.replace_entry(conn, citizen_id, NOTE_KIND, note_id, *note_index_text(draft))


def note_index_text(draft: NoteDraft) -> tuple[str, str]:
    """The title and body a note has in the search index."""
    body = "\n".join(
        part
        for part in (
            draft.participants,
            draft.account,
            draft.citizen_view,
            draft.assessment,
            draft.read_back,
            notes.agreements_summary(draft.agreements),
            draft.next_steps,
            *_answer_texts(draft.tool_answers),
            draft.tool_evaluation,
        )
        if part.strip()
    )
    return draft.agenda, body


def _answer_texts(value: object) -> list[str]:
    """Every text in a conversation tool's answers (lists and network sectors included), for search."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [
            text
            for key, item in value.items()
            if not str(key).startswith("_")
            for text in _answer_texts(item)
        ]
    if isinstance(value, list):
        return [text for item in value for text in _answer_texts(item)]
    return []
