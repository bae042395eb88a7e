"""A sync round writing on its worker thread while the GUI thread saves: neither
fails with "database is locked", and both writes land."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from tests.conftest import PASSWORD
from tests.unit.sync.conftest import SERVER_URL


def test_sync_on_a_worker_thread_while_the_gui_thread_saves(make_device):
    office, field = make_device("office"), make_device("field")
    for n in range(150):
        office.services.citizens.create_citizen(CitizenDraft(name=f"Testperson {n}"))
    office.sync.connect(SERVER_URL, "lene", PASSWORD)
    office.sync.sync_now()
    field.sync.connect(SERVER_URL, "lene", PASSWORD)
    own = field.services.citizens.create_citizen(CitizenDraft(name="Borger på feltet"))
    failures: list[BaseException] = []

    def sync() -> None:
        try:
            field.sync.sync_now()
        except BaseException as exc:
            failures.append(exc)

    worker = threading.Thread(target=sync)
    worker.start()
    saved = 0
    while worker.is_alive() or saved < 20:
        draft = field.services.citizens.open_citizen(own).draft
        field.services.citizens.update_citizen(own, replace(draft, own_wishes=f"Ønske {saved}"))
        field.services.notes.add_note(own, NoteDraft(held_on=date(2026, 11, 2), agenda=f"Samtale {saved}"))
        saved += 1
    worker.join()

    assert failures == []
    assert field.services.citizens.open_citizen(own).draft.own_wishes == f"Ønske {saved - 1}"
    assert len(field.services.citizens.caseload()) == 151
