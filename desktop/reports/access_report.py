"""The access export (GDPR art. 15, "indsigt"): everything stored about one citizen, in Danish.

``AccessRecord`` is what the service gathers; ``access_json`` writes it for machines (every stored
field, as stored) and ``access_html`` for people (Danish headings and labels, dates as dd-mm-åååå,
internal keys left out), which ``write_access_pdf`` prints. The document is in Danish whatever the
program's language: it is written to the citizen.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

FORMAT = "casenotes-indsigt"
FORMAT_VERSION = 1

# (table, heading, explanation) in the order the document shows them.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("citizen", "Dine oplysninger", "Det, der står om dig, for det meste med dine egne ord."),
    ("handover", "Skift af sagsbehandler", ""),
    ("belief_rating", "Tro på at komme i job", "Hvor meget du og din sagsbehandler tror på et job (1-10)."),
    ("goal", "Mål og delmål", ""),
    ("goal_revision", "Tidligere udgaver af målene", "Sådan så et mål ud, før det blev ændret."),
    ("activity", "Aktiviteter", ""),
    ("meeting_note", "Samtalenotater", "Notater fra jeres samtaler, også rettelser til tidligere notater."),
    ("agreement", "Aftaler", ""),
    ("reflection", "Refleksioner", "Din sagsbehandlers faglige refleksioner om forløbet."),
    ("discretion_record", "Faglige skøn", ""),
    ("actor", "Samarbejdspartnere", ""),
    ("consent", "Samtykker", ""),
    (
        "contact_log",
        "Kontakt med andre",
        "Hvornår der har været kontakt med andre om dig, og hvad der blev delt.",
    ),
    (
        "network_meeting",
        "Netværksmøder",
        "Møder med dig og dem omkring dig: hvem der var med, og hvad I talte om.",
    ),
    ("network_decision", "Aftaler fra netværksmøder", "Hvem gør hvad, og hvornår."),
    ("measurement", "Målinger af fremskridt", ""),
    ("draft", "Tekst, der ikke er gemt endnu", "Det, din sagsbehandler var i gang med at skrive."),
)

LABELS = {
    "name": "Navn",
    "cpr": "CPR-nummer",
    "programme": "Ydelse eller forløb",
    "status": "Status",
    "closed_at": "Sagen lukket",
    "preferred_meeting_form": "Foretrukken mødeform",
    "next_follow_up": "Næste opfølgning",
    "responsible_caseworker": "Sagsbehandler",
    "phone": "Telefon",
    "email": "E-mail",
    "address": "Adresse",
    "own_situation": "Min situation",
    "own_problems": "Det er svært",
    "own_wishes": "Det ønsker jeg",
    "own_strategies": "Det hjælper mig",
    "limitations": "Begrænsninger",
    "resources": "Ressourcer",
    "accommodations": "Skånehensyn",
    "labour_market_perspective": "Perspektiv for arbejde",
    "diagnoses": "Diagnoser",
    "created_at": "Oprettet",
    "updated_at": "Senest ændret",
    "deleted_at": "Slettet",
    "from_caseworker": "Fra",
    "to_caseworker": "Til",
    "handed_over_on": "Dato",
    "reason": "Begrundelse",
    "rater": "Vurderet af",
    "value": "Værdi",
    "rated_on": "Dato",
    "comment": "Kommentar",
    "comments": "Kommentarer",
    "kind": "Slags",
    "text": "Tekst",
    "trade_or_function": "Fag eller funktion",
    "author": "Formuleret af",
    "citizen_wording": "Med dine egne ord",
    "status_since": "Status siden",
    "snapshot": "Sådan så det ud",
    "revised_at": "Ændret",
    "what": "Hvad",
    "actor": "Hvem",
    "actor_name": "Navn",
    "starts_on": "Fra",
    "ends_on": "Til",
    "hours_per_week": "Timer pr. uge",
    "outcome": "Resultat",
    "followed_up_at": "Fulgt op",
    "held_on": "Dato",
    "place": "Sted",
    "participants": "Deltagere",
    "agenda": "Dagsorden",
    "citizen_view": "Dit syn på sagen",
    "account": "Referat",
    "assessment": "Sagsbehandlerens vurdering",
    "read_back": "Det aftalte vi",
    "belief_citizen": "Din tro på at komme i job (1-10)",
    "belief_caseworker": "Sagsbehandlerens tro på, at du kommer i job (1-10)",
    "agreements": "Aftaler",
    "next_steps": "Næste skridt",
    "tool": "Samtaleværktøj",
    "tool_answers": "Svar i samtaleværktøjet",
    "tool_evaluation": "Hjalp værktøjet?",
    "filing_status": "Journalisering",
    "filed_at": "Journaliseret",
    "corrects_id": "Retter notatet",
    "who": "Hvem",
    "due_on": "Senest",
    "done_at": "Udført",
    "phase": "Hvornår",
    "model": "Model",
    "sections": "Refleksion",
    "facts": "Fakta",
    "considerations": "Overvejelser",
    "guidelines_in_conflict": "Hensyn der trak i hver sin retning",
    "decision": "Beslutning",
    "consulted": "Drøftet med",
    "organisation": "Organisation",
    "role": "Rolle",
    "person": "Kontaktperson",
    "notes": "Bemærkninger",
    "information": "Hvilke oplysninger",
    "direction": "Retning",
    "purpose": "Formål",
    "legal_basis": "Hjemmel",
    "form": "Form",
    "recorded_by": "Registreret af",
    "given_on": "Givet",
    "expires_on": "Udløber",
    "withdrawn_on": "Trukket tilbage",
    "expiry_followed_up_at": "Udløb fulgt op",
    "contacted_on": "Dato",
    "channel": "Kanal",
    "summary": "Resumé",
    "shared": "Delte oplysninger",
    "without_consent": "Uden samtykke",
    "without_consent_kind": "Hvorfor uden samtykke",
    "without_consent_reason": "Begrundelse for deling uden samtykke",
    "actor_ids": "Deltagere",
    "citizen_attended": "Du var med",
    "caseworker": "Sagsbehandler med",
    "discussed": "Det talte I om",
    "scale_id": "Skala",
    "scale_version": "Skalaens udgave",
    "scores": "Vurderinger",
    "payload": "Tekst",
    "activities": "Aktiviteter",
}
_WHO = {"citizen": "Borgeren", "caseworker": "Sagsbehandleren", "together": "Sammen", "other": "En anden"}
_PLACES = {
    "office": "På jobcentret",
    "home": "Hjemmebesøg",
    "phone": "Telefon",
    "video": "Video",
    "walk": "Gå-tur",
    "workplace": "På arbejdspladsen",
    "other": "Andet",
}
# Codes the program stores, in words; "status" differs between a case and a goal.
VALUES: dict[str, dict[str, str]] = {
    "status": {"active": "Aktiv", "closed": "Lukket"},
    "goal.status": {"active": "I gang", "reached": "Nået", "paused": "Sat på pause", "dropped": "Opgivet"},
    "programme": {
        "ressourceforloeb": "Ressourceforløb",
        "jobafklaringsforloeb": "Jobafklaringsforløb",
        "kontanthjaelp": "Kontanthjælp",
        "uddannelseshjaelp": "Uddannelseshjælp",
        "sygedagpenge": "Sygedagpenge",
        "ledighedsydelse": "Ledighedsydelse",
        "fleksjob": "Fleksjob",
        "other": "Andet",
    },
    "preferred_meeting_form": _PLACES,
    "place": _PLACES,
    "rater": _WHO,
    "actor": _WHO,
    "author": _WHO,
    "kind": {
        "employment": "Mål for job",
        "education": "Mål for uddannelse",
        "purpose": "Formål med indsatsen",
    },
    "filing_status": {"draft": "Kladde", "ready": "Klar til journalisering", "filed": "Journaliseret"},
    "direction": {
        "to": "Fra jobcentret til aktøren",
        "from": "Fra aktøren til jobcentret",
        "both": "Begge veje",
    },
    "form": {"written": "Skriftligt", "oral": "Mundtligt"},
    "channel": {
        "phone": "Telefon",
        "email": "E-mail",
        "digital_post": "Digital Post",
        "meeting": "Møde",
        "letter": "Brev",
        "other": "Andet",
    },
    "without_consent_kind": {
        "law": "Delt efter anden lovhjemmel",
        "already_shared": "Allerede delt uden samtykke (noteret bagefter)",
    },
    "phase": {"before": "Før en samtale", "during": "Under en samtale", "after": "Efter en samtale"},
}
# Keys that tie rows together inside the program; the JSON keeps them, the document leaves them out.
INTERNAL = {
    "id",
    "key",
    "citizen_id",
    "note_id",
    "goal_id",
    "actor_id",
    "consent_id",
    "meeting_id",
    "parent_id",
    "position",
}
ACTIONS = {
    "citizen.created": "Journalen blev oprettet",
    "citizen.viewed": "Journalen blev åbnet",
    "citizen.updated": "Oplysninger blev ændret",
    "citizen.closed": "Sagen blev lukket",
    "citizen.reopened": "Sagen blev genåbnet",
    "citizen.cpr_revealed": "CPR-nummeret blev vist",
    "citizen.cpr_copied": "CPR-nummeret blev kopieret",
    "citizen.belief_rated": "Tro på job blev vurderet",
    "citizen.handed_over": "Sagen fik en ny sagsbehandler",
    "citizen.exported": "Oplysninger blev gemt uden for programmet",
    "citizen.access_exported": "Indsigt: alle oplysninger blev udleveret",
    "note.created": "Et samtalenotat blev skrevet",
    "note.updated": "Et samtalenotat blev ændret",
    "note.status_changed": "Et samtalenotats status blev ændret",
    "note.filed": "Et samtalenotat blev journaliseret",
    "note.corrected": "Et journaliseret notat blev rettet",
    "followup.done": "En opfølgning blev udført",
    "goal.created": "Et mål blev sat",
    "goal.revised": "Et mål blev ændret",
    "reflection.created": "En refleksion blev skrevet",
    "reflection.excerpt_shared": "Et anonymiseret uddrag blev delt til fælles faglig refleksion",
    "discretion.recorded": "Et fagligt skøn blev skrevet ned",
    "reflection.copied_as_text": "En refleksion blev kopieret som tekst til journalen",
    "discretion.copied_as_text": "Et fagligt skøn blev kopieret som tekst til journalen",
    "actor.added": "En samarbejdspartner blev tilføjet",
    "actor.updated": "En samarbejdspartner blev ændret",
    "consent.recorded": "Et samtykke blev registreret",
    "consent.withdrawn": "Et samtykke blev trukket tilbage",
    "contact.logged": "Kontakt med en samarbejdspartner blev noteret",
    "contact.logged_without_consent": "Oplysninger blev delt uden samtykke",
    "contact.sharing_declined": "Oplysninger blev ikke delt (intet samtykke)",
    "contact.logged_already_shared": "Oplysninger var allerede delt uden samtykke; det blev noteret med begrundelse",
    "network_meeting.recorded": "Et netværksmøde blev skrevet ned",
    "measurement.recorded": "Fremskridt blev vurderet",
}
# Fields stored as JSON text.
JSON_FIELDS = {"tool_answers", "sections", "scores", "comments", "snapshot", "payload", "actor_ids"}
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIMESTAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})")


@dataclass(frozen=True)
class AccessEvent:
    """One access-log event about the citizen: when, who, what (the code and its Danish words)."""

    at: str
    actor: str
    action: str
    detail: dict[str, Any]

    @property
    def description(self) -> str:
        return ACTIONS.get(self.action, self.action)


@dataclass(frozen=True)
class AccessRecord:
    """Everything about one citizen: rows per table (as stored) and the access log, oldest first."""

    citizen_id: str
    exported_at: str
    exported_by: str
    rows: dict[str, list[dict[str, Any]]]
    access_log: list[AccessEvent] = field(default_factory=list)
    log_kept_from: str | None = None  # older events were pruned under the log's retention

    @property
    def name(self) -> str:
        found = self.rows.get("citizen") or [{}]
        return str(found[0].get("name", ""))


def access_json(record: AccessRecord) -> bytes:
    """The export for machines: every stored field, JSON text fields opened, UTF-8."""
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "citizen_id": record.citizen_id,
        "exported_at": record.exported_at,
        "exported_by": record.exported_by,
        "records": {table: [_opened(row) for row in rows] for table, rows in record.rows.items()},
        "access_log": [
            {
                "at": e.at,
                "actor": e.actor,
                "action": e.action,
                "description": e.description,
                "detail": e.detail,
            }
            for e in record.access_log
        ],
        "access_log_kept_from": record.log_kept_from,
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def access_html(record: AccessRecord) -> str:
    """The export for people, as HTML (what the PDF shows; tests read the words here)."""
    notes_by_id = {row["id"]: row for row in record.rows.get("meeting_note", [])}
    actors = {row["id"]: _actor_name(row) for row in record.rows.get("actor", [])}
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 10pt;'>",
        "<h1 style='font-size: 18pt;'>Indsigt i dine oplysninger</h1>",
        f"<p><b>{_e(record.name)}</b><br>Udleveret {_shown(record.exported_at)} af {_e(record.exported_by)}</p>",
        "<p>Her er alt, hvad din sagsbehandler har gemt om dig i sin arbejdsmappe, og en liste over, "
        "hvornår oplysningerne er blevet åbnet, ændret eller udleveret. Den officielle sag står i "
        "kommunens sagssystem; den kan du få indsigt i hos kommunen.</p>",
    ]
    for table, heading, explanation in SECTIONS:
        rows = record.rows.get(table, [])
        if not rows:
            continue
        parts.append(f"<h2 style='font-size: 13pt;'>{heading} ({len(rows)})</h2>")
        if explanation:
            parts.append(f"<p>{explanation}</p>")
        for row in rows:
            parts.append(_row_html(table, row, notes_by_id, actors))
    parts.append("<h2 style='font-size: 13pt;'>Hvem har set eller ændret oplysningerne</h2>")
    if record.log_kept_from:
        parts.append(
            f"<p>Loggen gemmes i en fastsat periode; hændelser før {_shown(record.log_kept_from)} er slettet.</p>"
        )
    parts.append(
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        "<tr><th align='left'>Tidspunkt</th><th align='left'>Hvem</th><th align='left'>Hvad</th></tr>"
    )
    for event in record.access_log:
        parts.append(
            f"<tr><td>{_shown(event.at)}</td><td>{_e(event.actor)}</td><td>{_e(event.description)}</td></tr>"
        )
    parts.append("</table></body></html>")
    return "".join(parts)


def write_access_pdf(path: Path, record: AccessRecord) -> None:
    """Print the export to an A4 PDF at ``path`` (Qt is imported here, not for the JSON export)."""
    from desktop.reports.pdf import write_pdf

    write_pdf(path, access_html(record), "Indsigt i dine oplysninger")


def _actor_name(row: dict[str, Any]) -> str:
    organisation, person = row.get("organisation") or "", row.get("person") or ""
    return f"{organisation} ({person})" if organisation and person else organisation or person


def _row_html(
    table: str, row: dict[str, Any], notes_by_id: dict[str, dict[str, Any]], actors: dict[str, str]
) -> str:
    cells = []
    for key, value in _opened(row).items():
        if key in INTERNAL or value in (None, "", [], {}):
            continue
        if key == "corrects_id":
            corrected = notes_by_id.get(value, {})
            value = f"notatet fra {_shown(corrected.get('held_on', ''))}" if corrected else value
        if key == "actor_ids":  # the actors who took part in a network meeting, by name
            value = [actors.get(actor_id, actor_id) for actor_id in value]
        value = _in_words(f"{table}.{key}", key, value)
        cells.append(
            f"<tr><td width='30%' valign='top'><b>{_e(LABELS.get(key, key))}</b></td>"
            f"<td>{_value_html(value)}</td></tr>"
        )
    return "<table cellspacing='0' cellpadding='2' width='100%'>" + "".join(cells) + "</table><hr>"


def _in_words(qualified: str, key: str, value: Any) -> Any:
    words = VALUES.get(qualified) or VALUES.get(key)
    return words.get(value, value) if words and isinstance(value, str) else value


def _value_html(value: Any) -> str:
    if isinstance(value, dict):
        items = (
            f"{_e(LABELS.get(str(k), str(k)))}: {_value_html(_in_words(str(k), str(k), v))}"
            for k, v in value.items()
            if v not in (None, "")
        )
        return "<br>".join(items)
    if isinstance(value, list):
        return "<br>".join(_value_html(v) for v in value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return _e(_shown(str(value)))


def _opened(row: dict[str, Any]) -> dict[str, Any]:
    """The row with its JSON text fields (tool answers, sections, scores, snapshots) opened."""
    opened = {}
    for key, value in row.items():
        if key in JSON_FIELDS and isinstance(value, str):
            with contextlib.suppress(ValueError):  # a field that will not open is shown as its text
                value = json.loads(value)
        opened[key] = value
    return opened


def _shown(value: str) -> str:
    """ISO dates and times as dd-mm-åååå (and tt:mm); other text as it is."""
    if _TIMESTAMP.match(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            moment = moment.astimezone()  # stored in UTC, shown in the reader's local time
        return moment.strftime("%d-%m-%Y %H:%M")
    if match := _DATE.match(value):
        year, month, day = match.groups()
        return f"{day}-{month}-{year}"
    return value


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
