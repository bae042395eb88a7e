"""Every user-visible string is in the Danish and the English catalogue, translated and finished."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
CATALOGUES = {"da": I18N / "casenotes_da.ts", "en": I18N / "casenotes_en.ts"}
# Counted words in the sources: their English forms must say "1 minute" and "5 minutes", never "(s)".
COUNTED = re.compile(r"\w\(s\)")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


@pytest.fixture(params=sorted(CATALOGUES), ids=lambda language: language)
def catalogue(request) -> Path:
    return CATALOGUES[request.param]


def test_both_catalogues_exist_and_lrelease_can_read_them(catalogue):
    head = catalogue.read_text("utf-8")[:200]
    assert "<!DOCTYPE TS>" in head, "lrelease needs the DOCTYPE line"
    language = catalogue.stem.split("_")[1]
    assert f'language="{language}' in head


def test_every_entry_is_finished(catalogue):
    unfinished = [
        source
        for (_ctx, source), message in messages(catalogue).items()
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert unfinished == [], f"{catalogue.name}: translate and finish these: {unfinished[:5]!r}"


def test_plural_entries_have_both_forms(catalogue):
    for (_ctx, source), message in messages(catalogue).items():
        if message.get("numerus") == "yes":
            forms = message.find("translation").findall("numerusform")
            assert len(forms) == 2 and all(f.text and "%n" in f.text for f in forms), source


def test_english_plurals_are_real_singular_and_plural_forms():
    for (_ctx, source), message in messages(CATALOGUES["en"]).items():
        if message.get("numerus") != "yes":
            continue
        singular, plural = (f.text for f in message.find("translation").findall("numerusform"))
        assert not COUNTED.search(singular) and not COUNTED.search(plural), f"'(s)' left in {source!r}"
        if COUNTED.search(source):
            assert singular != plural, f"one form for both counts in {source!r}"


def test_english_reads_as_the_source_outside_plurals():
    """The source is English: an English entry that says something else is a mistake (or belongs in
    the source)."""
    differing = [
        source
        for (_ctx, source), message in messages(CATALOGUES["en"]).items()
        if message.get("numerus") != "yes" and message.findtext("translation") != source
    ]
    assert differing == []


def test_the_catalogues_hold_the_same_entries():
    assert set(messages(CATALOGUES["da"])) == set(messages(CATALOGUES["en"]))


def test_each_catalogue_covers_every_string_in_the_source(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing: it ships with PySide6")
    sources = [str(p) for p in sorted((ROOT / "desktop").rglob("*.py"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    for catalogue in CATALOGUES.values():
        missing = sorted(set(messages(fresh)) - set(messages(catalogue)))
        assert missing == [], (
            f"{catalogue.name}: run 'make update-translations' and translate: {missing[:5]!r}"
        )


# English quotation marks ("…", “…”) or single quotes around words ('fleksjob'); a possessive such as
# "Gibbs'" stays.
ENGLISH_QUOTES = re.compile(r"[\"“”„]|(?<![\w])'[^']{2,80}'(?![\w])")


def test_danish_texts_quote_with_guillemets():
    """The Danish UI quotes »like this«."""
    wrong = [
        message.findtext("translation")
        for message in messages(CATALOGUES["da"]).values()
        if ENGLISH_QUOTES.search(re.sub(r"<[^>]*>", "", message.findtext("translation") or ""))
    ]
    assert wrong == []


# A name put into a Danish text with an "s" after it: "%1s sag" reads "Larss sag" for a name ending in
# s, where Danish writes "Lars' sag". Danish texts say "sagen for %1" instead.
DANISH_GENITIVE_OF_A_NAME = re.compile(r"%\d+s\b")


def test_danish_texts_put_no_genitive_s_after_a_name():
    wrong = [
        message.findtext("translation")
        for message in messages(CATALOGUES["da"]).values()
        if DANISH_GENITIVE_OF_A_NAME.search(message.findtext("translation") or "")
    ]
    assert wrong == []
