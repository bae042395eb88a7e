"""kill -9 while a note is being typed in the real window: after unlocking again the typing is offered back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.views.main_window import MainWindow
from desktop.views.operation import OperationRunner
from desktop.views.preferences import Preferences
from tests.conftest import PASSWORD

pytestmark = pytest.mark.slow

TYPED = "Borgeren fortalte om en god uge i stalden, og"

TYPIST = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from desktop.app import create_application
    from desktop.services.registry import Services
    from desktop.services.vault_session import VaultSession
    from desktop.storage.vault.keychain import KeyCache
    from desktop.views.main_window import MainWindow
    from desktop.views.operation import OperationRunner
    from desktop.views.preferences import Preferences

    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())  # never the developer's real keychain

    app = create_application()
    session = VaultSession(Path(sys.argv[1]), KeyCache(None))
    session.unlock(sys.stdin.readline().rstrip("\\n"), remember=False)
    services = Services.for_session(session)
    runner = OperationRunner()
    window = MainWindow(services, runner, Preferences(Path(sys.argv[2])))
    window.show()
    window.open_citizen(sys.argv[3])
    runner.wait_for_all()  # the citizen's file is read in the background
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.notes_panel)
    QTest.keyClicks(page.tabs.notes_panel.editor.citizen_view, sys.argv[4])

    def report_when_stashed():
        if services.notes.load_draft(sys.argv[3], None) is not None:
            print("stashed", flush=True)  # the autosave committed; now keep typing until killed
            QTest.keyClicks(page.tabs.notes_panel.editor.citizen_view, " mere")
        else:
            QTimer.singleShot(100, report_when_stashed)

    QTimer.singleShot(100, report_when_stashed)
    app.exec()
    """
)


def test_kill_9_while_typing_a_note_then_unlock_offers_the_draft_back(
    qtbot, vault_dir, key_cache, fast_kdf, tmp_path, qapp
):
    session = VaultSession(vault_dir, key_cache, kdf=fast_kdf)
    session.create(PASSWORD)
    citizen_id = Services.for_session(session).citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    session.lock()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(vault_dir), str(tmp_path / "prefs"), citizen_id, TYPED],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSWORD + "\n")
    child.stdin.flush()
    try:
        assert child.stdout.readline().strip() == "stashed"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)

    session = VaultSession(vault_dir, key_cache, kdf=fast_kdf)
    session.unlock(PASSWORD)
    window = MainWindow(Services.for_session(session), OperationRunner(), Preferences(tmp_path / "prefs2"))
    qtbot.addWidget(window)
    window.citizen_page.ask_unsaved = lambda: "discard"
    window.show()
    window.open_citizen(citizen_id)
    page = window.citizen_page
    qtbot.waitUntil(lambda: page.citizen_id == citizen_id, timeout=10_000)  # read in the background
    notes = page.tabs.notes_panel
    assert page.tabs.currentWidget() is notes and notes.restored_draft
    assert notes.editor.citizen_view.toPlainText().startswith(TYPED)
    assert page.banner.isVisibleTo(page)
