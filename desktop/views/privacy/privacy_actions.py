"""The access export and erasure as the program offers them: ask, run off the GUI thread, report.

Questions go through replaceable callables (``choose_path``, ``confirm_erase``) so tests answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.privacy.erase_dialog import confirm_erase

if TYPE_CHECKING:
    from desktop.services.privacy import PrivacyService


class PrivacyActions(QObject):
    """Signals:
    message(str, str): a sentence for the person and its kind ("ok" or "error").
    erased(str): a citizen was deleted (their former id).
    """

    message = Signal(str, str)
    erased = Signal(str)

    def __init__(self, privacy: PrivacyService, runner: OperationRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._privacy = privacy
        self._runner = runner
        self._parent = parent_widget
        self.choose_path: Callable[[str, str], str] = self._path_dialog
        self.confirm_erase: Callable[[str], bool] = lambda name: confirm_erase(name, self._parent)

    def export_access(self, citizen_id: str, name: str, fmt: str) -> None:
        """Ask where, then write everything about the citizen as ``fmt`` ("pdf" or "json")."""
        path = self.choose_path(f"Indsigt - {name}.{fmt}", fmt)
        if not path:
            return
        target = Path(path)

        def done(_result: object) -> None:
            self.message.emit(self.tr("The access export was saved as %1.").replace("%1", target.name), "ok")

        self._runner.run(
            lambda: self._privacy.export_access(citizen_id, fmt, target),
            done,
            lambda exc: self.message.emit(self._failure(exc), "error"),
        )

    def erase(self, citizen_id: str, name: str) -> None:
        """Delete the citizen for good, after the person typed their name."""
        if not self.confirm_erase(name):
            return

        def done(_counts: object) -> None:
            self.message.emit(self.tr("%1 was deleted permanently.").replace("%1", name), "ok")
            self.erased.emit(citizen_id)

        self._runner.run(
            lambda: self._privacy.erase_citizen(citizen_id),
            done,
            lambda exc: self.message.emit(self._failure(exc), "error"),
        )

    def _failure(self, exc: BaseException) -> str:
        if isinstance(exc, OSError):
            return self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc))
        return translate_error(exc)

    def _path_dialog(self, suggested: str, fmt: str) -> str:
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "json": self.tr("JSON files (*.json)")}
        path, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save the access export"), str(Path.home() / suggested), filters[fmt]
        )
        return path
