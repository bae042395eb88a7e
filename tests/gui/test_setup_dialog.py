from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.views.dialogs.setup_dialog import SetupDialog

NEW_PASSWORD = "min kat hedder Bodil"


def make_dialog(qtbot, session, runner):
    dialog = SetupDialog(session, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_create_is_enabled_only_for_two_equal_long_enough_passwords(qtbot, session, runner):
    dialog = make_dialog(qtbot, session, runner)
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.form.password, "kort")
    assert "8" in dialog.form.meter.hint_text()
    qtbot.keyClicks(dialog.form.repeat, "kortX")
    assert dialog.form.mismatch.isVisible()
    assert not dialog.create_button.isEnabled()
    dialog.form.password.clear()
    dialog.form.repeat.clear()
    qtbot.keyClicks(dialog.form.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.form.repeat, NEW_PASSWORD)
    assert not dialog.form.mismatch.isVisible()
    assert dialog.create_button.isEnabled()
    assert not session.exists()


def test_a_person_creates_the_vault_and_confirms_the_recovery_key(qtbot, session, runner):
    dialog = make_dialog(qtbot, session, runner)
    qtbot.keyClicks(dialog.form.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.form.repeat, NEW_PASSWORD)
    with qtbot.waitSignal(dialog.vault_created, timeout=20000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert session.exists() and session.is_unlocked
    key_text = dialog.recovery_label.text()
    assert len(key_text.split()) == 8
    assert dialog.form.password.text() == ""  # the password does not linger in the widget

    # Neither Escape nor the finish button gets past the page before the checkbox is ticked.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert not dialog.done_button.isEnabled()
    qtbot.mouseClick(dialog.kept_it, Qt.MouseButton.LeftButton, pos=dialog.kept_it.rect().center())
    assert dialog.done_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.recovery_label.text() == ""


def test_the_recovery_key_prints(qtbot, session, runner, tmp_path):
    dialog = make_dialog(qtbot, session, runner)
    dialog._created("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "key.pdf"
    printer.setOutputFileName(str(out))
    dialog.print_to(printer)
    assert out.read_bytes().startswith(b"%PDF")
    assert "ABCD-EFGH" in dialog.recovery_document().toPlainText()


def test_the_dialog_speaks_danish_by_default(qtbot, session, runner, danish):
    dialog = make_dialog(qtbot, session, runner)
    assert dialog.windowTitle() == "Casenotes – opret din notesbog"
    assert dialog.create_button.text() == "&Opret notesbog"
