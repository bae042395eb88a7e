"""Copies of citizen data: hints that keep them out of clipboard history, cleared after the delay (but
never someone else's copy), cleared at lock and quit; Ctrl+C, Ctrl+X and the context menu in text fields
go the same way; "Copy CPR" and "Copy as text" put the right text there, logged and announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextBrowser, QWidget

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.views.clipboard import (
    DWORD_ZERO,
    KDE_PASSWORD_HINT,
    MAC_CONCEALED_TYPE,
    SensitiveClipboard,
    privacy_hints,
)
from desktop.views.dialogs.unlock_dialog import UnlockDialog
from tests.gui.conftest import open_citizen_and_wait

CPR = "211062-5629"


@pytest.fixture
def system_clipboard(app):
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    yield clipboard
    clipboard.clear()


@pytest.fixture
def make_clipboard(qtbot, system_clipboard):
    made = []

    def make(**options) -> SensitiveClipboard:
        copier = SensitiveClipboard(system_clipboard, **options)
        made.append(copier)
        return copier

    yield make
    for copier in made:
        if getattr(QApplication.instance(), "_text_field_guard", None) is copier:
            copier.stop_guarding(QApplication.instance())
        copier.clear_now()
        copier.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no copier outlives its test


def formats(clipboard) -> dict[str, bytes]:
    mime = clipboard.mimeData()
    return {name: bytes(mime.data(name).data()) for name in mime.formats()}


# -- the clipboard itself ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", {KDE_PASSWORD_HINT: b"secret"}),
        (
            "win32",
            {
                'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': DWORD_ZERO,
                'application/x-qt-windows-mime;value="Clipboard Viewer Ignore"': DWORD_ZERO,
                'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
                'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
            },
        ),
        ("darwin", {MAC_CONCEALED_TYPE: b"secret"}),
    ],
)
def test_a_copy_carries_the_hints_that_keep_it_out_of_clipboard_history(
    make_clipboard, system_clipboard, platform, expected
):
    assert privacy_hints(platform) == expected
    copier = make_clipboard(platform=platform)
    copier.copy("211062-5629")
    on_clipboard = formats(system_clipboard)
    assert system_clipboard.text() == "211062-5629"
    for name, value in expected.items():
        assert on_clipboard[name] == value
    assert copier.pending


def test_the_copy_is_cleared_after_the_delay(qtbot, make_clipboard, system_clipboard):
    copier = make_clipboard(clear_after_ms=150)
    assert copier.seconds == 1
    with qtbot.waitSignal(copier.copied) as copied:
        copier.copy("Jeg drømmer om at passe heste")
    assert copied.args == [1]
    assert system_clipboard.text() == "Jeg drømmer om at passe heste"
    with qtbot.waitSignal(copier.cleared, timeout=3000):
        pass
    assert system_clipboard.text() == ""
    assert not copier.pending


def test_something_copied_since_is_never_wiped(qtbot, make_clipboard, system_clipboard):
    copier = make_clipboard(clear_after_ms=150)
    copier.copy(CPR)
    system_clipboard.setText("copied in another program")  # offscreen: not ours, so not re-wrapped
    with qtbot.assertNotEmitted(copier.cleared, wait=500):
        pass
    assert system_clipboard.text() == "copied in another program"
    assert not copier.pending


def test_a_new_copy_starts_the_delay_again(qtbot, make_clipboard, system_clipboard):
    copier = make_clipboard(clear_after_ms=300)
    copier.copy("first")
    qtbot.wait(200)
    copier.copy("second")
    qtbot.wait(200)
    assert system_clipboard.text() == "second"
    qtbot.waitUntil(lambda: system_clipboard.text() == "", timeout=3000)


def test_clear_now_clears_only_our_copy(make_clipboard, system_clipboard):
    copier = make_clipboard()
    copier.copy(CPR)
    copier.clear_now()
    assert system_clipboard.text() == "" and not copier.pending
    system_clipboard.setText("copied in another program")
    copier.clear_now()
    assert system_clipboard.text() == "copied in another program"


def test_our_own_unprotected_copies_are_replaced_with_protected_ones(make_clipboard, system_clipboard):
    """A selectable label or a date field copies through Qt directly; the copy is wrapped at once."""
    copier = make_clipboard(owns_clipboard=lambda: True)
    system_clipboard.setText("Åse Ærø")
    assert system_clipboard.text() == "Åse Ærø"
    assert KDE_PASSWORD_HINT in formats(system_clipboard)
    assert copier.pending and copier.holds_our_copy()


# -- text fields ------------------------------------------------------------------------------------


@pytest.fixture
def fields(qtbot, make_clipboard):
    copier = make_clipboard()
    copier.guard_text_fields(QApplication.instance())
    line, box, reader, password = QLineEdit(), QPlainTextEdit(), QTextBrowser(), QLineEdit()
    password.setEchoMode(QLineEdit.EchoMode.Password)
    for widget in (line, box, reader, password):
        qtbot.addWidget(widget)
        widget.show()
        copier._on_focus_changed(None, widget)  # as when each has had the focus
    return copier, line, box, reader, password


def test_a_text_field_is_guarded_from_its_first_focus_on(qtbot, make_clipboard, system_clipboard):
    copier = make_clipboard()
    copier.guard_text_fields(QApplication.instance())
    window = QWidget()
    qtbot.addWidget(window)
    focused, never_focused = QLineEdit("Ringe til rideskolen", window), QLineEdit("Bo Dam", window)
    never_focused.move(0, 40)
    never_focused.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus, timeout=3000)
    focused.selectAll()
    qtbot.keyClick(focused, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "Ringe til rideskolen"
    assert KDE_PASSWORD_HINT in formats(system_clipboard) and copier.pending

    # The filter is on the fields that had the focus, not on the whole program.
    never_focused.selectAll()
    qtbot.keyClick(never_focused, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "Bo Dam"
    assert KDE_PASSWORD_HINT not in formats(system_clipboard)


def test_ctrl_c_in_a_text_field_is_a_protected_copy(qtbot, fields, system_clipboard):
    copier, line, box, reader, _password = fields
    line.setText("Ringe til rideskolen")
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "Ringe til rideskolen"
    assert KDE_PASSWORD_HINT in formats(system_clipboard) and copier.pending

    box.setPlainText("Første linje\nAnden linje")
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "Første linje\nAnden linje"
    assert KDE_PASSWORD_HINT in formats(system_clipboard)

    reader.setHtml("<p><b>Refleksion</b> om mødet</p>")
    reader.selectAll()
    qtbot.keyClick(reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "Refleksion om mødet"
    assert KDE_PASSWORD_HINT in formats(system_clipboard)


def test_ctrl_x_cuts_with_one_undo_step_and_nothing_selected_changes_nothing(qtbot, fields, system_clipboard):
    _copier, line, box, _reader, _password = fields
    line.setText("Bo Berg, mentor")
    line.setSelection(0, 7)
    qtbot.keyClick(line, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "Bo Berg" and line.text() == ", mentor"
    assert KDE_PASSWORD_HINT in formats(system_clipboard)
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == "Bo Berg, mentor"

    box.setPlainText("Hestene giver energi")
    cursor = box.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    qtbot.keyClick(box, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "Hestene " and box.toPlainText() == "giver energi"
    box.undo()
    assert box.toPlainText() == "Hestene giver energi"

    system_clipboard.setText("untouched")
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "untouched"
    box.setReadOnly(True)  # a filed note: cutting does nothing, as in Qt
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "untouched" and box.toPlainText() == "Hestene giver energi"


def test_a_password_is_never_copied(qtbot, fields, system_clipboard):
    _copier, _line, _box, _reader, password = fields
    password.setText("korrekt hest")
    password.selectAll()
    system_clipboard.setText("before")
    qtbot.keyClick(password, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert system_clipboard.text() == "before"


def test_the_context_menu_copies_and_cuts_the_protected_way(fields, system_clipboard):
    copier, line, box, _reader, _password = fields
    line.setText("Karin, Rideskolen")
    line.selectAll()
    menu = line.createStandardContextMenu()
    copier.protect_menu(menu, line)
    menu.findChild(QAction, "edit-copy").trigger()
    assert system_clipboard.text() == "Karin, Rideskolen"
    assert KDE_PASSWORD_HINT in formats(system_clipboard)

    box.setPlainText("Diagnose")
    box.selectAll()
    menu = box.createStandardContextMenu()
    copier.protect_menu(menu, box)
    menu.findChild(QAction, "edit-cut").trigger()
    assert system_clipboard.text() == "Diagnose" and box.toPlainText() == ""
    assert KDE_PASSWORD_HINT in formats(system_clipboard)


def test_a_right_click_in_a_field_opens_the_protected_menu(qtbot, fields, system_clipboard):
    copier, line, box, _reader, _password = fields
    for field, target, text in ((line, line, "Bo Berg"), (box, box.viewport(), "Hestene")):
        if isinstance(field, QLineEdit):
            field.setText(text)
        else:
            field.setPlainText(text)
        field.selectAll()
        copier.clear_now()
        spot = QPoint(3, 3)
        QApplication.sendEvent(
            target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot, target.mapToGlobal(spot))
        )
        [menu] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
        menu.findChild(QAction, "edit-copy").trigger()
        menu.close()
        assert system_clipboard.text() == text
        assert KDE_PASSWORD_HINT in formats(system_clipboard) and copier.pending


# -- in the program ---------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3000)
    return main_window


def test_copy_cpr_copies_the_full_number_logs_it_and_says_when_it_is_cleared(qtbot, window, system_clipboard):
    services = window.services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø", cpr=CPR))
    open_citizen_and_wait(window, qtbot, citizen_id)
    page = window.citizen_page
    assert page.form.cpr.text() == "211062-XXXX" and page.header.copy_cpr_button.isVisible()
    assert "Ctrl+Shift+C" in page.header.copy_cpr_button.toolTip()

    qtbot.mouseClick(page.header.copy_cpr_button, Qt.MouseButton.LeftButton)
    assert system_clipboard.text() == CPR
    assert KDE_PASSWORD_HINT in formats(system_clipboard)
    assert window.statusBar().currentMessage() == "Copied — the clipboard is cleared in 30 seconds"
    assert "citizen.cpr_copied" in [e.action for e in services.citizens.access_log(citizen_id)]
    assert page.form.cpr.text() == "211062-XXXX"  # copying does not show it

    system_clipboard.clear()
    page.tabs.setFocus()
    qtbot.keyClick(
        page.tabs, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert system_clipboard.text() == CPR


def test_no_copy_cpr_without_a_cpr_number(qtbot, window):
    citizen_id = window.services.citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    open_citizen_and_wait(window, qtbot, citizen_id)
    assert not window.citizen_page.header.copy_cpr_button.isVisible()


def test_copy_note_text_by_shortcut_is_the_text_for_filing(qtbot, window, system_clipboard):
    services = window.services
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø", cpr=CPR))
    from datetime import date

    note_id = services.notes.add_note(citizen_id, NoteDraft(held_on=date.today(), agenda="Opfølgning"))
    open_citizen_and_wait(window, qtbot, citizen_id)
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    notes = page.tabs.notes_panel
    assert notes.note_id == note_id
    assert "Ctrl+Shift+T" in notes.note_actions.copy_button.toolTip()
    notes.editor.agenda.setFocus()
    qtbot.keyClick(
        notes.editor.agenda,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert system_clipboard.text() == services.notes.text_for_filing(note_id)
    assert "Opfølgning" in system_clipboard.text()
    assert KDE_PASSWORD_HINT in formats(system_clipboard)
    assert window.statusBar().currentMessage().startswith("Copied")


def test_lock_and_quit_clear_the_copy(qtbot, unlocked, runner, preferences, system_clipboard):
    from desktop.views.controller import AppController

    controller = AppController(unlocked, runner, preferences)
    try:
        controller._show_main()
        controller.clipboard.copy(CPR)
        assert system_clipboard.text() == CPR
        controller.lock()
        assert system_clipboard.text() == ""
        assert isinstance(controller.dialog, UnlockDialog)

        controller.clipboard.copy(CPR)
        system_clipboard.setText("copied in another program")
        controller._quit()  # no event loop runs app.exec() here, so nothing actually quits
        assert system_clipboard.text() == "copied in another program"
        controller.clipboard.copy(CPR)
        controller._quit()
        assert system_clipboard.text() == ""
    finally:
        if controller.dialog is not None and controller.dialog.isVisible():
            controller.dialog.done(0)
        controller.idle.stop()
        controller.clipboard.stop_guarding(QApplication.instance())
