"""The Access log tab: who looked at, changed or exported the citizen's file, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

from desktop.domain.citizen import AccessLogEntry
from desktop.views.models.access_log_model import AccessLogModel


class AccessLogTab(QTableView):
    """The access log as a list; it only shows, so Ctrl+S has nothing to save here."""

    def __init__(self, scale_titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_model = AccessLogModel(self)
        self.log_model.set_scale_titles(scale_titles)
        self.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move in it
        self.setModel(self.log_model)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 140, 260)):
            self.setColumnWidth(column, width)
        self.setAccessibleName(self.tr("Access log"))

    def show_rows(self, rows: list[AccessLogEntry]) -> None:
        """Show these entries; a long detail wraps onto a second line."""
        self.log_model.set_rows(rows)
        self.resizeRowsToContents()

    def is_dirty(self) -> bool:
        """Nothing is ever typed here."""
        return False

    def save(self) -> bool:
        """Nothing to store (see ``is_dirty``)."""
        return True
