"""Colours read on a light and on a dark palette: every text colour of the stylesheet and of the views
passes WCAG AA (4.5:1) against its background, and the dark scheme can be chosen and is followed."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.app import create_application
from desktop.views import theme

AA = 4.5


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(text: str, background: str) -> float:
    lighter, darker = sorted((luminance(QColor(text)), luminance(QColor(background))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def backgrounds(name: str, app) -> dict[str, str]:
    palette = theme.dark_palette() if name == theme.DARK else app.style().standardPalette()
    return {
        "window": palette.color(QPalette.ColorRole.Window).name(),
        "base": palette.color(QPalette.ColorRole.Base).name(),
    }


def rules(stylesheet: str) -> list[tuple[str, dict[str, str]]]:
    found = []
    for selector, body in re.findall(
        r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", stylesheet, flags=re.S)
    ):
        properties = dict(re.findall(r"([a-z-]+)\s*:\s*([^;]+);", body))
        found.append((selector.strip(), {k: v.strip() for k, v in properties.items()}))
    return found


@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK])
def test_every_text_colour_of_the_stylesheet_reads_on_its_background(app, name):
    page = backgrounds(name, app)
    weak = []
    for selector, properties in rules(theme.stylesheet(name)):
        text = properties.get("color", "")
        if not text.startswith("#"):
            continue  # the palette's own text colour
        behind = properties.get("background", "")
        if not behind.startswith("#"):
            behind = page["base"] if "Table" in selector or "List" in selector else page["window"]
        if contrast(text, behind) < AA:
            weak.append(f"{selector}: {text} on {behind} = {contrast(text, behind):.2f}")
    assert weak == []


@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK])
def test_the_colours_views_draw_themselves_read_too(app, name):
    page = backgrounds(name, app)
    colours = theme.COLOURS[name]
    pairs = {
        "overdue date in a table": (colours["error"], page["base"]),
        "search match": (colours["match_text"], colours["match_bg"]),
        "kind of search hit": (colours["hint"], page["base"]),
        "contact without consent": (colours["warning"], page["base"]),
        "navigation": (colours["nav_text"], colours["nav_bg"]),
        "chosen page or section": (colours["selected_text"], colours["selected_bg"]),
    }
    weak = {what: round(contrast(*pair), 2) for what, pair in pairs.items() if contrast(*pair) < AA}
    assert weak == {}


def test_high_contrast_uses_only_the_systems_colours():
    sheet = theme.stylesheet(theme.HIGH_CONTRAST)
    assert re.findall(r"#[0-9a-fA-F]{3,6}\b", sheet) == []


@pytest.fixture
def dark(app, monkeypatch):
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    create_application()
    yield
    monkeypatch.setenv(theme.SCHEME_ENV, "light")
    create_application()
    monkeypatch.delenv(theme.SCHEME_ENV)
    assert theme.current() == theme.LIGHT


def test_the_dark_scheme_is_chosen_and_restyles_the_program(qtbot, dark):
    assert theme.current() == theme.DARK
    window = QWidget()
    qtbot.addWidget(window)
    hint = QLabel("hint", window)
    hint.setObjectName("hint")
    theme.style_window(window)
    assert window.styleSheet() == theme.stylesheet(theme.DARK)
    window.show()
    hint.ensurePolished()
    text = hint.palette().color(QPalette.ColorRole.WindowText).name()
    window = hint.palette().color(QPalette.ColorRole.Window).name()
    assert text == theme.COLOURS[theme.DARK]["hint"]
    assert contrast(text, window) >= AA
    assert theme.colour("error").name() == theme.COLOURS[theme.DARK]["error"]


def test_every_styled_window_follows_a_change_of_scheme(qtbot, monkeypatch):
    window, unstyled = QWidget(), QWidget()
    qtbot.addWidget(window)
    qtbot.addWidget(unstyled)
    theme.style_window(window)
    light = window.styleSheet()
    assert light == theme.stylesheet(theme.LIGHT)
    window.show()
    unstyled.show()
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    create_application()  # as when the system's scheme changes: the palette, then every styled window
    try:
        assert window.styleSheet() == theme.stylesheet(theme.DARK) != light
        assert unstyled.styleSheet() == ""  # a window the program did not style (a message box) stays
    finally:
        monkeypatch.setenv(theme.SCHEME_ENV, "light")
        create_application()
        monkeypatch.delenv(theme.SCHEME_ENV)
    assert window.styleSheet() == light
