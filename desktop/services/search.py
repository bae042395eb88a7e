"""Global search across the caseload: safe for any input, grouped by citizen, logged with its term."""

from __future__ import annotations

from sqlalchemy import text

from desktop.domain.cpr import mask
from desktop.domain.search import CitizenResults, search_terms
from desktop.services.vault_session import VaultSession
from desktop.storage import audit, search_index

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


def _fill_names(conn, grouped: dict[str, CitizenResults]) -> None:  # type: ignore[no-untyped-def]
    ids = list(grouped)
    placeholders = ", ".join(f":id{i}" for i in range(len(ids)))
    rows = conn.execute(
        text(f"SELECT id, name, cpr FROM citizen WHERE deleted_at IS NULL AND id IN ({placeholders})"),  # noqa: S608
        {f"id{i}": citizen_id for i, citizen_id in enumerate(ids)},
    )
    for citizen_id, name, cpr in rows:
        grouped[citizen_id].name = name
        grouped[citizen_id].masked_cpr = mask(cpr)
