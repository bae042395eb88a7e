"""Two programs on one vault, seen from the second window: its unlock dialog says which
program has the notebook open, in Danish, and works again once that program has closed it."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.citizen import CitizenDraft
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.views.controller import AppController
from desktop.views.dialogs.unlock_dialog import UnlockDialog
from tests.conftest import PASSWORD
from tests.gui.test_unlock_dialog import try_password

pytestmark = pytest.mark.slow

# Another window of the program, as far as the vault can tell: a session opened with the password, that
# locks and ends when it reads a line.
OTHER_WINDOW = textwrap.dedent(
    """
    import sys
    from desktop.services.vault_session import VaultSession
    session = VaultSession(sys.argv[1])
    session.unlock(sys.stdin.readline().rstrip("\\n"))
    print("open", flush=True)
    sys.stdin.readline()
    session.lock()
    """
)


class OtherWindow:
    def __init__(self, folder) -> None:  # type: ignore[no-untyped-def]
        self.process = subprocess.Popen(
            [sys.executable, "-c", OTHER_WINDOW, str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(PASSWORD + "\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "open"

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.communicate("\n", timeout=60)


@pytest.fixture
def other_window(session):
    session.create(PASSWORD, remember=True)
    Services.for_session(session).citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    session.lock()
    other = OtherWindow(session.folder)
    yield other
    other.close()


def in_use_in_danish(pid: int) -> re.Pattern:
    return re.compile(
        rf"Notesbogen er allerede åben i et andet Casenotes-vindue \(proces {pid}, af \S+ på "
        rf"{re.escape(socket.gethostname())}, siden \d\d:\d\d\)\. Luk det program først; intet er ændret\."
    )


def test_the_unlock_dialog_names_the_other_window_and_unlocks_once_it_is_closed(
    qtbot, other_window, session, runner, danish
):
    dialog = UnlockDialog(session, runner)
    qtbot.addWidget(dialog)
    dialog.show()

    try_password(qtbot, dialog, PASSWORD)

    assert dialog.error.isVisible()
    assert in_use_in_danish(other_window.process.pid).fullmatch(dialog.error.text()), dialog.error.text()
    assert not session.is_unlocked
    assert session.failed_attempts() == 0  # not a wrong password
    assert dialog.unlock_button.isEnabled() and dialog.password.isEnabled()  # try again
    other_window.close()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        try_password(qtbot, dialog, PASSWORD)
    assert session.is_unlocked
    session.lock()


def test_with_a_remembered_key_the_second_window_shows_no_caseload_and_says_why(
    qtbot, other_window, session, runner, preferences, danish
):
    controller = AppController(session, runner, preferences)
    shown_rows: list[int] = []
    try:
        controller.start()
        window = controller.main_window
        window.caseload_shown.connect(lambda: shown_rows.append(window.caseload_page.model.rowCount()))
        qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockDialog), timeout=5000)
        dialog = controller.dialog

        assert shown_rows == []  # never a caseload another program is writing to
        assert not session.is_unlocked and controller.main_window is None
        assert dialog.error.isVisible()
        assert in_use_in_danish(other_window.process.pid).fullmatch(dialog.error.text()), dialog.error.text()
        assert dialog.unlock_button.isEnabled()
    finally:
        if isinstance(controller.dialog, UnlockDialog):
            controller.dialog.done(0)
        if controller.main_window is not None:
            controller.main_window.close_for_lock()
        controller.idle.stop()
        controller.clipboard.stop_guarding(QApplication.instance())
        session.lock()


def test_a_session_of_this_program_is_not_refused_by_itself(session):
    """The lock is for other programs: the early read and the open of one session share it."""
    session.create(PASSWORD, remember=True)
    session.lock()
    again = VaultSession(session.folder, session._keys)
    assert again.early_caseload_with_remembered_key() == []
    assert again.unlock_with_keychain()
    again.lock()
