"""The access export (GDPR art. 15, "indsigt"): everything stored about one citizen, in Danish.

``AccessRecord`` is what the service gathers; ``access_json`` writes it for machines (every stored
field, as stored) and ``access_html`` for people (Danish headings and labels, dates as dd-mm-åååå,
internal keys left out, every code in words from ``access_words``), which ``write_access_pdf`` prints.
The document is in Danish whatever the program's language: it is written to the citizen.

A meeting note that was corrected is shown once, as its newest version with its agreements, followed
by its earlier versions as the correction history (their agreements only where the correction changed
them). Every access-log line says what the event was about (``domain.access_log.about``).
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.notes import HELPED_KEY
from desktop.reports.access_words import (
    ABOUT,
    ACTIONS,
    HELPED_LABEL,
    HELPED_WORDS,
    HIDDEN,
    INTERNAL,
    JSON_FIELDS,
    KEYS_OF,
    LABELS,
    NESTED_AS,
    SECTIONS,
    VALUES,
    YES_NO,
    Catalogue,
    about_words,
)

FORMAT = "casenotes-indsigt"
FORMAT_VERSION = 1

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIMESTAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})")
_STAMPS = ("created_at", "updated_at", "deleted_at")
_H2 = "<h2 style='font-size: 13pt;'>{}</h2>"
_H3 = "<h3 style='font-size: 11pt;'>{}</h3>"


@dataclass(frozen=True)
class AccessEvent:
    """One access-log event about the citizen: when, who, what (the code and its Danish words), the
    stored detail, and what it was about (``domain.access_log.about``)."""

    at: str
    actor: str
    action: str
    detail: dict[str, Any]
    about: dict[str, Any] = field(default_factory=dict)

    @property
    def description(self) -> str:
        return ACTIONS.get(self.action, "Anden hændelse")

    def details(self, catalogue: Catalogue) -> str:
        """What the event was about, in Danish words ("Samtalen: 01-10-2026; Form: Skriftligt")."""
        parts = []
        for key, value in self.about.items():
            if key not in ABOUT:
                continue
            words = catalogue.scale_title(str(value)) if key == "scale" else about_words(key, value)
            parts.append(f"{ABOUT[key][0]}: {_shown(words)}")
        return "; ".join(parts)


@dataclass(frozen=True)
class AccessRecord:
    """Everything about one citizen: rows per table (as stored) and the access log, oldest first;
    ``catalogue`` holds the Danish words of the conversation tools and scale sets."""

    citizen_id: str
    exported_at: str
    exported_by: str
    rows: dict[str, list[dict[str, Any]]]
    access_log: list[AccessEvent] = field(default_factory=list)
    log_kept_from: str | None = None  # older events were pruned under the log's retention
    catalogue: Catalogue = field(default_factory=Catalogue)

    @property
    def name(self) -> str:
        found = self.rows.get("citizen") or [{}]
        return str(found[0].get("name", ""))


def access_json(record: AccessRecord) -> bytes:
    """The export for machines: every stored field, JSON text fields opened, UTF-8."""
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "citizen_id": record.citizen_id,
        "exported_at": record.exported_at,
        "exported_by": record.exported_by,
        "records": {table: [_opened(row) for row in rows] for table, rows in record.rows.items()},
        "access_log": [
            {
                "at": e.at,
                "actor": e.actor,
                "action": e.action,
                "description": e.description,
                "detail": e.detail,
                "about": e.about,
            }
            for e in record.access_log
        ],
        "access_log_kept_from": record.log_kept_from,
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def access_html(record: AccessRecord) -> str:
    """The export for people, as HTML (what the PDF shows; tests read the words here)."""
    writer = _Writer(record)
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 10pt;'>",
        "<h1 style='font-size: 18pt;'>Indsigt i dine oplysninger</h1>",
        f"<p><b>{_e(record.name)}</b><br>Udleveret {_shown(record.exported_at)} af {_e(record.exported_by)}</p>",
        "<p>Her er alt, hvad din sagsbehandler har gemt om dig i sin arbejdsmappe, og en liste over, "
        "hvornår oplysningerne er blevet åbnet, ændret eller udleveret. Den officielle sag står i "
        "kommunens sagssystem; den kan du få indsigt i hos kommunen.</p>",
    ]
    known = {table for table, _heading, _explanation in SECTIONS} | {"agreement"}
    sections = list(SECTIONS) + [
        (table, "Andre oplysninger", "") for table in record.rows if table not in known
    ]
    for table, heading, explanation in sections:
        if table == "meeting_note":
            parts += writer.notes(heading, explanation)
            continue
        rows = record.rows.get(table, [])
        if not rows:
            continue
        parts.append(_H2.format(f"{heading} ({len(rows)})"))
        if explanation:
            parts.append(f"<p>{explanation}</p>")
        parts += [writer.row(table, row) for row in rows]
    parts += writer.orphan_agreements()
    parts.append(_H2.format("Hvem har set eller ændret oplysningerne"))
    if record.log_kept_from:
        parts.append(
            f"<p>Loggen gemmes i en fastsat periode; hændelser før {_shown(record.log_kept_from)} er slettet.</p>"
        )
    parts.append(
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        "<tr><th align='left' width='17%'>Tidspunkt</th><th align='left' width='11%'>Hvem</th>"
        "<th align='left' width='30%'>Hvad</th><th align='left' width='42%'>Detaljer</th></tr>"
    )
    for event in record.access_log:
        parts.append(
            f"<tr><td>{_shown(event.at)}</td><td>{_e(event.actor)}</td><td>{_e(event.description)}</td>"
            f"<td>{_e(event.details(record.catalogue))}</td></tr>"
        )
    parts.append("</table></body></html>")
    return "".join(parts)


def write_access_pdf(path: Path, record: AccessRecord) -> None:
    """Print the export to an A4 PDF at ``path`` (Qt is imported here, not for the JSON export)."""
    from desktop.reports.pdf import write_pdf

    write_pdf(path, access_html(record), "Indsigt i dine oplysninger")


def _actor_name(row: dict[str, Any]) -> str:
    organisation, person = row.get("organisation") or "", row.get("person") or ""
    return f"{organisation} ({person})" if organisation and person else organisation or person


class _Writer:
    """Turns one citizen's rows into HTML, with the notes' agreements and corrections in place."""

    def __init__(self, record: AccessRecord) -> None:
        self._catalogue = record.catalogue
        self._notes = record.rows.get("meeting_note", [])
        self._notes_by_id = {row["id"]: row for row in self._notes}
        self._goals_by_id = {row["id"]: row for row in record.rows.get("goal", [])}
        self._actors = {row["id"]: _actor_name(row) for row in record.rows.get("actor", [])}
        self._agreements: dict[str, list[dict[str, Any]]] = {}
        for agreement in record.rows.get("agreement", []):
            self._agreements.setdefault(agreement.get("note_id", ""), []).append(agreement)

    # -- notes, newest version first, with their correction history ---------------------------------

    def notes(self, heading: str, explanation: str) -> list[str]:
        corrected = {row.get("corrects_id") for row in self._notes if row.get("corrects_id")}
        newest = [row for row in self._notes if row["id"] not in corrected]
        if not newest:
            return []
        parts = [_H2.format(f"{heading} ({len(newest)})")]
        if explanation:
            parts.append(f"<p>{explanation}</p>")
        for note in newest:
            parts.append(self.row("meeting_note", note, self._agreements_html(note, None)))
            history = self._history(note)
            current = {_agreement_key(a) for a in self._agreements.get(note["id"], [])}
            for earlier, correction in history:
                parts.append(
                    _H3.format(
                        f"Tidligere udgave af notatet fra {_shown(str(earlier.get('held_on', '')))}, "
                        f"rettet {_shown(str(correction.get('created_at', '')))}"
                    )
                )
                parts.append(self.row("meeting_note", earlier, self._agreements_html(earlier, current)))
        return parts

    def _history(self, note: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """The versions a note corrects, newest first, each with the version that corrected it."""
        history, seen, correction = [], {note["id"]}, note
        while True:
            earlier = self._notes_by_id.get(correction.get("corrects_id") or "")
            if earlier is None or earlier["id"] in seen:  # the first version (or a loop, never expected)
                break
            history.append((earlier, correction))
            seen.add(earlier["id"])
            correction = earlier
        return history

    def _agreements_html(self, note: dict[str, Any], current: set[tuple] | None) -> tuple[str, str] | None:
        """The note's agreements as a (label, HTML) line; of an earlier version, only those the
        correction removed or changed (``current`` holds the newest version's)."""
        agreements = self._agreements.get(note["id"], [])
        if current is not None:
            agreements = [a for a in agreements if _agreement_key(a) not in current]
        if not agreements:
            return None
        label = "Aftaler" if current is None else "Aftaler, som rettelsen fjernede eller ændrede"
        return label, "<br>".join(self._agreement_line(a) for a in agreements)

    def _agreement_line(self, agreement: dict[str, Any]) -> str:
        line = _e(str(agreement.get("text", "")))
        if agreement.get("who"):
            line += f" (hvem: {_e(str(agreement['who']))})"
        if agreement.get("due_on"):
            line += f", senest {_shown(str(agreement['due_on']))}"
        if agreement.get("done_at"):
            line += f", udført {_shown(str(agreement['done_at']))}"
        return line

    def orphan_agreements(self) -> list[str]:
        """Agreements whose note is not among the rows (never expected; shown rather than lost)."""
        lost = [
            a
            for note_id, found in self._agreements.items()
            if note_id not in self._notes_by_id
            for a in found
        ]
        if not lost:
            return []
        return [_H2.format(f"Aftaler ({len(lost)})"), "<br>".join(self._agreement_line(a) for a in lost)]

    # -- one row ---------------------------------------------------------------------------------

    def row(self, table: str, row: dict[str, Any], extra: tuple[str, str] | None = None) -> str:
        cells = []
        opened = _opened(row)
        stamps = {key: opened.pop(key) for key in _STAMPS if key in opened}  # last: when, not what
        for key, value in (opened | stamps).items():
            if extra and key == "agreements":  # the agreements' own rows, where the summary stood
                cells.append(_cell(*extra))
                extra = None
            if key in INTERNAL or f"{table}.{key}" in HIDDEN or value in (None, "", [], {}):
                continue
            shown = self._value(table, key, value, row)
            if shown is not None:
                cells.append(_cell(LABELS.get(key, "Andet"), shown))
        if extra:
            cells.append(_cell(*extra))
        parent = self._goals_by_id.get(row.get("parent_id") or "") if table == "goal" else None
        if parent:
            cells.insert(0, _cell("Delmål under", _e(str(parent.get("text", "")))))
        return "<table cellspacing='0' cellpadding='2' width='100%'>" + "".join(cells) + "</table><hr>"

    def _value(self, table: str, key: str, value: Any, row: dict[str, Any]) -> str | None:
        qualified = f"{table}.{key}"
        if key == "corrects_id":
            corrected = self._notes_by_id.get(value, {})
            return f"notatet fra {_shown(str(corrected.get('held_on', '')))}" if corrected else None
        if qualified == "network_meeting.actor_ids" and isinstance(value, list):  # who took part, by name
            return "<br>".join(
                _e(self._actors.get(str(actor_id), "En samarbejdspartner")) for actor_id in value
            )
        if qualified == "meeting_note.tool":
            return _e(self._catalogue.tool_title(str(value)))
        if qualified == "meeting_note.tool_answers" and isinstance(value, dict):
            return self._answers(str(row.get("tool", "")), value)
        if qualified == "draft.payload" and isinstance(value, dict):
            return self._draft(value)
        if qualified == "measurement.scale_id":
            return _e(self._catalogue.scale_title(str(value)))
        if qualified in ("measurement.scores", "measurement.comments") and isinstance(value, dict):
            scale_id = str(row.get("scale_id", ""))
            return "<br>".join(
                f"{_e(self._catalogue.indicator_label(scale_id, str(k)))}: {_plain(v)}"
                for k, v in value.items()
                if v not in (None, "")
            )
        if qualified == "reflection.sections" and isinstance(value, dict) and list(value) == ["text"]:
            return _e(str(value["text"]))  # free text: one section, no heading
        if key in YES_NO:
            return "ja" if value else "nej"
        return _value_html(table, key, value)

    def _draft(self, payload: dict[str, Any]) -> str:
        """Unsaved typing: a note's or the profile's fields, the tool and its answers in words."""
        lines = []
        for key, value in payload.items():
            if key in INTERNAL or value in (None, "", [], {}):
                continue
            if key == "tool":
                shown = _e(self._catalogue.tool_title(str(value)))
            elif key == "tool_answers" and isinstance(value, dict):
                shown = self._answers(str(payload.get("tool", "")), value)
            elif key == "agreements" and isinstance(value, list):
                shown = "<br>".join(
                    self._agreement_line(a | {"due_on": a.get("due")}) for a in value if isinstance(a, dict)
                )
            else:
                shown = _value_html("draft", key, value)
            if shown:
                lines.append(f"{_e(LABELS.get(key, 'Andet'))}: {shown}")
        return "<br>".join(lines)

    def _answers(self, tool_id: str, answers: dict[str, Any]) -> str:
        lines = []
        for field_id, answer in answers.items():
            if answer in (None, "", [], {}):
                continue
            if field_id == HELPED_KEY:
                lines.append(f"{HELPED_LABEL} {_e(HELPED_WORDS.get(str(answer), str(answer)))}")
                continue
            label = _e(self._catalogue.answer_label(tool_id, field_id))
            if isinstance(answer, dict):  # a network map: sector → lines
                inner = "<br>".join(f"&nbsp;&nbsp;{_e(str(k))}: {_plain(v)}" for k, v in answer.items() if v)
                lines.append(f"{label}:<br>{inner}")
            else:
                lines.append(f"{label}: {_plain(answer)}")
        return "<br>".join(lines)


def _agreement_key(agreement: dict[str, Any]) -> tuple:
    return (agreement.get("text"), agreement.get("who"), agreement.get("due_on"))


def _cell(label: str, html_value: str) -> str:
    return f"<tr><td width='30%' valign='top'><b>{_e(label)}</b></td><td>{html_value}</td></tr>"


def _in_words(table: str, key: str, value: Any) -> Any:
    words = VALUES.get(f"{table}.{key}") or VALUES.get(key)
    return words.get(value, value) if words and isinstance(value, str) else value


def _value_html(table: str, key: str, value: Any) -> str:
    """A stored value in words: codes by ``VALUES``, nested records by their own table's words."""
    qualified = f"{table}.{key}"
    if isinstance(value, dict):
        inner_table = NESTED_AS.get(qualified, table)
        key_words = KEYS_OF.get(qualified, {})
        items = (
            f"{_e(key_words.get(str(k)) or LABELS.get(str(k), 'Andet'))}: "
            f"{_value_html(inner_table, str(k), v)}"
            for k, v in value.items()
            if str(k) not in INTERNAL and v not in (None, "", [], {})
        )
        return "<br>".join(items)
    if isinstance(value, list):
        inner_table = NESTED_AS.get(qualified, table)
        return "<br>".join(_value_html(inner_table, key, v) for v in value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return _e(_shown(str(_in_words(table, key, value))))


def _plain(value: Any) -> str:
    """An answer as text: a list as its lines joined, a number as it is."""
    if isinstance(value, list):
        return _e(", ".join(str(v) for v in value if v not in (None, "")))
    return _e(_shown(str(value)))


def _opened(row: dict[str, Any]) -> dict[str, Any]:
    """The row with its JSON text fields (tool answers, sections, scores, snapshots) opened."""
    opened = {}
    for key, value in row.items():
        if key in JSON_FIELDS and isinstance(value, str):
            with contextlib.suppress(ValueError):  # a field that will not open is shown as its text
                value = json.loads(value)
        opened[key] = value
    return opened


def _shown(value: str) -> str:
    """ISO dates and times as dd-mm-åååå (and tt:mm); other text as it is."""
    if _TIMESTAMP.match(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            moment = moment.astimezone()  # stored in UTC, shown in the reader's local time
        return moment.strftime("%d-%m-%Y %H:%M")
    if match := _DATE.match(value):
        year, month, day = match.groups()
        return f"{day}-{month}-{year}"
    return value


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
