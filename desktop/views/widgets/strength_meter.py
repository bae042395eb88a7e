"""A bar and a hint that say how strong a new password is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.passwords import MIN_LENGTH, Strength, estimate_strength

_COLOURS = {
    Strength.TOO_SHORT: "#b3261e",
    Strength.WEAK: "#b3261e",
    Strength.FAIR: "#b26a00",
    Strength.GOOD: "#2e7d32",
    Strength.STRONG: "#1b5e20",
}


class StrengthMeter(QWidget):
    """Call ``update_for(password)`` on every edit; ``strength`` holds the latest estimate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strength = Strength.TOO_SHORT
        self._bar = QProgressBar()
        self._bar.setRange(0, int(Strength.STRONG))
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(6)
        self._bar.setFixedWidth(110)
        self._hint = QLabel()
        self._hint.setObjectName("hint")
        self._hint.setWordWrap(True)
        # The hint under the bar, at the full width of the field: beside it, a long translation of the
        # tip wrapped into more lines than the form gave it room for.
        layout = QVBoxLayout(self)
        # As wide as the password field above it (a form only widens fields that ask to grow).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._bar, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._hint)
        self.update_for("")

    def hint_text(self) -> str:
        """The hint currently shown."""
        return self._hint.text()

    def update_for(self, password: str) -> None:
        """Re-estimate and redraw."""
        self.strength = estimate_strength(password).strength
        hints = {
            Strength.TOO_SHORT: self.tr("At least %n characters.", "", MIN_LENGTH),
            Strength.WEAK: self.tr("Weak: add a few more words."),
            Strength.FAIR: self.tr("Fair: a longer sentence is safer."),
            Strength.GOOD: self.tr("Good."),
            Strength.STRONG: self.tr("Strong."),
        }
        if not password:
            self._hint.setText(
                self.tr("Tip: a sentence of four or five words is easy to remember and hard to guess.")
            )
        else:
            self._hint.setText(hints[self.strength])
        self._bar.setValue(int(self.strength) if password else 0)
        colour = _COLOURS[self.strength]
        self._bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}")
        self._bar.setAccessibleName(self._hint.text())
