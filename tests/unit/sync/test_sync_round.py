"""Two devices and one server: join, pull, push, merge, conflicts, deletions, fail-safes."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import Agreement, NoteDraft
from desktop.errors import SyncWrongPassword
from tests.conftest import PASSWORD
from tests.unit.sync.conftest import SERVER_URL


def _connect(device, password=PASSWORD):
    return device.sync.connect(SERVER_URL, "lene", password)


def _citizen(device, name="Testperson Ærlig", **fields) -> str:
    return device.services.citizens.create_citizen(CitizenDraft(name=name, **fields))


def test_a_second_device_joins_and_gets_everything(make_device):
    office, field = make_device("office"), make_device("field")
    citizen_id = _citizen(office, own_wishes="Arbejde med dyr")
    office.services.notes.add_note(
        citizen_id, NoteDraft(held_on=date(2026, 11, 1), agenda="Første samtale", agreements=[Agreement("Ring")])
    )
    assert _connect(office) == "created"
    office.sync.sync_now()
    assert office.sync.status().waiting == 0

    assert _connect(field) == "joined"
    report = field.sync.sync_now()
    assert report.pulled >= 3
    assert field.sync.export_all() == office.sync.export_all()
    hits = field.services.search.search("dyr")
    assert [h.citizen_id for h in hits] == [citizen_id]


def test_a_wrong_password_does_not_join(make_device):
    office, field = make_device(), make_device()
    _connect(office)
    with pytest.raises(SyncWrongPassword):
        _connect(field, password="forkert kodeord helt sikkert")
    assert not field.sync.status().configured
