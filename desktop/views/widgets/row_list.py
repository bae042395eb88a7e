"""An editable list of small forms (agreements in a note, activities under a goal), one per row.

Each row is a ``RowEditor``: a widget with ``value()``, ``set_value()``, ``is_blank()``,
``set_read_only()`` and an ``edited`` signal. Blank rows are left out of ``values()``, so an empty row
waiting for typing is never stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.views.widgets.tab_order import chain, focus_stops


class RowEditor(QWidget):
    """Base of one row; subclasses build their fields and emit ``edited`` when one changes."""

    edited = Signal()

    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def is_blank(self) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def focus_first(self) -> None:
        """Put the cursor in the row's first field."""
        self.focusNextChild()


class RowList(QWidget):
    """Signals:
    edited(): a row was added, removed or changed.
    """

    edited = Signal()

    def __init__(
        self, make_row: Callable[[], RowEditor], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._rows: list[tuple[QWidget, RowEditor, QToolButton]] = []
        self._read_only = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(add_text)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row().focus_first())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)

    def focus_stops(self) -> list[QWidget]:
        """Where Tab stops in the list, top to bottom: each row's fields and remove button, then "Add"."""
        stops: list[QWidget] = []
        for _frame, editor, remove in self._rows:
            stops += [*focus_stops(editor), remove]
        return [*stops, self.add_button]

    def rows(self) -> list[RowEditor]:
        """Every row on show, blank ones included."""
        return [editor for _frame, editor, _remove in self._rows]

    def values(self) -> list[Any]:
        """The values of the rows that are not blank, in order."""
        return [editor.value() for editor in self.rows() if not editor.is_blank()]

    def set_values(self, values: list[Any]) -> None:
        """Show one row per value. The rows on show are used again (each editor's ``set_value`` sets all
        of its fields; building a row of widgets costs far more), the rest are added or dropped; no
        ``edited`` is announced."""
        keep = min(len(values), len(self._rows))
        self.blockSignals(True)  # the editors' own signals reach ``edited`` through this list
        try:
            for (_frame, editor, _remove), value in zip(self._rows[:keep], values[:keep], strict=True):
                editor.set_value(value)
        finally:
            self.blockSignals(False)
        for frame, _editor, _remove in self._rows[keep:]:
            self._drop(frame)
        del self._rows[keep:]
        for value in values[keep:]:
            self.add_row(value, announce=False)

    def add_row(self, value: Any = None, announce: bool = True) -> RowEditor:
        """Add a row (empty, or showing ``value``)."""
        editor = self._make_row()
        if value is not None:
            editor.set_value(value)
        editor.set_read_only(self._read_only)
        editor.edited.connect(self.edited)
        frame = QWidget()
        row = QHBoxLayout(frame)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this row"))
        remove.setAccessibleName(self.tr("Remove this row"))
        remove.clicked.connect(lambda: self._remove(frame))
        # At the foot of the row: after its last field in reading order, also when a row has several lines.
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignBottom)
        remove.setVisible(not self._read_only)  # only once it has a parent: else it flashes up as a window
        before = self.add_button.previousInFocusChain()
        assert before is not None  # the focus chain is a ring: it holds at least the button itself
        self._layout.insertWidget(len(self._rows), frame)
        self._rows.append((frame, editor, remove))
        # On screen the new row comes just before the "Add" button: in the Tab order too (Qt would
        # put it after everything else in the window).
        chain(before, focus_stops(editor), remove, self.add_button)
        if announce:
            self.edited.emit()
        return editor

    def set_read_only(self, read_only: bool) -> None:
        """Show the rows without letting them change."""
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for _frame, editor, remove in self._rows:
            editor.set_read_only(read_only)
            remove.setVisible(not read_only)

    def _remove(self, frame: QWidget) -> None:
        self._rows = [row for row in self._rows if row[0] is not frame]
        self._drop(frame)
        self.edited.emit()

    def _drop(self, frame: QWidget) -> None:
        frame.hide()
        self._layout.removeWidget(frame)
        frame.deleteLater()
