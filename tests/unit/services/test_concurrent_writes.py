"""Writers on several threads of one program: the GUI thread, the sync worker and the
operation threads share one vault. A write waits for another to finish instead of failing with
"database is locked", and a wait that runs out is said in plain words."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import text

from desktop.domain.citizen import CitizenDraft
from desktop.errors import VaultBusy
from desktop.storage.vault import connection


def hold_the_write_lock(vault, seconds: float) -> tuple[threading.Thread, threading.Event]:
    """Another thread of this program writing for ``seconds`` (as a sync page being applied does)."""
    holding = threading.Event()

    def write() -> None:
        with vault.transaction() as conn:
            conn.execute(text("INSERT INTO app_setting (key, value, updated_at) VALUES ('worker', '1', '')"))
            holding.set()
            threading.Event().wait(seconds)

    worker = threading.Thread(target=write)
    worker.start()
    assert holding.wait(10)
    return worker, holding


def test_a_save_waits_for_another_threads_write_and_both_land(services, unlocked):
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Testperson Ærlig"))
    draft = services.citizens.open_citizen(citizen_id).draft
    worker, _ = hold_the_write_lock(unlocked.vault, 0.3)

    # Reads the citizen first, then writes: the write must wait, not fail on taking the lock.
    services.citizens.update_citizen(citizen_id, replace(draft, own_wishes="Arbejde med dyr"))
    worker.join()

    assert services.citizens.open_citizen(citizen_id).draft.own_wishes == "Arbejde med dyr"
    with unlocked.vault.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM app_setting WHERE key = 'worker'")).scalar() == "1"


def test_a_write_that_waits_too_long_is_refused_in_plain_words(monkeypatch, session):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    from tests.conftest import PASSWORD

    session.create(PASSWORD)
    from desktop.services.registry import Services

    services = Services.for_session(session)
    citizen_id = services.citizens.create_citizen(CitizenDraft(name="Testperson Ærlig"))
    draft = services.citizens.open_citizen(citizen_id).draft
    worker, _ = hold_the_write_lock(session.vault, 1.5)

    with pytest.raises(VaultBusy) as refused:
        services.citizens.update_citizen(citizen_id, replace(draft, own_wishes="Arbejde med dyr"))
    worker.join()

    assert (
        refused.value.message
        == "The notebook is busy with another task right now; try again. Nothing was changed."
    )
    assert services.citizens.open_citizen(citizen_id).draft.own_wishes != "Arbejde med dyr"


def test_writes_take_the_write_lock_first_and_reads_never_do(services, unlocked):
    from sqlalchemy import event

    from desktop.storage.records import sync_store

    engine = unlocked.vault.engine
    begun: list[str] = []

    def note_begin(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("BEGIN"):
            begun.append(statement)

    event.listen(engine, "before_cursor_execute", note_begin)
    try:
        services.citizens.caseload()
        read = list(begun)
        begun.clear()
        services.citizens.create_citizen(CitizenDraft(name="Testperson Ærlig"))
        written = list(begun)
        begun.clear()
        with sync_store.applying(engine):
            pass
        applied = list(begun)
    finally:
        event.remove(engine, "before_cursor_execute", note_begin)

    assert read == ["BEGIN"]
    assert written == ["BEGIN IMMEDIATE"]
    assert applied == ["BEGIN IMMEDIATE"]
