"""Caseload, citizen and search pages as the foundation ships them: honest empty states.

The caseload issue replaces each with the real page; the navigation, shortcuts and titles stay.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.views.pages.page import Page
from desktop.views.widgets.empty_state import EmptyState


class CaseloadPage(Page):
    """The caseworker's list of citizens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Caseload"), parent)
        self.empty = EmptyState(
            "caseload.svg",
            self.tr("No citizens yet"),
            self.tr(
                "The citizens you work with will be listed here with their programme, next follow-up "
                "and last contact."
            ),
        )
        self.body.addWidget(self.empty)


class CitizenPage(Page):
    """One citizen's working file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Citizen"), parent)
        self.empty = EmptyState(
            "citizen.svg",
            self.tr("No citizen chosen"),
            self.tr(
                "Choose a citizen in the caseload to see the profile in their own words, shared goals, "
                "meeting notes and progress."
            ),
        )
        self.body.addWidget(self.empty)


class SearchPage(Page):
    """Search across the whole caseload."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search"), parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search profiles, notes, goals and reflections"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.field.setEnabled(False)
        self.body.addWidget(self.field)
        self.empty = EmptyState(
            "search.svg",
            self.tr("Nothing to search yet"),
            self.tr(
                "When the notebook holds citizens, one search here finds them and everything written about them."
            ),
        )
        self.body.addWidget(self.empty, 1)

    def focus_search(self) -> None:
        """Put the cursor in the search field."""
        self.field.setFocus()
        self.field.selectAll()
