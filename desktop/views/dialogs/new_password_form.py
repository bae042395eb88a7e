"""The "new password, twice" form shared by first run, recovery and change of password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop.domain.passwords import is_acceptable
from desktop.views.widgets.error_line import error_line, show_error
from desktop.views.widgets.password_field import PasswordField
from desktop.views.widgets.strength_meter import StrengthMeter


class NewPasswordForm(QWidget):
    """Two password fields and a strength meter.

    Signals:
        validity_changed(bool): whether both fields now hold the same acceptable password.
    """

    validity_changed = Signal(bool)

    def __init__(self, first_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = PasswordField(first_label)
        self.repeat = PasswordField(self.tr("Repeat the password"))
        self.meter = StrengthMeter()
        self.mismatch = error_line()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        first = QLabel(first_label)
        first.setBuddy(self.password)
        layout.addRow(first, self.password)
        layout.addRow("", self.meter)
        second = QLabel(self.tr("&Repeat password"))
        second.setBuddy(self.repeat)
        layout.addRow(second, self.repeat)
        layout.addRow("", self.mismatch)
        self._valid = False
        self.password.textChanged.connect(self._on_edit)
        self.repeat.textChanged.connect(self._on_edit)

    @property
    def is_valid(self) -> bool:
        """Both fields agree and the password is long enough."""
        return self._valid

    def value(self) -> str:
        """The new password."""
        return self.password.text()

    def clear(self) -> None:
        """Empty both fields."""
        self.password.clear()
        self.repeat.clear()

    def _on_edit(self) -> None:
        first, second = self.password.text(), self.repeat.text()
        self.meter.update_for(first)
        differs = bool(second) and first != second and not first.startswith(second)
        show_error(self.mismatch, self.tr("The two passwords are not the same.") if differs else "")
        valid = is_acceptable(first) and first == second
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
