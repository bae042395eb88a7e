"""Progress measurements: record a rating, read the series for the charts. Append-only and logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.citizen import Rater
from desktop.domain.scales import MeasurementDraft, Scale, validate_measurement
from desktop.domain.validation import FieldProblem
from desktop.errors import InvalidInput, NotFound
from desktop.services.base import ScaleReadingService
from desktop.storage.records import citizens, measurements
from desktop.storage.records.measurements import StoredMeasurement


@dataclass(frozen=True)
class Point:
    """One rating of one indicator: when, and the score."""

    rated_on: date
    score: int


class MeasurementService(ScaleReadingService):
    """Ratings by the citizen and by the caseworker on the scale sets of the library."""

    def scales(self) -> list[Scale]:
        """The usable scale sets."""
        return self._scales.load()[0]

    def record(self, citizen_id: str, draft: MeasurementDraft) -> str:
        """Store one rater's rating of a scale set."""
        scale = self._scales.get(draft.scale_id)
        if scale is None:
            raise InvalidInput([FieldProblem("scale_id", "unknown")])
        problems = validate_measurement(draft, scale, self._today())
        if problems:
            raise InvalidInput(problems)
        with self._vault.transaction() as conn:
            if citizens.get_citizen(conn, citizen_id) is None:
                raise NotFound(citizen_id)
            measurement_id = measurements.insert_measurement(conn, citizen_id, draft, scale.version)
            detail = {"measurement": measurement_id, "scale": scale.id, "rater": draft.rater}
            self._log(conn, "measurement.recorded", citizen_id, detail)
        self._bus.publish("measurement", measurement_id)
        return measurement_id

    def measurements(self, citizen_id: str, scale_id: str | None = None) -> list[StoredMeasurement]:
        """Every measurement, oldest first."""
        with self._vault.engine.connect() as conn:
            return measurements.measurements_of(conn, citizen_id, scale_id)

    def latest(self, citizen_id: str, scale_id: str) -> dict[str, StoredMeasurement]:
        """The newest measurement of each rater (``"citizen"``, ``"caseworker"``) on a scale set."""
        return newest_per_rater(self.measurements(citizen_id, scale_id))

    def series(self, citizen_id: str, scale_id: str, indicator_id: str) -> dict[str, list[Point]]:
        """One indicator over time, per rater (for the line chart)."""
        return indicator_series(self.measurements(citizen_id, scale_id), indicator_id)


def newest_per_rater(measurements: list[StoredMeasurement]) -> dict[str, StoredMeasurement]:
    """The newest of ``measurements`` (oldest first, one scale set) of each rater, in rater order."""
    newest: dict[str, StoredMeasurement] = {}
    for measurement in measurements:
        newest[measurement.draft.rater] = measurement  # oldest first, so the last one wins
    return {rater.value: newest[rater.value] for rater in Rater if rater.value in newest}


def indicator_series(measurements: list[StoredMeasurement], indicator_id: str) -> dict[str, list[Point]]:
    """One indicator's scores in ``measurements`` (oldest first), per rater."""
    result: dict[str, list[Point]] = {rater.value: [] for rater in Rater}
    for measurement in measurements:
        score = measurement.draft.scores.get(indicator_id)
        if score is not None and measurement.draft.rater in result:
            result[measurement.draft.rater].append(Point(measurement.draft.rated_on, score))
    return result
