"""Copying citizen data: kept out of clipboard history, and cleared again after 30 seconds.

Everything the program puts on the clipboard (a CPR number, a note as text, a pseudonymised excerpt,
and text copied from any field with Ctrl+C, Ctrl+X or the context menu) carries the hints that
clipboard managers honour:

- KDE Klipper and the Wayland clipboard tools: ``x-kde-passwordManagerHint`` = ``secret``;
- Windows: ``ExcludeClipboardContentFromMonitorProcessing``, ``Clipboard Viewer Ignore``, and
  ``CanIncludeInClipboardHistory`` / ``CanUploadToCloudClipboard`` as the DWORD 0 (kept out of Win+V
  history and the cloud clipboard). Qt registers a custom Windows clipboard format for the MIME type
  ``application/x-qt-windows-mime;value="<name>"`` and writes the bytes unchanged;
- macOS: ``org.nspasteboard.ConcealedType`` (nspasteboard.org).

After ``clear_after_ms`` the clipboard is cleared, but only if it still holds the text we put there:
something the person copied since, here or in another program, is never wiped. It is also cleared at
lock and at quit (on X11 a quitting program hands its clipboard to the clipboard manager).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QClipboard, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

log = logging.getLogger(__name__)

CLEAR_AFTER_MS = 30_000

KDE_PASSWORD_HINT = "x-kde-passwordManagerHint"  # noqa: S105 (a MIME type, not a password)
MAC_CONCEALED_TYPE = "org.nspasteboard.ConcealedType"
DWORD_ZERO = b"\x00\x00\x00\x00"


def windows_format(name: str) -> str:
    """The MIME type Qt maps to the registered Windows clipboard format ``name``."""
    return f'application/x-qt-windows-mime;value="{name}"'


WINDOWS_EXCLUDE_FROM_MONITORS = windows_format("ExcludeClipboardContentFromMonitorProcessing")
WINDOWS_VIEWER_IGNORE = windows_format("Clipboard Viewer Ignore")
WINDOWS_NO_HISTORY = windows_format("CanIncludeInClipboardHistory")
WINDOWS_NO_CLOUD = windows_format("CanUploadToCloudClipboard")


def privacy_hints(platform: str = sys.platform) -> dict[str, bytes]:
    """The extra formats (MIME type → bytes) that keep a copy out of clipboard history on ``platform``."""
    if platform.startswith("win"):
        return {
            WINDOWS_EXCLUDE_FROM_MONITORS: DWORD_ZERO,  # any value: its presence is the signal
            WINDOWS_VIEWER_IGNORE: DWORD_ZERO,
            WINDOWS_NO_HISTORY: DWORD_ZERO,
            WINDOWS_NO_CLOUD: DWORD_ZERO,
        }
    if platform == "darwin":
        return {MAC_CONCEALED_TYPE: b"secret"}
    return {KDE_PASSWORD_HINT: b"secret"}


def sensitive_mime_data(text: str, hints: dict[str, bytes], html: str | None = None) -> QMimeData:
    """``text`` (and, from a rich-text field, its ``html``) with the privacy hints."""
    mime = QMimeData()
    mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    for mime_type, value in hints.items():
        mime.setData(mime_type, value)
    return mime


class SensitiveClipboard(QObject):
    """Puts text on the clipboard with the privacy hints and clears it after ``clear_after_ms``.

    Once it guards the program's text fields (``guard_text_fields``), it also handles Ctrl+C, Ctrl+X
    and the context menu's Copy and Cut in them, so selected text goes the same way: each text field
    gets it as its event filter when it first has the focus (a right-click gives the focus too), so it
    sees the events of text fields only, not every event of the program.
    Anything else this program puts on the clipboard unprotected (a selectable label, say) is replaced
    at once by the same text with the hints; ``owns_clipboard`` says whether the clipboard's content
    is ours (``QClipboard.ownsClipboard`` by default; it is always False on the offscreen platform).

    Signals:
        copied(int): text was put on the clipboard; it is cleared in that many seconds.
        cleared(): the clipboard was cleared because it still held our text.
    """

    copied = Signal(int)
    cleared = Signal()

    def __init__(
        self,
        clipboard: QClipboard,
        clear_after_ms: int = CLEAR_AFTER_MS,
        platform: str = sys.platform,
        owns_clipboard: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._hints = privacy_hints(platform)
        self._owns_clipboard = owns_clipboard or clipboard.ownsClipboard
        self._copied: str | None = None
        self._setting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self._expire)
        clipboard.dataChanged.connect(self._on_clipboard_changed)
        if platform == "darwin":
            _register_concealed_type()

    @property
    def seconds(self) -> int:
        """Seconds from a copy until the clipboard is cleared."""
        return max(1, round(self._timer.interval() / 1000))

    @property
    def pending(self) -> bool:
        """Whether a copy of ours waits to be cleared."""
        return self._timer.isActive()

    def copy(self, text: str, html: str | None = None) -> None:
        """Put ``text`` on the clipboard with the hints; it is cleared after the delay."""
        if not text:
            return
        self._setting = True
        try:
            self._clipboard.setMimeData(sensitive_mime_data(text, self._hints, html))
        finally:
            self._setting = False
        self._copied = text
        self._timer.start()
        self.copied.emit(self.seconds)

    def clear_now(self) -> None:
        """Clear our copy at once (at lock and quit); someone else's copy stays."""
        self._timer.stop()
        self._clear_if_ours()
        clipboard = self._clipboard
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)  # X11: text still selected in a closed field

    def holds_our_copy(self) -> bool:
        """Whether the clipboard still holds the text we put there last."""
        return self._copied is not None and self._clipboard.text() == self._copied

    # -- copying from text fields --------------------------------------------------------------------

    def guard_text_fields(self, app: QApplication) -> None:
        """Handle copying in every text field of ``app`` that gets the focus from now on (instead of
        any clipboard that did so before: one handles a field's copy, never two)."""
        app._text_field_guard = self  # type: ignore[attr-defined]
        app.focusChanged.connect(self._on_focus_changed)

    def stop_guarding(self, app: QApplication) -> None:
        """No longer take on text fields that get the focus (those taken on keep the handling)."""
        app.focusChanged.disconnect(self._on_focus_changed)
        if getattr(app, "_text_field_guard", None) is self:
            app._text_field_guard = None  # type: ignore[attr-defined]

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if getattr(QApplication.instance(), "_text_field_guard", None) is not self:
            return
        if isinstance(new, QLineEdit | QPlainTextEdit | QTextEdit):
            new.installEventFilter(self)  # once: installing it again only moves it to the front
            if not isinstance(new, QLineEdit):
                new.viewport().installEventFilter(self)  # where its context menu event arrives

    def copy_selection(self, widget: QWidget, cut: bool = False) -> bool:
        """Copy (or cut) the selected text of a text field this way; False when there is nothing to
        (no selection, a password field, or a cut in a read-only field: Qt does nothing there either)."""
        if not isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) or (cut and widget.isReadOnly()):
            return False
        if isinstance(widget, QLineEdit):
            if widget.echoMode() != QLineEdit.EchoMode.Normal or not widget.hasSelectedText():
                return False
            self.copy(widget.selectedText())
            if cut:
                widget.del_()  # one undo step, as Qt's own cut
            return True
        cursor = widget.textCursor()
        if not cursor.hasSelection():
            return False
        fragment = cursor.selection()
        html = fragment.toHtml() if isinstance(widget, QTextEdit) and widget.acceptRichText() else None
        self.copy(fragment.toPlainText(), html)
        if cut:
            cursor.removeSelectedText()  # one undo step in the document
            widget.setTextCursor(cursor)
        return True

    def protect_menu(self, menu: QMenu, widget: QWidget) -> None:
        """Route a text field's standard context menu's Copy and Cut through ``copy_selection``."""
        for name, cut in (("edit-copy", False), ("edit-cut", True)):
            action = menu.findChild(QAction, name)
            if action is None:
                continue
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False, c=cut: self.copy_selection(widget, cut=c))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+C / Ctrl+X and the context menu in text fields; every other event passes untouched."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(watched, QLineEdit | QPlainTextEdit | QTextEdit):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy):
                return self.copy_selection(watched)
            if event.matches(QKeySequence.StandardKey.Cut):
                return self.copy_selection(watched, cut=True)
        elif kind == QEvent.Type.ContextMenu and isinstance(watched, QWidget):
            field = _text_field_of(watched)
            if field is not None:
                assert isinstance(event, QContextMenuEvent)
                menu = field.createStandardContextMenu()
                self.protect_menu(menu, field)
                menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                menu.popup(event.globalPos())
                return True
        return False

    # -- internals -----------------------------------------------------------------------------------

    def _expire(self) -> None:
        if self._clear_if_ours():
            self.cleared.emit()

    def _clear_if_ours(self) -> bool:
        ours = self.holds_our_copy()
        if ours:
            self._clipboard.clear()
        self._copied = None
        return ours

    def _on_clipboard_changed(self) -> None:
        """Something of ours reached the clipboard without the hints: replace it with the same text."""
        if self._setting or not self._owns_clipboard():  # another program's copy is not ours to touch
            return
        mime = self._clipboard.mimeData()
        if mime is None or not mime.hasText() or all(mime.hasFormat(f) for f in self._hints):
            return
        self.copy(mime.text())


def _text_field_of(widget: QWidget) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The text field a context-menu event is for: the field itself, or the field whose viewport it is."""
    if isinstance(widget, QLineEdit):
        return widget if widget.echoMode() == QLineEdit.EchoMode.Normal else None
    parent = widget.parentWidget()
    if isinstance(parent, QPlainTextEdit | QTextEdit) and parent.viewport() is widget:
        return parent
    return None


_concealed_converter: object | None = None


def _register_concealed_type() -> None:
    """macOS: offer ``org.nspasteboard.ConcealedType`` under that very name.

    Qt names a MIME type it has no converter for ``com.trolltech.anymime.…`` on the pasteboard, which
    no clipboard manager knows; a ``QUtiMimeConverter`` maps it to the real type. Where the Qt binding
    has no such class, the copy is still cleared after the delay, only without this hint.
    """
    global _concealed_converter
    if _concealed_converter is not None:
        return
    try:
        from PySide6.QtGui import QUtiMimeConverter  # type: ignore[attr-defined]

        class _ConcealedType(QUtiMimeConverter):
            def utiForMime(self, mime: str) -> str:
                return MAC_CONCEALED_TYPE if mime == MAC_CONCEALED_TYPE else ""

            def mimeForUti(self, uti: str) -> str:
                return MAC_CONCEALED_TYPE if uti == MAC_CONCEALED_TYPE else ""

            def convertFromMime(self, _mime: str, _data: object, _uti: str) -> list[bytes]:
                return [b"secret"]  # the type's presence is the signal; its value is not read

            def convertToMime(self, _mime: str, _data: object, _uti: str) -> bytes:
                return b"secret"

        _concealed_converter = _ConcealedType()
    except Exception as exc:  # an older binding, or one without the class: the hint is left out
        _concealed_converter = False
        log.info("clipboard: macOS concealed type not available (%s)", type(exc).__name__)
