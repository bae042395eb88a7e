"""The words of the access export: every stored code and field of a citizen's records in Danish.

The export is written to the citizen, so nothing in it may be a key of the program (``energy_cup``,
``level_bad_day``, ``free``) or an English word. Everything is in tables, so a new record kind or field
is a few lines here and nothing in ``access_report``:

* a new table: a row in ``SECTIONS`` (heading and a line of explanation);
* a new field: its label in ``LABELS`` (or ``INTERNAL`` if it only ties rows together, or ``HIDDEN``
  if it repeats what is shown elsewhere);
* a new code: its words in ``VALUES``, under ``"table.field"`` or just ``"field"`` when the code means
  the same in every table; a field stored as JSON goes in ``JSON_FIELDS``, a 0/1 field in ``YES_NO``;
* a new access-log action: a line in ``ACTIONS``; what an event was about (``domain.access_log``) is
  put into words by ``ABOUT``;
* conversation tools and progress scales are data files: their titles and the labels of their fields
  and indicators come from the files themselves (``Catalogue``), in Danish.

``tests/gui/test_access_export_words.py`` checks that every column of every citizen table and every
code of the domain's enumerations has its words here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.domain.goals import KIND_WORDS_DA, STATUS_WORDS_DA
from desktop.domain.guides import Guide
from desktop.domain.reflection import DISCRETION_LABELS_DA, SECTION_LABELS_DA
from desktop.domain.scales import Scale

# (table, heading, explanation) in the order the document shows them.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("citizen", "Dine oplysninger", "Det, der står om dig, for det meste med dine egne ord."),
    ("handover", "Skift af sagsbehandler", ""),
    ("belief_rating", "Tro på at komme i job", "Hvor meget du og din sagsbehandler tror på et job (1-10)."),
    ("goal", "Mål og delmål", ""),
    ("goal_revision", "Tidligere udgaver af målene", "Sådan så et mål ud, før det blev ændret."),
    ("activity", "Aktiviteter", ""),
    ("meeting_note", "Samtalenotater", "Notater fra jeres samtaler, også rettelser til tidligere notater."),
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
    **DISCRETION_LABELS_DA,  # facts, considerations, ..., consulted: as in the text for the record
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
    "scale_title": "Skala",
    "done": "Udført",
    "corrected_by": "Rettet",
}
_WHO = {"citizen": "Borgeren", "caseworker": "Sagsbehandleren", "together": "Sammen", "other": "En anden"}
_GOAL_STATUS = STATUS_WORDS_DA  # as the plan the citizen is given words them
_GOAL_KIND = KIND_WORDS_DA
_FILING = {"draft": "Kladde", "ready": "Klar til journalisering", "filed": "Journaliseret"}
_ROLES = {
    "psychiatry": "Regionspsykiatrien",
    "gp": "Egen læge",
    "social_services": "Kommunens socialområde",
    "mentor": "Mentor",
    "housing_support": "Bostøtte",
    "employer": "Arbejdsgiver",
    "union": "Fagforening eller a-kasse",
    "relative": "Pårørende",
    "rehabilitation_team": "Rehabiliteringsteam",
    "other": "Anden samarbejdspartner",
}
_MODELS = {"free": "Fri tekst", "three_questions": "Tre spørgsmål", "gibbs": "Gibbs' refleksionscirkel"}
# The headings of a reflection's sections are those of the text copied to the official record.
_SECTIONS_OF_REFLECTION = SECTION_LABELS_DA
_HELPED = {"yes": "Ja", "partly": "Delvist", "no": "Nej"}
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
    "goal.status": _GOAL_STATUS,
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
    "kind": _GOAL_KIND,
    "filing_status": _FILING,
    "role": _ROLES,
    "model": _MODELS,
    "tool_evaluation": _HELPED,
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
# Fields whose value is a dictionary keyed by codes: the words of its keys.
KEYS_OF: dict[str, dict[str, str]] = {"reflection.sections": _SECTIONS_OF_REFLECTION}
# A dictionary field whose keys are the fields of another table (a goal as it was, before a revision).
NESTED_AS = {"goal_revision.snapshot": "goal", "goal.activities": "activity"}
# Fields stored as 0 or 1.
YES_NO = {"without_consent", "citizen_attended"}
# Fields that repeat what the document shows in another way: the agreements of a note are shown from
# their own rows (with who and when); the summary on the note is a copy kept for searching.
HIDDEN = {"meeting_note.agreements"}
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
    "citizen.transfer_queued": "Sagen blev overdraget til en kollega (krypteret, venter på kvittering)",
    "citizen.transferred": "Kollegaen kvitterede for sagen; den blev slettet her",
    "citizen.transfer_declined": "Kollegaen afviste overdragelsen; sagen blev her",
    "citizen.transfer_kept_changed": "Kollegaen modtog sagen; den blev her, fordi den var ændret efter afsendelsen",
    "citizen.transfer_accepted": "Sagen blev modtaget fra en kollega",
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
    "audit.pruned": "Gamle hændelser i loggen blev slettet",
}
# Fields stored as JSON text.
JSON_FIELDS = {"tool_answers", "sections", "scores", "comments", "snapshot", "payload", "actor_ids"}
# The tool's own question "did the tool help?" is stored among its answers under this key.
HELPED_LABEL = "Hjalp værktøjet?"
HELPED_WORDS = _HELPED
UNKNOWN_ANSWER = "Andet svar"
UNKNOWN_TOOL = "Et samtaleværktøj, der ikke længere findes i programmet"
UNKNOWN_SCALE = "En skala, der ikke længere findes i programmet"

# What an access-log event was about (``domain.access_log.ABOUT_KEYS``): a label and the words of the
# codes; ``None`` for words is a text or a date shown as it is.
_DOCUMENTS = {
    "plan": "Min plan (PDF)",
    "network_map": "Netværkskort (billede)",
    "chart_": "Graf over fremskridt (billede)",  # chart_<name>: a prefix
}
ABOUT: dict[str, tuple[str, dict[str, str] | None]] = {
    "document": ("Dokument", _DOCUMENTS),
    "format": ("Format", {"pdf": "PDF", "json": "JSON (til maskiner)"}),
    "charts": ("Grafer", None),
    "fields": ("Ændret", None),
    "note_on": ("Samtalen", None),
    "corrects_on": ("Retter notatet fra", None),
    "status": ("Status", _FILING),
    "goal_kind": ("Mål", _GOAL_KIND),
    "role": ("Samarbejdspartner", _ROLES),
    "organisation": ("Organisation", None),
    "form": ("Form", VALUES["form"]),
    "channel": ("Kanal", VALUES["channel"]),
    "phase": ("Hvornår", VALUES["phase"]),
    "model": ("Model", _MODELS),
    "scale": ("Skala", None),
    "rater": ("Vurderet af", _WHO),
    "follow_up": (
        "Opfølgning",
        {"agreement": "En aftale", "activity": "En aktivitet", "consent": "Et samtykkes udløb"},
    ),
    "to_caseworker": ("Ny sagsbehandler", None),
}


def about_words(key: str, value: object) -> str:
    """The Danish words of one fact about an event (a code in words, a list of fields by label)."""
    if isinstance(value, list):
        return ", ".join(LABELS.get(str(v), str(v)) for v in value)
    words = ABOUT.get(key, ("", None))[1]
    text = str(value)
    if words is None:
        return text
    if text in words:
        return words[text]
    prefix = next((p for p in words if p.endswith("_") and text.startswith(p)), None)
    return words[prefix] if prefix else text


@dataclass(frozen=True)
class Catalogue:
    """The Danish titles of the conversation tools and scale sets, and of their fields and indicators."""

    tools: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    scales: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)

    @classmethod
    def of(cls, guides: Iterable[Guide], scales: Iterable[Scale]) -> Catalogue:
        """From the loaded tools and scale sets."""
        return cls(
            {g.id: (g.title.da, {f.id: f.label.da for f in g.fields}) for g in guides},
            {s.id: (s.title.da, {i.id: i.label.da for i in s.indicators}) for s in scales},
        )

    def tool_title(self, tool_id: str) -> str:
        """The tool's Danish title."""
        return self.tools[tool_id][0] if tool_id in self.tools else UNKNOWN_TOOL

    def answer_label(self, tool_id: str, field_id: str) -> str:
        """The Danish label of one of the tool's answers."""
        return self.tools.get(tool_id, ("", {}))[1].get(field_id, UNKNOWN_ANSWER)

    def scale_title(self, scale_id: str) -> str:
        """The scale set's Danish title."""
        return self.scales[scale_id][0] if scale_id in self.scales else UNKNOWN_SCALE

    def indicator_label(self, scale_id: str, indicator_id: str) -> str:
        """The Danish label of one indicator of the scale set."""
        return self.scales.get(scale_id, ("", {}))[1].get(indicator_id, UNKNOWN_ANSWER)
