"""Keep the translation of a text that moved to another class (another translation context).

``self.tr()`` files a text under its class's name, so moving code from one view class to another makes
``lupdate`` drop the old entry and add an unfinished one. Run after ``lupdate`` (``make
update-translations`` does): every unfinished entry whose source text, comment and plural form the
catalogue had finished before gets that translation back. Where the text had different translations in
different places (another access key, say), the one of the place that lost it is taken; if that does not
settle it, the entry is left for a person.

    python tools/carry_translations.py CATALOGUE.ts PREVIOUS.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

Key = tuple[str, str, bool]  # source, comment, plural


def _key(message: ET.Element) -> Key:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def _finished(translation: ET.Element | None) -> bool:
    return translation is not None and translation.get("type") not in {"unfinished", "vanished", "obsolete"}


def finished_texts(catalogue: ET.Element) -> dict[Key, dict[str, ET.Element]]:
    """Each finished text of a catalogue, with its translation in each context that has it."""
    found: dict[Key, dict[str, ET.Element]] = {}
    for context in catalogue.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if _finished(translation):
                assert translation is not None
                found.setdefault(_key(message), {})[name] = translation
    return found


def _translation_for(key: Key, before: dict[str, ET.Element], now: set[str]) -> ET.Element | None:
    """The one translation ``key`` had (``before``: by context), or that of the contexts that lost it
    (``now``: the contexts that still have it) if those agree; None when that does not settle it."""
    for candidates in (list(before.values()), [t for name, t in before.items() if name not in now]):
        if candidates and all(ET.tostring(t) == ET.tostring(candidates[0]) for t in candidates):
            return candidates[0]
    return None


def carry(catalogue: Path, previous_text: str) -> int:
    """Fill ``catalogue``'s unfinished entries from ``previous_text``; returns how many."""
    tree = ET.parse(catalogue)  # noqa: S314 - our own catalogue in the repository
    previous = finished_texts(ET.fromstring(previous_text))  # noqa: S314 - the same file, as it was
    still_there = {key: set(by_context) for key, by_context in finished_texts(tree.getroot()).items()}
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        key = _key(message)
        if translation is None or translation.get("type") != "unfinished" or key not in previous:
            continue
        before = _translation_for(key, previous[key], still_there.get(key, set()))
        if before is None:
            continue
        message.remove(translation)
        message.append(before)
        carried += 1
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")  # the layout lupdate writes
        context.tail = "\n"
    catalogue.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return carried


def main(argv: list[str]) -> int:
    catalogue, previous = Path(argv[1]), Path(argv[2])
    print(
        f"{catalogue.name}: {carry(catalogue, previous.read_text(encoding='utf-8'))} moved texts keep their translation"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
