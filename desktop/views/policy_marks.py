"""How a setting fixed by the administrator's policy looks: a lock and "Set by your organisation", with
the policy file named in the tooltip, next to a control that is disabled and shows the policy's value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.paths import resource_path


def set_by_organisation_text() -> str:
    """The words shown beside a fixed setting."""
    return QCoreApplication.translate("PolicyMarks", "Set by your organisation")


def policy_tooltip(source: str) -> str:
    """The tooltip of a fixed setting: who set it and in which file."""
    return QCoreApplication.translate(
        "PolicyMarks", "Set by your organisation in the policy file %1; it cannot be changed here."
    ).replace("%1", source)


def remember_forbidden_text() -> str:
    """Why "remember on this computer" cannot be ticked."""
    return QCoreApplication.translate(
        "PolicyMarks",
        "Your organisation does not allow remembering the key on this computer; type the password to unlock.",
    )


class FixedMark(QWidget):
    """A lock icon and "Set by your organisation"; the tooltip names the policy file."""

    def __init__(self, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyMark")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "lock.svg"))).pixmap(QSize(14, 14)))
        self.label = QLabel(set_by_organisation_text())
        self.label.setObjectName("hint")
        layout.addWidget(icon)
        layout.addWidget(self.label)
        tip = policy_tooltip(source)
        for widget in (self, icon, self.label):
            widget.setToolTip(tip)
        self.setAccessibleName(set_by_organisation_text())
        self.setAccessibleDescription(tip)


def fix_control(control: QWidget, source: str) -> FixedMark:
    """Disable ``control`` (already showing the policy's value), explain why, and return the mark to
    place beside it."""
    control.setEnabled(False)
    control.setToolTip(policy_tooltip(source))
    return FixedMark(source)


def with_mark(control: QWidget, mark: FixedMark | None, stretch: bool = False) -> QWidget:
    """``control`` with ``mark`` beside it (or alone), as one field of a form; ``stretch`` lets the
    control take the width the mark leaves (a text field), else it keeps its natural width."""
    if mark is None:
        return control
    field = QWidget()
    row = QHBoxLayout(field)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(10)
    row.addWidget(control, 1 if stretch else 0)
    row.addWidget(mark)
    if not stretch:
        row.addStretch(1)
    return field
