"""Belief in a job, asked at a follow-up meeting: the citizen's own and the caseworker's estimate.

Saved with the note as the same belief ratings the Belief tab shows, dated as the meeting.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QWidget

NOT_ASKED = 0  # the spin box's lowest value shows "—": not asked at this meeting


class BeliefQuestions(QGroupBox):
    """Two ratings from 1 to 10, each may be left unasked.

    Signals:
        edited(): a rating changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Belief in a job"), parent)
        self.citizen = self._rating(self.tr("The citizen's own belief in getting a job"))
        self.caseworker = self._rating(self.tr("Your estimate of the citizen's chance of a job"))
        self.setToolTip(
            self.tr(
                "Asked at follow-up meetings. Saved with the note as belief ratings dated as the meeting."
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("The citizen's own belief (1-10)"), self.citizen)
        form.addRow(self.tr("Your estimate (1-10)"), self.caseworker)

    def values(self) -> tuple[int | None, int | None]:
        """``(citizen, caseworker)``; ``None`` where not asked."""
        return _value(self.citizen), _value(self.caseworker)

    def set_values(self, citizen: int | None, caseworker: int | None) -> None:
        """Show the ratings of a note."""
        self.citizen.setValue(citizen or NOT_ASKED)
        self.caseworker.setValue(caseworker or NOT_ASKED)

    def set_read_only(self, read_only: bool) -> None:
        """A filed note's ratings are shown, never changed."""
        for spin in (self.citizen, self.caseworker):
            spin.setReadOnly(read_only)

    def _rating(self, accessible_name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NOT_ASKED, 10)
        spin.setSpecialValueText("—")
        spin.setSuffix(self.tr(" of 10"))
        spin.setAccessibleName(accessible_name)
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(self.tr(" of 10")) * 2 + 40)
        spin.setMaximumWidth(spin.minimumWidth() * 2)  # a rating, not a line of text
        spin.valueChanged.connect(self.edited)
        return spin


def _value(spin: QSpinBox) -> int | None:
    return spin.value() if spin.value() != NOT_ASKED else None
