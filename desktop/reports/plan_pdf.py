"""The citizen's plan ("Min plan") as a printable PDF in plain Danish, in the citizen's own words.

Built as HTML and printed by ``reports.pdf.write_pdf``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain.goals import KIND_WORDS_DA, STATUS_WORDS_DA, ActivityDraft, GoalDraft
from desktop.reports.pdf import write_pdf

AUTHORS = {"citizen": "dig", "caseworker": "din sagsbehandler", "together": "jer sammen"}
STATUSES = STATUS_WORDS_DA
CHART_WIDTH_PX = 560  # in the document's pixels; the A4 text width is about 600 of them
KINDS = KIND_WORDS_DA
# How a meeting is held, as the plan says it ("Vi mødes …"); a place or form not listed is left out.
MEETING_WAYS = {
    "office": "på jobcentret",
    "home": "hjemme hos dig",
    "phone": "i telefonen",
    "video": "på video",
    "walk": "på en gåtur",
    "workplace": "på arbejdspladsen",
}
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


@dataclass(frozen=True)
class PlanContact:
    """How the citizen reaches the caseworker (the caseworker's own work contact, set in Settings)."""

    name: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""  # "træffetid": when the caseworker can be reached


@dataclass(frozen=True)
class PlanMeeting:
    """The next meeting planned: its date, how it is held (a code of ``MEETING_WAYS``) and its agenda."""

    on: date
    way: str = ""
    agenda: str = ""


@dataclass(frozen=True)
class PlanAgreement:
    """An open agreement to show under "Det har vi aftalt"."""

    text: str
    who: str
    due: date | None


@dataclass(frozen=True)
class PlanGoal:
    """A goal with its sub-goals, as the plan shows it."""

    goal: GoalDraft
    sub_goals: tuple[GoalDraft, ...] = ()


def _d(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def _long_date(value: date) -> str:
    """``tirsdag 08-12-2026``."""
    return f"{WEEKDAYS[value.weekday()]} {_d(value)}"


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def chart_url(index: int) -> str:
    """The name a chart picture has inside the document (never a file)."""
    return f"chart-{index}.png"


def plan_html(
    citizen_name: str,
    caseworker: str,
    goals: list[PlanGoal],
    agreements: list[PlanAgreement],
    today: date,
    chart_captions: tuple[str, ...] = (),
    next_meeting: PlanMeeting | None = None,
    contact: PlanContact | None = None,
) -> str:
    """The plan as HTML (what the PDF shows; also used by tests to check the words). Each entry of
    ``chart_captions`` gets a picture, ``chart_url(i)``, that ``write_plan_pdf`` supplies, under the
    caption when it is not empty (a chart with its own title needs none). The plan names the next meeting
    (or says plainly that none is planned) and how to reach the caseworker."""
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 11pt;'>",
        f"<h1 style='font-size: 20pt;'>Min plan</h1><p><b>{_e(citizen_name)}</b><br>",
        f"Sagsbehandler: {_e(caseworker) or '–'}<br>Udskrevet {_d(today)}</p>",
        "<p>Her står de mål, vi har aftalt, og det, vi hver især gør for at nå dem. "
        "Der, hvor du selv har sagt det, står dine egne ord.</p>",
    ]
    if not goals:
        parts.append("<p><i>Vi har endnu ikke skrevet mål ned.</i></p>")
    for item in goals:
        parts.append(_goal_html(item.goal, level=2))
        for sub in item.sub_goals:
            parts.append(_goal_html(sub, level=3))
    if agreements:
        parts.append("<h2 style='font-size: 14pt;'>Det har vi aftalt</h2><ul>")
        for agreement in agreements:
            extra = ", ".join(
                x for x in (agreement.who, f"senest {_d(agreement.due)}" if agreement.due else "") if x
            )
            parts.append(f"<li>{_e(agreement.text)}{f' ({_e(extra)})' if extra else ''}</li>")
        parts.append("</ul>")
    parts.append(_meeting_html(next_meeting))
    parts.append(_contact_html(contact or PlanContact(), caseworker))
    if chart_captions:
        parts.append(
            "<h2 style='font-size: 14pt;'>Sådan går det</h2>"
            "<p>Dine egne vurderinger og din sagsbehandlers, side om side. "
            "Blå er dig, orange er din sagsbehandler.</p>"
        )
        for index, caption in enumerate(chart_captions):
            heading = f"<b>{_e(caption)}</b><br>" if caption else ""
            parts.append(f"<p>{heading}<img src='{chart_url(index)}' width='{CHART_WIDTH_PX}'></p>")
    parts.append("</body></html>")
    return "".join(parts)


def _meeting_html(meeting: PlanMeeting | None) -> str:
    out = ["<h2 style='font-size: 14pt;'>Næste møde</h2>"]
    if meeting is None:
        out.append("<p>Vi har ikke aftalt et nyt møde endnu. Kontakt mig, så finder vi en tid sammen.</p>")
        return "".join(out)
    way = MEETING_WAYS.get(meeting.way, "")
    out.append(f"<p>Vi mødes <b>{_long_date(meeting.on)}</b>{f' {way}' if way else ''}.")
    if meeting.agenda:
        out.append(f"<br>Vi taler om: {_e(meeting.agenda)}")
    out.append("</p>")
    return "".join(out)


def _contact_html(contact: PlanContact, caseworker: str) -> str:
    name = contact.name or caseworker
    lines = [f"Din sagsbehandler: {_e(name)}" if name else ""]
    lines += [
        f"{head}: {_e(value)}"
        for head, value in (
            ("Telefon", contact.phone),
            ("E-mail", contact.email),
            ("Træffetid", contact.hours),
        )
        if value
    ]
    shown = [line for line in lines if line]
    if not shown:
        return ""
    return "<h2 style='font-size: 14pt;'>Sådan får du fat i mig</h2><p>" + "<br>".join(shown) + "</p>"


def _goal_html(goal: GoalDraft, level: int) -> str:
    title = "Delmål" if goal.parent_id else KINDS.get(goal.kind, "Mål")
    size = "14pt" if level == 2 else "12pt"
    out = [f"<h{level} style='font-size: {size};'>{title}: {_e(goal.text)}</h{level}>"]
    if goal.citizen_wording:
        out.append(f"<p><i>Med dine egne ord:</i> »{_e(goal.citizen_wording)}«</p>")
    facts = []
    if goal.trade_or_function:
        facts.append(f"Fag eller funktion: {_e(goal.trade_or_function)}")
    facts.append(f"Formuleret af {AUTHORS.get(goal.author, goal.author)}")
    facts.append(f"Status: {STATUSES.get(goal.status, goal.status)}")
    out.append(f"<p>{' · '.join(facts)}</p>")
    if goal.activities:
        out.append(
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            "<tr><th align='left'>Hvad</th><th align='left'>Hvem</th><th align='left'>Hvornår</th>"
            "<th align='left'>Timer pr. uge</th></tr>"
        )
        out += [_activity_row(a) for a in goal.activities]
        out.append("</table>")
    return "".join(out)


def _activity_row(activity: ActivityDraft) -> str:
    who = {"citizen": "Dig", "caseworker": "Sagsbehandler"}.get(
        activity.actor, activity.actor_name or "Andre"
    )
    when = " – ".join(x for x in (_d(activity.starts_on), _d(activity.ends_on)) if x)
    hours = f"{activity.hours_per_week:g}" if activity.hours_per_week is not None else ""
    return f"<tr><td>{_e(activity.what)}</td><td>{_e(who)}</td><td>{when}</td><td>{hours}</td></tr>"


def write_plan_pdf(path: Path, document_html: str, charts: list[bytes] | None = None) -> None:
    """Print the plan to an A4 PDF at ``path`` (only where the person chose to save it); ``charts`` are
    the PNG pictures the HTML refers to, handed to the document in memory."""
    write_pdf(path, document_html, "Min plan", {chart_url(i): png for i, png in enumerate(charts or [])})
