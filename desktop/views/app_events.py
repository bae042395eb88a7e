"""The application's event filter: rules for every window, kept in one place.

- the mouse wheel scrolls the page, not a spin box, combo box or slider without focus
  (``wheel_guard``), and those widgets take no focus from the wheel;
- Qt's own file dialog opens large enough for its columns (``file_dialogs``).

One filter, because a Python event filter on the application sees every event of the program: the
first test is on the event's type, the cheapest question.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.views.file_dialogs import fit_file_dialog
from desktop.views.wheel_guard import guard_wheel, strong_focus

_WHEEL, _POLISH, _SHOW = QEvent.Type.Wheel, QEvent.Type.Polish, QEvent.Type.Show
_PROPERTY = "casenotes_app_events"


class AppEvents(QObject):
    """Installed on the QApplication by ``install_app_events``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Apply the rules above; ``True`` only for a wheel event taken from a widget without focus."""
        kind = event.type()
        if kind == _WHEEL:
            return guard_wheel(watched, event)
        if kind == _POLISH:
            strong_focus(watched)
        elif kind == _SHOW and isinstance(watched, QFileDialog):
            fit_file_dialog(watched)
        return False


def install_app_events(app: QApplication) -> None:
    """Install the filter on ``app`` once (tests build the application more than once)."""
    if app.property(_PROPERTY):
        return
    app.installEventFilter(AppEvents(app))
    app.setProperty(_PROPERTY, True)
