"""The list of pages on the left of the main window, each with its icon and its key."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.paths import resource_path


class Navigation(QListWidget):
    """One row a page, in the order of ``PageIndex``; the Go menu lists the same pages with their keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Navigation"))
        self.setIconSize(QSize(20, 20))
        self.setFixedWidth(210)
        self.page_shortcuts: list[tuple[str, str]] = []  # (Go menu text with its Alt key, shortcut)

    def add_page(self, label: str, menu_text: str, icon: str, shortcut: str) -> None:
        """A page: its name here, its entry in the Go menu (with an Alt key), its icon and its key."""
        item = QListWidgetItem(QIcon(str(resource_path("icons", icon))), label)
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        item.setToolTip(f"{label} ({native})")
        item.setSizeHint(QSize(0, 40))
        self.addItem(item)
        self.page_shortcuts.append((menu_text, shortcut))
