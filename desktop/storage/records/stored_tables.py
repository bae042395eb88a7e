"""The stored tables' names and columns, in declared order, as the repositories use them.

Written by ``make stored-tables`` (tools/write_stored_tables.py) from the SQLModel tables in
``tables.py``, which are the one declaration of what is stored; do not edit by hand. A generated copy,
so that reading and writing records does not load SQLModel at unlock (about 0.3 s); a test fails when
it no longer matches the tables.
"""

from desktop.storage.records.columns import StoredTable

Activity = StoredTable.of(
    "activity",
    "id goal_id position what actor actor_name starts_on ends_on hours_per_week outcome followed_up_at",
)

Actor = StoredTable.of(
    "actor", "id citizen_id organisation role person phone email notes created_at updated_at deleted_at"
)

AgreementRow = StoredTable.of(
    "agreement", "id citizen_id note_id position text who due_on done_at created_at"
)

AppSetting = StoredTable.of("app_setting", "key value updated_at")

AuditAnchor = StoredTable.of("audit_anchor", "id through_seq through_hash pruned pruned_at mac")

AuditEvent = StoredTable.of("audit_event", "id seq at actor action citizen_id detail prev_hash hash")

BeliefRating = StoredTable.of(
    "belief_rating", "id citizen_id rater value rated_on comment created_at note_id"
)

Citizen = StoredTable.of(
    "citizen",
    "name cpr programme preferred_meeting_form next_follow_up responsible_caseworker phone email "
    "address own_situation own_problems own_wishes own_strategies limitations resources "
    "accommodations labour_market_perspective diagnoses id created_at updated_at deleted_at status "
    "closed_at",
)

ColleagueKey = StoredTable.of("colleague_key", "account receive sign pinned_at")

Consent = StoredTable.of(
    "consent",
    "id citizen_id actor_id information direction purpose legal_basis form recorded_by given_on "
    "expires_on withdrawn_on expiry_followed_up_at created_at updated_at",
)

ContactLog = StoredTable.of(
    "contact_log",
    "id citizen_id actor_id contacted_on channel summary shared direction consent_id without_consent "
    "without_consent_kind without_consent_reason created_at",
)

DiscretionRecord = StoredTable.of(
    "discretion_record",
    "id citizen_id facts considerations guidelines_in_conflict decision consulted created_at note_id",
)

Draft = StoredTable.of("draft", "key payload updated_at")

Goal = StoredTable.of(
    "goal",
    "id citizen_id parent_id kind text trade_or_function author citizen_wording status status_since "
    "created_at updated_at deleted_at",
)

GoalRevision = StoredTable.of("goal_revision", "id goal_id snapshot reason revised_at")

Handover = StoredTable.of(
    "handover", "id citizen_id from_caseworker to_caseworker handed_over_on reason created_at"
)

Measurement = StoredTable.of(
    "measurement", "id citizen_id scale_id scale_version rated_on rater scores comments created_at"
)

MeetingNote = StoredTable.of(
    "meeting_note",
    "id citizen_id created_at updated_at deleted_at held_on place participants agenda citizen_view "
    "agreements next_steps tool filing_status filed_at corrects_id tool_answers tool_evaluation "
    "account assessment read_back belief_citizen belief_caseworker",
)

NetworkDecision = StoredTable.of(
    "network_decision", "id citizen_id meeting_id position what who due_on done_at created_at updated_at"
)

NetworkMeeting = StoredTable.of(
    "network_meeting",
    "id citizen_id held_on actor_ids citizen_attended caseworker discussed created_at deleted_at",
)

Reflection = StoredTable.of("reflection", "id citizen_id note_id phase model sections created_at")

SearchDoc = StoredTable.of("search_doc", "rowid kind ref_id")

SyncApplying = StoredTable.of("sync_applying", "flag")

SyncConflict = StoredTable.of(
    "sync_conflict", "id record_type record_id field base local remote detected_at resolved_at"
)

SyncPending = StoredTable.of("sync_pending", "record_type record_id changes")

SyncQuarantine = StoredTable.of("sync_quarantine", "record_type record_id version direction reason at")

SyncRecord = StoredTable.of("sync_record", "record_type record_id version base base_in_row")

SyncState = StoredTable.of("sync_state", "key value")

TransferIn = StoredTable.of(
    "transfer_in", "id from_account blob state citizen_id receipt answer_sent via received_at answered_at"
)

TransferOut = StoredTable.of(
    "transfer_out",
    "id kind citizen_id subject_id to_account blob digest state created_at sent_at answered_at",
)

VaultState = StoredTable.of("vault_state", "id commits marked_since")
