"""A caption over a part of a panel ("New consent", "Actors around the citizen"), in the field-label style."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldLabel")
    return label
