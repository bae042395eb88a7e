"""The caseload, read with the data key before the database code is loaded (startup).

With the key remembered on this computer, the main window is on screen at once; what kept the caseload
from it was loading SQLAlchemy and the services (about 0.3 s), not reading the list (a few ms). So the
caseload is first read here, over one keyed SQLCipher connection and without SQLAlchemy, with the same
query the caseload service runs (``citizens.caseload`` uses ``CASELOAD_SQL`` and ``caseload_rows``)
and after the checks every open makes first (``vault_files.prepare_to_open`` and the commit mark, as
``Vault`` does): a caseload from a database that lost committed work is never shown. The connection
is read-only, so a vault found damaged here is left exactly as it was. The vault is then opened as
always, and the services read it from then on.

This path only reads. A vault that is not at this program's schema revision (one to migrate, or from a
newer program) is left to the full open, which migrates or refuses it (``None``). Reading the caseload
list is not an access-log event, here or in the service: it shows names and masked CPR numbers only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from desktop.domain.citizen import CaseloadRow
from desktop.storage.vault.codec import stored_date
from desktop.storage.vault.commit_mark import CommitMark
from desktop.storage.vault.connection import connect_read_only
from desktop.storage.vault.schema import SCHEMA_HEAD
from desktop.storage.vault.vault_files import MARK_NAME, prepare_to_open

CASELOAD_SQL = (
    "SELECT id, name, cpr, programme, status, next_follow_up, "
    "(SELECT max(held_on) FROM meeting_note m WHERE m.citizen_id = c.id AND m.deleted_at IS NULL), "
    "responsible_caseworker FROM citizen c WHERE deleted_at IS NULL"
)


def caseload_rows(rows: Iterable[Sequence]) -> list[CaseloadRow]:
    """The caseload list from the rows of ``CASELOAD_SQL``."""
    return [
        CaseloadRow(r[0], r[1], r[2], r[3], r[4], stored_date(r[5]), stored_date(r[6]), r[7] or "")
        for r in rows
    ]


def read_caseload(folder: Path, data_key: bytes) -> list[CaseloadRow] | None:
    """The caseload list of the vault in ``folder``; ``None`` when its schema is not this program's or
    reading fails otherwise (the full open then reports what is wrong).

    Raises ``VaultDamaged`` (a wrong key, a damaged file or log, committed work lost) and
    ``RestoreUnfinished`` as an open does.
    """
    database = prepare_to_open(folder)
    connection = connect_read_only(str(database), data_key)
    try:
        if _schema_revision(connection) != SCHEMA_HEAD:
            return None
        CommitMark(Path(folder) / MARK_NAME, data_key).check(connection)
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
