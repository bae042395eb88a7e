"""Tabs whose row wraps onto a second line instead of scrolling, so every section stays in sight.

A citizen's file has eleven sections; in one scrolling tab row the last few hide behind arrows at the
usual window width, and more so in Danish or at 200 % scaling. ``SectionTabs`` keeps the whole
``QTabWidget`` interface (``addTab``, ``setCurrentWidget``, ``setTabEnabled``, ``currentChanged``,
Ctrl+Tab) but hides its own tab row; ``SectionTabs.bar`` shows the sections as buttons that wrap, and
goes above the tabs in the page's layout.

Keyboard, as with a tab row: the bar is one stop in the Tab order (the chosen section); the arrow keys,
Home and End choose another, and so do Ctrl+Page Down and Ctrl+Page Up (Ctrl+Tab) from anywhere in the
tabs. The buttons carry no Alt letters (see ``section_text``); the page that uses the tabs may give the
sections shortcuts and name them in the tooltips.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QTabWidget, QWidget

_SPACING = 4
_STEPS = {  # key → how far along the bar it moves (by the keys' numbers: any key may come)
    Qt.Key.Key_Left.value: -1,
    Qt.Key.Key_Up.value: -1,
    Qt.Key.Key_Right.value: 1,
    Qt.Key.Key_Down.value: 1,
    Qt.Key.Key_Home.value: -1000,
    Qt.Key.Key_End.value: 1000,
}


def section_text(tab_text: str) -> str:
    """A tab's text without its Alt key ("&Goals" → "Goals"): eleven sections on show at once would
    take eleven letters from the fields and buttons of every section; the page gives them shortcuts."""
    return re.sub(r"&(.)", r"\1", tab_text)


class SectionButton(QPushButton):
    """One section in the bar; the arrow keys move along the bar."""

    def __init__(self, text: str, bar: SectionBar) -> None:
        super().__init__(text, bar)
        self._bar = bar
        self.setObjectName("section")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Up and Right/Down choose the previous or next section; Home and End the first or last."""
        step = _STEPS.get(event.key())
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        self._bar.step(step)


class SectionBar(QWidget):
    """The buttons of a ``SectionTabs``, laid out left to right in as many rows as the width needs."""

    def __init__(self, tabs: SectionTabs) -> None:
        super().__init__()
        self._tabs = tabs
        self._buttons: list[SectionButton] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self._choose)
        self._height = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        tabs.currentChanged.connect(self._show_current)

    # -- kept in step with the tabs ---------------------------------------------------------------------

    def insert(self, index: int) -> None:
        """A button for the tab just inserted at ``index``."""
        button = SectionButton(section_text(self._tabs.tabText(index)), self)
        button.setToolTip(self._tabs.tabToolTip(index))
        button.setEnabled(self._tabs.isTabEnabled(index))
        self._buttons.insert(index, button)
        self._renumber()
        button.show()

    def remove(self, index: int) -> None:
        """Drop the button of the tab just removed from ``index``."""
        button = self._buttons.pop(index)
        self._group.removeButton(button)
        button.hide()
        button.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        for position, button in enumerate(self._buttons):
            if self._group.id(button) == -1:
                self._group.addButton(button, position)
            else:
                self._group.setId(button, position)
        self._show_current(self._tabs.currentIndex())
        self._place()
        self.updateGeometry()

    def buttons(self) -> list[SectionButton]:
        """The section buttons, in tab order."""
        return list(self._buttons)

    def button(self, index: int) -> SectionButton:
        """The button of tab ``index``."""
        return self._buttons[index]

    def _show_current(self, index: int) -> None:
        had_focus = any(button.hasFocus() for button in self._buttons)
        for position, button in enumerate(self._buttons):
            current = position == index
            button.setChecked(current)
            # One stop in the Tab order, as a tab row is: the chosen section.
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if current else Qt.FocusPolicy.NoFocus)
        if had_focus and 0 <= index < len(self._buttons):
            self._buttons[index].setFocus(Qt.FocusReason.TabFocusReason)

    def _choose(self, index: int) -> None:
        self._tabs.setCurrentIndex(index)
        self._show_current(self._tabs.currentIndex())  # a disabled tab leaves the choice as it was

    def step(self, step: int) -> None:
        """Choose the enabled section ``step`` places along (clamped at the ends)."""
        enabled = [i for i in range(len(self._buttons)) if self._tabs.isTabEnabled(i)]
        if not enabled:
            return
        current = self._tabs.currentIndex()
        position = enabled.index(current) if current in enabled else 0
        target = enabled[max(0, min(len(enabled) - 1, position + step))]
        self._tabs.setCurrentIndex(target)
        self._buttons[target].setFocus(Qt.FocusReason.TabFocusReason)

    # -- layout -------------------------------------------------------------------------------------------

    def _rows(self, width: int) -> list[list[SectionButton]]:
        rows: list[list[SectionButton]] = [[]]
        used = 0
        for button in self._buttons:
            if button.isHidden():
                continue
            wanted = button.sizeHint().width()
            if rows[-1] and used + _SPACING + wanted > width:
                rows.append([])
                used = 0
            used += (_SPACING if rows[-1] else 0) + wanted
            rows[-1].append(button)
        return rows

    def _row_height(self) -> int:
        return max((button.sizeHint().height() for button in self._buttons), default=0)

    def _place(self) -> None:
        rows = self._rows(self.width())
        line = self._row_height()
        y = 0
        for row in rows:
            x = 0
            for button in row:
                width = min(button.sizeHint().width(), self.width())
                button.setGeometry(x, y, width, line)
                x += width + _SPACING
            y += line + _SPACING
        height = max(line, y - _SPACING)
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the buttons to the new width."""
        super().resizeEvent(event)
        self._place()

    def sizeHint(self) -> QSize:
        """All sections in one row."""
        widths = [button.sizeHint().width() for button in self._buttons]
        return QSize(sum(widths) + _SPACING * max(0, len(widths) - 1), self._row_height())

    def minimumSizeHint(self) -> QSize:
        """The widest section: the rest wraps."""
        return QSize(max((b.sizeHint().width() for b in self._buttons), default=0), self._row_height())


class SectionTabs(QTabWidget):
    """A ``QTabWidget`` shown through a wrapping ``SectionBar`` (``self.bar``) instead of its tab row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = SectionBar(self)
        self.tabBar().hide()
        # The hidden tab row must not take focus (it would swallow Tab): the bar's buttons stand in for it.
        self.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes nullptr (no proxy); the stub does not
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setDocumentMode(True)  # no frame around the pages: the bar heads them

    def tabInserted(self, index: int) -> None:
        """Show the new tab in the bar."""
        super().tabInserted(index)
        self.bar.insert(index)

    def tabRemoved(self, index: int) -> None:
        """Drop the tab from the bar."""
        super().tabRemoved(index)
        self.bar.remove(index)

    def setTabEnabled(self, index: int, enabled: bool) -> None:
        """Enable or disable the tab and its button."""
        super().setTabEnabled(index, enabled)
        if 0 <= index < len(self.bar.buttons()):
            self.bar.button(index).setEnabled(enabled)

    def setTabText(self, index: int, text: str) -> None:
        """Rename the tab and its button."""
        super().setTabText(index, text)
        if 0 <= index < len(self.bar.buttons()):
            self.bar.button(index).setText(section_text(text))
            self.bar.resizeEvent(QResizeEvent(self.bar.size(), self.bar.size()))

    def setTabToolTip(self, index: int, tip: str) -> None:
        """Set the tooltip of the tab and its button (where the page names the section's shortcut)."""
        super().setTabToolTip(index, tip)
        if 0 <= index < len(self.bar.buttons()):
            self.bar.button(index).setToolTip(tip)


SECTION_KEYS = 10  # sections with a key of their own: Alt+1 … Alt+9, Alt+0


class SectionKeys(QObject):
    """A key for every section of ``tabs``: Alt+1 … Alt+0 for the first ten, Ctrl+Page Down / Up to step
    through all of them; each section's tooltip names its key. ``show_section`` shows one (the page
    decides whether it may). The actions are listed in the main window's Go menu."""

    def __init__(self, tabs: SectionTabs, show_section: Callable[[int], None], owner: QWidget) -> None:
        super().__init__(owner)
        self.sections: list[QAction] = []
        native = QKeySequence.SequenceFormat.NativeText
        step_keys = QKeySequence("Ctrl+PgDown").toString(native)
        for index in range(tabs.count()):
            name = section_text(tabs.tabText(index))
            action = QAction(tabs.tabText(index), owner)  # in the menu, with the section's Alt key
            if index < SECTION_KEYS:
                action.setShortcut(QKeySequence(f"Alt+{(index + 1) % 10}"))
                tabs.setTabToolTip(index, f"{name} ({action.shortcut().toString(native)})")
            else:
                tabs.setTabToolTip(
                    index, self.tr("%1 (%2: the next section)").replace("%1", name).replace("%2", step_keys)
                )
            action.triggered.connect(lambda _checked=False, i=index: show_section(i))
            self.sections.append(action)
        self.next = QAction(self.tr("Ne&xt section"), owner)
        self.next.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next.triggered.connect(lambda: tabs.bar.step(1))
        self.previous = QAction(self.tr("&Previous section"), owner)
        self.previous.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous.triggered.connect(lambda: tabs.bar.step(-1))
