"""Review conflicts: the two values side by side; keep one, or write the result by hand.

A conflict is a field that this computer and another device changed to different values. Until it is
resolved, the record keeps this computer's value, so nothing changes under the person's eyes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text_bounds import text_bound
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.sync import Conflict
from desktop.views.citizen.profile_form import describe_problems
from desktop.views.dialogs.common import Dialog, heading, lead
from desktop.views.i18n import translate_error
from desktop.views.labels import FIELDS
from desktop.views.widgets.buttons import push_button, right_aligned
from desktop.views.widgets.error_line import error_line, show_error
from desktop.views.widgets.text_limit import TextBox

RECORD_TYPES: dict[str, str] = {
    "citizen": QT_TRANSLATE_NOOP("labels", "Profile"),
    "meeting_note": QT_TRANSLATE_NOOP("labels", "Meeting note"),
    "agreement": QT_TRANSLATE_NOOP("labels", "Agreement"),
    "goal": QT_TRANSLATE_NOOP("labels", "Goal"),
    "activity": QT_TRANSLATE_NOOP("labels", "Activity"),
    "actor": QT_TRANSLATE_NOOP("labels", "Actor"),
    "consent": QT_TRANSLATE_NOOP("labels", "Consent"),
    "network_decision": QT_TRANSLATE_NOOP("labels", "Decision of a network meeting"),
    "app_setting": QT_TRANSLATE_NOOP("labels", "Setting"),
}


class ConflictDialog(Dialog):
    """Lists open conflicts; ``resolve(conflict_id, value)`` is the service call (passed in)."""

    def __init__(
        self,
        conflicts: Callable[[], list[Conflict]],
        resolve: Callable[[str, Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._conflicts = conflicts
        self._resolve = resolve
        self._shown: list[Conflict] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(980, 620)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show)
        self.local = _read_only(self.tr("The value on this computer"))
        self.remote = _read_only(self.tr("The value from the other device"))
        self.result_box = TextBox()  # a text merged by hand: held to the field's bound
        self.result_box.setAccessibleName(self.tr("The result"))
        self.result_box.setTabChangesFocus(True)
        self.keep_local = push_button(
            self.tr("Keep &this computer's"), lambda: self._apply(self._current().local)
        )
        self.keep_remote = push_button(
            self.tr("Use the &other device's"), lambda: self._apply(self._current().remote)
        )
        self.save_result = push_button(self.tr("&Save the result"), self._save_result)
        self.save_result.setShortcut(QKeySequence("Ctrl+Return"))
        self.save_result.setToolTip(self.tr("Save the text in the result field (Ctrl+Enter)"))
        self.error = error_line(self)
        self.empty = QLabel(
            self.tr("No conflicts. Everything that was changed in two places has been merged.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detail = QWidget()
        grid = QGridLayout(self.detail)
        grid.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("On this computer")), 1, 0)
        grid.addWidget(QLabel(self.tr("From the other device")), 1, 1)
        grid.addWidget(self.local, 2, 0)
        grid.addWidget(self.remote, 2, 1)
        grid.addWidget(QLabel(self.tr("Result (edit it to combine both)")), 3, 0, 1, 2)
        grid.addWidget(self.result_box, 4, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_remote)
        buttons.addStretch(1)
        buttons.addWidget(self.save_result)
        grid.addLayout(buttons, 5, 0, 1, 2)
        grid.addWidget(self.error, 6, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(4, 1)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.empty)
        splitter.addWidget(right)
        splitter.setSizes([280, 700])

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Changed in two places")))
        layout.addWidget(
            lead(
                self.tr(
                    "The same field was changed here and on another device. Until you choose, the record "
                    "keeps this computer's value. Nothing is lost: both values are shown here."
                )
            )
        )
        layout.addWidget(splitter, 1)
        layout.addLayout(right_aligned(close))
        self.reload()

    def reload(self) -> None:
        """Fetch the open conflicts again and show the first."""
        self._shown = self._conflicts()
        self.list.clear()
        for conflict in self._shown:
            item = QListWidgetItem(_title(conflict))
            self.list.addItem(item)
        has_any = bool(self._shown)
        self.detail.setVisible(has_any)
        self.empty.setVisible(not has_any)
        if has_any:
            self.list.setCurrentRow(0)

    def _current(self) -> Conflict:
        return self._shown[self.list.currentRow()]

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._shown):
            return
        conflict = self._shown[row]
        self.title.setText(_title(conflict))
        self.local.setPlainText(_text(conflict.local))
        self.remote.setPlainText(_text(conflict.remote))
        self.result_box.setPlainText(_text(conflict.local))
        editable = isinstance(conflict.local, str) and isinstance(conflict.remote, str)
        self.result_box.max_length = text_bound(conflict.record_type, conflict.field)
        self.result_box.setReadOnly(not editable)
        self.save_result.setEnabled(editable)
        show_error(self.error, "")

    def _save_result(self) -> None:
        self._apply(self.result_box.toPlainText())

    def _apply(self, value: Any) -> None:
        if not self._shown:
            return
        try:
            self._resolve(self._current().id, value)
        except Exception as exc:  # shown in the dialog; the conflict stays open
            problems = getattr(exc, "problems", None)  # InvalidInput: say which bound
            show_error(self.error, describe_problems(problems) if problems else translate_error(exc))
            return
        row = self.list.currentRow()
        self.reload()
        if self._shown:
            self.list.setCurrentRow(min(row, len(self._shown) - 1))


def _title(conflict: Conflict) -> str:
    kind = QCoreApplication.translate("labels", RECORD_TYPES.get(conflict.record_type, conflict.record_type))
    field = QCoreApplication.translate("labels", FIELDS.get(conflict.field, conflict.field))
    who = f"{conflict.citizen_name}: " if conflict.citizen_name else ""
    return f"{who}{kind} – {field}"


def _text(value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    return str(value)


def _read_only(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    return box
