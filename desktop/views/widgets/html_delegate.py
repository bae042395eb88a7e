"""Paints an item's text as rich text (for highlighted search snippets)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 20


class HtmlDelegate(QStyledItemDelegate):
    """Uses ``HTML_ROLE`` when an item has it, plain painting otherwise."""

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
        document = self._document(option, html, width)
        return QSize(width, int(document.size().height()) + 6)
