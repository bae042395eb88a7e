"""Loads the UI language: Danish by default, English as the second language (and the source language)."""

from __future__ import annotations

import logging
import math
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resource_path

log = logging.getLogger(__name__)

CATALOG = "casenotes"
PSEUDO = "pseudo"
# ``CASENOTES_PSEUDO_LOCALE=1`` shows every text in the pseudo language: see ``PseudoTranslator``.
PSEUDO_ENV = "CASENOTES_PSEUDO_LOCALE"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own (for standard buttons) for ``language``; keep the result alive.

    ``"pseudo"`` installs the pseudo language instead (for finding clipped or untranslated texts)."""
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if language == "da" else QLocale.Language.English, QLocale.Country.Denmark
        )
    )
    if language == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        return [pseudo]
    installed: list[QTranslator] = []
    # English has a catalogue too although the source strings are English: it holds the singular and
    # plural forms of the texts with a count ("%n minute(s)" reads "1 minute", "5 minutes").
    ours = QTranslator(app)
    if ours.load(f"{CATALOG}_{language}", str(resource_path("i18n"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("translation catalogue for %s not found; run 'make translations'", language)
    if language == "en":
        return installed  # Qt's own texts are English already
    # Qt's own catalogue: its file dialog and standard buttons. Installed after ours, so Qt asks it
    # first; the few texts it lacks in Danish are in ours (desktop/views/qt_texts.py).
    qt_base = QTranslator(app)
    if any(qt_base.load(f"qtbase_{language}", folder) for folder in qt_translation_folders()):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    else:
        log.warning(
            "Qt's own translation catalogue for %s not found; standard buttons stay English", language
        )
    return installed


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues are: Qt's translations folder, and PySide6's (the same in a normal
    install; in the PyInstaller bundle build.spec puts qtbase_da.qm in the latter)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def translate_error(exc: BaseException) -> str:
    """The translated one-sentence message of one of our errors, or a generic one."""
    render = getattr(exc, "render", None)
    if callable(render) and isinstance(getattr(exc, "message", None), str):
        return render(lambda text: QCoreApplication.translate("errors", text))
    return QCoreApplication.translate("errors", "Something went wrong.")


def translate_keychain_reason(reason: str) -> str:
    """The keychain's one-line explanation in the UI language."""
    return QCoreApplication.translate("keychain", reason)


def ui_language() -> str:
    """``"da"`` or ``"en"``: the language the interface is shown in (for texts kept as data, e.g. guides)."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def chosen_language(preferred: str) -> str:
    """The language to show: the person's choice, or the pseudo language when a developer asks for it."""
    return PSEUDO if os.environ.get(PSEUDO_ENV, "") not in ("", "0") else preferred


# What a pseudo translation keeps as it is: placeholders (%1, %n, %L1), HTML tags and entities, file
# patterns such as (*.pdf), and the letter after a mnemonic "&" (Alt plus an accented letter cannot be typed).
_KEEP = re.compile(r"%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|\([^)]*\*[^)]*\)|&&|&.", re.DOTALL)
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
PSEUDO_GROWTH = 0.4  # translations run up to ~40 % longer than English (German, Danish compounds)


def pseudo_translate(text: str) -> str:
    """``"Save"`` → ``"[Šåṽé ~~]"``: accented, bracketed and ~40 % longer, so a text that was never
    translated (no brackets), clipped (a bracket missing) or built from pieces shows at a glance. The
    padding comes in short groups, so word-wrapped labels can still wrap."""
    if not text.strip():
        return text
    pieces, last = [], 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTED))
    extra = max(1, math.ceil(len(text) * PSEUDO_GROWTH) - 3)  # the brackets and a space count too
    padding = " ".join("~" * min(6, extra - i) for i in range(0, extra, 6))
    return f"[{''.join(pieces)} {padding}]"


class PseudoTranslator(QTranslator):
    """A generated translation of every text (ours and Qt's) into the pseudo language, with no catalogue."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The pseudo form of ``source_text`` (``%n`` is kept for Qt to fill in)."""
        return pseudo_translate(source_text)

    def isEmpty(self) -> bool:
        """Never empty: Qt skips a translator that says it is."""
        return False
