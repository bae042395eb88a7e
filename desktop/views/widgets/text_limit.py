"""Text fields that stop at the bound their service holds them to (``desktop.domain.text_bounds``).

Typing or pasting that would take a field past its bound is refused whole, with a note at the field
saying how much it holds: a 10 MB paste never reaches the form, and nothing is cut off without the
person seeing it (a silent cut would lose the end of what they pasted). Making a text shorter is always
possible, also in a field that holds more than the bound because it came that way (from another
device, or from before the bound): the field shows what is stored, whole, and the service says what
must be shortened when it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, QObject
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolTip, QWidget

# A line edit cuts text longer than its maxLength even when it is set from code (32 767 by default):
# the bound is kept by the validator below instead, so a longer stored text is shown whole.
_NO_CUT = 2**31 - 1


def limit_notice(limit: int) -> str:
    """The note shown at a field that refused text."""
    return QCoreApplication.translate(
        "TextLimit", "This field holds at most %1 characters; the text was not added."
    ).replace("%1", QLocale().toString(limit))


def show_limit_notice(widget: QWidget, limit: int) -> None:
    """Say at ``widget`` that it refused text because it holds at most ``limit`` characters."""
    QToolTip.showText(widget.mapToGlobal(widget.rect().bottomLeft()), limit_notice(limit), widget)


class _LengthValidator(QValidator):
    """Refuses an edit that makes the text longer than the bound (a shorter one is always fine)."""

    def __init__(self, edit: QLineEdit, limit: int) -> None:
        super().__init__(edit)
        self.limit = limit
        self._length = len(edit.text())
        edit.textChanged.connect(self._remember)

    def validate(self, text: str, pos: int) -> object:
        grows_past = len(text) > self.limit and len(text) > self._length
        return (QValidator.State.Invalid if grows_past else QValidator.State.Acceptable), text, pos

    def _remember(self, text: str) -> None:
        self._length = len(text)


def limit_line(edit: QLineEdit, limit: int) -> QLineEdit:
    """Hold ``edit`` to ``limit`` characters (returns it, for building forms inline)."""
    edit.setMaxLength(_NO_CUT)
    edit.setValidator(_LengthValidator(edit, limit))
    edit.inputRejected.connect(lambda: show_limit_notice(edit, limit))
    return edit


class TextBox(QPlainTextEdit):
    """A multi-line text field with a bound (``max_length``; 0 means none)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.max_length = 0

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self._refuses(source.text()):
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if typed and (typed.isprintable() or typed in "\r\n") and self._refuses(typed):
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString() and self._refuses(event.commitString()):
            event.accept()
            return
        super().inputMethodEvent(event)

    def _refuses(self, text: str) -> bool:
        """Whether putting ``text`` in place of the selection would take the field past its bound (in
        which case the person is told)."""
        if not self.max_length:
            return False
        current = self.document().characterCount() - 1  # UTF-16 units: never fewer than characters
        after = current - len(self.textCursor().selectedText()) + len(text)
        if after <= self.max_length or after <= current:
            return False
        show_limit_notice(self, self.max_length)
        return True


def limit_to(widget: QLineEdit | QPlainTextEdit, max_length: int) -> None:
    """Hold a line edit or a ``TextBox`` to ``max_length`` characters."""
    if isinstance(widget, QLineEdit):
        limit_line(widget, max_length)
    elif isinstance(widget, TextBox):
        widget.max_length = max_length
    else:
        raise TypeError("only a QLineEdit or a TextBox (text_box()) can be held to a bound")


def limit_fields(record_type: str, fields: dict[str, QLineEdit | QPlainTextEdit]) -> None:
    """Hold each field widget to the bound of the stored field it edits (``text_bounds``)."""
    from desktop.domain.text_bounds import text_bound

    for name, widget in fields.items():
        limit_to(widget, text_bound(record_type, name))
