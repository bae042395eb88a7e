"""The access export speaks Danish to the citizen: no program keys, a corrected note once, and an
access log that says what each event was about without its content."""

from __future__ import annotations

import html
import json
import re
from datetime import date

from sqlalchemy import text

from desktop.domain import coordination, goals, notes, reflection
from desktop.domain.citizen import AccessLogEntry, CaseStatus, MeetingForm, Programme, Rater
from desktop.domain.coordination import ActorDraft, ConsentDraft
from desktop.domain.notes import Agreement, FilingStatus, NoteDraft
from desktop.reports import access_words
from desktop.reports.access_report import access_html
from desktop.storage.records.citizen_data import CITIZEN_TABLES
from desktop.storage.vault import audit
from desktop.views.models.access_log_model import AccessLogModel, LogColumn
from tests.citizen_world import DAY, fill_citizen

# Keys of the program that showed in the document before (and others of the same kinds).
RAW = (
    "energy_cup",
    "level_bad_day",
    "fills",
    "_helped",
    "small_steps",
    "sleep",
    "mentor",
    "free",
    "citizen",
    "written",
    "both",
    "phone",
    "network_map",
    "resources_found",
    "workplace",
    "due",
)


def _words(document: str) -> str:
    """The text a reader sees in the HTML."""
    return html.unescape(re.sub(r"<[^>]+>", " ", document.replace("<br>", "\n")))


def _with_a_tool_note(services, citizen_id: str) -> str:
    """A saved note with the energy cup, and one being typed (its draft) with the network map."""
    note_id = services.notes.add_note(
        citizen_id,
        NoteDraft(
            held_on=date(2026, 10, 2),
            tool="energy_cup",
            tool_answers={"fills": ["Hestene", "Gåture"], "level_bad_day": 3, "_helped": "partly"},
        ),
    )
    services.notes.save_draft(
        citizen_id,
        None,
        notes.note_to_values(
            NoteDraft(
                held_on=date(2026, 10, 9),
                place="workplace",
                agreements=[Agreement("Tjekke busplanen", "Borgeren", date(2026, 10, 16))],
                tool="network_map",
                tool_answers={"network": {"Familie": ["Mormor"]}, "resources_found": "Naboen"},
            )
        ),
    )
    return note_id


def test_the_readable_export_shows_every_stored_code_in_danish_words(qtbot, services):
    anna = fill_citizen(services, "A")
    _with_a_tool_note(services, anna.citizen_id)

    shown = _words(access_html(services.privacy.access_record(anna.citizen_id)))

    leaked = [key for key in RAW if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", shown)]
    assert not leaked, f"program keys in the citizen's document: {leaked}"
    for words in (
        "Samtaleværktøj Energikoppen (KRAP)",
        "Det, der fylder koppen: Hestene, Gåture",
        "Koppen på en dårlig dag (0-10): 3",
        "Hjalp værktøjet? Delvist",
        "Model Fri tekst",
        "Rolle Mentor",
        "Skala Små skridt",
        "Søvn og døgnrytme: 3",
        "Uden samtykke nej",
        "Samtaleværktøj: Netværkskort",
        "Personer i netværket: Familie: Mormor",
        "Ressourcer, vi fandt i netværket: Naboen",
        "Sted: På arbejdspladsen",
        "Aftaler: Tjekke busplanen (hvem: Borgeren), senest 16-10-2026",
    ):
        assert words in " ".join(shown.split()), words


def test_a_corrected_notes_agreements_appear_once_with_the_history_shown_as_such(qtbot, services):
    anna = fill_citizen(services, "A")
    first = NoteDraft(
        held_on=date(2026, 11, 3),
        agenda="Praktik hos tømreren",
        agreements=[Agreement("Ringe til praktikstedet", "Anna", date(2026, 11, 10))],
    )
    note_id = services.notes.add_note(anna.citizen_id, first)
    services.notes.move(note_id, FilingStatus.READY)
    services.notes.move(note_id, FilingStatus.FILED)
    services.notes.correct(
        note_id,
        NoteDraft(
            held_on=date(2026, 11, 3),
            agenda="Praktik hos tømrermesteren",
            agreements=[
                Agreement("Ringe til praktikstedet", "Anna", date(2026, 11, 10)),
                Agreement("Sende CV", "", None),
            ],
        ),
    )

    shown = " ".join(_words(access_html(services.privacy.access_record(anna.citizen_id))).split())

    assert shown.count("Ringe til praktikstedet") == 1, "an agreement of a corrected note is shown twice"
    assert shown.count("Sende CV") == 1
    assert "Ringe til praktikstedet (hvem: Anna), senest 10-11-2026" in shown
    assert "Tidligere udgave af notatet fra 03-11-2026, rettet" in shown
    history = shown.index("Tidligere udgave af notatet fra 03-11-2026")
    assert shown.index("Praktik hos tømrermesteren") < history < shown.index("Praktik hos tømreren ")
    # The corrected note (no agreements of its own) still shows the removed one once.
    assert shown.count("mrka25agreement") == 1 and "Aftaler, som rettelsen fjernede eller ændrede" in shown


def test_the_access_log_says_what_each_event_was_about_without_content(qtbot, services, unlocked, qapp):
    anna = fill_citizen(services, "A")
    services.citizens.record_export(anna.citizen_id, "plan")
    services.citizens.record_export(anna.citizen_id, "chart_sleep")

    entries = services.citizens.access_log(anna.citizen_id)
    model = AccessLogModel()
    model.set_scale_titles({"small_steps": "Small steps"})
    model.set_rows(entries)
    details = {
        entries[row].action: model.index(row, LogColumn.DETAIL).data() for row in range(model.rowCount())
    }

    organisation = anna.markers[34]  # the actor's organisation: what a consent was given to
    assert details["consent.recorded"] == f"Actor: Mentor; Organisation: {organisation}; Form: Written"
    assert details["contact.logged"] == f"Actor: Mentor; Organisation: {organisation}; Channel: Phone"
    assert details["note.corrected"] == "Meeting: 2026-10-01; Corrects the note of: 2026-10-01"
    assert details["measurement.recorded"] == "Scale: Small steps; Rated by: Citizen"
    assert details["reflection.created"] == "When: After a meeting; Model: Free text"
    assert model.index(0, LogColumn.DETAIL).data() == "Document: Progress chart (picture)"
    assert model.index(1, LogColumn.DETAIL).data() == "Document: My plan (PDF)"
    empty = [action for action, detail in details.items() if not detail]
    assert details["citizen.handed_over"] == f"New responsible caseworker: Sagsbehandler {anna.markers[11]}"
    assert set(empty) <= {"citizen.created", "discretion.recorded"}, empty

    # What is stored stays free of the citizen's content: ids and codes only, and the chain holds.
    with unlocked.vault.engine.connect() as conn:
        stored = " ".join(e.detail for e in audit.events_for_citizen(conn, anna.citizen_id))
        assert audit.verify_chain(conn).ok
    assert not [marker for marker in anna.markers if marker in stored]

    # The citizen's document has the same column, in Danish.
    shown = " ".join(_words(access_html(services.privacy.access_record(anna.citizen_id))).split())
    assert "Detaljer" in shown
    assert f"Et samtykke blev registreret Samarbejdspartner: Mentor; Organisation: {organisation}" in shown
    assert "Skala: Små skridt; Vurderet af: Borgeren" in shown
    assert "Dokument: Min plan (PDF)" in shown


def test_an_event_written_before_its_details_were_added_says_what_can_be_derived(
    qtbot, services, unlocked, qapp
):
    anna = fill_citizen(services, "A")
    actor_id = services.coordination.add_actor(
        anna.citizen_id, ActorDraft(organisation="Psykiatrien Øst", role="psychiatry")
    )
    consent_id = services.coordination.record_consent(
        anna.citizen_id,
        ConsentDraft(actor_id, "Helbred", "to", "Afklaring", "Samtykke", "oral", DAY, recorded_by="Lene"),
    )
    with unlocked.vault.transaction() as conn:  # as an older program logged it: ids only
        audit.append_event(conn, "lene", "consent.withdrawn", anna.citizen_id, {"consent": consent_id})

    model = AccessLogModel()
    model.set_rows(services.citizens.access_log(anna.citizen_id))

    assert model.index(0, LogColumn.DETAIL).data() == (
        "Actor: Regional psychiatry; Organisation: Psykiatrien Øst; Form: Oral"
    )
    with unlocked.vault.engine.connect() as conn:
        assert audit.verify_chain(conn).ok


def test_an_entry_without_looked_up_facts_still_shows_its_own_codes(qtbot, qapp):
    model = AccessLogModel()
    model.set_rows(
        [
            AccessLogEntry(
                "2026-11-18T10:44:00.000+00:00", "lene", "citizen.access_exported", {"format": "pdf"}
            ),
            AccessLogEntry("2026-11-18T10:42:00.000+00:00", "lene", "followup.done", {"agreement": "a1"}),
        ]
    )
    assert model.index(0, LogColumn.DETAIL).data() == "Format: PDF"
    assert model.index(1, LogColumn.DETAIL).data() == "Follow-up: An agreement"


def test_every_field_and_code_a_citizen_record_can_hold_has_danish_words(unlocked):
    """The tables of ``access_words`` against the vault's columns and the domain's codes: a field or
    code added later fails here until it has its words."""
    with unlocked.vault.engine.connect() as conn:
        columns = {
            (spec.table, row[1])
            for spec in CITIZEN_TABLES
            for row in conn.execute(text(f"PRAGMA table_info({spec.table})"))
        }
    unnamed = sorted(
        (table, column)
        for table, column in columns
        if column not in access_words.LABELS
        and column not in access_words.INTERNAL
        and f"{table}.{column}" not in access_words.HIDDEN
    )
    assert not unnamed, f"fields without a Danish label: {unnamed}"

    def words(qualified: str) -> set[str]:
        table = access_words.VALUES.get(qualified) or access_words.VALUES.get(qualified.split(".")[-1])
        return set(table or {})

    codes = {
        "citizen.programme": {p.value for p in Programme},
        "citizen.status": {s.value for s in CaseStatus},
        "citizen.preferred_meeting_form": {f.value for f in MeetingForm},
        "belief_rating.rater": {r.value for r in Rater},
        "goal.kind": {k.value for k in goals.GoalKind},
        "goal.status": {s.value for s in goals.GoalStatus},
        "goal.author": {a.value for a in goals.Author},
        "activity.actor": {a.value for a in goals.Actor},
        "meeting_note.place": {p.value for p in notes.Place},
        "meeting_note.filing_status": {s.value for s in FilingStatus},
        "meeting_note.tool_evaluation": set(notes.HELPED_ANSWERS),
        "reflection.phase": {p.value for p in reflection.Phase},
        "reflection.model": set(reflection.MODELS),
        "actor.role": {r.value for r in coordination.ActorRole},
        "consent.direction": {d.value for d in coordination.Direction},
        "consent.form": {f.value for f in coordination.ConsentForm},
        "contact_log.channel": {c.value for c in coordination.Channel},
    }
    missing = {field: sorted(found - words(field)) for field, found in codes.items() if found - words(field)}
    assert not missing, f"codes without Danish words: {missing}"
    sections = {name for names in reflection.MODELS.values() for name in names}
    assert sections <= set(access_words.KEYS_OF["reflection.sections"])
    from desktop.views.labels import ACTIONS

    assert not set(ACTIONS) - set(access_words.ACTIONS) - {"citizen.erased"}


def test_the_json_export_keeps_the_codes_and_adds_what_each_event_was_about(qtbot, services, tmp_path):
    anna = fill_citizen(services, "A")
    out = tmp_path / "indsigt.json"
    services.privacy.export_access(anna.citizen_id, "json", out)
    document = json.loads(out.read_text("utf-8"))
    consent = next(e for e in document["access_log"] if e["action"] == "consent.recorded")
    assert consent["about"]["role"] == "mentor" and consent["detail"]["role"] == "mentor"
    assert document["records"]["meeting_note"][0]["tool"] in ("", None)


def test_the_log_details_are_in_danish_in_the_danish_interface(qtbot, services, danish):
    anna = fill_citizen(services, "A")
    services.citizens.record_export(anna.citizen_id, "network_map")
    model = AccessLogModel()
    model.set_rows(services.citizens.access_log(anna.citizen_id))
    details = [model.index(row, LogColumn.DETAIL).data() for row in range(model.rowCount())]

    assert details[0] == "Dokument: Netværkskort (billede)"
    organisation = anna.markers[34]
    assert f"Samarbejdspartner: Mentor; Organisation: {organisation}; Form: Skriftligt" in details
    assert "Samtalen: 01-10-2026; Retter notatet fra: 01-10-2026" in details


def test_a_note_corrected_twice_is_shown_once_with_both_earlier_versions(qtbot, services):
    anna = fill_citizen(services, "B")
    agreement = Agreement("Søge tre job", "Anna", date(2026, 11, 20))
    note_id = services.notes.add_note(
        anna.citizen_id, NoteDraft(held_on=date(2026, 11, 5), agenda="Første udgave", agreements=[agreement])
    )
    for agenda in ("Anden udgave", "Tredje udgave"):
        services.notes.move(note_id, FilingStatus.READY)
        services.notes.move(note_id, FilingStatus.FILED)
        note_id = services.notes.correct(
            note_id, NoteDraft(held_on=date(2026, 11, 5), agenda=agenda, agreements=[agreement])
        )

    shown = " ".join(_words(access_html(services.privacy.access_record(anna.citizen_id))).split())

    assert shown.count("Søge tre job") == 1
    assert shown.count("Tidligere udgave af notatet fra 05-11-2026") == 2
    assert shown.index("Tredje udgave") < shown.index("Anden udgave") < shown.index("Første udgave")
