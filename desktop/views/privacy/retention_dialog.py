"""Closed cases past the retention period, for a person to review: open one, or delete it for good.

Nothing is deleted from this list on its own: each deletion asks for the citizen's name first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.retention import RetentionCase
from desktop.services.privacy import PrivacyService
from desktop.views.dialogs.common import Dialog, heading, lead
from desktop.views.formatting import format_date
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.privacy.privacy_actions import PrivacyActions
from desktop.views.widgets.buttons import push_button, right_aligned
from desktop.views.widgets.error_line import error_line, show_error


class RetentionDialog(Dialog):
    """Signals:
    open_requested(str): the person wants to look at a citizen's record first.
    """

    open_requested = Signal(str)

    def __init__(
        self,
        privacy: PrivacyService,
        actions: PrivacyActions,
        runner: OperationRunner,
        years: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._actions = actions
        self._runner = runner
        self._years = years
        self._cases: list[RetentionCase] = []
        self.setWindowTitle(self.tr("Cases due for deletion"))
        self.resize(760, 420)
        self.intro = lead("")
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Cases due for deletion"))
        self.table.setHeaderLabels(
            [self.tr("Citizen"), self.tr("Case closed"), self.tr("Due for review since")]
        )
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.currentItemChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda *_: self._open())
        self.open_button = push_button(self.tr("&Open the record"), self._open)
        self.delete_button = push_button(self.tr("&Delete permanently…"), self._delete)
        self.delete_button.setObjectName("danger")
        self.empty = lead(self.tr("No closed case is due for review."))
        self.empty.setVisible(False)
        self.error = error_line(self)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Cases due for deletion")))
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addLayout(right_aligned(self.open_button, self.delete_button, close))
        actions.erased.connect(lambda _id: self.reload())
        actions.message.connect(self._on_message)
        self.reload()

    def reload(self) -> None:
        years = self._years()
        self.intro.setText(
            self.tr(
                "Closed cases are due for review %n year(s) after closing. Check that what must be kept is in "
                "the official case system, then delete. Nothing is deleted without you confirming.",
                "",
                years,
            )
        )
        self._runner.run(
            lambda: self._privacy.retention_due(years),
            self._show,
            lambda exc: show_error(self.error, translate_error(exc)),
        )

    def _show(self, cases: list[RetentionCase]) -> None:
        self._cases = cases
        self.table.clear()
        for case in cases:
            item = QTreeWidgetItem([case.name, format_date(case.closed_on), format_date(case.due_on)])
            item.setData(0, Qt.ItemDataRole.UserRole, case.citizen_id)
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:  # there are cases
            self.table.setCurrentItem(first)
        self.empty.setVisible(not cases)
        show_error(self.error, "")
        self._selection_changed()

    def _selected(self) -> RetentionCase | None:
        current = self.table.currentItem()
        index = self.table.indexOfTopLevelItem(current) if current else -1
        return self._cases[index] if 0 <= index < len(self._cases) else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open(self) -> None:
        case = self._selected()
        if case is not None:
            self.open_requested.emit(case.citizen_id)
            self.accept()

    def _delete(self) -> None:
        case = self._selected()
        if case is not None:
            self._actions.erase(case.citizen_id, case.name)

    def _on_message(self, text: str, kind: str) -> None:
        if kind == "error":
            show_error(self.error, text)
