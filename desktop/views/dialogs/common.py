"""Layout pieces the vault dialogs share: a heading, a lead paragraph, a page's column, the row of buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views import theme
from desktop.views.widgets.file_field import FileField


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A page title (it wraps rather than widen the dialog when a translation runs long)."""
    label = QLabel(text, parent)
    label.setObjectName("heading")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def lead(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapped paragraph under a heading."""
    label = QLabel(text, parent)
    label.setObjectName("lead")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _column(widget: QWidget, margins: tuple[int, int, int, int], title: str, text: str) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(*margins)
    layout.setSpacing(10)
    if title:
        layout.addWidget(heading(title))
    if text:
        layout.addWidget(lead(text))
    return layout


def dialog_layout(dialog: QDialog, title: str = "", text: str = "") -> QVBoxLayout:
    """The column of a vault dialog: its margins, the space between its parts and, when given, its
    ``title`` with a ``text`` under it."""
    return _column(dialog, (28, 24, 28, 20), title, text)


def page_layout(page: QWidget, title: str, text: str) -> QVBoxLayout:
    """The column of one page of a paged dialog (the dialog's own margins around it), opening with the
    page's ``title`` and a ``text`` under it."""
    return _column(page, (0, 0, 0, 0), title, text)


def file_form(label: str, file: FileField) -> QFormLayout:
    """A form whose fields take the width there is, opening with ``file`` named ``label`` (whose
    shortcut puts the cursor in the path)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    file_label = QLabel(label)
    file_label.setBuddy(file.edit)
    form.addRow(file_label, file)
    return form


def action_buttons(
    dialog: QDialog, action: str, on_action: Callable[[], None], reject: str, enabled: bool = True
) -> tuple[QDialogButtonBox, QPushButton]:
    """The row of buttons under a dialog: its default ``action`` (calls ``on_action``) and ``reject``,
    which closes the dialog unanswered. Returns the row and the action's button."""
    buttons = QDialogButtonBox()
    button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setDefault(True)
    button.setEnabled(enabled)
    button.clicked.connect(on_action)
    buttons.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(dialog.reject)
    return buttons, button


def link_button(text: str) -> QPushButton:
    """A button that reads as a link (another way out of the dialog); Enter never presses it."""
    button = QPushButton(text)
    button.setObjectName("link")
    button.setFlat(True)
    button.setAutoDefault(False)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def set_busy_cursor(widget: QWidget, busy: bool) -> None:
    """Show the busy cursor over ``widget`` while background work runs."""
    if busy:
        widget.setCursor(Qt.CursorShape.BusyCursor)
    else:
        widget.unsetCursor()


def fit_height(window: QWidget) -> None:
    """Make a new window as tall as its wrapped text needs at the width it has.

    Qt sizes a new window for its text wrapped at the preferred width, then widens it to its minimum
    width or narrows it to fit the screen; the height stays, so the last lines of a paragraph fell off
    (a small screen, a long translation) or a gap opened under the buttons. A window whose size was set
    on purpose only ever grows."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = max(layout.totalHeightForWidth(window.width()), window.minimumHeight())
    sized_on_purpose = window.testAttribute(Qt.WidgetAttribute.WA_Resized)
    if needed > window.height() or (needed < window.height() and not sized_on_purpose):
        window.resize(window.width(), needed)


class Dialog(QDialog):
    """A window of the program that waits for an answer: the program's look (``theme.style_window``)
    once its widgets are built, and, each time it is shown, the height its wrapped text needs.

    Signals:
        first_painted(): the dialog was painted for the first time.
    """

    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False

    def setVisible(self, visible: bool) -> None:
        """Style before the first show, so the window is sized with the program's fonts."""
        if visible:
            theme.style_window(self)
        super().setVisible(visible)
        if visible:
            QTimer.singleShot(0, self, lambda: fit_height(self))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, and say so the first time (slow questions wait until the dialog is on screen)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
