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
ACTIONS = {
    "citizen.created": QT_TRANSLATE_NOOP("labels", "Record created"),
    "citizen.viewed": QT_TRANSLATE_NOOP("labels", "Record opened"),
    "citizen.updated": QT_TRANSLATE_NOOP("labels", "Record changed"),
    "citizen.closed": QT_TRANSLATE_NOOP("labels", "Case closed"),
    "citizen.reopened": QT_TRANSLATE_NOOP("labels", "Case reopened"),
    "citizen.cpr_revealed": QT_TRANSLATE_NOOP("labels", "CPR number shown"),
    "citizen.belief_rated": QT_TRANSLATE_NOOP("labels", "Belief in a job rated"),
    "citizen.handed_over": QT_TRANSLATE_NOOP("labels", "Handed over to another caseworker"),
    "citizen.exported": QT_TRANSLATE_NOOP("labels", "Data exported"),
    "note.created": QT_TRANSLATE_NOOP("labels", "Meeting note written"),
    "note.updated": QT_TRANSLATE_NOOP("labels", "Meeting note changed"),
    "note.status_changed": QT_TRANSLATE_NOOP("labels", "Meeting note status changed"),
    "note.filed": QT_TRANSLATE_NOOP("labels", "Meeting note filed"),
    "note.corrected": QT_TRANSLATE_NOOP("labels", "Correction to a filed note"),
    "followup.done": QT_TRANSLATE_NOOP("labels", "Follow-up done"),
    "goal.created": QT_TRANSLATE_NOOP("labels", "Goal set"),
    "goal.revised": QT_TRANSLATE_NOOP("labels", "Goal revised"),
    "reflection.created": QT_TRANSLATE_NOOP("labels", "Reflection written"),
    "discretion.recorded": QT_TRANSLATE_NOOP("labels", "Discretion recorded"),
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
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of ``code`` in ``table`` (the code itself if unknown)."""
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code
