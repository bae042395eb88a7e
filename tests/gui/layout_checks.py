"""What a person would see as broken in a window: text cut off, or a widget pushed out of its parent.

Used by the pseudo-locale tests (every text ~40 % longer than English) and the 200 % scaling test.
Only widgets on show count: a tab not chosen, a hidden row or a collapsed section is checked when it
is shown.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding in the text layout


def plain(text: str) -> str:
    """A button's or tab's text as drawn: "&Save" → "Save", "A && B" → "A & B"."""
    return re.sub(r"&(.)", r"\1", text)


def _name(widget: QWidget, text: str) -> str:
    where = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    inside = f" in {parent.objectName()}" if parent is not None else ""
    return f"{where}{inside} {text[:60]!r}"


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if label.wordWrap():
        # Wrapped: every line fits across, and all the lines fit down.
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + SLACK:
            return f"needs {needed_height}px of height, has {label.height()}px"
        if rich:
            document = QTextDocument()
            document.setDefaultFont(label.font())
            document.setDocumentMargin(0)
            document.setHtml(text)
            document.setTextWidth(room.width())
            widest = document.size().width()
        else:
            metrics = QFontMetrics(label.font())
            widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if widest > room.width() + SLACK:
            return f"a word needs {widest:.0f}px, has {room.width()}px"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        width, height = document.idealWidth(), document.size().height()
    else:
        metrics = QFontMetrics(label.font())
        lines = plain(text).split("\n") if label.buddy() is not None else text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
    if width > room.width() + SLACK:
        return f"needs {width:.0f}px, has {room.width()}px"
    if height > room.height() + SLACK:
        return f"needs {height:.0f}px of height, has {room.height()}px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text.strip():
        return None
    metrics = QFontMetrics(button.font())
    needed = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    style = button.style()
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QCheckBox):
        room = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button).width()
    elif isinstance(button, QRadioButton):
        room = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button).width()
    elif isinstance(button, QPushButton):
        if button.menu() is not None:
            option.features |= QStyleOptionButton.ButtonFeature.HasMenu
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        if button.isFlat():
            option.features |= QStyleOptionButton.ButtonFeature.Flat
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        room = button.contentsRect().width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
        if button.menu() is not None or button.popupMode() != QToolButton.ToolButtonPopupMode.DelayedPopup:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    else:
        return None
    if needed > room + SLACK:
        return f"needs {needed}px, has {room}px"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    metrics = QFontMetrics(bar.font())
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = plain(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = metrics.horizontalAdvance(text) + space
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        if needed > rect.width() + SLACK:
            problems.append(f"tab {text!r} needs {needed}px, has {rect.width()}px")
        elif not bar.rect().contains(rect):
            problems.append(f"tab {text!r} is out of sight (the tab row scrolls)")
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    """Column titles fit their columns, with room for the sort arrow where the columns sort."""
    model = header.model()
    if model is None or header.isHidden():
        return []
    font = header.font()
    font.setBold(True)  # the stylesheet draws section titles in semibold
    metrics = QFontMetrics(font)
    arrow = 0
    if header.isSortIndicatorShown():
        arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        arrow += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    problems = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        needed = metrics.horizontalAdvance(text) + 12 + arrow  # the stylesheet's 6px padding each side
        size = header.sectionSize(logical)
        if header.orientation() == Qt.Orientation.Horizontal and needed > size + SLACK:
            problems.append(f"column {text!r} needs {needed}px, has {size}px")
    return problems


def _group_problem(box: QGroupBox) -> str | None:
    title = plain(box.title())
    if not title:
        return None
    needed = QFontMetrics(box.font()).horizontalAdvance(title) + 24  # the title's inset and frame
    return f"title needs {needed}px, has {box.width()}px" if needed > box.width() + SLACK else None


def _cut_off(widget: QWidget, window: QWidget) -> str | None:
    """Whether a parent (other than a scrolling view) cuts ``widget`` off."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        outer = parent.parentWidget()
        if isinstance(outer, QAbstractScrollArea) and parent is outer.viewport():
            return None  # scrolling shows the rest
        area = QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())
        if not parent.rect().contains(area):
            return (
                f"cut off by {parent.objectName() or type(parent).__name__} ({area} outside {parent.rect()})"
            )
        if parent is window:
            return None
        child, parent = parent, outer
    del child
    return None


def clipped_texts(window: QWidget) -> list[str]:
    """Every text on show in ``window`` that does not fit its widget, or whose widget is cut off."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        problem: str | None = None
        text = ""
        if isinstance(widget, QLabel):
            text, problem = widget.text(), _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            text, problem = widget.text(), _button_problem(widget)
        elif isinstance(widget, QGroupBox):
            text, problem = widget.title(), _group_problem(widget)
        elif isinstance(widget, QHeaderView):
            problems += [f"{_name(widget, '')}: {p}" for p in _header_problems(widget)]
            continue
        elif isinstance(widget, QTabBar):
            problems += [f"{_name(widget, '')}: {p}" for p in _tab_problems(widget)]
            continue
        else:
            continue
        if problem is None and text.strip():
            problem = _cut_off(widget, window)
        if problem is not None:
            problems.append(f"{_name(widget, text)}: {problem}")
    return problems
