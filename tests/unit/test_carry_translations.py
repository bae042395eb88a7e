"""A text moved to another class keeps its translation: where it had two, the one of the class that lost
it; where that does not settle it, it is left to a person."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("carry_translations", ROOT / "tools" / "carry_translations.py")
assert _spec is not None and _spec.loader is not None
carry_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(carry_translations)


def _catalogue(*contexts: tuple[str, list[tuple[str, str | None]]]) -> str:
    body = ""
    for name, messages in contexts:
        body += f"<context>\n<name>{name}</name>\n"
        for source, translation in messages:
            mark = ' type="unfinished"' if translation is None else ""
            text = escape(translation or "")
            body += f"<message>\n<source>{escape(source)}</source>\n<translation{mark}>{text}</translation>\n</message>\n"
        body += "</context>\n"
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="da_DK">\n{body}</TS>\n'


def _translations(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    import xml.etree.ElementTree as ET

    found = {}
    for context in ET.parse(path).getroot():
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(context.findtext("name") or "", message.findtext("source") or "")] = (
                translation.text or "",
                translation.get("type"),
            )
    return found


def test_a_moved_text_keeps_its_translation_and_a_text_with_two_translations_is_left(tmp_path):
    before = _catalogue(
        ("CitizenPage", [("&Save", "&Gem"), ("Open", "Åbn"), ("Close", "Luk"), ("&Undo", "F&ortryd")]),
        ("NotesPanel", [("Open", "Åben"), ("&Undo", "Fo&rtryd")]),
    )
    after = tmp_path / "casenotes_da.ts"
    after.write_text(
        _catalogue(
            ("CitizenHeader", [("&Save", None), ("Open", None), ("New text", None)]),
            ("CitizenPage", [("Close", "Luk"), ("&Undo", "F&ortryd")]),
            ("NoteActions", [("&Undo", None)]),
        ),
        encoding="utf-8",
    )

    assert carry_translations.carry(after, before) == 2

    found = _translations(after)
    assert found[("CitizenHeader", "&Save")] == ("&Gem", None)
    assert found[("NoteActions", "&Undo")] == ("Fo&rtryd", None)  # the notes panel's, which lost it
    assert found[("CitizenHeader", "Open")] == ("", "unfinished")  # "Åbn" or "Åben": a person decides
    assert found[("CitizenHeader", "New text")] == ("", "unfinished")
    assert found[("CitizenPage", "Close")] == ("Luk", None)
