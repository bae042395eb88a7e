"""The citizen's plan as a PDF: produced, readable, in the citizen's words, and logged."""

import shutil
import subprocess
from datetime import date

from desktop.domain.citizen import CitizenDraft
from desktop.domain.goals import ActivityDraft, GoalDraft
from desktop.domain.notes import Agreement, NoteDraft


def fill(services) -> str:
    citizen_id = services.citizens.create_citizen(
        CitizenDraft(name="Åse Ærø", responsible_caseworker="Lene Bundgaard")
    )
    goal = services.goals.add_goal(
        citizen_id,
        GoalDraft(
            "employment",
            "Job som butiksassistent i en genbrugsbutik",
            "together",
            trade_or_function="Butiksassistent",
            citizen_wording="Jeg vil gerne stå i en butik, hvor der er ro",
            activities=[
                ActivityDraft("Praktik i Røde Kors-butikken", "citizen", "", date(2026, 12, 1), None, 8)
            ],
        ),
    )
    services.goals.add_goal(
        citizen_id, GoalDraft("purpose", "Øve at være blandt mennesker", "citizen", parent_id=goal)
    )
    services.notes.add_note(
        citizen_id,
        NoteDraft(
            held_on=date(2026, 11, 17),
            agreements=[Agreement("Ring til mentor Bo", "Åse", date(2026, 11, 20))],
        ),
    )
    return citizen_id


def test_the_plan_speaks_plain_danish_in_the_citizens_words(qapp, services):
    citizen_id = fill(services)
    document = services.goals.plan_html(citizen_id, today=date(2026, 11, 22))
    for words in (
        "Min plan",
        "Åse Ærø",
        "Udskrevet 22-11-2026",
        "Mål for job: Job som butiksassistent",
        "Med dine egne ord:</i> »Jeg vil gerne stå i en butik, hvor der er ro«",
        "Formuleret af jer sammen",
        "Delmål: Øve at være blandt mennesker",
        "Praktik i Røde Kors-butikken",
        "01-12-2026",
        "Det har vi aftalt",
        "Ring til mentor Bo (Åse, senest 20-11-2026)",
    ):
        assert words in document


def test_the_pdf_is_written_and_the_export_logged(qapp, services, tmp_path):
    citizen_id = fill(services)
    out = tmp_path / "min-plan.pdf"
    services.goals.export_plan_pdf(citizen_id, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert "citizen.exported" in [e.action for e in services.citizens.access_log(citizen_id)]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Min plan" in text and "butiksassistent" in text
