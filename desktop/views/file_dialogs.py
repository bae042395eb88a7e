"""Qt's own file dialog, sized so its columns read.

At its default size (about 630×400) the Danish dialog cut the names of files and of the places in
its side bar. ``fit_file_dialog`` runs when any ``QFileDialog`` of ours is shown (the application's
event filter calls it), so the static ``getSaveFileName`` calls get it too. A native dialog (Windows,
macOS) has no widgets and is left alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QSplitter, QTreeView, QWidget

MINIMUM = QSize(880, 520)
SIDE_BAR = 190  # pixels: "Denne computer" and a user name fit


def fit_file_dialog(dialog: QFileDialog) -> None:
    """Give ``dialog`` room: at least ``MINIMUM`` (within the screen), a side bar that shows its places,
    and a Name column that takes what the other columns (as wide as their contents) leave."""
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    wanted = MINIMUM.expandedTo(dialog.size())
    if screen is not None:
        wanted = wanted.boundedTo(screen.size() * 0.9)
    if wanted != dialog.size():
        dialog.resize(wanted)
    splitter = dialog.findChild(QSplitter, "splitter")
    side_bar = dialog.findChild(QListView, "sidebar")
    if splitter is not None and side_bar is not None and splitter.count() == 2:
        total = sum(splitter.sizes())
        if splitter.sizes()[0] < SIDE_BAR and total > 2 * SIDE_BAR:
            splitter.setSizes([SIDE_BAR, total - SIDE_BAR])
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        header = tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    """Ask where to save a file, starting in the home folder with the name ``suggested``; empty when
    the person cancels."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), file_filter)
    return path


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> str:
    """Ask which file to open, starting in the home folder; empty when the person cancels."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), file_filter)
    return path
