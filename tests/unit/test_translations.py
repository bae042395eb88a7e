"""Every user-visible string is in the Danish catalogue, translated and finished."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "casenotes_da.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def test_every_danish_entry_is_finished():
    unfinished = [
        source
        for (_ctx, source), message in messages(CATALOGUE).items()
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert unfinished == []


def test_plural_entries_have_both_danish_forms():
    for (_ctx, source), message in messages(CATALOGUE).items():
        if message.get("numerus") == "yes":
            forms = message.find("translation").findall("numerusform")
            assert len(forms) == 2 and all(f.text and "%n" in f.text for f in forms), source


def test_the_catalogue_covers_every_string_in_the_source(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing: it ships with PySide6")
    sources = [str(p) for p in sorted((ROOT / "desktop").rglob("*.py"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    missing = sorted(set(messages(fresh)) - set(messages(CATALOGUE)))
    assert missing == [], "run 'make update-translations' and translate: " + repr(missing[:5])
