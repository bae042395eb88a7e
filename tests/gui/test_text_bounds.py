"""Text fields stop at the bound their service holds them to: a 10 MB paste (Ctrl+V, as a person does
it) into a note's field or a conversation tool's answer is refused whole and said at the field; what
fits goes in; a stored text over the bound shows whole and may be shortened; and a note whose tool
answers are too big is not saved, with the field named in the banner."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolTip

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.domain.validation import FieldProblem
from desktop.services.registry import Services
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.widgets.text_limit import limit_notice
from tests.gui.conftest import open_citizen_and_wait

TEN_MB = "x" * 10_000_000


@pytest.fixture
def window(make_main_window, unlocked):
    return make_main_window(Services.for_session(unlocked), active=True)


@pytest.fixture
def notes(qtbot, window):
    citizen = window.services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    open_citizen_and_wait(window, qtbot, citizen)
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    qtbot.mouseClick(page.tabs.notes_panel.note_list.new_button, Qt.MouseButton.LeftButton)
    return page.tabs.notes_panel


def paste(qtbot, widget, text):
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def text_of(widget):
    return widget.text() if hasattr(widget, "text") and callable(widget.text) else widget.toPlainText()


@pytest.mark.parametrize(
    ("field", "limit"),
    [("citizen_view", 100_000), ("agenda", 100_000), ("tool answer", 10_000), ("agreement", 2_000)],
)
def test_a_10_mb_paste_is_refused_whole_and_said_at_the_field(qtbot, notes, field, limit):
    editor = notes.editor
    if field == "tool answer":
        editor.tool.setCurrentIndex(editor.tool.findData("scale_questions"))
        widget = editor.tool_form.input("what_helped")
    elif field == "agreement":
        widget = editor.agreements.rows()[0].text
    else:
        widget = getattr(editor, field)
    qtbot.keyClicks(widget, "Gåture")

    paste(qtbot, widget, TEN_MB)

    assert text_of(widget) == "Gåture"
    assert QToolTip.text() == limit_notice(limit)
    paste(qtbot, widget, " hjælper")  # what fits goes in as always
    assert text_of(widget) == "Gåture hjælper"


def test_a_stored_text_over_the_bound_shows_whole_and_can_be_shortened(qtbot, notes):
    editor = notes.editor
    long_view = "y" * 100_500  # e.g. from another device with an older version
    editor.set_note(NoteDraft(held_on=date.today(), citizen_view=long_view, agenda="a" * 100_100))
    assert editor.citizen_view.toPlainText() == long_view and len(editor.agenda.text()) == 100_100
    editor.citizen_view.moveCursor(editor.citizen_view.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.citizen_view, Qt.Key.Key_Backspace)
    assert len(editor.citizen_view.toPlainText()) == 100_499
    qtbot.keyClicks(editor.citizen_view, "z")  # but not made longer
    assert len(editor.citizen_view.toPlainText()) == 100_499
    editor.agenda.end(False)
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Backspace)
    assert len(editor.agenda.text()) == 100_099


def test_a_note_with_10_mb_tool_answers_is_not_saved_and_the_field_is_named(qtbot, window, notes):
    editor = notes.editor
    editor.set_note(
        NoteDraft(
            held_on=date.today(), agenda="Opfølgning", tool="scale_questions", tool_answers={"x": TEN_MB}
        ),
        baseline=NoteDraft(held_on=date.today()),
    )
    qtbot.keyClick(editor.agenda, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    banner = window.citizen_page.banner
    assert banner.property("kind") == "error"
    assert describe_problems([FieldProblem("tool_answers.x", "too_long", 10_000)]) in banner.text()
    assert "Answers to the conversation tool: Too long: at most 10" in banner.text()  # the English source
    citizen_id = window.citizen_page.citizen_id
    assert window.services.notes.list_for(citizen_id) == []


def _unbounded_text_fields(root) -> list[str]:
    """Every text field under ``root`` a person types prose in that no bound holds."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit

    from desktop.views.widgets.text_limit import TextBox

    found = []
    for widget in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        if isinstance(widget.parent(), QAbstractSpinBox) or widget.isReadOnly():
            continue  # a number or a date, or text shown only
        if isinstance(widget, QLineEdit):
            bounded = widget.validator() is not None or widget.maxLength() < 32767
        else:
            bounded = isinstance(widget, TextBox) and widget.max_length > 0
        if not bounded:
            found.append(widget.accessibleName() or widget.placeholderText() or type(widget).__name__)
    return found


def test_every_text_field_of_a_citizen_s_working_file_is_bounded(qtbot, window, notes):
    from desktop.views.citizen.caseworker_panel import HandoverDialog

    page = window.citizen_page
    notes.editor.tool.setCurrentIndex(notes.editor.tool.findData("network_map"))
    for guide in ("recovery_chime", "goal_staircase", "energy_cup"):
        notes.editor.tool.setCurrentIndex(notes.editor.tool.findData(guide))
        assert _unbounded_text_fields(notes.editor.tool_form) == [], guide
    for panel in (
        page.tabs.goals_panel,
        page.tabs.reflection_panel,
        page.tabs.coordination_panel,
        page.tabs.notes_panel,
    ):
        page.tabs.setCurrentWidget(panel)
    for model in range(page.tabs.reflection_panel.log.model.count()):
        page.tabs.reflection_panel.log.model.setCurrentIndex(model)
        assert _unbounded_text_fields(page.tabs.reflection_panel) == []
    assert _unbounded_text_fields(page) == []
    assert _unbounded_text_fields(HandoverDialog(page)) == []
