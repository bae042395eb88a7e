"""Saving the citizen's plan ("Min plan") as a PDF, with the progress charts the caseworker chose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.domain.citizen import CitizenProfile
from desktop.errors import CaseNotesError
from desktop.services.goals import GoalService
from desktop.views.i18n import translate_error


class PlanExport(QObject):
    """``charts``: the progress charts to put in the plan (caption and picture), as chosen on the
    Progress tab; ``contact``: the caseworker's work contact as set in Settings."""

    def __init__(
        self,
        goals: GoalService,
        charts: Callable[[], list[tuple[str, QImage]]],
        contact: Callable[[], dict[str, str]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self._charts = charts
        self._contact = contact
        self._parent = parent
        # Where to save goes through this, so tests can answer it.
        self.choose_path: Callable[[str], str] = self._path_dialog

    def export(self, profile: CitizenProfile | None) -> tuple[str, str] | None:
        """Save the plan of the citizen on show where the person chooses (logged as an export by the
        service); the message for the banner and its kind, or None when there was nothing to do."""
        path = self.choose_path(f"Min plan - {profile.draft.name}.pdf") if profile else ""
        if not path or profile is None:
            return None
        from desktop.reports.plan_pdf import PlanContact

        try:
            self._goals.export_plan_pdf(
                profile.id, Path(path), charts=self._pictures(), contact=PlanContact(**self._contact())
            )
        except CaseNotesError as exc:
            return translate_error(exc), "error"
        except OSError:
            return self.tr("The file could not be written."), "error"
        return self.tr("The plan was saved as %1.").replace("%1", Path(path).name), "ok"

    def _pictures(self) -> list[tuple[str, bytes]]:
        """The charts as PNG bytes."""
        pictures = []
        for caption, image in self._charts():
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub: bytes; the binding: str
            pictures.append((caption, bytes(buffer.data().data())))
        return pictures

    def _path_dialog(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the plan as PDF"),
            str(Path.home() / suggested),
            self.tr("PDF files (*.pdf)"),
        )
        return path
