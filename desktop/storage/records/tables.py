"""SQLModel tables: the one declaration of each stored column, its type and whether it may be NULL.

The schema itself is made by the Alembic migrations in ``migrations/versions`` (frozen history); a test
checks that these models and the migrated database agree. The repositories take their column lists and
statements from these classes, through ``stored_tables.py`` (written from them by ``make stored-tables``,
so that unlocking loads no SQLModel) and ``columns.py``. Where the domain already declares a record's
fields (``CitizenDraft``) the table inherits them instead of typing them again (``draft_columns.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import Field, SQLModel

from desktop.domain.citizen import CitizenDraft
from desktop.storage.records.draft_columns import draft_columns


class AuditEvent(SQLModel, table=True):
    """One entry of the tamper-evident access log; append-only, MAC-chained by ``seq``."""

    __tablename__ = "audit_event"

    id: str = Field(primary_key=True, max_length=36)
    seq: int = Field(unique=True, index=True)
    at: str = Field(description="UTC time, ISO 8601")
    actor: str
    action: str = Field(index=True)
    citizen_id: str | None = Field(default=None, index=True, max_length=36)
    detail: str = Field(default="{}", description="JSON; never free text about a person")
    prev_hash: str
    hash: str


class AuditAnchor(SQLModel, table=True):
    """Where the access log starts after old events were pruned: the last pruned event's seq and MAC."""

    __tablename__ = "audit_anchor"

    id: int = Field(default=1, primary_key=True)
    through_seq: int
    through_hash: str
    pruned: int = Field(description="how many events have been pruned in all")
    pruned_at: str
    mac: str = Field(default="", description="HMAC over the fields above, keyed from the data key")


class VaultState(SQLModel, table=True):
    """How many write transactions the database has seen, compared with the commit mark beside it."""

    __tablename__ = "vault_state"

    id: int = Field(default=1, primary_key=True)
    commits: int = Field(description="write transactions that changed something, counted at commit")
    marked_since: int | None = Field(default=None, description="the count when the first mark was written")


class AppSetting(SQLModel, table=True):
    """A setting that travels with the vault (user preferences that are not per-computer)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: str = Field(description="JSON")
    updated_at: str


# The editable profile is declared once, by the domain: a column for each field of ``CitizenDraft``
# (see ``draft_columns``). Only what is stored differently from the draft is said here.
if TYPE_CHECKING:  # mypy cannot see into a class made at import; to it, the base is SQLModel
    CitizenProfileColumns = SQLModel
else:
    CitizenProfileColumns = draft_columns(
        CitizenDraft,
        "CitizenProfileColumns",
        {
            "name": (str, Field()),
            "cpr": (str | None, Field(default=None, index=True, description="NULL when none is known")),
            "diagnoses": (
                str,
                Field(default="", description="GDPR art. 9 health data; not in the search index"),
            ),
        },
    )


class Citizen(CitizenProfileColumns, table=True):
    """One citizen's profile (a mergeable record: every field may change, the row is never reused)."""

    __tablename__ = "citizen"

    id: str = Field(primary_key=True, max_length=36)
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    status: str = Field(index=True)
    closed_at: str | None = None


class BeliefRating(SQLModel, table=True):
    """A dated rating (1-10) of the belief that the citizen will get a job; append-only."""

    __tablename__ = "belief_rating"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    rater: str
    value: int
    rated_on: str
    comment: str = ""
    created_at: str
    note_id: str | None = Field(default=None, max_length=36, description="the meeting it was asked at")


class Handover(SQLModel, table=True):
    """A change of responsible caseworker; append-only."""

    __tablename__ = "handover"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    from_caseworker: str
    to_caseworker: str
    handed_over_on: str
    reason: str = ""
    created_at: str


class MeetingNote(SQLModel, table=True):
    """A meeting note; the notes issue adds its editor, tools and filing workflow on this table."""

    __tablename__ = "meeting_note"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    held_on: str
    place: str
    participants: str = ""
    agenda: str = ""
    citizen_view: str = ""
    agreements: str = ""
    next_steps: str = ""
    tool: str = ""
    filing_status: str = "draft"
    filed_at: str | None = None
    corrects_id: str | None = None
    tool_answers: str = Field(default="{}", description="JSON: the answers to the conversation tool's fields")
    tool_evaluation: str = ""
    account: str = Field(default="", description="referat: what happened in the meeting")
    assessment: str = Field(default="", description="vurdering: the caseworker's assessment")
    read_back: str = Field(default="", description="det aftalte vi: read back to the citizen")
    belief_citizen: int | None = Field(default=None, description="the citizen's belief in a job, 1-10")
    belief_caseworker: int | None = Field(default=None, description="the caseworker's estimate, 1-10")


class AgreementRow(SQLModel, table=True):
    """An agreement made in a meeting; with a due date it is a follow-up until marked done."""

    __tablename__ = "agreement"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id")
    note_id: str = Field(foreign_key="meeting_note.id", index=True)
    position: int
    text: str
    who: str = ""
    due_on: str | None = None
    done_at: str | None = None
    created_at: str


class Draft(SQLModel, table=True):
    """Unsaved typing, kept inside the vault so a crash or an auto-lock loses nothing."""

    __tablename__ = "draft"

    key: str = Field(primary_key=True)
    payload: str = Field(description="JSON")
    updated_at: str


class SearchDoc(SQLModel, table=True):
    """Maps each text in the FTS5 index (by rowid) to the record it came from."""

    __tablename__ = "search_doc"

    rowid: int = Field(primary_key=True)
    kind: str
    ref_id: str = Field(max_length=36)


class Goal(SQLModel, table=True):
    """A goal or sub-goal (``parent_id``), with who formulated it and the citizen's own wording."""

    __tablename__ = "goal"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    parent_id: str | None = Field(default=None, foreign_key="goal.id")
    kind: str
    text: str
    trade_or_function: str = ""
    author: str
    citizen_wording: str = ""
    status: str
    status_since: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None


class GoalRevision(SQLModel, table=True):
    """What a goal was before a revision, and why it changed; append-only."""

    __tablename__ = "goal_revision"

    id: str = Field(primary_key=True, max_length=36)
    goal_id: str = Field(foreign_key="goal.id", index=True)
    snapshot: str = Field(description="JSON of the goal and its activities before the change")
    reason: str = ""
    revised_at: str


class Activity(SQLModel, table=True):
    """Who does what under a goal, when, and for how many hours a week."""

    __tablename__ = "activity"

    id: str = Field(primary_key=True, max_length=36)
    goal_id: str = Field(foreign_key="goal.id", index=True)
    position: int
    what: str
    actor: str
    actor_name: str = ""
    starts_on: str | None = None
    ends_on: str | None = None
    hours_per_week: float | None = None
    outcome: str = ""
    followed_up_at: str | None = Field(
        default=None, description="when the end of the activity was followed up"
    )


class Reflection(SQLModel, table=True):
    """A reflection log entry; append-only (a new entry says more, nothing is rewritten)."""

    __tablename__ = "reflection"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    note_id: str | None = Field(default=None, foreign_key="meeting_note.id")
    phase: str
    model: str
    sections: str = Field(description="JSON: section name -> text")
    created_at: str


class DiscretionRecord(SQLModel, table=True):
    """A record of concrete discretion (det bedste skøn); append-only."""

    __tablename__ = "discretion_record"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    facts: str
    considerations: str
    guidelines_in_conflict: str
    decision: str
    consulted: str = ""
    created_at: str
    note_id: str | None = Field(default=None, foreign_key="meeting_note.id")


class Actor(SQLModel, table=True):
    """Someone around a citizen: organisation, role, person, how to reach them."""

    __tablename__ = "actor"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    organisation: str
    role: str = Field(description="desktop.domain.coordination.ActorRole")
    person: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    created_at: str
    updated_at: str
    deleted_at: str | None = None


class Consent(SQLModel, table=True):
    """A specific consent: what information, to/from which actor, why, on what basis, how, how long."""

    __tablename__ = "consent"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    actor_id: str = Field(foreign_key="actor.id", max_length=36)
    information: str
    direction: str = Field(description="to, from or both (seen from the jobcentre)")
    purpose: str
    legal_basis: str
    form: str = Field(description="written or oral")
    recorded_by: str = ""
    given_on: str
    expires_on: str | None = None
    withdrawn_on: str | None = None
    expiry_followed_up_at: str | None = None
    created_at: str
    updated_at: str


class ContactLog(SQLModel, table=True):
    """A contact with an actor; append-only. ``without_consent`` records sharing despite the warning."""

    __tablename__ = "contact_log"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    actor_id: str = Field(foreign_key="actor.id", max_length=36)
    contacted_on: str
    channel: str
    summary: str
    shared: str = ""
    direction: str
    consent_id: str | None = Field(default=None, foreign_key="consent.id", max_length=36)
    without_consent: bool = False
    without_consent_kind: str = Field(default="", description="law or already_shared (without consent)")
    without_consent_reason: str = ""
    created_at: str


class NetworkMeeting(SQLModel, table=True):
    """A network meeting: who took part, what was discussed; an entry (append-only)."""

    __tablename__ = "network_meeting"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    held_on: str
    actor_ids: str = Field(default="[]", description="JSON list of the actors who took part")
    citizen_attended: bool = True
    caseworker: str = ""
    discussed: str = ""
    created_at: str
    deleted_at: str | None = None


class NetworkDecision(SQLModel, table=True):
    """Who does what by when, decided in a network meeting; a follow-up until marked done."""

    __tablename__ = "network_decision"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    meeting_id: str = Field(foreign_key="network_meeting.id", index=True)
    position: int
    what: str
    who: str
    due_on: str | None = None
    done_at: str | None = None
    created_at: str
    updated_at: str


class Measurement(SQLModel, table=True):
    """One rater's dated rating of a scale set; append-only."""

    __tablename__ = "measurement"

    id: str = Field(primary_key=True, max_length=36)
    citizen_id: str = Field(foreign_key="citizen.id", index=True)
    scale_id: str
    scale_version: int
    rated_on: str
    rater: str
    scores: str = Field(description="JSON: indicator id -> score")
    comments: str = Field(default="{}", description="JSON: indicator id -> comment")
    created_at: str


class SyncState(SQLModel, table=True):
    """This device's sync settings and secrets (server, account, device token, sync key, cursor)."""

    __tablename__ = "sync_state"

    key: str = Field(primary_key=True)
    value: str | None = None


class SyncRecord(SQLModel, table=True):
    """The server version of a record this device last agreed on, and that content (the merge base)."""

    __tablename__ = "sync_record"

    record_type: str = Field(primary_key=True)
    record_id: str = Field(primary_key=True)
    version: int
    base: str | None = Field(
        default=None, description="JSON of the fields; NULL for a deletion, or when base_in_row"
    )
    base_in_row: bool = Field(default=False, description="the agreed content is the row as it is now")


class SyncPending(SQLModel, table=True):
    """A row changed here and not yet accepted by the server; ``changes`` counts edits since."""

    __tablename__ = "sync_pending"

    record_type: str = Field(primary_key=True)
    record_id: str = Field(primary_key=True)
    changes: int = Field(index=True, description="indexed so count(*) reads a small index (0010)")


class SyncConflict(SQLModel, table=True):
    """A field both sides changed to different values; the record keeps ``local`` until resolved."""

    __tablename__ = "sync_conflict"

    id: str = Field(primary_key=True, max_length=36)
    record_type: str
    record_id: str
    field: str
    base: str | None = Field(default=None, description="JSON value")
    local: str | None = Field(default=None, description="JSON value")
    remote: str | None = Field(default=None, description="JSON value")
    detected_at: str
    resolved_at: str | None = Field(default=None, index=True)


class SyncQuarantine(SQLModel, table=True):
    """A record that could not be opened (pulled) or was refused by the server (pushed)."""

    __tablename__ = "sync_quarantine"

    record_type: str = Field(primary_key=True)
    record_id: str = Field(primary_key=True)
    version: int
    direction: str = Field(description="pull or push")
    reason: str
    at: str


class SyncApplying(SQLModel, table=True):
    """Holds a row only inside a transaction that applies pulled changes (mutes the triggers)."""

    __tablename__ = "sync_applying"

    flag: int = Field(primary_key=True)


class ColleagueKey(SQLModel, table=True):
    """A colleague's public identity as first seen in the server's key directory (pinned at first use).

    A directory entry that differs is not trusted until a person has compared the new fingerprint and
    confirmed it; then it replaces this row."""

    __tablename__ = "colleague_key"

    account: str = Field(primary_key=True, description="the colleague's account name on the sync server")
    receive: bytes = Field(description="X25519 public key, 32 bytes")
    sign: bytes = Field(description="Ed25519 public key, 32 bytes")
    pinned_at: str


class TransferOut(SQLModel, table=True):
    """A citizen's file handed to a colleague: sealed to the colleague's key, kept until it is sent and
    answered. The sender cannot open ``blob``; it goes (NULL) once the colleague has answered. The row
    stays as the record of the handover: ids, names and times, no content."""

    __tablename__ = "transfer_out"

    id: str = Field(primary_key=True, max_length=36)
    kind: str = Field(default="citizen", description="citizen, peer_request or peer_reply")
    citizen_id: str = Field(index=True, max_length=36, description="no foreign key: outlives the erasure")
    subject_id: str | None = Field(
        default=None, max_length=36, description="peer_request: the reflection; peer_reply: the request"
    )
    to_account: str
    blob: bytes | None = None
    digest: bytes = Field(description="SHA-256 of the sealed blob, what the receipt signs")
    state: str = Field(description="queued, sent, filed (written to a file), accepted, declined or withdrawn")
    created_at: str
    sent_at: str | None = None
    answered_at: str | None = None


class TransferIn(SQLModel, table=True):
    """A citizen's file a colleague handed to this caseworker: sealed, kept until accepted or declined.

    ``receipt`` is this caseworker's signed answer; ``answer_sent`` says whether the server has it."""

    __tablename__ = "transfer_in"

    id: str = Field(primary_key=True, max_length=36)
    from_account: str
    blob: bytes | None = None
    state: str = Field(description="waiting, accepted or declined")
    citizen_id: str | None = Field(default=None, max_length=36, description="once accepted")
    receipt: bytes | None = None
    answer_sent: bool = False
    via: str = Field(default="server", description="server, or file (a .cntransfer from a USB stick)")
    received_at: str
    answered_at: str | None = None
