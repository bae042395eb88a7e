"""Danish/English labels for the codes the domain stores (programmes, statuses, log actions…)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "labels"

PROGRAMMES = {
    "ressourceforloeb": QT_TRANSLATE_NOOP("labels", "Resource programme"),
    "jobafklaringsforloeb": QT_TRANSLATE_NOOP("labels", "Job-clarification programme"),
    "kontanthjaelp": QT_TRANSLATE_NOOP("labels", "Social assistance"),
    "uddannelseshjaelp": QT_TRANSLATE_NOOP("labels", "Education assistance"),
    "sygedagpenge": QT_TRANSLATE_NOOP("labels", "Sickness benefit"),
    "ledighedsydelse": QT_TRANSLATE_NOOP("labels", "Flex-job waiting benefit"),
    "fleksjob": QT_TRANSLATE_NOOP("labels", "Flex job"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
STATUSES = {
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
}
MEETING_FORMS = {
    "office": QT_TRANSLATE_NOOP("labels", "At the jobcentre"),
    "home": QT_TRANSLATE_NOOP("labels", "Home visit"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "video": QT_TRANSLATE_NOOP("labels", "Video"),
    "walk": QT_TRANSLATE_NOOP("labels", "Walk-and-talk"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
RATERS = {
    "citizen": QT_TRANSLATE_NOOP("labels", "Citizen"),
    "caseworker": QT_TRANSLATE_NOOP("labels", "Caseworker"),
}
SEARCH_KINDS = {
    "profile": QT_TRANSLATE_NOOP("labels", "Profile"),
    "note": QT_TRANSLATE_NOOP("labels", "Meeting note"),
    "goal": QT_TRANSLATE_NOOP("labels", "Goal"),
    "reflection": QT_TRANSLATE_NOOP("labels", "Reflection"),
    "discretion": QT_TRANSLATE_NOOP("labels", "Discretion record"),
}
PLACES = {
    "office": QT_TRANSLATE_NOOP("labels", "At the jobcentre"),
    "home": QT_TRANSLATE_NOOP("labels", "Home visit"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "video": QT_TRANSLATE_NOOP("labels", "Video"),
    "workplace": QT_TRANSLATE_NOOP("labels", "At the workplace"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
FILING_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "ready": QT_TRANSLATE_NOOP("labels", "Ready to file"),
    "filed": QT_TRANSLATE_NOOP("labels", "Filed"),
}
HELPED = {
    "yes": QT_TRANSLATE_NOOP("labels", "Yes"),
    "partly": QT_TRANSLATE_NOOP("labels", "Partly"),
    "no": QT_TRANSLATE_NOOP("labels", "No"),
}
GOAL_KINDS = {
    "employment": QT_TRANSLATE_NOOP("labels", "Job goal (trade or function)"),
    "education": QT_TRANSLATE_NOOP("labels", "Education goal"),
    "purpose": QT_TRANSLATE_NOOP("labels", "Purpose of the activities"),
}
AUTHORS = {
    "citizen": QT_TRANSLATE_NOOP("labels", "The citizen"),
    "caseworker": QT_TRANSLATE_NOOP("labels", "The caseworker"),
    "together": QT_TRANSLATE_NOOP("labels", "Together"),
}
GOAL_STATUSES = {
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "reached": QT_TRANSLATE_NOOP("labels", "Reached"),
    "paused": QT_TRANSLATE_NOOP("labels", "Paused"),
    "dropped": QT_TRANSLATE_NOOP("labels", "Dropped"),
}
ACTORS = {
    "citizen": QT_TRANSLATE_NOOP("labels", "Citizen"),
    "caseworker": QT_TRANSLATE_NOOP("labels", "Caseworker"),
    "other": QT_TRANSLATE_NOOP("labels", "Someone else"),
}
PHASES = {
    "before": QT_TRANSLATE_NOOP("labels", "Before a meeting"),
    "during": QT_TRANSLATE_NOOP("labels", "During a meeting"),
    "after": QT_TRANSLATE_NOOP("labels", "After a meeting"),
}
REFLECTION_MODELS = {
    "free": QT_TRANSLATE_NOOP("labels", "Free text"),
    "three_questions": QT_TRANSLATE_NOOP("labels", "Three questions"),
    "gibbs": QT_TRANSLATE_NOOP("labels", "Gibbs' reflective cycle"),
}
REFLECTION_SECTIONS = {
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
ROLES = {
    "psychiatry": QT_TRANSLATE_NOOP("labels", "Regional psychiatry"),
    "gp": QT_TRANSLATE_NOOP("labels", "GP"),
    "social_services": QT_TRANSLATE_NOOP("labels", "Municipal social services"),
    "mentor": QT_TRANSLATE_NOOP("labels", "Mentor"),
    "housing_support": QT_TRANSLATE_NOOP("labels", "Housing support"),
    "employer": QT_TRANSLATE_NOOP("labels", "Employer"),
    "union": QT_TRANSLATE_NOOP("labels", "Union or unemployment fund"),
    "relative": QT_TRANSLATE_NOOP("labels", "Relative"),
    "rehabilitation_team": QT_TRANSLATE_NOOP("labels", "Rehabilitation team"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
SECTOR_NAMES = {
    "health": QT_TRANSLATE_NOOP("labels", "Health"),
    "municipality": QT_TRANSLATE_NOOP("labels", "The municipality"),
    "work": QT_TRANSLATE_NOOP("labels", "Work"),
    "private": QT_TRANSLATE_NOOP("labels", "Family and others"),
}
DIRECTIONS = {
    "to": QT_TRANSLATE_NOOP("labels", "From the jobcentre to the actor"),
    "from": QT_TRANSLATE_NOOP("labels", "From the actor to the jobcentre"),
    "both": QT_TRANSLATE_NOOP("labels", "Both ways"),
}
CONSENT_FORMS = {
    "written": QT_TRANSLATE_NOOP("labels", "Written"),
    "oral": QT_TRANSLATE_NOOP("labels", "Oral"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "digital_post": QT_TRANSLATE_NOOP("labels", "Digital Post"),
    "meeting": QT_TRANSLATE_NOOP("labels", "Meeting"),
    "letter": QT_TRANSLATE_NOOP("labels", "Letter"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
ACTIONS = {
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
FIELDS = {
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


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of ``code`` in ``table`` (the code itself if unknown)."""
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code
