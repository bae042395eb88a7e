"""Global search across the caseload: safe for any input, grouped by citizen, logged with its term."""

from __future__ import annotations

from sqlalchemy import Connection

from desktop.domain.cpr import mask
from desktop.domain.search import CitizenResults, search_terms
from desktop.services.vault_session import VaultSession
from desktop.storage.records import search_index
from desktop.storage.records.bulk import select_in
from desktop.storage.vault import audit

MAX_HITS = 300
MAX_LOGGED_TERM = 200


class SearchService:
    """Runs a full-text search; meant to be called off the GUI thread."""

    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def search(self, query: str) -> list[CitizenResults]:
        """Citizens with hits for every word of ``query``, best first; [] for nothing to search for."""
        terms = search_terms(query)
        if not terms:
            return []
        vault = self._session.vault
        with vault.transaction() as conn:
            pairs = search_index.search(conn, terms, MAX_HITS)
            grouped: dict[str, CitizenResults] = {}
            for citizen_id, hit in pairs:
                group = grouped.get(citizen_id)
                if group is None:
                    group = grouped[citizen_id] = CitizenResults(citizen_id, "", "")
                group.hits.append(hit)
            if grouped:
                _fill_names(conn, grouped)
            audit.append_event(
                conn,
                vault.actor,
                "search",
                detail={"term": query.strip()[:MAX_LOGGED_TERM], "results": len(grouped)},
            )
        return [group for group in grouped.values() if group.name]


def _fill_names(conn: Connection, grouped: dict[str, CitizenResults]) -> None:
    # select_in hands the statement to the driver as it is: SQLAlchemy's text() took longer to parse
    # two hundred named parameters than the full-text query took to run
    rows = select_in(
        conn, "SELECT id, name, cpr FROM citizen WHERE deleted_at IS NULL AND id IN ({in})", list(grouped)
    )
    for citizen_id, name, cpr in rows:
        grouped[citizen_id].name = name
        grouped[citizen_id].masked_cpr = mask(cpr)
