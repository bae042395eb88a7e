"""No citizen data outside the encrypted vault: a unique marker per field is written through every
feature the services offer and through the main window, synced between two computers over the test
server, and then the raw bytes of every file in both data folders (SQLCipher database, WAL, key
envelope, preferences, logs), in the temporary folder and in the server's database are searched for
every marker, as UTF-8 and as UTF-16 (both byte orders), ignoring ASCII case. They are searched twice:
with the notebooks open (the WAL full of fresh pages) and after locking.

The search is checked to work: a marker written on purpose to a plain file is found.
"""

from __future__ import annotations

import secrets
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.app import create_application
from desktop.domain.citizen import CitizenDraft, Rater
from desktop.domain.coordination import ActorDraft, ConsentDraft, ContactDraft
from desktop.domain.goals import ActivityDraft, GoalDraft
from desktop.domain.network_meeting import DecisionDraft, NetworkMeetingDraft
from desktop.domain.notes import Agreement, FilingStatus, NoteDraft, note_to_values
from desktop.domain.reflection import DiscretionDraft, ReflectionDraft
from desktop.domain.scales import MeasurementDraft
from desktop.logging_setup import LOG_FILE_NAME
from desktop.paths import log_dir
from desktop.views.dialogs.unsaved_question import DISCARD
from desktop.views.main_window import MainWindow, PageIndex
from desktop.views.operation import OperationRunner
from desktop.views.preferences import Preferences
from tests.conftest import PASSWORD
from tests.helpers import app_log
from tests.sync_world import SERVER_URL

CPR = "240789-1234"
CPR_FORMS = (CPR, CPR.replace("-", ""), "240789-XXXX")
TODAY = date.today()


class Markers:
    """``markers("field")`` gives a new text holding a unique token; the tokens are what is searched."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}

    def __call__(self, field: str, template: str = "Læk {} æøå") -> str:
        token = "MK" + secrets.token_hex(6).upper()
        assert field not in self.tokens, field
        self.tokens[field] = token
        return template.format(token)

    def needles(self) -> dict[str, set[bytes]]:
        found = {field: _forms(token) for field, token in self.tokens.items()}
        for text in CPR_FORMS:
            found[f"cpr {text}"] = _forms(text)
        return found


def _forms(text: str) -> set[bytes]:
    return {text.lower().encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")}


def scan(roots: list[Path], needles: dict[str, set[bytes]]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Every file under ``roots`` and every (field, file) whose bytes hold that field's marker."""
    files: list[Path] = []
    for root in roots:
        if root.is_file():
            files.append(root)
        elif root.is_dir():
            files += [path for path in root.rglob("*") if path.is_file()]
    hits = []
    for path in sorted(files):
        data = path.read_bytes().lower()
        hits += [(field, str(path)) for field, forms in needles.items() if any(f in data for f in forms)]
    return sorted(files), hits


@pytest.fixture
def temp_folder(tmp_path, monkeypatch):
    """Every temporary file of Python, SQLite and Qt goes to a folder of this test."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    return folder


@pytest.fixture
def app_logging(tmp_path):
    """The log in the office computer's data folder, as the program sets it up; removed afterwards."""
    with app_log(tmp_path / "office") as path:
        yield path


def write_everything(services, markers: Markers) -> str:
    """Every kind of record the services store, each text field with its own marker."""
    citizens = services.citizens
    citizen_id = citizens.create_citizen(
        CitizenDraft(
            name=markers("name", "Læk {} Testesen"),
            cpr=CPR,
            responsible_caseworker=markers("responsible_caseworker"),
            phone=markers("phone", "{} 12"),
            email=markers("email", "{}@eksempel.dk"),
            address=markers("address"),
            own_situation=markers("own_situation", "Min situation {}\nAnden linje æøå"),
            own_problems=markers("own_problems"),
            own_wishes=markers("own_wishes"),
            own_strategies=markers("own_strategies"),
            limitations=markers("limitations"),
            resources=markers("resources"),
            accommodations=markers("accommodations"),
            labour_market_perspective=markers("labour_market_perspective"),
            diagnoses=markers("diagnoses"),
            next_follow_up=TODAY + timedelta(days=2),
        )
    )
    profile = citizens.open_citizen(citizen_id).draft
    citizens.update_citizen(citizen_id, replace(profile, own_wishes=markers("own_wishes_changed")))
    citizens.save_profile_draft(citizen_id, {"name": markers("profile_draft"), "cpr": CPR})
    citizens.rate_belief(citizen_id, Rater.CITIZEN, 7, TODAY, markers("belief_comment"))
    citizens.hand_over(citizen_id, markers("handover_to"), TODAY, markers("handover_reason"))
    assert citizens.reveal_cpr(citizen_id) == CPR and citizens.copy_cpr(citizen_id) == CPR
    citizens.close_case(citizen_id)
    citizens.reopen_case(citizen_id)

    goals = services.goals
    goal_id = goals.add_goal(
        citizen_id,
        GoalDraft(
            kind="employment",
            text=markers("goal_text", "Passe heste i en rideskole {}"),
            author="together",
            trade_or_function=markers("goal_trade", "Staldmedhjælper {}"),
            citizen_wording=markers("goal_citizen_wording"),
            activities=[
                ActivityDraft(
                    markers("activity_what"),
                    "other",
                    markers("activity_actor_name"),
                    TODAY - timedelta(days=30),
                    TODAY - timedelta(days=1),
                    6,
                    markers("activity_outcome"),
                )
            ],
        ),
    )
    goals.add_goal(
        citizen_id,
        GoalDraft(
            kind="purpose",
            text=markers("sub_goal_text", "Delmål {}"),
            author="citizen",
            parent_id=goal_id,
            activities=[ActivityDraft(markers("sub_activity_what"), "citizen")],
        ),
    )
    revised = replace(goals.get(goal_id).draft, citizen_wording=markers("goal_wording_revised"))
    goals.revise_goal(goal_id, revised, markers("goal_revision_reason"))
    goals.plan_html(citizen_id)

    notes = services.notes
    note = NoteDraft(
        held_on=TODAY,
        participants=markers("note_participants"),
        agenda=markers("note_agenda"),
        citizen_view=markers("note_citizen_view", "Jeg siger {}\nog mere"),
        agreements=[
            Agreement(markers("agreement_text"), markers("agreement_who"), TODAY + timedelta(days=1)),
            Agreement(markers("agreement_text_2"), "", TODAY - timedelta(days=1)),
        ],
        next_steps=markers("note_next_steps"),
        tool="energy_cup",
        tool_answers={"fills": [markers("tool_answer")], "level_good_day": 6},
        tool_evaluation=markers("tool_evaluation"),
        account=markers("note_account"),
        assessment=markers("note_assessment"),
        read_back=markers("note_read_back"),
        belief_citizen=6,
        belief_caseworker=7,
    )
    note_id = notes.add_note(citizen_id, note)
    notes.update_note(note_id, replace(note, next_steps=markers("note_next_steps_changed")))
    notes.save_draft(citizen_id, note_id, note_to_values(replace(note, agenda=markers("note_draft_agenda"))))
    notes.save_draft(citizen_id, None, note_to_values(NoteDraft(TODAY, agenda=markers("new_note_draft"))))
    notes.text_for_filing(note_id)
    notes.move(note_id, FilingStatus.READY)
    notes.move(note_id, FilingStatus.FILED)
    correction = notes.correct(note_id, replace(note, citizen_view=markers("correction_view")))
    for follow_up in notes.follow_ups(TODAY + timedelta(days=30)):
        notes.mark_done(follow_up.id)
        break

    reflections = services.reflections
    reflection_id = reflections.add_reflection(
        citizen_id,
        ReflectionDraft(
            phase="after",
            model="three_questions",
            sections={
                "what_happened": markers("reflection_happened"),
                "what_i_thought": markers("reflection_thought"),
                "what_i_will_do": markers("reflection_will_do"),
            },
            note_id=correction,
        ),
    )
    reflections.peer_excerpt(reflection_id)
    reflections.excerpt_shared(reflection_id)
    reflections.add_discretion(
        citizen_id,
        DiscretionDraft(
            facts=markers("discretion_facts"),
            considerations=markers("discretion_considerations"),
            guidelines_in_conflict=markers("discretion_guidelines"),
            decision=markers("discretion_decision"),
            consulted=markers("discretion_consulted"),
        ),
    )

    coordination = services.coordination
    mentor = coordination.add_actor(
        citizen_id,
        ActorDraft(
            markers("actor_organisation"),
            "mentor",
            markers("actor_person"),
            markers("actor_phone", "{} 34"),
            markers("actor_email", "{}@mentor.dk"),
            markers("actor_notes"),
        ),
    )
    coordination.update_actor(
        mentor, replace(coordination.actors(citizen_id)[0].draft, notes=markers("actor_notes_changed"))
    )
    employer = coordination.add_actor(citizen_id, ActorDraft(markers("employer_organisation"), "employer"))
    consent_id = coordination.record_consent(
        citizen_id,
        ConsentDraft(
            actor_id=mentor,
            information=markers("consent_information", "Timetal og skånehensyn {}"),
            direction="to",
            purpose=markers("consent_purpose", "Planlægge opstart {}"),
            legal_basis=markers("consent_legal_basis"),
            form="written",
            given_on=TODAY - timedelta(days=3),
            recorded_by=markers("consent_recorded_by"),
            expires_on=TODAY + timedelta(days=60),
        ),
    )
    coordination.log_contact(
        citizen_id,
        ContactDraft(mentor, TODAY, "phone", markers("contact_summary"), shared=markers("contact_shared")),
    )
    coordination.decline_sharing(citizen_id, employer)
    coordination.log_contact(
        citizen_id,
        ContactDraft(employer, TODAY, "meeting", markers("contact_summary_2"), shared=markers("shared_2")),
        go_ahead_without_consent=True,
    )
    coordination.log_contact(
        citizen_id,
        ContactDraft(employer, TODAY, "phone", markers("contact_summary_3"), shared=markers("shared_3")),
        already_shared_reason=markers("already_shared_reason"),
    )
    coordination.record_network_meeting(
        citizen_id,
        NetworkMeetingDraft(
            TODAY,
            [mentor, employer],
            caseworker=markers("meeting_caseworker"),
            discussed=markers("meeting_discussed"),
            decisions=[
                DecisionDraft(markers("decision_what"), markers("decision_who"), TODAY + timedelta(days=3))
            ],
        ),
    )
    coordination.withdraw_consent(consent_id, on=TODAY)

    services.measurements.record(
        citizen_id,
        MeasurementDraft("small_steps", TODAY, "citizen", {"energy": 6}, {"energy": markers("measure_note")}),
    )
    for field in ("own_situation", "note_agenda", "goal_text", "reflection_thought", "discretion_facts"):
        assert services.search.search(markers.tokens[field]) != [], field  # the index holds the text
    services.search.search(markers("search_query_only"))  # logged with its term, inside the vault
    return citizen_id


def use_the_main_window(qtbot, device, data_dir: Path, citizen_id: str, markers: Markers, exports: Path):
    """Open the citizen in the real main window, look at every tab, type (autosaved as drafts), copy
    the CPR number and a note, search, save the plan as a PDF, sync, and lock."""
    create_application()
    runner = OperationRunner()
    window = MainWindow(device.services, runner, Preferences(data_dir))
    qtbot.addWidget(window)
    page = window.citizen_page
    page.confirm = lambda _title, _text: True
    page.ask_unsaved = lambda: DISCARD
    window.show()
    window.open_citizen(citizen_id)
    qtbot.waitUntil(lambda: page.citizen_id == citizen_id, timeout=10_000)  # read in the background
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(5)
    page.reveal_cpr()
    page.copy_cpr()
    assert QGuiApplication.clipboard().text() == CPR

    page.tabs.setCurrentIndex(0)
    box = page.form.texts["resources"]
    box.setFocus()
    qtbot.keyClicks(box, " " + markers("typed_profile"))
    qtbot.waitUntil(lambda: device.services.citizens.load_profile_draft(citizen_id) is not None, timeout=5000)

    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    notes = page.tabs.notes_panel
    notes.list.setCurrentIndex(notes.list_model.index(notes.list_model.rowCount() - 1))
    notes.copy_text()
    notes.start_new()
    notes.editor.citizen_view.setFocus()
    qtbot.keyClicks(notes.editor.citizen_view, markers("typed_note"))
    qtbot.waitUntil(lambda: device.services.notes.load_draft(citizen_id, None) is not None, timeout=5000)

    window.show_page(PageIndex.SEARCH)
    window.search_page.field.setText(markers.tokens["note_agenda"])
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() > 0, timeout=5000)
    window.search_page.field.setText(markers("typed_search"))
    qtbot.wait(600)
    window.show_page(PageIndex.FOLLOW_UP)
    window.show_page(PageIndex.CASELOAD)

    pdf = exports / "plan.pdf"
    page.plan_export.choose_path = lambda _suggested: str(pdf)
    page.export_plan()
    assert pdf.exists()
    window.sync_menu.sync_now()
    runner.wait_for_all()
    window.close_for_lock()  # what locking does to the window: drafts stashed, everything dropped
    runner.wait_for_all()


def token_in(path: Path, token: str) -> bool:
    return token.lower().encode("utf-8") in path.read_bytes().lower()


def test_no_citizen_data_outside_the_vault(qtbot, tmp_path, temp_folder, app_logging, make_device):
    markers = Markers()
    office, field = make_device("office"), make_device("field")
    office_dir, field_dir = tmp_path / "office", tmp_path / "field"
    exports = tmp_path / "exports"  # a file the person chose to write: outside what is searched
    exports.mkdir()

    citizen_id = write_everything(office.services, markers)
    assert office.sync.connect(SERVER_URL, "lene", PASSWORD) == "created"
    office.sync.sync_now()
    assert field.sync.connect(SERVER_URL, "lene", PASSWORD) == "joined"
    field.sync.sync_now()
    # One field changed two ways while apart: a conflict, stored on the field computer, then resolved.
    for device, field_name in ((office, "conflict_office"), (field, "conflict_field")):
        draft = device.services.citizens.open_citizen(citizen_id).draft
        device.services.citizens.update_citizen(citizen_id, replace(draft, address=markers(field_name)))
    office.sync.sync_now()
    field.sync.sync_now()
    [conflict] = field.sync.conflicts()
    field.sync.resolve(conflict.id, conflict.local)
    field.sync.sync_now()
    office.sync.sync_now()

    use_the_main_window(qtbot, office, office_dir, citizen_id, markers, exports)
    # Where the person chose: an access export in both forms and a backup, none leaving a trace behind.
    office.services.privacy.export_access(citizen_id, "json", exports / "indsigt.json")
    office.services.privacy.export_access(citizen_id, "pdf", exports / "indsigt.pdf")
    office.services.backup.write_backup(exports / "uge47.cnbackup", "en lang backup-sætning", False)
    assert token_in(exports / "indsigt.json", markers.tokens["diagnoses"])  # the export did get written
    with office.session.vault.engine.connect() as conn:  # sorts and temp tables never go to a file
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2

    roots = [office_dir, field_dir, temp_folder, *tmp_path.glob("server.db*")]
    needles = markers.needles()
    files, hits = scan(roots, needles)
    names = {path.relative_to(tmp_path).as_posix() for path in files}
    assert {"office/vault.db", "office/vault.db-wal", "office/vault.json", "field/vault.db"} <= names
    assert {"office/preferences.ini", f"office/logs/{LOG_FILE_NAME}"} <= names
    assert hits == []

    office.session.lock()
    field.session.lock()
    files, hits = scan(roots, needles)
    log_text = app_logging.read_text("utf-8")
    assert "vault unlocked" in log_text and "vault created" in log_text  # the log was written to
    assert {"office/vault.db", "office/vault.json", "office/preferences.ini"} <= {
        path.relative_to(tmp_path).as_posix() for path in files
    }
    assert hits == []

    # The search finds what it looks for: a marker written on purpose, in each encoding.
    token = markers.tokens["diagnoses"]
    (log_dir(office_dir) / "sanity.log").write_text(f"diagnose: {token.lower()}", encoding="utf-8")
    (temp_folder / "sanity.tmp").write_bytes(markers.tokens["note_agenda"].encode("utf-16-le"))
    (field_dir / "sanity.bin").write_bytes(b"\x00" + CPR.replace("-", "").encode("utf-16-be"))
    _files, hits = scan(roots, needles)
    assert {(field, Path(path).name) for field, path in hits} == {
        ("diagnoses", "sanity.log"),
        ("note_agenda", "sanity.tmp"),
        ("cpr 2407891234", "sanity.bin"),
    }
