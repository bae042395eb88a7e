"""The gap between the citizen's and the caseworker's latest ratings, in words under the radar.

Citizens often rate their own influence on the case far lower than the caseworker thinks (DOMAIN.md,
Medindflydelse): the radar shows the two shapes, this list says in plain words where they differ most.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.scales import RatingGap, Scale, rating_gaps
from desktop.views.formatting import format_date

WIDE_GAP = 3  # from this many steps apart the row is marked: worth talking about at the next meeting
MAX_SHOWN = 2  # the widest gaps under the radar; more would squeeze the radar


class RatingGapList(QLabel):
    """The indicators both raters scored, the widest gap first, each as a sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingGaps")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader reads it
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(self.tr("Gap between the citizen's and the caseworker's ratings"))
        self.gaps: list[RatingGap] = []
        self.set_ratings(None, {}, language="da")

    def set_ratings(self, scale: Scale | None, latest: dict, language: str) -> None:
        """Describe the gaps in ``latest`` (rater → stored measurement, as ``newest_per_rater`` gives)."""
        citizen, caseworker = latest.get("citizen"), latest.get("caseworker")
        self.setToolTip("")
        if scale is None or citizen is None or caseworker is None:
            self.gaps = []
            self.setText(
                escape(
                    self.tr("When both the citizen and you have rated, the gap between you is shown here.")
                )
            )
            return
        self.gaps = rating_gaps(scale, citizen.draft.scores, caseworker.draft.scores)
        if not self.gaps:
            self.setText(escape(self.tr("The two latest ratings have no indicator in common.")))
            return
        head = (
            self.tr("Gap between the citizen (%1) and you (%2):")
            .replace("%1", format_date(citizen.draft.rated_on))
            .replace("%2", format_date(caseworker.draft.rated_on))
        )
        rows = [f"<b>{escape(head)}</b>"]
        for gap in self.gaps[:MAX_SHOWN]:
            text = escape(self.describe(gap, language))
            rows.append(f"<b>{text}</b>" if abs(gap.difference) >= WIDE_GAP else text)
        rest = len(self.gaps) - MAX_SHOWN
        if rest > 0:  # the radar keeps its room; the whole list is in the tooltip and on "Over time"
            rows.append(escape(self.tr("%n more indicator(s) with a smaller gap", "", rest)))
        self.setText("<br>".join(rows))
        self.setToolTip("\n".join(self.describe(gap, language) for gap in self.gaps))

    def describe(self, gap: RatingGap, language: str) -> str:
        """One indicator's gap in short words, e.g. "Influence on my case: citizen 3, caseworker 8 – you 5
        steps higher" (short, so the radar above keeps its room)."""
        name = gap.indicator.label.get(language)
        scores = (
            self.tr("%1: citizen %2, caseworker %3")
            .replace("%1", name)
            .replace("%2", str(gap.citizen))
            .replace("%3", str(gap.caseworker))
        )
        steps = abs(gap.difference)
        if steps == 0:
            verdict = self.tr("you agree")
        elif gap.difference > 0:
            verdict = self.tr("you %n step(s) higher", "", steps)
        else:
            verdict = self.tr("the citizen %n step(s) higher", "", steps)
        return f"{scores} – {verdict}"
