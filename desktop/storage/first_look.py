"""The caseload, read with the data key before the database code is loaded (issue 8: startup).

With the key remembered on this computer, the main window is on screen at once; what kept the caseload
from it was loading SQLAlchemy and the services (about 0.3 s), not reading the list (a few ms). So the
caseload is first read here, over one keyed SQLCipher connection and without SQLAlchemy, with the same
query the caseload service runs (``citizens.caseload`` uses ``CASELOAD_SQL`` and ``caseload_rows``) and
after the same checks every open makes first (``prepare_to_open``, shared with ``Vault``). The vault is
then opened as always, and the services read it from then on.

This path only reads. A vault that is not at this program's schema revision (one to migrate, or from a
newer program) is left to the full open, which migrates or refuses it (``None``). Reading the caseload
list is not an access-log event, here or in the service: it shows names and masked CPR numbers only.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.domain.citizen import CaseloadRow
from desktop.errors import VaultDamaged
from desktop.storage import vault_swap
from desktop.storage.connection import connect
from desktop.storage.schema import SCHEMA_HEAD
from desktop.storage.vault_files import DATABASE_NAME
from desktop.storage.wal_check import check_wal

log = logging.getLogger(__name__)

# A vault being created is built under this name and renamed into place when whole (see Vault.create).
CREATING_SUFFIX = ".new"

CASELOAD_SQL = (
    "SELECT id, name, cpr, programme, status, next_follow_up, "
    "(SELECT max(held_on) FROM meeting_note m WHERE m.citizen_id = c.id AND m.deleted_at IS NULL), "
    "responsible_caseworker FROM citizen c WHERE deleted_at IS NULL"
)


def caseload_rows(rows: Iterable[Sequence]) -> list[CaseloadRow]:
    """The caseload list from the rows of ``CASELOAD_SQL``."""
    return [
        CaseloadRow(r[0], r[1], r[2], r[3], r[4], _to_date(r[5]), _to_date(r[6]), r[7] or "") for r in rows
    ]


def prepare_to_open(folder: Path) -> Path:
    """What every open does before it reads the database; returns the database's path.

    Finishes a restore or a creation that a kill interrupted after its commit point, and raises
    ``VaultDamaged`` when the database is missing or its write-ahead log would lose committed data.
    """
    folder = Path(folder)
    database = folder / DATABASE_NAME
    vault_swap.finish_interrupted(folder)
    creating = database.with_name(DATABASE_NAME + CREATING_SUFFIX)
    if not database.exists() and creating.exists():
        os.replace(creating, database)
        log.warning("vault: finished a creation that was interrupted")
    if not database.exists():
        raise VaultDamaged("the database file is missing")
    wal = check_wal(database.with_name(DATABASE_NAME + "-wal"))
    if wal.damaged:
        raise VaultDamaged(wal.reason)
    return database


def read_caseload(folder: Path, data_key: bytes) -> list[CaseloadRow] | None:
    """The caseload list of the vault in ``folder``; ``None`` when its schema is not this program's or
    reading fails otherwise (the full open then reports what is wrong).

    Raises ``VaultDamaged`` (a wrong key, a damaged file or log) and ``RestoreUnfinished`` as an open does.
    """
    database = prepare_to_open(folder)
    connection = connect(str(database), data_key)
    try:
        if _schema_revision(connection) != SCHEMA_HEAD:
            return None
        return caseload_rows(connection.execute(CASELOAD_SQL))
    except sqlcipher.Error:
        return None
    finally:
        with contextlib.suppress(sqlcipher.Error):
            connection.close()


def _schema_revision(connection: sqlcipher.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.OperationalError:  # no such table: a vault with no schema yet
        return None
    return row[0] if row else None


def _to_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
