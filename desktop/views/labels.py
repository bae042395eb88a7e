"""Danish/English labels for the codes the domain stores (programmes, statuses, log actions…)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop.domain.citizen import CaseStatus, MeetingForm, Programme, Rater
from desktop.domain.coordination import ActorRole, Channel, ConsentForm, Direction
from desktop.domain.goals import Actor, Author, GoalKind, GoalStatus
from desktop.domain.notes import FilingStatus, Place
from desktop.domain.reflection import Phase
from desktop.errors import QT_TRANSLATE_NOOP

CONTEXT = "labels"

PROGRAMMES: dict[str, str] = {
    Programme.RESSOURCEFORLOEB: QT_TRANSLATE_NOOP("labels", "Resource programme"),
    Programme.JOBAFKLARINGSFORLOEB: QT_TRANSLATE_NOOP("labels", "Job-clarification programme"),
    Programme.KONTANTHJAELP: QT_TRANSLATE_NOOP("labels", "Social assistance"),
    Programme.UDDANNELSESHJAELP: QT_TRANSLATE_NOOP("labels", "Education assistance"),
    Programme.SYGEDAGPENGE: QT_TRANSLATE_NOOP("labels", "Sickness benefit"),
    Programme.LEDIGHEDSYDELSE: QT_TRANSLATE_NOOP("labels", "Flex-job waiting benefit"),
    Programme.FLEKSJOB: QT_TRANSLATE_NOOP("labels", "Flex job"),
    Programme.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}
STATUSES: dict[str, str] = {
    CaseStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
}
MEETING_FORMS: dict[str, str] = {
    MeetingForm.OFFICE: QT_TRANSLATE_NOOP("labels", "At the jobcentre"),
    MeetingForm.HOME: QT_TRANSLATE_NOOP("labels", "Home visit"),
    MeetingForm.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
    MeetingForm.VIDEO: QT_TRANSLATE_NOOP("labels", "Video"),
    MeetingForm.WALK: QT_TRANSLATE_NOOP("labels", "Walk-and-talk"),
    MeetingForm.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}
RATERS: dict[str, str] = {
    Rater.CITIZEN: QT_TRANSLATE_NOOP("labels", "Citizen"),
    Rater.CASEWORKER: QT_TRANSLATE_NOOP("labels", "Caseworker"),
}
SEARCH_KINDS: dict[str, str] = {
    "profile": QT_TRANSLATE_NOOP("labels", "Profile"),
    "note": QT_TRANSLATE_NOOP("labels", "Meeting note"),
    "goal": QT_TRANSLATE_NOOP("labels", "Goal"),
    "reflection": QT_TRANSLATE_NOOP("labels", "Reflection"),
    "discretion": QT_TRANSLATE_NOOP("labels", "Discretion record"),
}
PLACES: dict[str, str] = {
    Place.OFFICE: QT_TRANSLATE_NOOP("labels", "At the jobcentre"),
    Place.HOME: QT_TRANSLATE_NOOP("labels", "Home visit"),
    Place.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
    Place.VIDEO: QT_TRANSLATE_NOOP("labels", "Video"),
    Place.WORKPLACE: QT_TRANSLATE_NOOP("labels", "At the workplace"),
    Place.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}
FILING_STATUSES: dict[str, str] = {
    FilingStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    FilingStatus.READY: QT_TRANSLATE_NOOP("labels", "Ready to file"),
    FilingStatus.FILED: QT_TRANSLATE_NOOP("labels", "Filed"),
}
HELPED: dict[str, str] = {
    "yes": QT_TRANSLATE_NOOP("labels", "Yes"),
    "partly": QT_TRANSLATE_NOOP("labels", "Partly"),
    "no": QT_TRANSLATE_NOOP("labels", "No"),
}
GOAL_KINDS: dict[str, str] = {
    GoalKind.EMPLOYMENT: QT_TRANSLATE_NOOP("labels", "Job goal (trade or function)"),
    GoalKind.EDUCATION: QT_TRANSLATE_NOOP("labels", "Education goal"),
    GoalKind.PURPOSE: QT_TRANSLATE_NOOP("labels", "Purpose of the activities"),
}
AUTHORS: dict[str, str] = {
    Author.CITIZEN: QT_TRANSLATE_NOOP("labels", "The citizen"),
    Author.CASEWORKER: QT_TRANSLATE_NOOP("labels", "The caseworker"),
    Author.TOGETHER: QT_TRANSLATE_NOOP("labels", "Together"),
}
GOAL_STATUSES: dict[str, str] = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active"),
    GoalStatus.REACHED: QT_TRANSLATE_NOOP("labels", "Reached"),
    GoalStatus.PAUSED: QT_TRANSLATE_NOOP("labels", "Paused"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("labels", "Dropped"),
}
ACTORS: dict[str, str] = {
    Actor.CITIZEN: QT_TRANSLATE_NOOP("labels", "Citizen"),
    Actor.CASEWORKER: QT_TRANSLATE_NOOP("labels", "Caseworker"),
    Actor.OTHER: QT_TRANSLATE_NOOP("labels", "Someone else"),
}
PHASES: dict[str, str] = {
    Phase.BEFORE: QT_TRANSLATE_NOOP("labels", "Before a meeting"),
    Phase.DURING: QT_TRANSLATE_NOOP("labels", "During a meeting"),
    Phase.AFTER: QT_TRANSLATE_NOOP("labels", "After a meeting"),
}
REFLECTION_MODELS: dict[str, str] = {
    "free": QT_TRANSLATE_NOOP("labels", "Free text"),
    "three_questions": QT_TRANSLATE_NOOP("labels", "Three questions"),
    "gibbs": QT_TRANSLATE_NOOP("labels", "Gibbs' reflective cycle"),
}
REFLECTION_SECTIONS: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("labels", "Reflection"),
    "what_happened": QT_TRANSLATE_NOOP("labels", "What happened?"),
    "what_i_thought": QT_TRANSLATE_NOOP("labels", "What did I think and feel?"),
    "what_i_will_do": QT_TRANSLATE_NOOP("labels", "What will I do?"),
    "description": QT_TRANSLATE_NOOP("labels", "Description: what happened?"),
    "feelings": QT_TRANSLATE_NOOP("labels", "Feelings: what did I think and feel?"),
    "evaluation": QT_TRANSLATE_NOOP("labels", "Evaluation: what was good and bad?"),
    "analysis": QT_TRANSLATE_NOOP("labels", "Analysis: what sense can I make of it?"),
    "conclusion": QT_TRANSLATE_NOOP("labels", "Conclusion: what else could I have done?"),
    "action_plan": QT_TRANSLATE_NOOP("labels", "Action plan: what will I do next time?"),
}
ROLES: dict[str, str] = {
    ActorRole.PSYCHIATRY: QT_TRANSLATE_NOOP("labels", "Regional psychiatry"),
    ActorRole.GP: QT_TRANSLATE_NOOP("labels", "GP"),
    ActorRole.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("labels", "Municipal social services"),
    ActorRole.MENTOR: QT_TRANSLATE_NOOP("labels", "Mentor"),
    ActorRole.HOUSING_SUPPORT: QT_TRANSLATE_NOOP("labels", "Housing support"),
    ActorRole.EMPLOYER: QT_TRANSLATE_NOOP("labels", "Employer"),
    ActorRole.UNION: QT_TRANSLATE_NOOP("labels", "Union or unemployment fund"),
    ActorRole.RELATIVE: QT_TRANSLATE_NOOP("labels", "Relative"),
    ActorRole.REHABILITATION_TEAM: QT_TRANSLATE_NOOP("labels", "Rehabilitation team"),
    ActorRole.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}
SECTOR_NAMES: dict[str, str] = {
    "health": QT_TRANSLATE_NOOP("labels", "Health"),
    "municipality": QT_TRANSLATE_NOOP("labels", "The municipality"),
    "work": QT_TRANSLATE_NOOP("labels", "Work"),
    "private": QT_TRANSLATE_NOOP("labels", "Family and others"),
}
DIRECTIONS: dict[str, str] = {
    Direction.TO_ACTOR: QT_TRANSLATE_NOOP("labels", "From the jobcentre to the actor"),
    Direction.FROM_ACTOR: QT_TRANSLATE_NOOP("labels", "From the actor to the jobcentre"),
    Direction.BOTH: QT_TRANSLATE_NOOP("labels", "Both ways"),
}
CONSENT_FORMS: dict[str, str] = {
    ConsentForm.WRITTEN: QT_TRANSLATE_NOOP("labels", "Written"),
    ConsentForm.ORAL: QT_TRANSLATE_NOOP("labels", "Oral"),
}
CHANNELS: dict[str, str] = {
    Channel.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "E-mail"),
    Channel.DIGITAL_POST: QT_TRANSLATE_NOOP("labels", "Digital Post"),
    Channel.MEETING: QT_TRANSLATE_NOOP("labels", "Meeting"),
    Channel.LETTER: QT_TRANSLATE_NOOP("labels", "Letter"),
    Channel.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}
ACTIONS: dict[str, str] = {
    "citizen.created": QT_TRANSLATE_NOOP("labels", "Record created"),
    "citizen.viewed": QT_TRANSLATE_NOOP("labels", "Record opened"),
    "citizen.updated": QT_TRANSLATE_NOOP("labels", "Record changed"),
    "citizen.closed": QT_TRANSLATE_NOOP("labels", "Case closed"),
    "citizen.reopened": QT_TRANSLATE_NOOP("labels", "Case reopened"),
    "citizen.cpr_revealed": QT_TRANSLATE_NOOP("labels", "CPR number shown"),
    "citizen.cpr_copied": QT_TRANSLATE_NOOP("labels", "CPR number copied"),
    "citizen.belief_rated": QT_TRANSLATE_NOOP("labels", "Belief in a job rated"),
    "citizen.handed_over": QT_TRANSLATE_NOOP("labels", "Handed over to another caseworker"),
    "citizen.exported": QT_TRANSLATE_NOOP("labels", "Data exported"),
    "citizen.access_exported": QT_TRANSLATE_NOOP("labels", "Access export: everything handed out"),
    "citizen.erased": QT_TRANSLATE_NOOP("labels", "Deleted permanently"),
    "citizen.transfer_queued": QT_TRANSLATE_NOOP(
        "labels", "File handed to a colleague (sealed, waiting for receipt)"
    ),
    "citizen.transferred": QT_TRANSLATE_NOOP("labels", "File received by the colleague; deleted here"),
    "citizen.transfer_declined": QT_TRANSLATE_NOOP(
        "labels", "The colleague declined the file; it stays here"
    ),
    "citizen.transfer_kept_changed": QT_TRANSLATE_NOOP(
        "labels", "The colleague received the file; kept here because it changed after it was sent"
    ),
    "citizen.transfer_accepted": QT_TRANSLATE_NOOP("labels", "File received from a colleague"),
    "note.created": QT_TRANSLATE_NOOP("labels", "Meeting note written"),
    "note.updated": QT_TRANSLATE_NOOP("labels", "Meeting note changed"),
    "note.status_changed": QT_TRANSLATE_NOOP("labels", "Meeting note status changed"),
    "note.filed": QT_TRANSLATE_NOOP("labels", "Meeting note filed"),
    "note.corrected": QT_TRANSLATE_NOOP("labels", "Correction to a filed note"),
    "followup.done": QT_TRANSLATE_NOOP("labels", "Follow-up done"),
    "goal.created": QT_TRANSLATE_NOOP("labels", "Goal set"),
    "goal.revised": QT_TRANSLATE_NOOP("labels", "Goal revised"),
    "reflection.created": QT_TRANSLATE_NOOP("labels", "Reflection written"),
    "reflection.excerpt_shared": QT_TRANSLATE_NOOP(
        "labels", "Pseudonymised excerpt copied for peer reflection"
    ),
    "discretion.recorded": QT_TRANSLATE_NOOP("labels", "Discretion recorded"),
    "reflection.copied_as_text": QT_TRANSLATE_NOOP("labels", "Reflection copied as text"),
    "discretion.copied_as_text": QT_TRANSLATE_NOOP("labels", "Discretion record copied as text"),
    "actor.added": QT_TRANSLATE_NOOP("labels", "Actor added"),
    "actor.updated": QT_TRANSLATE_NOOP("labels", "Actor changed"),
    "consent.recorded": QT_TRANSLATE_NOOP("labels", "Consent recorded"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("labels", "Consent withdrawn"),
    "contact.logged": QT_TRANSLATE_NOOP("labels", "Contact logged"),
    "contact.logged_without_consent": QT_TRANSLATE_NOOP(
        "labels", "Information shared without consent (warned)"
    ),
    "contact.sharing_declined": QT_TRANSLATE_NOOP("labels", "Did not share: no consent"),
    "contact.logged_already_shared": QT_TRANSLATE_NOOP(
        "labels", "Information already shared without consent (recorded with the reason)"
    ),
    "network_meeting.recorded": QT_TRANSLATE_NOOP("labels", "Network meeting recorded"),
    "measurement.recorded": QT_TRANSLATE_NOOP("labels", "Progress rated"),
}
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("labels", "Name"),
    "cpr": QT_TRANSLATE_NOOP("labels", "CPR number"),
    "programme": QT_TRANSLATE_NOOP("labels", "Programme"),
    "preferred_meeting_form": QT_TRANSLATE_NOOP("labels", "Preferred meeting form"),
    "next_follow_up": QT_TRANSLATE_NOOP("labels", "Next follow-up"),
    "responsible_caseworker": QT_TRANSLATE_NOOP("labels", "Responsible caseworker"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "address": QT_TRANSLATE_NOOP("labels", "Address"),
    "own_situation": QT_TRANSLATE_NOOP("labels", "My situation"),
    "own_problems": QT_TRANSLATE_NOOP("labels", "What is difficult"),
    "own_wishes": QT_TRANSLATE_NOOP("labels", "What I wish for"),
    "own_strategies": QT_TRANSLATE_NOOP("labels", "What helps me"),
    "limitations": QT_TRANSLATE_NOOP("labels", "Functional limitations"),
    "resources": QT_TRANSLATE_NOOP("labels", "Resources"),
    "accommodations": QT_TRANSLATE_NOOP("labels", "Workplace accommodations"),
    "labour_market_perspective": QT_TRANSLATE_NOOP("labels", "Labour-market perspective"),
    "diagnoses": QT_TRANSLATE_NOOP("labels", "Diagnoses"),
    "held_on": QT_TRANSLATE_NOOP("labels", "Date"),
    "place": QT_TRANSLATE_NOOP("labels", "Place"),
    "participants": QT_TRANSLATE_NOOP("labels", "Participants"),
    "agenda": QT_TRANSLATE_NOOP("labels", "Agenda"),
    "citizen_view": QT_TRANSLATE_NOOP("labels", "The citizen's view"),
    "agreements": QT_TRANSLATE_NOOP("labels", "Agreements"),
    "next_steps": QT_TRANSLATE_NOOP("labels", "Next steps"),
    "tool_evaluation": QT_TRANSLATE_NOOP("labels", "Did the tool help?"),
    "account": QT_TRANSLATE_NOOP("labels", "Account of the meeting"),
    "assessment": QT_TRANSLATE_NOOP("labels", "Assessment"),
    "read_back": QT_TRANSLATE_NOOP("labels", "What we agreed"),
    "belief_citizen": QT_TRANSLATE_NOOP("labels", "The citizen's own belief in getting a job"),
    "belief_caseworker": QT_TRANSLATE_NOOP("labels", "Your estimate of the citizen's chance of a job"),
    "text": QT_TRANSLATE_NOOP("labels", "Goal"),
    "trade_or_function": QT_TRANSLATE_NOOP("labels", "Trade or function"),
    "citizen_wording": QT_TRANSLATE_NOOP("labels", "In the citizen's words"),
    "reason": QT_TRANSLATE_NOOP("labels", "Reason for the change"),
    "activities": QT_TRANSLATE_NOOP("labels", "Activities"),
    "facts": QT_TRANSLATE_NOOP("labels", "Facts"),
    "considerations": QT_TRANSLATE_NOOP("labels", "Considerations"),
    "guidelines_in_conflict": QT_TRANSLATE_NOOP("labels", "Guidelines in conflict"),
    "decision": QT_TRANSLATE_NOOP("labels", "Decision"),
    "organisation": QT_TRANSLATE_NOOP("labels", "Organisation"),
    "role": QT_TRANSLATE_NOOP("labels", "Role"),
    "person": QT_TRANSLATE_NOOP("labels", "Contact person"),
    "notes": QT_TRANSLATE_NOOP("labels", "Notes"),
    "information": QT_TRANSLATE_NOOP("labels", "Which information"),
    "direction": QT_TRANSLATE_NOOP("labels", "Direction"),
    "purpose": QT_TRANSLATE_NOOP("labels", "Purpose"),
    "legal_basis": QT_TRANSLATE_NOOP("labels", "Legal basis"),
    "form": QT_TRANSLATE_NOOP("labels", "Given"),
    "recorded_by": QT_TRANSLATE_NOOP("labels", "Recorded by"),
    "given_on": QT_TRANSLATE_NOOP("labels", "Given on"),
    "expires_on": QT_TRANSLATE_NOOP("labels", "Expires on"),
    "contacted_on": QT_TRANSLATE_NOOP("labels", "Date"),
    "channel": QT_TRANSLATE_NOOP("labels", "How"),
    "summary": QT_TRANSLATE_NOOP("labels", "What it was about"),
    "shared": QT_TRANSLATE_NOOP("labels", "Information shared"),
    "without_consent_reason": QT_TRANSLATE_NOOP("labels", "Why it was shared without consent"),
    "what": QT_TRANSLATE_NOOP("labels", "What"),
    "who": QT_TRANSLATE_NOOP("labels", "Who"),
    "due_on": QT_TRANSLATE_NOOP("labels", "By when"),
    "discussed": QT_TRANSLATE_NOOP("labels", "What was discussed"),
    "rated_on": QT_TRANSLATE_NOOP("labels", "Date"),
    "scores": QT_TRANSLATE_NOOP("labels", "Ratings"),
    "comments": QT_TRANSLATE_NOOP("labels", "Comment"),
    "comment": QT_TRANSLATE_NOOP("labels", "Comment"),
    "belief": QT_TRANSLATE_NOOP("labels", "Belief in a job"),
    "to_caseworker": QT_TRANSLATE_NOOP("labels", "New responsible caseworker"),
    "tool": QT_TRANSLATE_NOOP("labels", "Conversation tool"),
    "tool_answers": QT_TRANSLATE_NOOP("labels", "Answers to the conversation tool"),
    "consulted": QT_TRANSLATE_NOOP("labels", "Consulted"),
    "sections": QT_TRANSLATE_NOOP("labels", "Reflection"),
    "draft": QT_TRANSLATE_NOOP("labels", "Unsaved text"),
}


def label(table: Mapping[str, str], code: str | None) -> str:
    """The translated label of ``code`` in ``table`` (the code itself if unknown)."""
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code
