"""Printing an HTML document to an A4 PDF with ``QPdfWriter`` (no browser engine).

This is the one module below the views that uses Qt (an import contract says so): Qt lays the text
out and prints it, and needs a ``QGuiApplication`` for its fonts. The program has one; without one (the
command line) an offscreen one is made here. Pictures are handed to the document in memory under the
names the HTML uses, never as files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

_offscreen_application: QGuiApplication | None = None  # kept for the life of a command-line process


def write_pdf(path: Path, document_html: str, title: str, pictures: dict[str, bytes] | None = None) -> None:
    """Print ``document_html`` to ``path`` (only where the person chose to save it)."""
    _ensure_application()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Casenotes")
    document = QTextDocument()
    for name, png in (pictures or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png))
    document.setHtml(document_html)
    document.print_(writer)  # lays the text out on the writer's pages, in points, with page breaks


def _ensure_application() -> None:
    """A Qt application without a screen when there is none (the command line prints PDFs too)."""
    global _offscreen_application
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _offscreen_application = QGuiApplication([sys.argv[0]])
