"""Paints an item's text as rich text (for highlighted search snippets)."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 20
# The item's text as plain lines (the lines the HTML breaks into with <br>), for measuring its height.
PLAIN_LINES_ROLE = Qt.ItemDataRole.UserRole + 21
DOCUMENT_MARGIN = 4  # QTextDocument's own margin around its text


class HtmlDelegate(QStyledItemDelegate):
    """Uses ``HTML_ROLE`` when an item has it, plain painting otherwise.

    An item that also gives ``PLAIN_LINES_ROLE`` is measured from the width of those lines in the font
    (a little more for the bold marks), not by laying out its HTML: a view measures every row of a list
    before it paints the few it shows, and laying out 300 hits took longer than the search.
    """

    def _document(self, option: QStyleOptionViewItem, html: str, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(max(width, 200))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        html = index.data(HTML_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text_rect = (opt.widget.style() if opt.widget else QApplication.style()).subElementRect(
            QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget
        )
        document = self._document(opt, html, text_rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(text_rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        html = index.data(HTML_ROLE)
        if not html:
            return super().sizeHint(option, index)
        # At size-hint time the option has no width yet: measure against the view's visible width.
        view = option.widget
        width = view.viewport().width() - 80 if view is not None and hasattr(view, "viewport") else 600
        lines = index.data(PLAIN_LINES_ROLE)
        if lines:
            return QSize(width, self._estimated_height(option, lines, max(width, 200)))
        document = self._document(option, html, width)
        return QSize(width, int(document.size().height()) + 6)

    @staticmethod
    def _estimated_height(option: QStyleOptionViewItem, lines: tuple[str, ...], width: int) -> int:
        """Height of ``lines`` wrapped at ``width``: generous by a tenth and a few letters, so a line
        that only just fits in the font is still given room if the marked words run wider."""
        metrics = option.fontMetrics
        usable = max(1, width - 2 * DOCUMENT_MARGIN)
        slack = metrics.averageCharWidth() * 3
        rows = sum(
            max(1, math.ceil((metrics.horizontalAdvance(line) * 1.1 + slack) / usable)) for line in lines
        )
        return rows * metrics.lineSpacing() + 2 * DOCUMENT_MARGIN + 6
