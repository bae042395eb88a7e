"""A notebook's sync identity: kept when the account is made again, records the
server lacks sent again after any set-up, no needless uploads, and never two notebooks mixed unless
the person says they are one."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import text

from desktop.domain.citizen import CitizenDraft
from desktop.errors import SyncSignedOut, SyncVaultMismatch
from desktop.storage.records import sync_store as store
from desktop.storage.vault import audit
from desktop.sync.sealing import seal
from tests.conftest import PASSWORD
from tests.unit.sync.conftest import SERVER_URL


def _connect(device, **options):
    return device.sync.connect(SERVER_URL, "lene", PASSWORD, **options)


def _citizen(device, name: str) -> str:
    return device.services.citizens.create_citizen(CitizenDraft(name=name))


def _names(device) -> set[str]:
    return {row.name for row in device.services.citizens.caseload()}


def _state(device) -> dict[str, str]:
    with device.session.vault.engine.connect() as conn:
        return store.get_state(conn)


def _actions(device) -> list[tuple[str, dict]]:
    with device.session.vault.engine.connect() as conn:
        return [(e.action, json.loads(e.detail)) for e in reversed(audit.recent_events(conn, 50))]


def _wipe(server_app) -> None:
    """The server loses everything (its database deleted and made again)."""
    with server_app.state.engine.begin() as conn:
        for table in ("push_request", "record", "device", "account"):
            conn.execute(text(f"DELETE FROM {table}"))


def _server_versions(server_app) -> dict[str, int]:
    with server_app.state.engine.connect() as conn:
        return dict(conn.execute(text("SELECT record_id, version FROM record")).all())


def _sign_out(device) -> None:
    """This computer was signed out (its device token no longer works)."""
    with device.session.vault.transaction() as conn:
        store.set_state(conn, signed_out="1")


def test_an_account_made_again_keeps_the_notebooks_identity_and_gets_every_record(make_device, server_app):
    office, field = make_device("office"), make_device("field")
    for n in range(3):
        _citizen(office, f"Kontor {n}")
    _connect(office)
    office.sync.sync_now()
    _connect(field)
    field.sync.sync_now()
    _citizen(field, "Marken 1")
    field.sync.sync_now()
    office.sync.sync_now()
    identity = {k: _state(office)[k] for k in ("sync_vault_id", "sync_key")}

    _wipe(server_app)
    with pytest.raises(SyncSignedOut):
        field.sync.sync_now()
    assert _connect(field) == "created"  # the computer that had joined sets it up again first
    assert {k: _state(field)[k] for k in identity} == identity
    report = field.sync.sync_now()
    assert report.pushed == len(_server_versions(server_app)) == 4
    with pytest.raises(SyncSignedOut):
        office.sync.sync_now()
    assert _connect(office) == "joined"  # the same notebook: no question
    assert office.sync.sync_now().pushed == 0  # the server held all of it already
    field.sync.sync_now()
    assert office.sync.export_all() == field.sync.export_all()
    assert _names(office) == {"Kontor 0", "Kontor 1", "Kontor 2", "Marken 1"}


def test_joining_again_sends_what_the_server_lost_and_nothing_it_holds(make_device, server_app):
    office = make_device("office")
    kept, lost = _citizen(office, "Bevaret Person"), _citizen(office, "Tabt Person")
    _connect(office)
    office.sync.sync_now()
    with server_app.state.engine.begin() as conn:  # the server lost one record, not its feed's head
        conn.execute(text("DELETE FROM record WHERE record_id = :id"), {"id": lost})
    before = _server_versions(server_app)

    _sign_out(office)
    assert _connect(office) == "joined"
    assert office.sync.status().waiting > 0
    report = office.sync.sync_now()
    assert report.pushed == 1 and report.quarantined == 0
    assert report.touched == set()  # what the server held unchanged is not written or reindexed here
    after = _server_versions(server_app)
    assert after[lost] == 1
    assert {k: v for k, v in after.items() if k != lost} == before  # no new version of what it held
    assert after[kept] == before[kept]
    assert office.sync.status().waiting == 0


def test_the_same_edit_made_on_two_computers_is_not_sent_again(make_device, server_app):
    office, field = make_device("office"), make_device("field")
    citizen_id = _citizen(office, "Testperson Samme")
    for device in (office, field):
        _connect(device)
        device.sync.sync_now()
    for device in (office, field):
        draft = device.services.citizens.open_citizen(citizen_id).draft
        device.services.citizens.update_citizen(
            citizen_id, draft.__class__(**{**vars(draft), "phone": "1234"})
        )
        with device.session.vault.transaction() as conn:  # the same stamp too: the same content
            conn.execute(text("UPDATE citizen SET updated_at = '2026-12-01T10:00:00+00:00'"))
    office.sync.sync_now()
    version = _server_versions(server_app)[citizen_id]
    report = field.sync.sync_now()
    assert (report.pushed, report.conflicts) == (0, 0)
    assert _server_versions(server_app)[citizen_id] == version
    assert field.sync.status().waiting == 0


def test_a_vault_with_its_own_caseload_is_asked_before_joining(make_device, server_app):
    office, field = make_device("office"), make_device("field")
    _citizen(office, "Kontorets Borger")
    _connect(office)
    office.sync.sync_now()
    _citizen(field, "Markens Borger")  # never synced, a caseload of its own

    with pytest.raises(SyncVaultMismatch) as asked:
        _connect(field)
    assert asked.value.account_vault_id == _state(office)["sync_vault_id"]
    assert asked.value.notebook_vault_id is None and asked.value.holds_records
    assert not field.sync.status().configured
    assert _state(field).keys() <= {"recovery_auth_key", "recovery_wrap_key"}
    assert _names(field) == {"Markens Borger"}
    assert _actions(field)[-1] == (
        "sync.vault_mismatch",
        {"account_vault": _state(office)["sync_vault_id"]},
    )
    # The stopped sign-in left no working device behind on the account.
    assert [d.name for d in office.sync.devices() if d.revoked_at is None] == ["office"]

    assert _connect(field, same_notebook=True) == "joined"
    field.sync.sync_now()
    office.sync.sync_now()
    assert _names(office) == _names(field) == {"Kontorets Borger", "Markens Borger"}
    action, detail = _actions(field)[-2]
    assert action == "sync.joined" and detail["same_notebook"] is True


def test_an_empty_vault_joins_without_a_question(make_device):
    office, field = make_device("office"), make_device("field")
    _citizen(office, "Kontorets Borger")
    _connect(office)
    office.sync.sync_now()
    assert _connect(field) == "joined"
    field.sync.sync_now()
    assert _names(field) == {"Kontorets Borger"}
    assert _state(field)["local_vault_id"] == field.session.vault.vault_id


def test_a_vault_that_synced_as_another_notebook_is_asked_and_keeps_everything(make_device, server_app):
    mine, other = make_device("mine"), make_device("other")
    _citizen(mine, "Min Borger")
    _connect(mine)
    mine.sync.sync_now()
    before = mine.sync.export_all()
    state_before = _state(mine)

    _wipe(server_app)  # swapped: another notebook makes an account of the same name and password
    _citizen(other, "Fremmed Borger")
    assert _connect(other) == "created"
    other.sync.sync_now()
    _sign_out(mine)
    with pytest.raises(SyncVaultMismatch) as asked:
        _connect(mine)
    assert asked.value.notebook_vault_id == state_before["sync_vault_id"]
    assert mine.sync.export_all() == before
    assert _state(mine) == {**state_before, "signed_out": "1"}
    with pytest.raises(SyncSignedOut):
        mine.sync.sync_now()
    assert _names(mine) == {"Min Borger"}


def test_records_sealed_for_another_notebook_never_arrive(make_device, server_app):
    office, other = make_device("office"), make_device("other")
    _citizen(office, "Kontorets Borger")
    _connect(office)
    office.sync.sync_now()
    other.sync.connect(SERVER_URL, "ida", PASSWORD)
    foreign = _citizen(other, "Fremmed Borger")
    other.sync.sync_now()
    state = _state(office)
    forged = str(uuid.uuid4())
    # One blob under this notebook's key but bound to another vault id, and one copied from the
    # other account: the server (or whoever can write to it) puts both into this account's feed.
    content = {"id": forged, "name": "Fremmed Borger 2"}
    blob = seal(bytes.fromhex(state["sync_key"]), _state(other)["sync_vault_id"], "citizen", forged, content)
    with server_app.state.engine.begin() as conn:
        account_id = state["account_id"]
        copied = conn.execute(
            text("SELECT blob FROM record WHERE record_id = :id"), {"id": foreign}
        ).scalar_one()
        for seq, (record_id, data) in enumerate(((forged, blob), (foreign, copied)), start=100):
            conn.execute(
                text(
                    "INSERT INTO record (account_id, record_type, record_id, version, seq, blob, deleted, "
                    "device_id, updated_at) VALUES (:a, 'citizen', :id, 1, :seq, :blob, 0, 'x', 'now')"
                ),
                {"a": account_id, "id": record_id, "seq": seq, "blob": data},
            )
        conn.execute(text("UPDATE account SET next_seq = 102 WHERE id = :a"), {"a": account_id})
    report = office.sync.sync_now()
    assert report.quarantined == 2
    assert {q.record_id for q in office.sync.quarantined()} == {forged, foreign}
    assert _names(office) == {"Kontorets Borger"}


def test_sync_state_from_another_vault_signs_this_computer_out(make_device):
    office = make_device("office")
    _connect(office)
    office.sync.sync_now()
    with office.session.vault.transaction() as conn:  # as if the database came from another vault
        store.set_state(conn, local_vault_id=str(uuid.uuid4()))
    with pytest.raises(SyncSignedOut):
        office.sync.sync_now()
    assert office.sync.status().signed_out
    assert _actions(office)[-1][0] == "sync.state_of_another_vault"


def test_a_set_up_from_before_the_check_adopts_this_vault(make_device):
    office = make_device("office")
    _connect(office)
    with office.session.vault.transaction() as conn:
        conn.execute(text("DELETE FROM sync_state WHERE key = 'local_vault_id'"))
    office.sync.sync_now()
    assert _state(office)["local_vault_id"] == office.session.vault.vault_id


def test_a_record_the_server_lost_is_sent_again_when_it_changes_here(make_device, server_app):
    office = make_device("office")
    citizen_id = _citizen(office, "Testperson Tabt")
    _connect(office)
    office.sync.sync_now()
    with server_app.state.engine.begin() as conn:  # lost there, the feed's head unchanged
        conn.execute(text("DELETE FROM record WHERE record_id = :id"), {"id": citizen_id})
    draft = office.services.citizens.open_citizen(citizen_id).draft
    office.services.citizens.update_citizen(citizen_id, draft.__class__(**{**vars(draft), "phone": "1234"}))
    report = office.sync.sync_now()
    assert (report.pushed, report.quarantined) == (1, 0)
    assert office.sync.quarantined() == []
    assert citizen_id in _server_versions(server_app)


def test_a_set_up_cut_off_after_making_the_account_joins_it_without_a_question(make_device):
    office = make_device("office")
    _citizen(office, "Kontorets Borger")
    assert _connect(office) == "created"
    with office.session.vault.transaction() as conn:  # as if killed before the set-up was saved here
        conn.execute(text("DELETE FROM sync_state WHERE key NOT LIKE 'recovery_%'"))
    assert _connect(office) == "joined"
    office.sync.sync_now()
    assert _state(office)["sync_vault_id"] == office.session.vault.vault_id


def test_joining_with_the_recovery_key_asks_too(make_device, tmp_path, key_cache, fast_kdf):
    from desktop.services.registry import Services
    from desktop.services.sync import SyncService
    from desktop.services.vault_session import VaultSession
    from tests.unit.sync.conftest import FAST_ACCOUNT_KDF

    laptop = make_device("laptop")
    _citizen(laptop, "Bærbarens Borger")  # never synced, a caseload of its own
    # The recovery key is shown only when a vault is made: make the account's first vault here.
    home = VaultSession(tmp_path / "home", key_cache, kdf=fast_kdf)
    recovery = str(home.create(PASSWORD))
    home_services = Services.for_session(home)
    home_sync = SyncService(
        home, home_services.bus, laptop.sync._client_factory, FAST_ACCOUNT_KDF, device_name="home"
    )
    home_services.citizens.create_citizen(CitizenDraft(name="Hjemmets Borger"))
    home_sync.connect(SERVER_URL, "lene", PASSWORD)
    home_sync.sync_now()

    with pytest.raises(SyncVaultMismatch):
        laptop.sync.connect(SERVER_URL, "lene", recovery_key=recovery)
    assert not laptop.sync.status().configured
    assert _names(laptop) == {"Bærbarens Borger"}

    assert laptop.sync.connect(SERVER_URL, "lene", recovery_key=recovery, same_notebook=True) == "joined"
    laptop.sync.sync_now()
    home_sync.sync_now()
    assert _names(laptop) == {"Bærbarens Borger", "Hjemmets Borger"}
    assert home_sync.export_all()["citizen"] == laptop.sync.export_all()["citizen"]
    home.lock()
