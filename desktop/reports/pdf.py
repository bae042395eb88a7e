"""Printing an HTML document to an A4 PDF with ``QPdfWriter`` (no browser engine).

Needs a ``QGuiApplication`` (the program has one; the command line makes an offscreen one). Pictures
are handed to the document in memory under the names the HTML uses, never as files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(path: Path, document_html: str, title: str, pictures: dict[str, bytes] | None = None) -> None:
    """Print ``document_html`` to ``path`` (only where the person chose to save it)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Casenotes")
    document = QTextDocument()
    for name, png in (pictures or {}).items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png, "PNG")
        )
    document.setHtml(document_html)
    document.print_(writer)  # lays the text out on the writer's pages, in points, with page breaks
