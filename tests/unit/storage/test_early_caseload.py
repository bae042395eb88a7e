"""The caseload read at startup before the database code is loaded: the very rows the service gives,
only for a vault at this program's schema, with the checks every open makes."""

import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import text

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.errors import VaultDamaged
from desktop.services.registry import Services
from desktop.storage.vault import early_caseload
from desktop.storage.vault.schema import KNOWN_REVISIONS


def _caseload_with_a_note_and_a_deleted_citizen(services: Services) -> None:
    citizens = services.citizens
    kept = citizens.create_citizen(CitizenDraft(name="Åse Ærø", cpr="010190-1234"))
    citizens.create_citizen(CitizenDraft(name="Bo Berg", next_follow_up=date(2026, 12, 1)))
    gone = citizens.create_citizen(CitizenDraft(name="Carl Cirkel"))
    services.notes.add_note(kept, NoteDraft(held_on=date(2026, 11, 2)))
    with services.session.vault.transaction() as conn:
        conn.execute(text("UPDATE citizen SET deleted_at = '2026-11-03' WHERE id = :id"), {"id": gone})


def test_it_reads_the_rows_the_caseload_service_gives(services):
    _caseload_with_a_note_and_a_deleted_citizen(services)
    vault = services.session.vault
    expected = services.citizens.caseload()

    looked = early_caseload.read_caseload(vault.folder, bytes(vault._key))

    assert looked == expected and len(looked) == 2
    assert {row.name: row.last_contact for row in looked} == {"Åse Ærø": date(2026, 11, 2), "Bo Berg": None}


def test_a_vault_at_another_schema_revision_is_left_to_the_full_open(services):
    vault = services.session.vault
    with vault.transaction() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :old"), {"old": KNOWN_REVISIONS[-2]})

    assert early_caseload.read_caseload(vault.folder, bytes(vault._key)) is None


def test_a_wrong_key_is_reported_as_damage_and_changes_nothing(services):
    _caseload_with_a_note_and_a_deleted_citizen(services)
    vault = services.session.vault
    database = vault.database_path
    services.session.lock()
    before = database.read_bytes()

    with pytest.raises(VaultDamaged):
        early_caseload.read_caseload(vault.folder, bytes(32))

    assert database.read_bytes() == before


def test_a_missing_database_is_reported_as_damage(services):
    vault = services.session.vault
    key = bytes(vault._key)
    services.session.lock()
    vault.database_path.unlink()

    with pytest.raises(VaultDamaged, match="missing"):
        early_caseload.read_caseload(vault.folder, key)


def test_it_loads_no_database_code():
    """The point of it: the caseload is on screen before SQLAlchemy is imported."""
    code = "import sys, desktop.storage.vault.early_caseload; print(sorted(m for m in sys.modules if 'sqlalchemy' in m))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert done.stdout.strip() == "[]"
