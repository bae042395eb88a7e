"""The single-writer lock on a data folder and its holder note."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import textwrap
import threading

import pytest

from desktop.errors import VaultInUse
from desktop.storage.vault import folder_lock
from desktop.storage.vault.folder_lock import HOLDER_NAME, LOCK_NAME, WINDOW, FolderLock, read_holder

# Another program holding the folder: it takes the lock, says so, and waits for a line.
OTHER_PROGRAM = textwrap.dedent(
    """
    import sys
    from desktop.storage.vault.folder_lock import FolderLock
    lock = FolderLock(sys.argv[1], sys.argv[2])
    lock.acquire()
    if len(sys.argv) > 3:
        import os
        os.unlink(sys.argv[3])  # its note gone (removed by hand, a full disk): the lock still counts
    print("held", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def other_program(tmp_path):
    started = []

    def start(program: str = "casenotes check", drop_note: bool = False) -> subprocess.Popen:
        args = [sys.executable, "-c", OTHER_PROGRAM, str(tmp_path), program]
        if drop_note:
            args.append(str(tmp_path / HOLDER_NAME))
        child = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        started.append(child)
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        return child

    yield start
    for child in started:
        child.communicate("\n", timeout=30)


def test_the_holder_note_says_which_program_and_nothing_more(tmp_path):
    lock = FolderLock(tmp_path, "casenotes demo")
    lock.acquire()
    try:
        note = json.loads((tmp_path / HOLDER_NAME).read_text("utf-8"))
        assert set(note) == {"format", "program", "pid", "user", "host", "since"}
        assert (note["program"], note["pid"], note["host"]) == (
            "casenotes demo",
            os.getpid(),
            socket.gethostname(),
        )
        if os.name == "posix":
            assert stat.S_IMODE((tmp_path / HOLDER_NAME).stat().st_mode) == 0o600
            assert stat.S_IMODE((tmp_path / LOCK_NAME).stat().st_mode) == 0o600
        holder = read_holder(tmp_path)
        assert holder is not None and holder.program == "casenotes demo"
    finally:
        lock.release()
    assert not (tmp_path / HOLDER_NAME).exists()  # gone with the hold
    assert (tmp_path / LOCK_NAME).exists()  # the lock file stays: a waiter never locks a removed file


def test_another_program_is_named(tmp_path, other_program):
    child = other_program("casenotes export")
    with pytest.raises(VaultInUse) as refused:
        FolderLock(tmp_path).acquire()
    message = refused.value.render()
    assert message.startswith(f"The notebook is already open in casenotes export (process {child.pid}, by ")
    assert f" on {socket.gethostname()}, since " in message
    assert message.endswith("). Close that program first; nothing was changed.")


def test_another_window_is_named_through_the_translation(tmp_path, other_program):
    other_program(WINDOW)
    with pytest.raises(VaultInUse) as refused:
        FolderLock(tmp_path).acquire()
    danish = {
        VaultInUse.message_naming_holder: "Åben i %1 (proces %2, af %3 på %4, siden %5).",
        VaultInUse.another_window: "et andet Casenotes-vindue",
    }
    assert refused.value.render(danish.__getitem__).startswith("Åben i et andet Casenotes-vindue (proces ")


def test_without_a_note_the_lock_still_refuses_without_details(tmp_path, other_program):
    other_program(drop_note=True)
    with pytest.raises(VaultInUse) as refused:
        FolderLock(tmp_path).acquire()
    assert refused.value.render() == VaultInUse.message


def test_a_note_left_by_a_killed_program_is_not_believed(tmp_path):
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    note = {
        "program": "casenotes demo",
        "pid": int(gone.stdout),
        "user": "lene",
        "host": socket.gethostname(),
        "since": "2026-11-20T09:42:00+00:00",
    }
    (tmp_path / HOLDER_NAME).write_text(json.dumps(note))
    assert read_holder(tmp_path) is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("program", "rm -rf /"),
        ("program", "casenotes demo; echo"),
        ("pid", "4711"),
        ("pid", True),
        ("since", "yesterday"),
        ("since", "2026-11-20T09:42:00"),  # no time zone
        ("user", ""),
    ],
)
def test_a_note_that_makes_no_sense_is_not_believed(tmp_path, field, value):
    note = {
        "program": "casenotes demo",
        "pid": 1,
        "user": "lene",
        "host": "PC-123",
        "since": "2026-11-20T09:42:00+00:00",
    }
    note[field] = value
    (tmp_path / HOLDER_NAME).write_text(json.dumps(note))
    assert read_holder(tmp_path) is None


def test_names_from_a_note_cannot_carry_placeholders_or_control_characters(tmp_path):
    note = {
        "program": "casenotes demo",
        "pid": 1,
        "user": "le%1ne\n\x1b[31m" + "x" * 200,
        "host": "PC-123",
        "since": "2026-11-20T09:42:00+00:00",
    }
    (tmp_path / HOLDER_NAME).write_text(json.dumps(note))
    holder = read_holder(tmp_path)
    assert holder is not None
    assert holder.user.startswith("le1ne[31m") and len(holder.user) == 64


def test_sessions_of_one_program_share_the_hold(tmp_path):
    first, second = FolderLock(tmp_path), FolderLock(tmp_path / ".")
    assert first.acquire() and second.acquire()
    assert not first.acquire()  # already held by this object
    first.release()
    assert read_holder(tmp_path) is not None  # the second still holds it
    second.release()
    assert read_holder(tmp_path) is None


def test_taken_on_one_thread_and_let_go_on_another(tmp_path):
    lock = FolderLock(tmp_path)
    worker = threading.Thread(target=lock.acquire)  # the unlock runs on an operation thread
    worker.start()
    worker.join()
    lock.release()  # the lock at quit, on the GUI thread
    child = subprocess.run(
        [sys.executable, "-c", OTHER_PROGRAM, str(tmp_path), "casenotes check"],
        input="\n",
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert child.stdout.strip() == "held", child.stderr


def test_a_program_name_is_a_window_or_a_command(tmp_path):
    with pytest.raises(ValueError):
        FolderLock(tmp_path, "lene's laptop")


def test_the_note_is_given_a_moment_to_appear(tmp_path, monkeypatch):
    """The lock is taken a moment before the note is written: the refused program waits for it briefly."""
    calls = []
    real = folder_lock.read_holder
    monkeypatch.setattr(
        folder_lock,
        "read_holder",
        lambda folder: calls.append(1) or (real(folder) if len(calls) > 2 else None),
    )
    lock = FolderLock(tmp_path, "casenotes sync")
    lock.acquire()
    try:
        holder = folder_lock._wait_for_note(tmp_path)
    finally:
        lock.release()
    assert holder is not None and holder.program == "casenotes sync" and len(calls) == 3
