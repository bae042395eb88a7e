"""A whole meeting note from the keyboard alone: open the Meetings tab, start a note, write the
account, pick a conversation tool and answer it, rate belief in a job twice, add an agreement with a
typed follow-up date, file, copy as text. Every key goes to the focused widget through ``QTest``; no
mouse, no setting of values. The keys are counted, so the count in the issue's report is the test's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import FilingStatus
from desktop.services.registry import Services
from tests.gui.conftest import open_citizen_and_wait

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ACCOUNT = "Vi talte om praktikken."
ANSWER = "Mor"
AGREEMENT = "Ring til rideskolen"

# Keys other than the text typed (Alt keys, Tab, Enter, Ctrl+Shift+T) a whole meeting note takes now
# (before the form was made for the keyboard: 37 for the same note, the two belief ratings given in their own tab and Up to leave
# the empty date field).
NAVIGATION_KEYS = 20


class Keyboard:
    """Sends keys to whatever has the focus, as a person would, and counts them."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self.keys = 0
        self.typed = 0

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1
    ):
        for _ in range(times):
            QTest.keyClick(QApplication.focusWidget(), key, modifiers)
            QApplication.processEvents()  # between two keys of a person, the program catches up
            self.keys += 1

    def alt(self, key: Qt.Key, done) -> None:
        """Alt+``key``: a button's Alt key clicks it the way Qt shows it, pressed for a moment first."""
        self.press(key, ALT)
        self._qtbot.waitUntil(done, timeout=2000)

    def type(self, text: str) -> None:
        QTest.keyClicks(QApplication.focusWidget(), text)
        QApplication.processEvents()
        self.keys += len(text)
        self.typed += len(text)

    def tab_to(self, widget, limit: int = 60) -> None:
        """Press Tab until ``widget`` has the focus (each press counted)."""
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget.accessibleName() or widget}")


def alt_key(button) -> Qt.Key:
    """The key of a button's Alt key, from its text as shown ("&Nyt notat" → N)."""
    letter = button.text().replace("&&", "").split("&")[1][0].upper()
    return Qt.Key(ord(letter))


@pytest.fixture
def window(make_main_window, unlocked, danish):
    return make_main_window(Services.for_session(unlocked), active=True)


def test_a_whole_meeting_note_from_the_keyboard_alone(qtbot, window):
    services = window.services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø", responsible_caseworker="Lene"))
    open_citizen_and_wait(window, qtbot, citizen_id)
    page = window.citizen_page
    notes = page.tabs.notes_panel
    editor = notes.editor
    clipboard: list[str] = []
    notes.copy_to_clipboard = clipboard.append
    asked: list[str] = []
    # The one question (file the note?) is answered with Enter: counted below, as a key.
    notes.confirm = lambda title, _text: asked.append(title) or True
    keyboard = Keyboard(qtbot)

    # Open the Meetings tab (Alt+4: the fourth section), then a new note (its Alt key).
    keyboard.press(Qt.Key.Key_4, ALT)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is notes and page.tabs.bar.button(3).hasFocus())
    keyboard.alt(alt_key(notes.note_list.new_button), lambda: QApplication.focusWidget() is editor.agenda)

    # A conversation tool: Tab to the list, type the start of its name; Tab into its first answer.
    keyboard.tab_to(editor.tool)
    keyboard.type("Net")  # Netværkskort
    assert editor.tool.currentData() == "network_map" and editor.tool_form is not None
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type(ANSWER)

    # The account of the meeting.
    keyboard.tab_to(editor.account)
    keyboard.type(ACCOUNT)

    # Belief in a job: the citizen's and the caseworker's, a digit each.
    keyboard.tab_to(editor.belief.citizen)
    keyboard.type("6")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("8")
    assert editor.belief.values() == (6, 8)

    # An agreement with a follow-up date typed into its date field.
    row = editor.agreements.rows()[0]
    keyboard.tab_to(row.text)
    keyboard.type(AGREEMENT)
    keyboard.tab_to(row.due.edit)
    due = date.today() + timedelta(days=14)
    # Typed as "in 14 days" (3 keys; before the typeable date field: Up, then day, month and year, 9 keys).
    keyboard.type("+14")
    assert row.due.value() == due, row.due.edit.text()

    # File (Alt key of "Journalisér…", Enter to the question), then copy as text (Ctrl+Shift+T).
    keyboard.alt(alt_key(notes.note_actions.file_button), lambda: bool(asked))
    keyboard.keys += 1  # Enter on the question
    keyboard.press(Qt.Key.Key_T, CTRL_SHIFT)

    stored = services.notes.get(notes.note_id)
    assert stored.filing_status == FilingStatus.FILED.value
    assert stored.draft.account == ACCOUNT and stored.draft.tool_answers
    assert [a.due for a in stored.draft.agreements] == [due]
    assert (stored.draft.belief_citizen, stored.draft.belief_caseworker) == (6, 8)
    assert ACCOUNT in clipboard[-1] and due.strftime("%d-%m-%Y") in clipboard[-1]
    # 73 keys in all when this was written (95 before the meeting form was made for the keyboard), 53 of them the text typed; the rest
    # finds the way.
    assert keyboard.keys - keyboard.typed <= NAVIGATION_KEYS, (keyboard.keys, keyboard.typed)
