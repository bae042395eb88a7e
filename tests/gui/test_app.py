"""The program as ``desktop.app`` wires it: the composition root, not hand-built parts."""

from PySide6.QtCore import Qt

from desktop.app import build
from desktop.services.vault_session import VaultSession
from desktop.views.main_window import MainWindow


def test_the_built_program_creates_a_vault_and_opens_the_notebook(qtbot, vault_dir, key_cache, fast_kdf):
    app, controller = build(vault_dir.parent, VaultSession(vault_dir, key_cache, kdf=fast_kdf))
    controller.start()
    dialog = controller.dialog
    qtbot.keyClicks(dialog.form.password, "min kat hedder Bodil")
    qtbot.keyClicks(dialog.form.repeat, "min kat hedder Bodil")
    with qtbot.waitSignal(dialog.vault_created, timeout=20000):
        qtbot.keyClick(dialog.form.repeat, Qt.Key.Key_Return)
    dialog.kept_it.setChecked(True)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert isinstance(controller.main_window, MainWindow)
    assert controller.main_window.isVisible()
    # The background integrity check after unlocking finishes and finds nothing wrong.
    qtbot.waitUntil(lambda: not controller._runner.busy, timeout=20000)
    assert controller.main_window.sync_status.objectName() == "syncStatus"
    controller.lock()
    controller.dialog.done(0)
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
