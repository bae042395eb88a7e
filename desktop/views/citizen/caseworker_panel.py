"""The responsible caseworker and the history of handovers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.citizen import HandoverEntry
from desktop.views.dialogs.common import Dialog
from desktop.views.formatting import format_date
from desktop.views.widgets.date_field import OptionalDateField
from desktop.views.widgets.text_limit import limit_fields


class HandoverDialog(Dialog):
    """Asks who takes over, from when, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over the case"))
        self.setMinimumWidth(460)
        self.to_field = QLineEdit()
        self.to_field.setAccessibleName(self.tr("New responsible caseworker"))
        self.on_field = OptionalDateField(self.tr("Date of the handover"))
        self.on_field.set_value(date.today())
        self.reason = QLineEdit()
        limit_fields("handover", {"to_caseworker": self.to_field, "reason": self.reason})
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Hand over"))
        self.ok_button.setEnabled(False)
        self.to_field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setContentsMargins(20, 18, 20, 14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&New responsible caseworker"), self.to_field)
        form.addRow(self.tr("From"), self.on_field)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(buttons)


class CaseworkerPanel(QWidget):
    """Signals:
    handover_requested(str, object, str): to whom, from which date, why.
    """

    handover_requested = Signal(str, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.responsible = QLabel()
        self.responsible.setObjectName("emptyTitle")
        self.handover_button = QPushButton(self.tr("Hand o&ver…"))
        self.handover_button.clicked.connect(self._ask)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("Reason")]
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move in it
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Handovers"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Responsible caseworker:")))
        row.addWidget(self.responsible)
        row.addStretch(1)
        row.addWidget(self.handover_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        history = QLabel(self.tr("Handovers"))
        history.setObjectName("fieldLabel")
        layout.addWidget(history)
        layout.addWidget(self.table, 1)

    def set_state(self, responsible: str, handovers: tuple[HandoverEntry, ...]) -> None:
        """Show who is responsible now and every earlier handover."""
        self.responsible.setText(responsible or self.tr("(not set)"))
        self.model.removeRows(0, self.model.rowCount())
        for entry in handovers:
            self.model.appendRow(
                [
                    QStandardItem(format_date(entry.handed_over_on)),
                    QStandardItem(entry.from_caseworker or "—"),
                    QStandardItem(entry.to_caseworker),
                    QStandardItem(entry.reason),
                ]
            )

    def is_dirty(self) -> bool:
        """Nothing is typed here (a handover is written in its own window), so Ctrl+S has nothing to save."""
        return False

    def save(self) -> bool:
        """Nothing to store (see ``is_dirty``)."""
        return True

    def _ask(self) -> None:
        dialog = HandoverDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.handover_requested.emit(
                dialog.to_field.text(), dialog.on_field.value() or date.today(), dialog.reason.text()
            )
