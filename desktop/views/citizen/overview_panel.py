"""The citizen's Overview tab: what matters today, above the profile's key facts.

Five short sections (active goals, the next dates, belief and ratings, consents, drafts) drawn from one
``OverviewService.overview`` record. Every line is a link to the tab that holds it: Tab moves from link to
link, Enter follows one.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLayout, QVBoxLayout, QWidget

from desktop.services.citizen_file import CitizenFile
from desktop.services.overview import CitizenOverview, OverviewService
from desktop.views.formatting import format_date
from desktop.views.i18n import ui_language
from desktop.views.labels import ACTORS, GOAL_KINDS, RATERS, label

GOALS, MEETINGS, BELIEF, PROGRESS, NETWORK = "goals", "meetings", "belief", "progress", "network"


class OverviewPanel(QWidget):
    """Signals:
    open_section(str): a line was followed; the section that holds it ("goals", "meetings", "belief",
        "progress", "network").
    """

    open_section = Signal(str)

    def __init__(
        self, overview: OverviewService, profile_fields: QLayout, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = overview
        self._language = ui_language()
        self.citizen_id: str | None = None
        self.data: CitizenOverview | None = None
        self.sections: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        titles = {
            "goals": self.tr("Active goals"),
            "dates": self.tr("Next dates"),
            "belief": self.tr("Belief in a job and ratings"),
            "consents": self.tr("Consents"),
            "drafts": self.tr("Drafts not filed"),
        }
        for index, (key, title) in enumerate(titles.items()):
            grid.addWidget(self._card(key, title), index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.today = QWidget()  # hidden while a new citizen is being created
        self.today.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.today)
        facts = QLabel(self.tr("Profile"))
        facts.setObjectName("fieldLabel")
        layout.addSpacing(8)
        layout.addWidget(facts)
        layout.addLayout(profile_fields)
        layout.addStretch(1)

    def _card(self, key: str, title: str) -> QFrame:
        card = QFrame()
        card.setObjectName("overviewCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card)
        heading = QLabel(title)
        heading.setObjectName("fieldLabel")
        body = QLabel()
        body.setObjectName(f"overview_{key}")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Tab reaches each link in turn, Enter follows it (TextBrowserInteraction includes the keyboard).
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        body.setAccessibleName(title)
        body.linkActivated.connect(self.open_section)
        box.addWidget(heading)
        box.addWidget(body, 1)
        self.sections[key] = body
        return card

    def set_citizen(self, citizen_id: str | None) -> None:
        """Read and show the overview of ``citizen_id`` (nothing for ``None``)."""
        self.citizen_id = citizen_id
        self.refresh()

    def show_file(self, file: CitizenFile) -> None:
        """Show the overview of a citizen's file as read."""
        self.citizen_id = file.citizen_id
        self._draw(file.overview)

    def refresh(self) -> None:
        """Read the overview again (after a change in another tab)."""
        self._draw(self._service.overview(self.citizen_id) if self.citizen_id else None)

    def _draw(self, data: CitizenOverview | None) -> None:
        self.data = data
        self.today.setVisible(data is not None)
        if data is None:
            for body in self.sections.values():
                body.clear()
            return
        self.sections["goals"].setText(self._goals(data))
        self.sections["dates"].setText(self._dates(data))
        self.sections["belief"].setText(self._belief(data))
        self.sections["consents"].setText(self._consents(data))
        self.sections["drafts"].setText(self._drafts(data))

    # -- the sections, as rich text with one link per line -------------------------------------------

    def _goals(self, data: CitizenOverview) -> str:
        if not data.goals:
            return _plain(self.tr("No active goals. Agree on the first goal with the citizen."), GOALS)
        lines = []
        for goal in data.goals:
            text = goal.text if goal.parent_id else f"{goal.text} ({label(GOAL_KINDS, goal.kind)})"
            lines.append(("   – " if goal.parent_id else "") + _link(GOALS, text))
        return "<br>".join(lines)

    def _dates(self, data: CitizenOverview) -> str:
        lines = []
        for item in data.dated:
            when = format_date(item.due)
            if item.overdue(data.today):
                when = self.tr("%1, overdue").replace("%1", when)
            if item.kind == "follow_up":
                what, section = self.tr("Next follow-up meeting"), MEETINGS
            elif item.kind == "activity":
                what, section = self.tr("Activity ends: %1").replace("%1", item.text), GOALS
            else:
                what, section = item.text, MEETINGS
            who = label(ACTORS, item.who) if item.kind == "activity" and item.who in ACTORS else item.who
            who = f" ({who})" if who else ""
            line = f"{when}: {what}{who}"
            lines.append(
                f"<b>{_link(section, line)}</b>" if item.overdue(data.today) else _link(section, line)
            )
        if data.undated_agreements:
            lines.append(
                _link(MEETINGS, self.tr("%n open agreement(s) without a date", "", data.undated_agreements))
            )
        return "<br>".join(lines) or _plain(self.tr("No agreements or follow-ups with a date."), MEETINGS)

    def _belief(self, data: CitizenOverview) -> str:
        lines = []
        belief = data.belief
        if belief.citizen is None and belief.caseworker is None:
            lines.append(_link(BELIEF, self.tr("Belief in a job: not rated yet.")))
        else:
            parts = [
                f"{label(RATERS, e.rater)} {e.value}/10 ({format_date(e.rated_on)})"
                for e in (belief.citizen, belief.caseworker)
                if e is not None
            ]
            text = self.tr("Belief in a job: %1").replace("%1", ", ".join(parts))
            if belief.gap is not None:
                text += " – " + self.tr("gap %n step(s)", "", abs(belief.gap))
            lines.append(_link(BELIEF, text))
        gap = data.widest_gap
        if gap is None:
            lines.append(_link(PROGRESS, self.tr("Ratings: no scale set rated by both of you yet.")))
        else:
            lines.append(
                _link(
                    PROGRESS,
                    self.tr("Widest gap (%1): %2, citizen %3, caseworker %4")
                    .replace("%1", gap.scale_title.get(self._language))
                    .replace("%2", gap.indicator.get(self._language))
                    .replace("%3", str(gap.citizen))
                    .replace("%4", str(gap.caseworker)),
                )
            )
        return "<br>".join(lines)

    def _consents(self, data: CitizenOverview) -> str:
        lines = []
        for consent in data.consents:
            if consent.expired(data.today):
                when = self.tr("Expired %1").replace("%1", format_date(consent.expires_on))
            else:
                when = self.tr("Expires %1").replace("%1", format_date(consent.expires_on))
            line = f"{when}: {consent.organisation} – {consent.information}"
            lines.append(
                f"<b>{_link(NETWORK, line)}</b>" if consent.expired(data.today) else _link(NETWORK, line)
            )
        return "<br>".join(lines) or _plain(self.tr("No consent expires within 30 days."), NETWORK)

    def _drafts(self, data: CitizenOverview) -> str:
        names = {
            "draft": self.tr("Draft"),
            "ready": self.tr("Ready to file"),
            "unsaved_note": self.tr("Unsaved typing of a note"),
        }
        lines = []
        for draft in data.drafts:
            when = format_date(draft.on) if draft.on else ""
            what = draft.text or self.tr("(no agenda)") if draft.kind != "unsaved_note" else ""
            line = " · ".join(p for p in (names.get(draft.kind, draft.kind), when, what) if p)
            lines.append(_link(MEETINGS, line))
        return "<br>".join(lines) or _plain(self.tr("No open drafts: every note is filed."), MEETINGS)


def _link(section: str, text: str) -> str:
    return f'<a href="{section}">{escape(text)}</a>'


def _plain(text: str, section: str) -> str:
    """An empty state: plain words, still a link, so the keyboard can go on to the tab to add something."""
    return _link(section, text)
