"""The citizen's rights and the law's limits: access export, retention review, erasure, log pruning.

* ``export_access`` (GDPR art. 15): everything stored about one citizen and the access log of their
  record, as a Danish PDF or as JSON, written only where the person chose and never into the data
  folder (``storage.outputs``); the export is logged. ``export_vault``: every record, for administrators.
* ``retention_due``: closed cases past the retention period, for a person to review. Nothing here
  deletes on its own: ``erase_citizen`` is called only after a person confirmed.
* ``erase_citizen``: every row about the citizen, their search-index entries, drafts and sync
  bookkeeping, in one transaction; the deletion syncs as a deletion; one minimal audit event stays.
  ``secure_delete`` (engine) and FTS5 ``secure-delete`` (revision 0009) zero what is freed, and a
  checkpoint carries the zeroed pages into the database file, so no page with the text is left.
* ``prune_access_log``: events older than the log's retention, from the start of the hash chain,
  leaving an anchor so the rest still verifies.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Connection, text

from desktop.domain.access_log import about
from desktop.domain.citizen import FieldProblem
from desktop.domain.retention import RetentionCase, log_cutoff, retention_due_on
from desktop.errors import InvalidInput, NotFound
from desktop.reports.access_report import AccessEvent, AccessRecord, access_json, write_access_pdf
from desktop.reports.access_words import Catalogue
from desktop.services.base import VaultService
from desktop.services.changes import ChangeBus
from desktop.services.guides import GuideLibrary
from desktop.services.scales import ScaleLibrary
from desktop.services.vault_session import VaultSession
from desktop.storage.records import citizen_data, log_subjects, transfers
from desktop.storage.records.citizens import now_iso
from desktop.storage.records.sync_store import export_all
from desktop.storage.vault import audit

EXPORT_FORMATS = ("pdf", "json")


class PrivacyService(VaultService):
    """Access export, retention review, erasure and access-log pruning for the open vault.

    ``guides`` and ``scales`` give the Danish names of the conversation tools and scale sets the
    export shows instead of their ids."""

    def __init__(
        self,
        session: VaultSession,
        bus: ChangeBus,
        guides: GuideLibrary | None = None,
        scales: ScaleLibrary | None = None,
    ) -> None:
        super().__init__(session, bus)
        self._guides = guides
        self._scales = scales

    # -- access export -----------------------------------------------------------------------------

    def access_record(self, citizen_id: str) -> AccessRecord:
        """Everything stored about the citizen and the access log of their record (not logged by itself)."""
        with self._vault.engine.connect() as conn:
            return self._gather(conn, citizen_id)

    def export_access(self, citizen_id: str, fmt: str, path: Path) -> None:
        """Write the access export as ``fmt`` ("pdf" or "json") to ``path``; the export is logged first,
        so it shows in the document it produces."""
        if fmt not in EXPORT_FORMATS:
            raise InvalidInput([FieldProblem("format", "choice")])
        path = self._check_output(path)  # never into the data folder: refused before it is logged
        with self._vault.transaction() as conn:
            self._require(conn, citizen_id)
            self._log(conn, "citizen.access_exported", citizen_id=citizen_id, detail={"format": fmt})
            record = self._gather(conn, citizen_id)
        with self._output(path) as partial:  # a failure leaves no half a file
            if fmt == "json":
                partial.write_bytes(access_json(record))
            else:
                write_access_pdf(partial, record)

    def export_vault(self, path: Path) -> int:
        """Write every synced record of the vault as JSON to ``path`` (``casenotes export --all``, for an
        administrator comparing or moving vaults); logged. Returns the number of records."""
        path = self._check_output(path)
        with self._vault.transaction() as conn:
            records = export_all(conn)
            self._log(conn, "vault.exported", detail={"scope": "all", "format": "json"})
        document = {"format": "casenotes-export", "version": 1, "records": records}
        with self._output(path) as partial:
            partial.write_bytes(json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode())
        return sum(len(rows) for rows in records.values())

    # -- retention ---------------------------------------------------------------------------------

    def retention_due(self, years: int, today: date | None = None) -> list[RetentionCase]:
        """Closed cases whose retention period has run out by ``today``, longest overdue first."""
        today = today or date.today()
        with self._vault.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, name, closed_at FROM citizen "
                    "WHERE status = 'closed' AND closed_at IS NOT NULL AND deleted_at IS NULL"
                )
            ).all()
        due = []
        for row in rows:
            citizen_id, name, closed_at = row[0], row[1], row[2]
            closed_on = datetime.fromisoformat(closed_at).date()
            due_on = retention_due_on(closed_on, years)
            if due_on <= today:
                due.append(RetentionCase(citizen_id, name, closed_on, due_on))
        return sorted(due, key=lambda case: (case.due_on, case.name))

    def erase_citizen(self, citizen_id: str) -> dict[str, int]:
        """Delete everything about the citizen (after a person confirmed); returns rows per table.

        One transaction: the rows, their search entries, drafts and sync bookkeeping go together, with
        one audit event that keeps only the citizen's id and the counts.
        """
        with self._vault.transaction() as conn:
            self._require(conn, citizen_id)
            counts = citizen_data.erase_citizen(conn, citizen_id)
            transfers.withdraw_queued(conn, citizen_id)  # a file not sent yet is not sent after this
            self._log(
                conn,
                "citizen.erased",
                citizen_id=citizen_id,
                detail={"rows": {table: n for table, n in counts.items() if n}},
            )
        self._vault.flush_deleted()
        self._bus.publish("citizen", citizen_id)
        return counts

    # -- the access log ----------------------------------------------------------------------------

    def prune_access_log(self, months: int, now: datetime | None = None) -> int:
        """Remove access-log events older than ``months``; returns how many went."""
        cutoff = log_cutoff(now or datetime.now(UTC), months)
        with self._vault.transaction() as conn:
            return audit.prune_before(conn, cutoff, self._vault.actor)

    # -- internals ---------------------------------------------------------------------------------

    def _require(self, conn: Connection, citizen_id: str) -> None:
        if conn.execute(text("SELECT 1 FROM citizen WHERE id = :id"), {"id": citizen_id}).first() is None:
            raise NotFound(citizen_id)

    def _gather(self, conn: Connection, citizen_id: str) -> AccessRecord:
        rows = citizen_data.rows_about(conn, citizen_id)
        if not rows["citizen"]:
            raise NotFound(citizen_id)
        subjects = log_subjects.subjects_about(conn, citizen_id)
        events = []
        for event in reversed(audit.events_for_citizen(conn, citizen_id)):
            detail = audit.detail_of(event)
            events.append(
                AccessEvent(
                    event.at, event.actor, event.action, detail, about(event.action, detail, subjects)
                )
            )
        return AccessRecord(
            citizen_id, now_iso(), self._vault.actor, rows, events, audit.kept_from(conn), self._catalogue()
        )

    def _catalogue(self) -> Catalogue:
        """The Danish names of the tools and scale sets (a file that will not load is left out)."""
        guides = self._guides.load()[0] if self._guides else []
        scales = self._scales.load()[0] if self._scales else []
        return Catalogue.of(guides, scales)
