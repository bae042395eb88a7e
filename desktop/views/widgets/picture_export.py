"""Saving a picture (the network map, a chart) as PNG where the person chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_png_path(parent: QWidget, suggested: str) -> str:
    """Ask where to save a PNG; empty when the person cancels."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PictureExport", "Save as picture"),
        str(Path.home() / suggested),
        QCoreApplication.translate("PictureExport", "PNG pictures (*.png)"),
    )
    return path


def save_png(picture: QPixmap | QImage, path: str) -> bool:
    """Write ``picture`` as PNG at ``path``; False when it could not be written."""
    target = path if path.lower().endswith(".png") else f"{path}.png"
    return bool(picture.save(target, "PNG"))  # type: ignore[call-overload]  # stub: bytes; binding: str
