"""A whole meeting through the real main window: goal, tool, note with agreements, filing, follow-up,
correction, reflection with a pseudonymised excerpt, discretion record, and the plan as a PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import HELPED_KEY, FilingStatus
from desktop.services.registry import Services
from desktop.views.main_window import PageIndex
from tests.gui.conftest import open_citizen_and_wait, show_citizen_and_wait

NAME = "Åse Ærø"
CPR = "211062-5629"


@pytest.fixture
def window(make_main_window, unlocked):
    return make_main_window(Services.for_session(unlocked), active=True)


@pytest.fixture
def citizen_id(qtbot, window):
    citizen = window.services.citizens.create_citizen(
        CitizenDraft(name=NAME, cpr=CPR, responsible_caseworker="Lene Bundgaard")
    )
    open_citizen_and_wait(window, qtbot, citizen)
    return citizen


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def logged_actions(window, citizen_id):
    return [e.action for e in window.services.citizens.access_log(citizen_id)]


def test_a_whole_meeting(qtbot, window, citizen_id, tmp_path):
    services = window.services
    page = window.citizen_page

    # 1. The shared goal: a scheme is not a goal; a trade is. Changing it asks why and keeps history.
    page.tabs.setCurrentWidget(page.tabs.goals_panel)
    goals = page.tabs.goals_panel
    assert goals.goal_id is None  # no goals yet: a blank goal waits
    type_into(qtbot, goals.editor.text, "Arbejde med dyr 10 timer om ugen")
    type_into(qtbot, goals.editor.trade, "fleksjob")
    goals.editor.citizen_wording.setPlainText("Jeg har det bedst, når jeg er sammen med dyr")
    activity = goals.editor.activities.rows()[0]
    type_into(qtbot, activity.what, "Praktik i dyrehandlen")
    activity.hours.setValue(6)
    qtbot.mouseClick(goals.save_button, Qt.MouseButton.LeftButton)
    assert page.banner.property("kind") == "error" and "flex job" in page.banner.text()
    assert services.goals.plan(citizen_id) == []
    goals.editor.trade.clear()
    type_into(qtbot, goals.editor.trade, "dyrepasser")
    qtbot.mouseClick(goals.save_button, Qt.MouseButton.LeftButton)
    [(goal, _subs)] = services.goals.plan(citizen_id)
    assert goal.draft.trade_or_function == "dyrepasser" and goal.draft.activities[0].hours_per_week == 6
    goals.ask_reason = lambda: "Borgeren vil hellere passe heste"
    goals.editor.text.selectAll()
    type_into(qtbot, goals.editor.text, "Arbejde i en rideskole 10 timer om ugen")
    qtbot.keyClick(goals.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.goals.plan(citizen_id)[0][0].draft.text.startswith("Arbejde i en rideskole")
    assert "Borgeren vil hellere passe heste" in goals.history.text()
    assert "Arbejde med dyr 10 timer om ugen" in goals.history.text()

    # 2. Before the meeting: a new note and a conversation tool; its prompts and fields appear.
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    notes = page.tabs.notes_panel
    clipboard: list[str] = []
    notes.copy_to_clipboard = clipboard.append
    qtbot.mouseClick(notes.note_list.new_button, Qt.MouseButton.LeftButton)
    editor = notes.editor
    type_into(qtbot, editor.agenda, "Opfølgning på praktik")
    type_into(qtbot, editor.participants, "Åse, mentor Bo, mig")
    editor.tool.setCurrentIndex(editor.tool.findData("energy_cup"))
    assert editor.tool_box.isVisibleTo(page) and editor.tool_form is not None
    prompts = " ".join(
        label.text() for label in editor.tool_form.findChildren(type(editor.evaluation_question))
    )
    assert "What gives you energy in an ordinary week?" in prompts
    type_into(qtbot, editor.tool_form.input("fills"), "Hestene")
    editor.tool_form.input("level_good_day").setValue(7)

    # 3. During the meeting: the citizen's words and two agreements, one with a due date.
    type_into(qtbot, editor.citizen_view, "Jeg kan godt, hvis jeg må starte kl. 10.")
    first = editor.agreements.rows()[0]
    type_into(qtbot, first.text, "Ringe til rideskolen om opstart")
    type_into(qtbot, first.who, "Åse")
    due = date.today() + timedelta(days=1)
    first.due.set_value(due)
    qtbot.mouseClick(editor.agreements.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.agreements.rows()[1].text, "Sende mødereferat")
    # 4. After the meeting: did the tool help?
    editor.helped.setCurrentIndex(editor.helped.findData("yes"))
    type_into(qtbot, editor.evaluation, "Gav et godt billede af timetallet")
    qtbot.keyClick(editor.agenda, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    note_id = notes.note_id
    assert note_id is not None
    stored = services.notes.get(note_id)
    assert stored.draft.tool == "energy_cup"
    assert stored.draft.tool_answers == {"fills": ["Hestene"], "level_good_day": 7, HELPED_KEY: "yes"}
    assert stored.draft.tool_evaluation == "Gav et godt billede af timetallet"
    assert [a.text for a in stored.draft.agreements] == [
        "Ringe til rideskolen om opstart",
        "Sende mødereferat",
    ]

    # 5. Ready, copy as text for the case system, and file: from then on it is read-only.
    qtbot.mouseClick(notes.note_actions.ready_button, Qt.MouseButton.LeftButton)
    assert services.notes.get(note_id).filing_status == FilingStatus.READY.value
    qtbot.mouseClick(notes.note_actions.copy_button, Qt.MouseButton.LeftButton)
    assert "Ringe til rideskolen om opstart (Åse, senest" in clipboard[-1] and NAME in clipboard[-1]
    qtbot.mouseClick(notes.note_actions.file_button, Qt.MouseButton.LeftButton)
    filed = services.notes.get(note_id)
    assert filed.filing_status == FilingStatus.FILED.value and filed.filed_at
    assert editor.agenda.isReadOnly() and editor.citizen_view.isReadOnly()
    assert notes.note_actions.correct_button.isVisibleTo(
        page
    ) and not notes.note_actions.file_button.isVisibleTo(page)

    # 6. The follow-up list shows the dated agreement; marking it done takes it off.
    follow_up = window.follow_up_page
    with qtbot.waitSignal(follow_up.loaded):  # read off the GUI thread
        window.show_page(PageIndex.FOLLOW_UP)
    with qtbot.waitSignal(follow_up.loaded):
        follow_up.scope.setCurrentIndex(follow_up.scope.findData(30))

    def shown_texts():
        model = follow_up.model
        return " ".join(
            str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())
        )

    assert "Ringe til rideskolen om opstart" in shown_texts() and NAME in shown_texts()
    assert "Sende mødereferat" not in shown_texts()  # no due date: not a follow-up
    qtbot.mouseClick(follow_up.done_button, Qt.MouseButton.LeftButton)
    assert "Ringe til rideskolen" not in shown_texts()

    # 7. A correction is a new note linked to the filed one, which stays as it was.
    open_citizen_and_wait(window, qtbot, citizen_id)
    page.tabs.setCurrentWidget(notes)
    notes.list.setCurrentIndex(notes.list_model.index(0))
    qtbot.mouseClick(notes.note_actions.correct_button, Qt.MouseButton.LeftButton)
    assert notes.note_id is None and not editor.agenda.isReadOnly()
    editor.citizen_view.clear()
    type_into(qtbot, editor.citizen_view, "Jeg kan godt, hvis jeg må starte kl. 11.")
    qtbot.mouseClick(notes.note_actions.save_button, Qt.MouseButton.LeftButton)
    correction = services.notes.get(notes.note_id)
    assert correction.corrects_id == note_id and correction.filing_status == FilingStatus.DRAFT.value
    assert services.notes.get(note_id).draft.citizen_view.endswith("kl. 10.")
    assert "Rettelse til notat af" in services.notes.text_for_filing(correction.id)

    # 8. A reflection after the meeting, linked to the note; the peer excerpt hides name and CPR.
    page.tabs.setCurrentWidget(page.tabs.reflection_panel)
    log = page.tabs.reflection_panel.log
    log.model.setCurrentIndex(log.model.findData("three_questions"))
    log.link_note(note_id)
    sections = list(log._sections.values())
    type_into(qtbot, sections[0], f"Åse ({CPR}) var nervøs, men glad for hestene.")
    type_into(qtbot, sections[2], "Tale med Bo om en blød start.")
    qtbot.mouseClick(log.save_button, Qt.MouseButton.LeftButton)
    [reflection] = services.reflections.reflections(citizen_id)
    assert reflection.draft.note_id == note_id and reflection.draft.model == "three_questions"
    shown: list[str] = []
    log.review_excerpt = lambda text: shown.append(text) or text
    log.copy_to_clipboard = clipboard.append
    log.list.setCurrentRow(0)
    qtbot.mouseClick(log.share_button, Qt.MouseButton.LeftButton)
    assert shown and "Åse" not in shown[0] and CPR not in shown[0] and "[borger]" in shown[0]
    assert clipboard[-1] == shown[0]

    # 9. A record of discretion: all four parts are needed.
    discretion = page.tabs.reflection_panel.discretion
    type_into(qtbot, discretion.boxes["facts"], "Lægen anbefaler 6 timer, Åse ønsker 10")
    qtbot.mouseClick(discretion.save_button, Qt.MouseButton.LeftButton)
    assert (
        page.banner.property("kind") == "error" and services.reflections.discretion_records(citizen_id) == []
    )
    for key, words in (
        ("considerations", "Motivation"),
        ("guidelines_in_conflict", "Lægens råd"),
        ("decision", "8 timer"),
    ):
        type_into(qtbot, discretion.boxes[key], words)
    qtbot.mouseClick(discretion.save_button, Qt.MouseButton.LeftButton)
    assert services.reflections.discretion_records(citizen_id)[0][1].decision == "8 timer"

    # 10. Everything is searchable and in the access log.
    [found] = services.search.search("rideskole*")
    assert found.citizen_id == citizen_id and {hit.kind for hit in found.hits} >= {"note", "goal"}
    [found] = services.search.search("nervøs")
    assert [hit.kind for hit in found.hits] == ["reflection"]
    actions = logged_actions(window, citizen_id)
    for action in (
        "goal.created",
        "goal.revised",
        "note.created",
        "note.status_changed",
        "note.filed",
        "note.corrected",
        "reflection.created",
        "reflection.excerpt_shared",
        "discretion.recorded",
    ):
        assert action in actions, action

    # 11. The plan as a PDF, in the citizen's words, with the open agreements.
    out = tmp_path / "min-plan.pdf"
    page.plan_export.choose_path = lambda _suggested: str(out)
    qtbot.mouseClick(page.header.plan_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    document = services.goals.plan_html(citizen_id)
    assert "rideskole" in document and "Jeg har det bedst, når jeg er sammen med dyr" in document
    assert "Praktik i dyrehandlen" in document
    assert "Ringe til rideskolen om opstart" not in document  # done, so no longer on the plan
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Min plan" in text and "rideskole" in text


def test_changing_tool_asks_before_answers_are_dropped(qtbot, window, citizen_id):
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    editor = page.tabs.notes_panel.editor
    editor.tool.setCurrentIndex(editor.tool.findData("energy_cup"))
    type_into(qtbot, editor.tool_form.input("fills"), "Gåture")
    page.confirm = lambda _title, _text: False
    editor.tool.setCurrentIndex(editor.tool.findData("network_map"))
    assert editor.tool.currentData() == "energy_cup" and editor.tool_form.answers() == {"fills": ["Gåture"]}
    page.confirm = lambda _title, _text: True
    editor.tool.setCurrentIndex(editor.tool.findData("network_map"))
    assert editor.tool_form.guide.id == "network_map" and editor.tool_form.answers() == {}


def test_typing_in_a_note_is_kept_as_a_draft_and_offered_back(qtbot, window, citizen_id):
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    notes = page.tabs.notes_panel
    type_into(qtbot, notes.editor.citizen_view, "Halvfærdig sætning om")
    qtbot.waitUntil(lambda: window.services.notes.load_draft(citizen_id, None) is not None, timeout=5000)
    # Leaving and coming back (as after a lock): the page opens on the note with the typing in it.
    page.clear()
    show_citizen_and_wait(page, qtbot, citizen_id)
    assert page.tabs.currentWidget() is notes and notes.restored_draft
    assert notes.editor.citizen_view.toPlainText() == "Halvfærdig sætning om"
    assert "brought back" in page.banner.text() or "hentet tilbage" in page.banner.text()
    qtbot.mouseClick(notes.note_actions.save_button, Qt.MouseButton.LeftButton)
    assert window.services.notes.load_draft(citizen_id, None) is None
    assert len(window.services.notes.list_for(citizen_id)) == 1
