"""A calm, centred message for a page that has nothing to show yet."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.paths import resource_path

_TEXT_WIDTH = 460


class EmptyState(QWidget):
    """An icon, a title and one or two sentences saying what will appear here and how."""

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setPixmap(QIcon(str(resource_path("icons", icon_name))).pixmap(QSize(56, 56)))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = QLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A fixed width lets the layout compute the wrapped height (an alignment flag would not).
        self.text.setFixedWidth(_TEXT_WIDTH)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addStretch(3)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
