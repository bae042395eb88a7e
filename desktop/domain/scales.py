"""Progress scales as data, and measurements on them.

A scale set (``resources/scales/*.json``, format in ``resources/scales/schema.json``) is a list of
indicators, each rated on a fine range (1-10 by default, never coarser than 1-5). A measurement is one
rater's dated rating of a scale's indicators: the citizen and the caseworker rate separately, so the
gap between them can be seen and talked about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.domain.citizen import Rater
from desktop.domain.data_file import (
    DataFileError,
    Text,
    as_list,
    as_object,
    identifier,
    only_keys,
    text,
    whole_number,
)
from desktop.domain.validation import FieldProblem

COMMENT_MAX = 2_000
MIN_STEPS = 5  # a 1-5 scale is the coarsest allowed: small steps must be visible


@dataclass(frozen=True)
class Indicator:
    """One thing rated: a label and a help text that says what a low and a high rating mean."""

    id: str
    label: Text
    help: Text


@dataclass(frozen=True)
class Scale:
    """A set of indicators rated on the same range."""

    id: str
    version: int
    title: Text
    description: Text
    minimum: int
    maximum: int
    indicators: tuple[Indicator, ...]

    def indicator(self, indicator_id: str) -> Indicator | None:
        """The indicator with this id, if the scale has it."""
        return next((i for i in self.indicators if i.id == indicator_id), None)


@dataclass
class MeasurementDraft:
    """One rater's rating of a scale on a date; ``scores`` and ``comments`` are keyed by indicator id."""

    scale_id: str
    rated_on: date
    rater: str
    scores: dict[str, int] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)


def parse_scale(data: Any) -> Scale:
    """Build a ``Scale`` from parsed JSON, or raise ``DataFileError``."""
    obj = as_object(data, "")
    only_keys(obj, "", {"id", "version", "title", "description", "min", "max", "indicators"})
    version = whole_number(obj.get("version"), "version")
    if version < 1:
        raise DataFileError("version", "must be 1 or more")
    minimum = whole_number(obj.get("min", 1), "min")
    maximum = whole_number(obj.get("max", 10), "max")
    if minimum < 0 or maximum - minimum + 1 < MIN_STEPS or maximum > 100:
        raise DataFileError("max", f"a scale needs at least {MIN_STEPS} steps between 0 and 100")
    raw = as_list(obj.get("indicators"), "indicators")
    if not raw:
        raise DataFileError("indicators", "a scale needs at least one indicator")
    indicators = []
    for index, item in enumerate(raw):
        path = f"indicators[{index}]"
        entry = as_object(item, path)
        only_keys(entry, path, {"id", "label", "help"})
        indicators.append(
            Indicator(
                identifier(entry.get("id"), f"{path}.id"),
                text(entry.get("label"), f"{path}.label"),
                text(entry.get("help"), f"{path}.help"),
            )
        )
    ids = [i.id for i in indicators]
    if len(ids) != len(set(ids)):
        raise DataFileError("indicators", "indicator ids must be unique")
    return Scale(
        id=identifier(obj.get("id"), "id"),
        version=version,
        title=text(obj.get("title"), "title"),
        description=text(obj.get("description"), "description"),
        minimum=minimum,
        maximum=maximum,
        indicators=tuple(indicators),
    )


def validate_measurement(draft: MeasurementDraft, scale: Scale, today: date) -> list[FieldProblem]:
    """Problems with a measurement; empty means it may be stored."""
    problems = []
    if draft.scale_id != scale.id:
        problems.append(FieldProblem("scale_id", "unknown"))
    if draft.rater not in {r.value for r in Rater}:
        problems.append(FieldProblem("rater", "unknown"))
    if draft.rated_on > today:
        problems.append(FieldProblem("rated_on", "future"))
    if not draft.scores:
        problems.append(FieldProblem("scores", "required"))
    for indicator_id, score in draft.scores.items():
        if scale.indicator(indicator_id) is None:
            problems.append(FieldProblem(f"scores.{indicator_id}", "unknown"))
        elif (
            not isinstance(score, int)
            or isinstance(score, bool)
            or not scale.minimum <= score <= scale.maximum
        ):
            problems.append(FieldProblem(f"scores.{indicator_id}", "range"))
    for indicator_id, comment in draft.comments.items():
        if scale.indicator(indicator_id) is None:
            problems.append(FieldProblem(f"comments.{indicator_id}", "unknown"))
        elif len(comment) > COMMENT_MAX:
            problems.append(FieldProblem(f"comments.{indicator_id}", "too_long", COMMENT_MAX))
    return problems


@dataclass(frozen=True)
class RatingGap:
    """The citizen's and the caseworker's latest score on one indicator, and how far apart they are."""

    indicator: Indicator
    citizen: int
    caseworker: int

    @property
    def difference(self) -> int:
        """Caseworker minus citizen: above 0 when the caseworker rates higher than the citizen does."""
        return self.caseworker - self.citizen


def rating_gaps(scale: Scale, citizen: dict[str, int], caseworker: dict[str, int]) -> list[RatingGap]:
    """The indicators both raters scored (their latest ratings), the widest gap first, then scale order.

    The gap is the point (DOMAIN.md, Medindflydelse): citizens often rate their influence far lower than
    caseworkers think, and the difference is what the two should talk about.
    """
    gaps = [
        RatingGap(i, citizen[i.id], caseworker[i.id])
        for i in scale.indicators
        if i.id in citizen and i.id in caseworker
    ]
    order = {i.id: n for n, i in enumerate(scale.indicators)}
    return sorted(gaps, key=lambda g: (-abs(g.difference), order[g.indicator.id]))
