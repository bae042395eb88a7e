"""The note as text for the official record: every part that belongs there, in plain Danish."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from desktop.domain.guides import parse_guide
from desktop.domain.notes import (
    HELPED_KEY,
    Agreement,
    NoteDraft,
    note_as_text,
    note_from_values,
    note_to_values,
)
from desktop.domain.reflection import DiscretionDraft, ReflectionDraft, discretion_as_text, reflection_as_text

GUIDES = Path(__file__).resolve().parents[3] / "resources" / "guides"


def guide(name: str):
    return parse_guide(json.loads((GUIDES / f"{name}.json").read_text(encoding="utf-8")))


def test_a_network_map_and_answers_the_guide_does_not_know_are_written_without_keys():
    note = NoteDraft(
        held_on=date(2026, 3, 4),
        tool="network_map",
        tool_answers={
            "network": {"Familie": ["Mor", "Bror"], "Professionelle": ["Mentor Bo"]},
            "resources_found": "Broren kan køre hende",
            "from_a_newer_version": ["Noget nyt"],
            HELPED_KEY: "yes",
        },
        tool_evaluation="Godt værktøj",
        account="Vi tegnede kortet sammen.",
        assessment="Netværket er en ressource.",
        read_back="Du spørger din bror om kørsel.",
        belief_citizen=3,
        agreements=[Agreement("Spørge broren", "Borgeren", date(2026, 3, 18))],
    )
    text = note_as_text(note, "Åse Ærø", guide=guide("network_map"))
    assert text.startswith("Samtale på jobcentret 04-03-2026 – Åse Ærø\n")
    assert (
        "Samtaleværktøj: Netværkskort\nPersoner i netværket:\nFamilie: Mor, Bror\nProfessionelle: Mentor Bo"
        in text
    )
    assert "Ressourcer, vi fandt i netværket: Broren kan køre hende" in text
    assert "Øvrige svar:\n- Noget nyt" in text
    assert "Tro på job:\nBorgerens egen tro på at komme i job: 3 ud af 10\n" in text
    assert "Sagsbehandlerens vurdering" not in text  # not asked
    assert "- Spørge broren (Borgeren, senest 18-03-2026)" in text
    assert text.index("Referat:") < text.index("Samtaleværktøj:") < text.index("Vurdering:")
    assert text.index("Aftaler:") < text.index("Det aftalte vi (læst op for borgeren):")
    for internal in ("_helped", "from_a_newer_version", "resources_found", "network_map", "Godt værktøj"):
        assert internal not in text


def test_the_new_parts_survive_a_draft_round_trip():
    note = NoteDraft(date(2026, 3, 4), account="a", assessment="b", read_back="c", belief_caseworker=9)
    assert note_from_values(note_to_values(note)) == note
    assert note_from_values({"held_on": "2026-03-04", "belief_citizen": "7"}).belief_citizen is None


def test_reflections_and_discretion_records_as_text_name_the_meeting():
    reflection = ReflectionDraft(
        "before", "three_questions", {"what_happened": "Hun kom for sent.", "what_i_will_do": ""}
    )
    text = reflection_as_text(reflection, "Åse Ærø", date(2026, 3, 5), date(2026, 3, 4))
    assert (
        text
        == "Refleksion før samtalen 05-03-2026 – Åse Ærø\nVedrører samtalen 04-03-2026.\n\nHvad skete der?\nHun kom for sent.\n"
    )
    record = DiscretionDraft("F", "O", "H", "B")
    text = discretion_as_text(record, "Åse Ærø", date(2026, 3, 5), None)
    assert "Vedrører" not in text and "Drøftet med" not in text
    assert (
        "Fakta:\nF\n\nOvervejelser:\nO\n\nHensyn der trak i hver sin retning:\nH\n\nBeslutning:\nB\n" in text
    )


def test_a_question_as_label_keeps_its_question_mark_without_a_colon():
    note = NoteDraft(date(2026, 3, 4), tool="scale_questions", tool_answers={"today": 4, "mood": "Svært"})
    text = note_as_text(note, "Åse Ærø", guide=guide("scale_questions"))
    assert "Hvor er du i dag? (1-10): 4 ud af 10" in text
    assert "Hvordan var det at svare? Svært" in text
