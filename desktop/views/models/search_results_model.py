"""The results of a search as a two-level tree: each citizen, and under them their hits.

A plain model over the results, replaced in one reset: a ``QStandardItemModel`` of 300 hits took half a
second to clear when the next search came, as the tree measured every row again while they went one by
one. The citizens come a page at a time (``show_more``, called as the list is scrolled to its
end), and a citizen's hits are turned into marked-up text when first shown: a search shows its first
screenful without preparing the hundreds of hits further down. (Not Qt's ``fetchMore``: a tree view
fetches a page more at every layout, whether it is scrolled there or not.)
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, CitizenResults
from desktop.views import theme
from desktop.views.labels import SEARCH_KINDS, label
from desktop.views.widgets.html_delegate import HTML_ROLE, PLAIN_LINES_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex
CITIZEN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_GROUP = 0  # internal id of a citizen's row; a hit's is its citizen's row + 1
PAGE = 40  # citizens shown at first, and added each time the list is scrolled to its end


@dataclass(frozen=True)
class _Hit:
    html: str
    plain_lines: tuple[str, str]
    accessible: str


def match_tag() -> str:
    """The opening tag of a marked word, in the theme's colours."""
    return (
        f"<b style='background:{theme.colour('match_bg').name()}; color:{theme.colour('match_text').name()}'>"
    )


def snippet_html(snippet: str, match: str) -> str:
    """Escape a snippet and turn the highlight markers into marked bold text (``match_tag()``)."""
    escaped = html.escape(snippet.replace("\n", " "))
    return escaped.replace(HIGHLIGHT_START, match).replace(HIGHLIGHT_END, "</b>")


def _plain(snippet: str) -> str:
    return snippet.replace("\n", " ").replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


class SearchResultsModel(QAbstractItemModel):
    """Citizens (bold, name and masked CPR) with their hits (``HTML_ROLE``) under them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[CitizenResults] = []
        self._hits_of: dict[int, tuple[_Hit, ...]] = {}  # a citizen's marked-up hits, made when first shown
        self._shown = 0  # citizens in the model so far
        self._hits = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._hint = self._match = ""

    @property
    def hit_count(self) -> int:
        """Hits found, over every citizen (shown yet or not)."""
        return self._hits

    @property
    def citizen_count(self) -> int:
        """Citizens found (shown yet or not)."""
        return len(self._results)

    def set_results(self, results: list[CitizenResults]) -> None:
        """Show these results instead of the ones on show (one reset for the view)."""
        self.beginResetModel()
        self._results = list(results)
        self._hits_of = {}
        self._shown = min(PAGE, len(self._results))
        self._hits = sum(len(result.hits) for result in self._results)
        self._hint = theme.colour("hint").name()
        self._match = match_tag()
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing."""
        self.set_results([])

    @property
    def has_more(self) -> bool:
        """Whether citizens found are not in the model yet."""
        return self._shown < len(self._results)

    def show_more(self) -> None:
        """Add the next page of citizens."""
        if not self.has_more:
            return
        more = min(PAGE, len(self._results) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def _hits_shown_for(self, row: int) -> tuple[_Hit, ...]:
        hits = self._hits_of.get(row)
        if hits is None:
            hits = self._hits_of[row] = self._mark_up(self._results[row])
        return hits

    def _mark_up(self, result: CitizenResults) -> tuple[_Hit, ...]:
        hits = []
        for hit in result.hits:
            kind = label(SEARCH_KINDS, hit.kind)
            title = snippet_html(hit.title, self._match) if hit.kind != "profile" else ""
            plain_title = _plain(hit.title) if hit.kind != "profile" else ""
            hits.append(
                _Hit(
                    html=f"<span style='color:{self._hint}'>{html.escape(kind)}</span> {title}<br>"
                    f"{snippet_html(hit.snippet, self._match)}",
                    plain_lines=(f"{kind} {plain_title}", _plain(hit.snippet)),
                    accessible=_plain(hit.snippet),
                )
            )
        return tuple(hits)

    # -- Qt model interface ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < self._shown else QModelIndex()
        if parent.internalId() != _GROUP or parent.row() >= self._shown:
            return QModelIndex()
        if row >= len(self._results[parent.row()].hits):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self._shown
        if parent.internalId() == _GROUP and parent.row() < self._shown:
            return len(self._results[parent.row()].hits)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            result = self._results[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{result.name}   {result.masked_cpr}"
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == CITIZEN_ID_ROLE:
                return result.citizen_id
            return None
        row = index.internalId() - 1
        hit = self._hits_shown_for(row)[index.row()]
        if role == HTML_ROLE:
            return hit.html
        if role == PLAIN_LINES_ROLE:
            return hit.plain_lines
        if role == CITIZEN_ID_ROLE:
            return self._results[row].citizen_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return hit.accessible
        return None
