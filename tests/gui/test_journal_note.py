"""The journal note itself: the account of the meeting (referat), the caseworker's assessment
(vurdering), the summary read back to the citizen ("det aftalte vi"), belief in a job asked at the
meeting, and reflections and discretion records tied to a meeting and copied as text."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import FilingStatus
from desktop.services.registry import Services
from desktop.storage.records import sync_store
from desktop.storage.records.sync_types import BY_TABLE
from tests.gui.conftest import open_citizen_and_wait

NAME = "Åse Ærø"
CPR = "211062-5629"
ACCOUNT = "Vi gennemgik praktikken i rideskolen. Åse fortalte om de første to uger."
ASSESSMENT = "Åse er tættere på arbejdsmarkedet end for et halvt år siden; timetallet kan øges."
READ_BACK = "Du starter kl. 10 og prøver 8 timer om ugen. Vi ses igen om tre uger."


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


def meetings_tab(window):
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    return page.tabs.notes_panel


def test_the_account_assessment_and_read_back_are_kept_filed_searched_synced_exported_and_copied(
    qtbot, window, citizen_id
):
    services = window.services
    notes = meetings_tab(window)
    clipboard: list[str] = []
    notes.copy_to_clipboard = clipboard.append
    notes.confirm = lambda _title, _text: True
    editor = notes.editor
    type_into(qtbot, editor.agenda, "Opfølgning på praktik")
    type_into(qtbot, editor.participants, "Åse, mentor Bo, mig")
    editor.tool.setCurrentIndex(editor.tool.findData("energy_cup"))
    fills = editor.tool_form.input("fills")
    type_into(qtbot, fills, "Hestene")
    qtbot.keyClick(fills, Qt.Key.Key_Return)
    qtbot.keyClicks(fills, "Kaffe med naboen")
    editor.tool_form.input("level_good_day").setValue(7)
    editor.helped.setCurrentIndex(editor.helped.findData("yes"))
    type_into(qtbot, editor.account, ACCOUNT)
    type_into(qtbot, editor.assessment, ASSESSMENT)
    type_into(qtbot, editor.read_back, READ_BACK)
    due = date.today() + timedelta(days=21)
    type_into(qtbot, editor.agreements.rows()[0].text, "Ringe til rideskolen")
    editor.agreements.rows()[0].due.set_value(due)

    # Typing survives as the encrypted draft, like the other fields, and comes back after a restart.
    notes.stash_draft()
    values, _saved_at = services.notes.load_draft(citizen_id, None)
    assert (values["account"], values["assessment"], values["read_back"]) == (ACCOUNT, ASSESSMENT, READ_BACK)
    notes.set_citizen(citizen_id)  # as when the citizen is opened again after a crash
    assert notes.restored_draft and notes.editor.account.toPlainText() == ACCOUNT
    assert notes.editor.read_back.toPlainText() == READ_BACK

    assert notes.save()
    note_id = notes.note_id
    stored = services.notes.get(note_id).draft
    assert (stored.account, stored.assessment, stored.read_back) == (ACCOUNT, ASSESSMENT, READ_BACK)

    # Search finds the account and the assessment.
    for word in ("rideskolen", "arbejdsmarkedet"):
        assert [r.citizen_id for r in services.search.search(word)] == [citizen_id]
    # Sync carries them (the row as sent), the access export includes them.
    with services.session.vault.engine.connect() as conn:
        row = sync_store.read_row(conn, BY_TABLE["meeting_note"], note_id)
    assert (row["account"], row["assessment"], row["read_back"]) == (ACCOUNT, ASSESSMENT, READ_BACK)
    [exported] = services.privacy.access_record(citizen_id).rows["meeting_note"]
    assert (exported["account"], exported["assessment"], exported["read_back"]) == (
        ACCOUNT,
        ASSESSMENT,
        READ_BACK,
    )

    # Copy as text: everything for the official record, the tool's answers included, in plain Danish.
    qtbot.keyClick(
        editor.agenda, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    text = clipboard[-1]
    assert f"Referat:\n{ACCOUNT}" in text
    assert f"Vurdering:\n{ASSESSMENT}" in text
    assert f"Det aftalte vi (læst op for borgeren):\n{READ_BACK}" in text
    assert "Samtaleværktøj: Energikoppen (KRAP)" in text
    assert "Det, der fylder koppen:\n- Hestene\n- Kaffe med naboen" in text
    assert "Koppen på en god dag (0-10): 7 ud af 10" in text
    assert f"senest {due.strftime('%d-%m-%Y')}" in text
    assert "_helped" not in text and "level_good_day" not in text and "fills" not in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no ISO dates: dd-mm-åååå only

    # Filing makes the new fields read-only too; a correction starts from them.
    notes.file_note()
    assert services.notes.get(note_id).filing_status == FilingStatus.FILED.value
    assert editor.account.isReadOnly() and editor.assessment.isReadOnly() and editor.read_back.isReadOnly()
    assert editor.belief.citizen.isReadOnly() and editor.belief.caseworker.isReadOnly()
    notes.start_correction()
    assert not editor.account.isReadOnly() and editor.account.toPlainText() == ACCOUNT


def test_belief_in_a_job_asked_in_the_note_is_saved_as_ratings_dated_as_the_meeting(
    qtbot, window, citizen_id
):
    services = window.services
    page = window.citizen_page
    notes = meetings_tab(window)
    editor = notes.editor
    held_on = date.today() - timedelta(days=2)
    editor.held_on.set_value(held_on)
    type_into(qtbot, editor.agenda, "Opfølgning")
    for spin, typed in ((editor.belief.citizen, "4"), (editor.belief.caseworker, "7")):
        spin.setFocus()
        spin.selectAll()  # as Tab into the box does
        qtbot.keyClicks(spin, typed)
    assert notes.save()
    beliefs = services.citizens.open_citizen(citizen_id).beliefs
    assert sorted((b.rater, b.value, b.rated_on) for b in beliefs) == [
        ("caseworker", 7, held_on),
        ("citizen", 4, held_on),
    ]
    page.tabs.setCurrentWidget(page.tabs.belief_panel)  # read when its tab is shown, not at every save
    assert "4/10" in page.tabs.belief_panel.summary.text() and "7/10" in page.tabs.belief_panel.summary.text()
    page.tabs.setCurrentWidget(notes)
    assert "Tro på job:" in services.notes.text_for_filing(notes.note_id)

    # A draft's rating may still change: the rating of that meeting changes, no second one is added;
    # one no longer asked is taken away again.
    editor.belief.citizen.selectAll()
    qtbot.keyClicks(editor.belief.citizen, "5")
    editor.belief.caseworker.setValue(0)
    assert notes.save()
    beliefs = services.citizens.open_citizen(citizen_id).beliefs
    assert [(b.rater, b.value, b.rated_on) for b in beliefs] == [("citizen", 5, held_on)]
    # The note shows them again when it is opened.
    notes.set_citizen(citizen_id)
    assert editor.belief.values() == (5, None)


def test_discretion_and_reflections_concern_a_meeting_and_copy_as_text(qtbot, window, citizen_id):
    services = window.services
    page = window.citizen_page
    notes = meetings_tab(window)
    held_on = date.today() - timedelta(days=1)
    notes.editor.held_on.set_value(held_on)
    type_into(qtbot, notes.editor.agenda, "Timetal i praktikken")
    assert notes.save()
    note_id = notes.note_id

    page.tabs.setCurrentWidget(page.tabs.reflection_panel)
    discretion = page.tabs.reflection_panel.discretion
    copied: list[str] = []
    discretion.copy_to_clipboard = copied.append
    assert discretion.note.findData(note_id) > 0  # the citizen's notes are offered
    discretion.link_note(note_id)
    for key, words in (
        ("facts", "Lægen anbefaler 6 timer, Åse ønsker 10"),
        ("considerations", "Åses motivation mod lægens råd"),
        ("guidelines_in_conflict", "Lægens anbefaling og borgerens ønske"),
        ("decision", "8 timer, evalueres om 4 uger"),
    ):
        type_into(qtbot, discretion.boxes[key], words)
    type_into(qtbot, discretion.consulted, "Teamleder")
    assert discretion.save()
    [(_record_id, record, _at)] = services.reflections.discretion_records(citizen_id)
    assert record.note_id == note_id
    assert discretion.list.currentItem() is not None and discretion.copy_button.isEnabled()
    qtbot.mouseClick(discretion.copy_button, Qt.MouseButton.LeftButton)
    text = copied[-1]
    assert text.startswith(f"Skønsudøvelse (det bedste skøn) {date.today().strftime('%d-%m-%Y')} – {NAME}")
    assert f"Vedrører samtalen {held_on.strftime('%d-%m-%Y')}." in text
    assert "Beslutning:\n8 timer, evalueres om 4 uger" in text and "Drøftet med:\nTeamleder" in text
    assert "discretion.copied_as_text" in [e.action for e in services.citizens.access_log(citizen_id)]

    log = page.tabs.reflection_panel.log
    log.copy_to_clipboard = copied.append
    log.link_note(note_id)
    type_into(qtbot, next(iter(log._sections.values())), "Jeg lyttede mere, end jeg talte.")
    assert log.save()
    assert log.copy_button.isEnabled()
    qtbot.mouseClick(log.copy_button, Qt.MouseButton.LeftButton)
    text = copied[-1]
    assert text.startswith(f"Refleksion efter samtalen {date.today().strftime('%d-%m-%Y')} – {NAME}")
    assert f"Vedrører samtalen {held_on.strftime('%d-%m-%Y')}." in text
    assert "Jeg lyttede mere, end jeg talte." in text

    # Erasing the citizen takes the records that point at the note along with it.
    window.show_page(0)
    erased = services.privacy.erase_citizen(citizen_id)
    assert erased["discretion_record"] == 1 and erased["meeting_note"] == 1


def test_a_peer_reflection_starts_from_a_note_with_an_anonymised_excerpt(qtbot, window, citizen_id):
    services = window.services
    page = window.citizen_page
    notes = meetings_tab(window)
    type_into(qtbot, notes.editor.agenda, "Praktik")
    type_into(qtbot, notes.editor.account, f"Åse ({CPR}) fortalte, at Ærø-familien hjælper.")
    type_into(qtbot, notes.editor.assessment, "Åse Ærø er klar til flere timer.")
    qtbot.keyClick(
        notes.editor.agenda,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    note_id = notes.note_id
    assert note_id is not None  # the note was saved first
    log = page.tabs.reflection_panel.log
    assert page.tabs.currentWidget() is page.tabs.reflection_panel
    assert page.tabs.reflection_panel.currentWidget() is log
    assert log.note.currentData() == note_id and log.model.currentData() == "free"
    excerpt = log._sections["text"].toPlainText()
    assert "Referat:" in excerpt and "fortalte" in excerpt and "klar til flere timer" in excerpt
    assert "Åse" not in excerpt and "Ærø" not in excerpt and CPR not in excerpt and "[borger]" in excerpt
    assert services.reflections.reflections(citizen_id) == []  # nothing is saved until the caseworker says so
    log._sections["text"].appendPlainText("Hvad kunne jeg have spurgt om?")
    assert log.save()
    [saved] = services.reflections.reflections(citizen_id)
    assert saved.draft.note_id == note_id and "Hvad kunne jeg have spurgt om?" in saved.draft.sections["text"]
