"""The network map: the citizen in the middle, the actors around them in four sectors.

A picture to look at together with the citizen: health at the top left, the municipality at the top
right, work at the bottom right, family and others at the bottom left. A solid line means a valid
consent lets information flow; a dashed line means there is none. Clicking an actor chooses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.views.labels import SECTOR_NAMES, label

# Sector → (tint of its quarter, ink of its title and boxes).
SECTOR_PLACES: dict[str, tuple[str, str]] = {
    "health": ("#e3f2e8", "#1e5a32"),
    "municipality": ("#e6eefc", "#0b3a8c"),
    "work": ("#fdf0e0", "#7a4300"),
    "private": ("#f3e8f7", "#5b2a6e"),
}
NODE_WIDTH, NODE_HEIGHT = 200.0, 46.0  # the widest box; the height of a one-line box at the usual font
NODE_TALL = 64.0  # a name on two lines and the role under it, where the sector has room
NODE_MIN_WIDTH = 120.0
CENTRE_RADIUS = 52.0


@dataclass(frozen=True)
class NetworkActor:
    """What the map shows of one actor."""

    id: str
    title: str  # organisation or person
    subtitle: str  # the role, in words
    sector: str
    has_consent: bool


def sector_area(sector: str, width: float, height: float) -> QRectF:
    """The quarter of the picture a sector fills."""
    half_w, half_h = width / 2, height / 2
    left = 0.0 if sector in ("health", "private") else half_w
    top = 0.0 if sector in ("health", "municipality") else half_h
    return QRectF(left, top, half_w, half_h)


def node_width(width: float) -> float:
    """How wide the actors' boxes are in a picture ``width`` wide: never reaching the citizen's circle
    in the middle (the map may be as narrow as its minimum size), never wider than ``NODE_WIDTH``."""
    return max(NODE_MIN_WIDTH, min(NODE_WIDTH, width / 2 - 12 - CENTRE_RADIUS - 10))


def place_actors(actors: list[NetworkActor], width: float, height: float) -> dict[str, QPointF]:
    """Centre points of the actors' boxes: one column at the outer side of each sector's quarter,
    evenly spaced. Lines from the citizen end at the side of a box facing the middle, so no line
    runs under another actor's box."""
    places: dict[str, QPointF] = {}
    for sector in SECTOR_PLACES:
        members = [a for a in actors if a.sector == sector]
        if not members:
            continue
        area = sector_area(sector, width, height)
        upper = area.top() == 0
        # Leave room for the sector's title at the outer edge and the legend under the lower half.
        usable = area.adjusted(12, 34 if upper else 8, -12, -8 if upper else -56)
        step = usable.height() / len(members)
        half_box = node_width(width) / 2
        x = usable.left() + half_box if area.left() == 0 else usable.right() - half_box
        for index, actor in enumerate(members):
            places[actor.id] = QPointF(x, usable.top() + (index + 0.5) * step)
    return places


def node_height(
    actors: list[NetworkActor],
    width: float,
    height: float,
    short: float = NODE_HEIGHT,
    tall: float = NODE_TALL,
) -> float:
    """Tall boxes (the name may take two lines) when every sector has room for them, else one-line ones."""
    crowded = max((sum(a.sector == s for a in actors) for s in SECTOR_PLACES), default=0)
    room = (height / 2 - 64) / crowded if crowded else height  # the lower quarters leave the least room
    return tall if room >= tall + 6 else short


def line_end(box_centre: QPointF, width: float) -> QPointF:
    """Where the line from the citizen meets a box: the middle of its side facing the citizen."""
    facing_right = box_centre.x() < width / 2
    offset = node_width(width) / 2 if facing_right else -node_width(width) / 2
    return QPointF(box_centre.x() + offset, box_centre.y())


class NetworkView(QWidget):
    """Signals:
    actor_clicked(str): the id of the actor whose box was clicked.
    """

    actor_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actors: list[NetworkActor] = []
        self._centre_name = ""
        self._selected: str | None = None
        self.setMinimumSize(460, 400)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Network map"))

    def sizeHint(self) -> QSize:
        return QSize(620, 520)

    def set_network(self, centre_name: str, actors: list[NetworkActor]) -> None:
        """Draw ``actors`` around the citizen called ``centre_name``."""
        self._centre_name = centre_name
        self._actors = list(actors)
        described = ", ".join(f"{a.title} ({a.subtitle})" for a in actors)
        self.setAccessibleDescription(described or self.tr("No actors yet"))
        self.update()

    def set_selected(self, actor_id: str | None) -> None:
        """Outline the chosen actor."""
        self._selected = actor_id
        self.update()

    def selected(self) -> str | None:
        """The id of the outlined actor (``None`` when none is)."""
        return self._selected

    def actors(self) -> list[NetworkActor]:
        """What is drawn (for tests and the accessible description)."""
        return list(self._actors)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._actor_at(event.position())
        if hit is not None:
            self.actor_clicked.emit(hit)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tool_tip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tool_tip_at(self, point: QPointF) -> str:
        """The whole name, role and consent state of the actor under ``point`` (a box may shorten them
        with "…"), the citizen's whole name over the middle; empty elsewhere."""
        actor_id = self._actor_at(point)
        actor = next((a for a in self._actors if a.id == actor_id), None)
        if actor is not None:
            state = (
                self.tr("consent: information may flow") if actor.has_consent else self.tr("no valid consent")
            )
            return f"{actor.title}\n{actor.subtitle}\n{state}"
        centre = QPointF(self.width() / 2, self.height() / 2)
        if self._centre_name and QLineF(centre, point).length() <= CENTRE_RADIUS:
            return self._centre_name
        return ""

    def box_heights(self) -> tuple[float, float]:
        """The height of a box with a one-line name and of one with a two-line name, from the fonts in
        use, so the role under the name is never cut off whatever the font size."""
        title = QFontMetrics(self._title_font()).lineSpacing()
        role = QFontMetrics(self.font()).lineSpacing()
        short = max(NODE_HEIGHT, 8 + title + role + 4)
        return short, max(NODE_TALL, short + title)

    def _actor_at(self, point: QPointF) -> str | None:
        tall = node_height(self._actors, self.width(), self.height(), *self.box_heights())
        for actor_id, centre in place_actors(self._actors, self.width(), self.height()).items():
            if _box(centre, tall, node_width(self.width())).contains(point):
                return actor_id
        return None

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = float(self.width()), float(self.height())
        painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
        self._paint_sectors(painter, width, height)
        places = place_actors(self._actors, width, height)
        centre = QPointF(width / 2, height / 2)
        for actor in self._actors:
            self._paint_line(painter, centre, line_end(places[actor.id], width), actor.has_consent)
        self._paint_centre(painter, centre)
        tall = node_height(self._actors, width, height, *self.box_heights())
        for actor in self._actors:
            self._paint_actor(painter, actor, places[actor.id], tall)
        self._paint_legend(painter, width, height)
        painter.end()

    def _paint_sectors(self, painter: QPainter, width: float, height: float) -> None:
        corners = {sector: sector_area(sector, width, height) for sector in SECTOR_PLACES}
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        painter.setFont(title_font)
        for sector, area in corners.items():
            tint, ink = SECTOR_PLACES[sector]
            painter.fillRect(area.adjusted(2, 2, -2, -2), QColor(tint))
            painter.setPen(QColor(ink))
            align = Qt.AlignmentFlag.AlignLeft if area.left() == 0 else Qt.AlignmentFlag.AlignRight
            valign = Qt.AlignmentFlag.AlignTop if area.top() == 0 else Qt.AlignmentFlag.AlignBottom
            margin = area.adjusted(12, 10, -12, -34 if valign == Qt.AlignmentFlag.AlignBottom else -10)
            painter.drawText(margin, align | valign, label(SECTOR_NAMES, sector))

    def _paint_line(self, painter: QPainter, start: QPointF, end: QPointF, has_consent: bool) -> None:
        pen = QPen(QColor("#2e7d32" if has_consent else "#8a8f98"), 2.4 if has_consent else 1.6)
        pen.setStyle(Qt.PenStyle.SolidLine if has_consent else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(start, end)

    def _paint_centre(self, painter: QPainter, centre: QPointF) -> None:
        radius = CENTRE_RADIUS
        painter.setPen(QPen(QColor("#0b57d0"), 2))
        painter.setBrush(QColor("#0b57d0"))
        painter.drawEllipse(centre, radius, radius)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        name = self._centre_name.split(" ")[0] if self._centre_name else self.tr("The citizen")
        text = QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideRight, int(radius * 1.8))
        painter.drawText(
            QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2),
            Qt.AlignmentFlag.AlignCenter,
            text,
        )

    def _paint_actor(self, painter: QPainter, actor: NetworkActor, centre: QPointF, tall: float) -> None:
        box = _box(centre, tall, node_width(self.width()))
        _tint, ink = SECTOR_PLACES.get(actor.sector, SECTOR_PLACES["private"])
        selected = actor.id == self._selected
        painter.setPen(QPen(QColor("#0b57d0") if selected else QColor(ink), 3 if selected else 1.4))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(box, 8, 8)
        title_font = self._title_font()
        metrics = QFontMetrics(title_font)
        inner = box.adjusted(8, 4, -8, -4)
        painter.setFont(title_font)
        painter.setPen(QColor("#1f1f1f"))
        lines = _two_lines(metrics, actor.title, int(inner.width())) if tall > self.box_heights()[0] else []
        title = "\n".join(lines) or metrics.elidedText(
            actor.title, Qt.TextElideMode.ElideRight, int(inner.width())
        )
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(self.font())
        painter.setPen(QColor("#3c4043"))
        subtitle = QFontMetrics(self.font()).elidedText(
            actor.subtitle, Qt.TextElideMode.ElideRight, int(inner.width())
        )
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, subtitle)

    def _paint_legend(self, painter: QPainter, width: float, height: float) -> None:
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        entries = (
            (True, self.tr("consent: information may flow")),
            (False, self.tr("no valid consent")),
        )
        sample, gap = 34.0, 24.0
        total = sum(sample + 6 + metrics.horizontalAdvance(text) for _c, text in entries) + gap
        x, y = max((width - total) / 2, 4.0), height - 14
        for has_consent, text in entries:
            self._paint_line(painter, QPointF(x, y), QPointF(x + sample, y), has_consent)
            painter.setPen(QColor("#1f1f1f"))
            painter.drawText(QPointF(x + sample + 6, y + 4), text)
            x += sample + 6 + metrics.horizontalAdvance(text) + gap
        if not self._actors:
            painter.setPen(QColor("#5f6368"))
            painter.drawText(
                QRectF(0, height / 2 + 60, width, 40),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.tr("No actors yet. Add the people and places around the citizen."),
            )


def _box(centre: QPointF, tall: float = NODE_HEIGHT, wide: float = NODE_WIDTH) -> QRectF:
    return QRectF(centre.x() - wide / 2, centre.y() - tall / 2, wide, tall)


def _two_lines(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` wrapped at word breaks into at most two lines of ``width``; the second is shortened
    with "…" only when the name is longer than two lines."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < 2:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines[-1] = f"{lines[-1]} {' '.join(words)}"
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
