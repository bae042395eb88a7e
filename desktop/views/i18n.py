"""Loads the UI language: Danish by default, English as the second language (and the source language)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resource_path

log = logging.getLogger(__name__)

CATALOG = "casenotes"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own (for standard buttons) for ``language``; keep the result alive."""
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if language == "da" else QLocale.Language.English, QLocale.Country.Denmark
        )
    )
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
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def translate_error(exc: BaseException) -> str:
    """The translated one-sentence message of one of our errors, or a generic one."""
    message = getattr(exc, "message", None)
    if isinstance(message, str):
        return QCoreApplication.translate("errors", message)
    return QCoreApplication.translate("errors", "Something went wrong.")


def translate_keychain_reason(reason: str) -> str:
    """The keychain's one-line explanation in the UI language."""
    return QCoreApplication.translate("keychain", reason)


def ui_language() -> str:
    """``"da"`` or ``"en"``: the language the interface is shown in (for texts kept as data, e.g. guides)."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"
