"""Colours that read on the palette in use: light, dark (the system's dark mode) or high contrast.

The stylesheet (``resources/style/app.qss``) names colours as ``@name``; ``stylesheet()`` fills them in
from the table of the current theme, and ``colour()`` gives views the same colours for text they draw
themselves (overdue dates, search highlights). Qt's Fusion style follows the system's light or dark
mode on Windows, macOS and GNOME; ``CASENOTES_COLOR_SCHEME=dark`` (or ``light``) chooses one where the
system cannot say. Under a high-contrast setting the stylesheet only uses the system's own colours.

The stylesheet is set on each window of the program (``style_window``), once the window's widgets are
built, not on the application: under an application stylesheet every widget added to a layout is
re-polished with its whole subtree, which made building the main window four times slower.
"""

from __future__ import annotations

import os
import re
from functools import cache

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.paths import resource_path

SCHEME_ENV = "CASENOTES_COLOR_SCHEME"
STYLED = "casenotesStyled"  # a window's dynamic property: it carries the program's stylesheet
LIGHT, DARK, HIGH_CONTRAST = "light", "dark", "high-contrast"

# Each text colour passes WCAG AA (4.5:1) on the background it is used on (tests/gui/test_theme.py).
COLOURS: dict[str, dict[str, str]] = {
    LIGHT: {
        "hint": "#5f6368",
        "error": "#b3261e",
        "ok": "#1e6b34",
        "warning": "#7a4b00",
        "link": "#0b57d0",
        "focus": "#0b57d0",
        "frame": "#7a8591",
        "line": "#d5dae1",
        "grid": "#e3e7ec",
        "recovery_bg": "#f6f8fa",
        "recovery_text": "#1d2733",
        "nav_bg": "#eef1f5",
        "nav_text": "#1d2733",
        "selected_bg": "#d3e3fd",
        "selected_text": "#0b2f6b",
        "hover_bg": "#e2e7ee",
        "status_text": "#3c4043",
        "info_bg": "#e8f0fe",
        "info_text": "#0b2f6b",
        "error_bg": "#fdecea",
        "error_text": "#8c1d18",
        "ok_bg": "#e6f4ea",
        "ok_text": "#1e4620",
        "warning_bg": "#fef7e0",
        "warning_text": "#5c4300",
        "match_bg": "#fff2a8",
        "match_text": "#1f1f1f",
    },
    DARK: {
        "hint": "#a9aeb5",
        "error": "#ff9b8f",
        "ok": "#86d49c",
        "warning": "#f2c36b",
        "link": "#8ab4f8",
        "focus": "#8ab4f8",
        "frame": "#8a939e",
        "line": "#44474c",
        "grid": "#3a3d41",
        "recovery_bg": "#1e1f22",
        "recovery_text": "#e8eaed",
        "nav_bg": "#232427",
        "nav_text": "#e8eaed",
        "selected_bg": "#2c4a7c",
        "selected_text": "#eef3fd",
        "hover_bg": "#34373b",
        "status_text": "#c9ccd1",
        "info_bg": "#1d3354",
        "info_text": "#d6e4fc",
        "error_bg": "#4d211d",
        "error_text": "#ffdcd6",
        "ok_bg": "#1b3b26",
        "ok_text": "#c8f0d3",
        "warning_bg": "#3e3114",
        "warning_text": "#fbe8b8",
        "match_bg": "#5c4d00",
        "match_text": "#fff6cc",
    },
}
# High contrast: only the system's own colours, which the person chose to read well.
COLOURS[HIGH_CONTRAST] = {
    name: (
        "palette(highlight)"
        if name == "selected_bg"
        else "palette(highlighted-text)"
        if name == "selected_text"
        else "palette(base)"
        if name.endswith("_bg")
        else "palette(window-text)"
    )
    for name in COLOURS[LIGHT]
}

# The dark palette used when the person asks for dark and the system does not provide one.
_DARK_PALETTE = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c4043",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#35373b",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ff9b8f",
    QPalette.ColorRole.Light: "#4a4d52",
    QPalette.ColorRole.Midlight: "#3d4044",
    QPalette.ColorRole.Mid: "#303236",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3b6fd4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#80858c",
    QPalette.ColorRole.Text: "#80858c",
    QPalette.ColorRole.ButtonText: "#80858c",
    QPalette.ColorRole.Light: "#2b2d30",
}


def dark_palette() -> QPalette:
    """A dark palette in the spirit of Fusion's own."""
    palette = QPalette()
    for role, colour in _DARK_PALETTE.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def current() -> str:
    """The theme for the palette in use: high contrast when the system asks for it, else dark or light."""
    hints = QGuiApplication.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return HIGH_CONTRAST
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def stylesheet(theme: str | None = None) -> str:
    """The program's stylesheet with the colours of ``theme`` (the current one by default)."""
    colours = COLOURS[theme or current()]

    def colour_of(match: re.Match[str]) -> str:
        return colours[match.group(1)]

    return re.sub(r"@([a-z_]+)", colour_of, _template())


@cache
def _template() -> str:
    return resource_path("style", "app.qss").read_text("utf-8")


def style_window(window: QWidget) -> None:
    """Give a window the program's look in the current colours (once: later changes come from
    ``apply``). Called when the window's widgets are built, so they are polished in one pass."""
    if not window.property(STYLED):
        window.setProperty(STYLED, True)
        window.setStyleSheet(stylesheet())


def colour(name: str) -> QColor:
    """A theme colour for text a view draws itself (the palette's text colour under high contrast)."""
    value = COLOURS[current()][name]
    if value.startswith("palette("):
        role = QPalette.ColorRole.Base if value == "palette(base)" else QPalette.ColorRole.WindowText
        return QGuiApplication.palette().color(role)
    return QColor(value)


def apply(app: QApplication) -> None:
    """Use the chosen colour scheme and restyle every window whenever the system's scheme or contrast
    setting changes."""
    chosen = os.environ.get(SCHEME_ENV, "").strip().lower()
    if chosen == DARK:
        app.setPalette(dark_palette())
    elif chosen == LIGHT:
        app.setPalette(app.style().standardPalette())
    restyle_windows()
    if not getattr(app, "_theme_followed", False):
        hints = QGuiApplication.styleHints()

        def restyle(*_args: object) -> None:
            # After the style has put in the new palette, which the theme is read from.
            QTimer.singleShot(0, restyle_windows)

        hints.colorSchemeChanged.connect(restyle)
        hints.accessibility().contrastPreferenceChanged.connect(restyle)
        app._theme_followed = True  # type: ignore[attr-defined]


def restyle_windows() -> None:
    """Put the stylesheet in the current colours on every window that carries it."""
    sheet = stylesheet()
    for window in QApplication.topLevelWidgets():
        if window.property(STYLED):
            window.setStyleSheet(sheet)
