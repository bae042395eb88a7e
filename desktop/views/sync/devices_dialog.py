"""The computers signed in to the sync account; a lost laptop's access can be removed here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync import Device, SyncService
from desktop.views.dialogs.common import Dialog, heading, lead
from desktop.views.formatting import format_date, format_time
from desktop.views.i18n import translate_error
from desktop.views.operation import OperationRunner
from desktop.views.widgets.buttons import push_button, right_aligned
from desktop.views.widgets.error_line import error_line, show_error


class DevicesDialog(Dialog):
    """``confirm(name)`` asks before access is removed (tests pass their own answer)."""

    def __init__(
        self,
        sync: SyncService,
        runner: OperationRunner,
        confirm: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._runner = runner
        self._confirm = confirm or self._ask
        self._devices: list[Device] = []
        self.setWindowTitle(self.tr("Computers with access"))
        self.resize(860, 420)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Computers"))
        self.table.setHeaderLabels(
            [self.tr("Name"), self.tr("Added"), self.tr("Last seen"), self.tr("Status")]
        )
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.currentItemChanged.connect(self._selection_changed)
        self.revoke_button = push_button(self.tr("&Remove access…"), self._revoke)
        self.revoke_button.setEnabled(False)
        self.error = error_line(self)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Computers with access")))
        layout.addWidget(
            lead(
                self.tr(
                    "If a computer is lost or stolen, remove its access: it is stopped at its next contact "
                    "with the server. Its own copy stays encrypted under your password."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(right_aligned(self.revoke_button, close))
        self.reload()

    def reload(self) -> None:
        self._runner.run(
            self._sync.devices, self._show, lambda exc: show_error(self.error, translate_error(exc))
        )

    def _show(self, devices: list[Device]) -> None:
        self._devices = devices
        self.table.clear()
        for device in devices:
            name = device.name + (" " + self.tr("(this computer)") if device.this_device else "")
            status = self.tr("Access removed") if device.revoked_at else self.tr("Active")
            self.table.addTopLevelItem(
                QTreeWidgetItem([name, _stamp(device.created_at), _stamp(device.last_seen_at), status])
            )
        show_error(self.error, "")

    def _selection_changed(self, *_args: object) -> None:
        device = self._selected()
        self.revoke_button.setEnabled(device is not None and not device.this_device and not device.revoked_at)

    def _selected(self) -> Device | None:
        current = self.table.currentItem()
        row = self.table.indexOfTopLevelItem(current) if current else -1
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def _revoke(self) -> None:
        device = self._selected()
        if device is None or not self._confirm(device.name):
            return
        self._runner.run(
            lambda: self._sync.revoke(device.id),
            lambda _result: self.reload(),
            lambda exc: show_error(self.error, translate_error(exc)),
        )

    def _ask(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove access"),
            self.tr("Remove the access of %1? It cannot sync again until it is set up anew.").replace(
                "%1", name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _stamp(value: str | None) -> str:
    if not value:
        return ""
    moment = datetime.fromisoformat(value).astimezone()
    return f"{format_date(moment)} {format_time(moment)}"
