"""Finish the English catalogue after ``lupdate``: an English entry reads as its source text.

The source strings are English, so every new entry of ``resources/i18n/casenotes_en.ts`` gets its source
as the translation and is marked finished. Plural entries (``%n``) are left unfinished on purpose: a
person writes their singular and plural forms ("%n minute" / "%n minutes"), and
tests/unit/test_translations.py fails until they have. Run by ``make update-translations``.

    python tools/english_catalogue.py [path/to/casenotes_en.ts]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "i18n" / "casenotes_en.ts"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def finish(path: Path) -> tuple[int, list[str]]:
    """Fill unfinished singular entries with their source; return how many, and the plurals still to do."""
    tree = ET.parse(path)  # noqa: S314 - our own catalogue in the repository
    filled, plurals = 0, []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            plurals.append(source)
            continue
        translation.text = source
        del translation.attrib["type"]
        filled += 1
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")  # the layout lupdate writes, so the two never fight over it
        context.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")  # ElementTree drops the DOCTYPE lrelease wants
    return filled, plurals


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else CATALOGUE
    filled, plurals = finish(path)
    print(f"{path.name}: {filled} entries filled from the source")
    for source in plurals:
        print(f"  write the singular and plural forms by hand: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
