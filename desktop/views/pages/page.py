"""The frame every main-window page shares: a title row and a body."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """A titled page; subclasses add their widgets to ``self.body`` and the title row."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.title_row = QHBoxLayout()
        self.title_row.addWidget(self.title_label)
        self.title_row.addStretch(1)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(14)
        layout.addLayout(self.title_row)
        layout.addLayout(self.body, 1)
        self.setAccessibleName(title)
