"""The program as ``desktop.app`` wires it: the composition root, not hand-built parts."""

import logging

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, Qt

from desktop.app import build, quit_after_seconds
from desktop.services.vault_session import VaultSession
from desktop.views import i18n
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


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(None, None), ("", None), ("0", 0.0), ("2.5", 2.5), ("86400", 86400.0)],
)
def test_quit_after_takes_seconds_from_the_environment(value, seconds):
    assert quit_after_seconds(value) == seconds


@pytest.mark.parametrize("value", ["soon", "-1", "nan", "inf", "86401"])
def test_quit_after_ignores_what_is_not_a_sensible_number_of_seconds(value, caplog):
    with caplog.at_level(logging.WARNING, logger="desktop.app"):
        assert quit_after_seconds(value) is None
    assert "CASENOTES_QUIT_AFTER is not a number of seconds" in caplog.text


def test_a_missing_qt_catalogue_is_logged(app, tmp_path, monkeypatch, caplog):
    class NoQtCatalogues:
        LibraryPath = QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which: QLibraryInfo.LibraryPath) -> str:
            return str(tmp_path)

    monkeypatch.setattr(i18n, "QLibraryInfo", NoQtCatalogues)
    monkeypatch.setattr(i18n, "qt_translation_folders", lambda: [str(tmp_path)])  # nor PySide6's own
    with caplog.at_level(logging.WARNING, logger="desktop.views.i18n"):
        translators = i18n.install_translators(app, "da")
    try:
        assert "Qt's own translation catalogue for da not found" in caplog.text
        assert len(translators) == 1  # ours still loads
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))
