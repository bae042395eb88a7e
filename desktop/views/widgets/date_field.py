"""A date field that may also be empty: typed as a person writes dates, written dd-mm-åååå in Danish.

The old ``QDateEdit`` used its lowest date as "empty", so an empty field ignored
typing and its calendar opened in January 2000. Now the text is read by ``domain.typed_dates``
(``15.12``, ``15-12-2026``, ``151226``, ``+7``, ``i dag`` …) when the field is left or Enter is pressed;
text that is no date gets a message beside the field and changes nothing. Alt+Down or F4 (or the
arrow button) open a calendar on the field's date or today; Up and Down step a day; the × button,
Ctrl+Delete or emptying the text make the field empty. The buttons take no focus, so Tab leaves in one press.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSizePolicy, QToolButton, QWidget

from desktop.domain.typed_dates import MAX_TYPED, NO_SUCH_DATE, UnreadableDate, parse_typed_date
from desktop.views.formatting import format_date
from desktop.views.i18n import ui_language
from desktop.views.widgets.date_popup import DatePopup
from desktop.views.widgets.error_line import error_line, show_error


class OptionalDateField(QWidget):
    """A date or nothing.

    Signals:
        dateChanged(object): the date changed (a ``date`` or ``None``); kept under the name callers of
            the former ``QDateEdit`` connect to.
        changed(): the same, without the value.
    """

    dateChanged = Signal(object)  # noqa: N815 (the Qt name the callers of QDateEdit connect to)
    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | None = None  # what the text says, or the committed date while it says no date
        self._committed: date | None = None  # the date when the field was last left, picked or set
        self._popup: DatePopup | None = None

        self.edit = QLineEdit()
        self.edit.setMaxLength(MAX_TYPED)
        self.edit.setPlaceholderText(self.tr("yyyy-mm-dd") if ui_language() == "en" else "dd-mm-åååå")
        width = self.edit.fontMetrics().horizontalAdvance("00-00-00000") + 18
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width * 2)
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.editingFinished.connect(self.commit)
        self.edit.textEdited.connect(self._typed)
        self.edit.installEventFilter(self)

        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Open the calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Open the calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date (Ctrl+Delete)"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(self._clear)
        for button in (self.calendar_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab leaves the field in one press
            button.setAutoRaise(True)

        self.error = error_line()
        self.error.setWordWrap(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.clear_button)
        layout.addSpacing(6)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            self.tr(
                "Type a date such as 15.12, 15-12-2026, 151226, +7 or today. Alt+Down opens the calendar."
            )
        )
        self.setAccessibleName(accessible_name)
        self._show_value_of(None)

    # -- the value ---------------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date, or ``None``: what the text says when it is a date (also before the field is left,
        so a save by shortcut keeps what was typed), else the date the field held before."""
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show a date, or nothing."""
        show_error(self.error, "")
        self._committed = value
        self._show_value_of(value)
        self._follow(value)

    def commit(self) -> None:
        """Read the typed text: a date (or nothing) becomes the value, other text gets a message."""
        try:
            typed = parse_typed_date(self.edit.text(), date.today())
        except UnreadableDate as exc:
            show_error(self.error, self._problem(exc.reason))
            return
        self.set_value(typed)

    def error_text(self) -> str:
        """The message beside the field, or ""."""
        return self.error.text() if self.error.isVisibleTo(self) else ""

    # -- look and behaviour ------------------------------------------------------------------------

    def setReadOnly(self, read_only: bool) -> None:
        """Show the date without letting it change."""
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)
        self.clear_button.setEnabled(self._value is not None and not read_only)

    def isReadOnly(self) -> bool:
        """Whether the date can be changed here."""
        return self.edit.isReadOnly()

    def setAccessibleName(self, name: str) -> None:
        """Name the field and its text box (a screen reader reads the text box)."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def open_calendar(self) -> None:
        """Drop the calendar down on the field's date, or on today when it has none."""
        if self.edit.isReadOnly():
            return
        if self._popup is None:
            self._popup = DatePopup(self)
            self._popup.picked.connect(self._picked)
            self._popup.destroyed.connect(self._forget_popup)
        self._popup.open_at(self.edit, self.value() or date.today())

    def popup(self) -> DatePopup | None:
        """The calendar pop-up, once it has been opened (for tests)."""
        return self._popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Down and F4 open the calendar; Up and Down step a day; Ctrl+Delete clears."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (key == Qt.Key.Key_Down and modifiers == Qt.KeyboardModifier.AltModifier) or (
                key == Qt.Key.Key_F4 and modifiers == Qt.KeyboardModifier.NoModifier
            ):
                self.open_calendar()
                return True
            if key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.ControlModifier:
                if not self.edit.isReadOnly():
                    self.set_value(None)
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and modifiers == Qt.KeyboardModifier.NoModifier:
                if not self.edit.isReadOnly():
                    step = 1 if key == Qt.Key.Key_Up else -1
                    self.set_value((self.value() or date.today()) + timedelta(days=step))
                return True
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        """Follow the typing: a form learns of a change at once (its draft keeps what is typed, even if
        the notebook locks before the field is left); text that is no date (yet) means the date the
        field held before the typing. The text is tidied, or its problem named, when the field is left."""
        show_error(self.error, "")
        try:
            typed = parse_typed_date(text, date.today())
        except UnreadableDate:
            typed = self._committed
        self._follow(typed)

    def _follow(self, value: date | None) -> None:
        if value != self._value:
            self._value = value
            self.clear_button.setEnabled(value is not None and not self.edit.isReadOnly())
            self.dateChanged.emit(value)
            self.changed.emit()

    def _show_value_of(self, value: date | None) -> None:
        self.edit.setText(format_date(value))
        self.clear_button.setEnabled(value is not None and not self.edit.isReadOnly())

    def _picked(self, day: date) -> None:
        self.set_value(day)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _clear(self) -> None:
        self.set_value(None)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_popup(self) -> None:
        self._popup = None

    def _problem(self, reason: str) -> str:
        if reason == NO_SUCH_DATE:
            return self.tr("There is no such date.")
        return self.tr("Not a date: type e.g. 15.12, 15-12-2026 or +7.")
