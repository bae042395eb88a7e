"""What the citizen page shows below its header: nothing chosen, a file being opened, or the file."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.section_tabs import SectionTabs


class FileStack(QStackedWidget):
    """The file's section bar and tabs, or a sentence in their place while there is no file to show."""

    def __init__(self, tabs: SectionTabs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(
            "citizen.svg",
            self.tr("No citizen chosen"),
            self.tr(
                "Choose a citizen in the caseload to see the profile in their own words, belief in a job, "
                "the responsible caseworker and who has looked at the record."
            ),
        )
        self.record = QWidget()
        record_layout = QVBoxLayout(self.record)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.setSpacing(8)
        record_layout.addWidget(tabs.bar)
        record_layout.addWidget(tabs, 1)
        self.opening_state = EmptyState(
            "citizen.svg", self.tr("Opening the citizen's file…"), self.tr("Just a moment.")
        )
        for shown in (self.empty, self.record, self.opening_state):
            self.addWidget(shown)

    def show_state(self, has_record: bool, opening: bool) -> None:
        """The file when there is one (or one being created), else "opening…" or "no citizen chosen"."""
        self.setCurrentWidget(self.record if has_record else self.opening_state if opening else self.empty)
