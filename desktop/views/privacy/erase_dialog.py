"""Erasing a citizen for good: the person types the citizen's name to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.views.dialogs.common import Dialog, heading, lead


class EraseCitizenDialog(Dialog):
    """Says what erasure means and enables "Delete permanently" only when the name is typed."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setWindowTitle(self.tr("Delete citizen permanently"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = heading(self.tr("Delete %1 permanently?").replace("%1", name))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(
            lead(
                self.tr(
                    "Everything about the citizen is deleted from this computer and, at the next sync, from "
                    "your other computers: profile, goals, notes, reflections, contacts, consents and "
                    "measurements. It cannot be undone. The access log keeps only that a record was deleted, "
                    "when and by whom.\n\nThe municipality may be obliged to keep information: make sure "
                    "what must be kept is in the official case system first."
                )
            )
        )
        prompt = QLabel(self.tr("Type the citizen's name to confirm:"))
        self.name_field = QLineEdit()
        self.name_field.setAccessibleName(self.tr("The citizen's name"))
        self.name_field.setPlaceholderText(name)
        prompt.setBuddy(self.name_field)
        layout.addWidget(prompt)
        layout.addWidget(self.name_field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(
            self.tr("&Delete permanently"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("danger")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(self.buttons)
        self.name_field.textChanged.connect(self._check)

    def _check(self, typed: str) -> None:
        self.delete_button.setEnabled(
            " ".join(typed.split()).casefold() == " ".join(self._name.split()).casefold()
        )


def confirm_erase(name: str, parent: QWidget | None = None) -> bool:
    """Ask; True only when the person typed the name and chose to delete."""
    return EraseCitizenDialog(name, parent).exec() == QDialog.DialogCode.Accepted
