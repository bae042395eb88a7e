"""A tree or list whose rows wrap their text: each row as tall as its text needs at the present width.

Qt measures word-wrapped rows once, at the width the view had then; when the view is laid out or resized
later, a long goal stays cut to two lines with "…" and its status line is lost. This
measures the rows again whenever the visible width changes, and keeps one column filling the width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class _RowFitter(QObject):
    """Lays the rows out again (once, after the burst of resize events) when the viewport's width changes."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._width = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(view.doItemsLayout)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._view.viewport().width() != self._width:
            self._width = self._view.viewport().width()
            self._timer.start()
        return False


class _WrappingDelegate(QStyledItemDelegate):
    """Measures a row at the width its column has (less the indentation), so wrapped text gets its lines."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._view.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self._view.indentation() * (depth + int(self._view.rootIsDecorated()))
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(width, 40), 10_000)  # valid: the style wraps only in a valid rect
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(measured, index)


def fit_wrapped_rows(view: QTreeView) -> None:
    """Wrap ``view``'s text within its width (never sideways scrolling), rows refitted on every resize."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # only a single word wider than the view is cut
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setItemDelegate(_WrappingDelegate(view))
    view.viewport().installEventFilter(_RowFitter(view))
