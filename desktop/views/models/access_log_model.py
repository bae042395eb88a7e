"""A citizen's access log as a table model.

The "Details" column says what each event was about (``AccessLogEntry.about``, from
``domain.access_log``): the note's date, the actor's role and organisation, the document handed out,
the fields changed, every code in words of the interface language. ``_ABOUT`` is the table to extend
when ``ABOUT_KEYS`` grows.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.access_log import Subjects, about
from desktop.domain.citizen import AccessLogEntry
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.views.formatting import format_date, format_time
from desktop.views.labels import (
    ACTIONS,
    CHANNELS,
    CONSENT_FORMS,
    FIELDS,
    FILING_STATUSES,
    GOAL_KINDS,
    PHASES,
    RATERS,
    REFLECTION_MODELS,
    ROLES,
    label,
)

# Documents written outside the program (``citizen.exported``, ``citizen.access_exported``).
DOCUMENTS: dict[str, str] = {
    "plan": QT_TRANSLATE_NOOP("AccessLogModel", "My plan (PDF)"),
    "network_map": QT_TRANSLATE_NOOP("AccessLogModel", "Network map (picture)"),
    "chart_": QT_TRANSLATE_NOOP("AccessLogModel", "Progress chart (picture)"),  # chart_<name>
}
FORMATS: dict[str, str] = {
    "pdf": QT_TRANSLATE_NOOP("AccessLogModel", "PDF"),
    "json": QT_TRANSLATE_NOOP("AccessLogModel", "JSON (for machines)"),
}
FOLLOW_UPS: dict[str, str] = {
    "agreement": QT_TRANSLATE_NOOP("AccessLogModel", "An agreement"),
    "activity": QT_TRANSLATE_NOOP("AccessLogModel", "An activity"),
    "consent": QT_TRANSLATE_NOOP("AccessLogModel", "A consent's expiry"),
}
# key of ``about`` -> (label, how its value is put in words: a labels table, "date", "text", "fields",
# "scale", or a table of this model's own words)
_ABOUT: dict[str, tuple[str, str | dict[str, str]]] = {
    "document": (QT_TRANSLATE_NOOP("AccessLogModel", "Document"), DOCUMENTS),
    "format": (QT_TRANSLATE_NOOP("AccessLogModel", "Format"), FORMATS),
    "charts": (QT_TRANSLATE_NOOP("AccessLogModel", "Charts"), "text"),
    "fields": (QT_TRANSLATE_NOOP("AccessLogModel", "Changed"), "fields"),
    "note_on": (QT_TRANSLATE_NOOP("AccessLogModel", "Meeting"), "date"),
    "corrects_on": (QT_TRANSLATE_NOOP("AccessLogModel", "Corrects the note of"), "date"),
    "status": (QT_TRANSLATE_NOOP("AccessLogModel", "Status"), FILING_STATUSES),
    "goal_kind": (QT_TRANSLATE_NOOP("AccessLogModel", "Goal"), GOAL_KINDS),
    "role": (QT_TRANSLATE_NOOP("AccessLogModel", "Actor"), ROLES),
    "organisation": (QT_TRANSLATE_NOOP("AccessLogModel", "Organisation"), "text"),
    "form": (QT_TRANSLATE_NOOP("AccessLogModel", "Form"), CONSENT_FORMS),
    "channel": (QT_TRANSLATE_NOOP("AccessLogModel", "Channel"), CHANNELS),
    "phase": (QT_TRANSLATE_NOOP("AccessLogModel", "When"), PHASES),
    "model": (QT_TRANSLATE_NOOP("AccessLogModel", "Model"), REFLECTION_MODELS),
    "scale": (QT_TRANSLATE_NOOP("AccessLogModel", "Scale"), "scale"),
    "rater": (QT_TRANSLATE_NOOP("AccessLogModel", "Rated by"), RATERS),
    "follow_up": (QT_TRANSLATE_NOOP("AccessLogModel", "Follow-up"), FOLLOW_UPS),
    "to_caseworker": (QT_TRANSLATE_NOOP("AccessLogModel", "New responsible caseworker"), "text"),
}
_OWN_WORDS = (DOCUMENTS, FORMATS, FOLLOW_UPS)


class LogColumn(IntEnum):
    """Columns of the access log."""

    WHEN = 0
    WHO = 1
    WHAT = 2
    DETAIL = 3


class AccessLogModel(QAbstractTableModel):
    """Newest first, as the service returns it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccessLogEntry] = []
        self._scale_titles: dict[str, str] = {}

    def set_scale_titles(self, titles: dict[str, str]) -> None:
        """The scale sets' titles by id, in the interface language (a measurement names its scale)."""
        self._scale_titles = dict(titles)

    def set_rows(self, rows: list[AccessLogEntry]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._rows[index.row()]
        column = LogColumn(index.column())
        if column == LogColumn.WHEN:
            moment = datetime.fromisoformat(entry.at).astimezone()
            return f"{format_date(moment)} {format_time(moment)}"
        if column == LogColumn.WHO:
            return entry.actor
        if column == LogColumn.WHAT:
            return label(ACTIONS, entry.action)
        return self._detail(entry)

    def _detail(self, entry: AccessLogEntry) -> str:
        parts = []
        facts = entry.about or about(entry.action, entry.detail, Subjects())  # own codes at least
        for key, value in facts.items():
            if key not in _ABOUT:
                continue
            title, words = _ABOUT[key]
            parts.append(
                f"{QCoreApplication.translate('AccessLogModel', title)}: {self._words(words, value)}"
            )
        return "; ".join(parts)

    def _words(self, words: str | dict[str, str], value: object) -> str:
        text = str(value)
        if words == "date":
            return format_date(date.fromisoformat(text[:10])) if len(text) >= 10 else text
        if words == "fields":
            names = value if isinstance(value, list) else [value]
            return ", ".join(label(FIELDS, str(name)) for name in names)
        if words == "scale":
            return self._scale_titles.get(text, self.tr("a scale set no longer in the program"))
        if not isinstance(words, dict):
            return text
        if any(words is own for own in _OWN_WORDS):
            source = words.get(text) or next(
                (w for p, w in words.items() if p.endswith("_") and text.startswith(p)), None
            )
            return QCoreApplication.translate("AccessLogModel", source) if source else text
        return label(words, text)
