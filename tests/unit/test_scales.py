"""Every shipped scale set loads and follows schema.json; broken files are reported; measurements checked."""

import json
from datetime import date

import jsonschema
import pytest

from desktop.domain.data_file import DataFileError
from desktop.domain.scales import MeasurementDraft, parse_scale, validate_measurement
from desktop.paths import resource_path
from desktop.services.scales import ScaleLibrary

SCALES = resource_path("scales")
SHIPPED = sorted(p for p in SCALES.glob("*.json") if p.name != "schema.json")


def test_the_required_sets_ship_and_load_without_problems():
    scales, problems = ScaleLibrary([SCALES]).load()
    assert problems == []
    by_id = {s.id: s for s in scales}
    assert set(by_id) >= {"employment_readiness", "recovery_chime", "small_steps"}
    readiness = by_id["employment_readiness"]
    assert (readiness.minimum, readiness.maximum) == (1, 10)
    assert {"coping_with_health", "everyday_coping", "belief_in_job", "cooperation", "job_search"} <= {
        i.id for i in readiness.indicators
    }
    assert by_id["recovery_chime"].indicators[0].label.en == "Connectedness"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_each_file_follows_the_published_schema(path):
    schema = json.loads((SCALES / "schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(path.read_text("utf-8")), schema)


def minimal(**changes):
    data = {
        "id": "mine",
        "version": 1,
        "title": {"da": "Min", "en": "Mine"},
        "description": {"da": "D", "en": "D"},
        "indicators": [{"id": "one", "label": {"da": "En", "en": "One"}, "help": {"da": "H", "en": "H"}}],
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"max": 3}, "max"),
        ({"indicators": []}, "indicators"),
        (
            {"indicators": [{"id": "one", "label": {"da": "En"}, "help": {"da": "H", "en": "H"}}]},
            "indicators[0].label.en",
        ),
        ({"colour": "red"}, "colour"),
        ({"version": True}, "version"),
    ],
)
def test_broken_sets_are_refused_with_the_place(changes, path):
    with pytest.raises(DataFileError) as info:
        parse_scale(minimal(**changes))
    assert info.value.path == path


def test_an_administrator_adds_a_set_by_dropping_a_file_in(tmp_path):
    (tmp_path / "team.json").write_text(json.dumps(minimal(id="team_set")), "utf-8")
    (tmp_path / "broken.json").write_text("{not json", "utf-8")
    scales, problems = ScaleLibrary([SCALES, tmp_path]).load()
    assert "team_set" in {s.id for s in scales}
    assert [p.file for p in problems] == ["broken.json"]


def test_measurements_are_checked_against_their_scale():
    scale = parse_scale(minimal())
    today = date(2026, 11, 22)
    good = MeasurementDraft("mine", today, "citizen", {"one": 7}, {"one": "Bedre end sidst"})
    assert validate_measurement(good, scale, today) == []
    bad = MeasurementDraft("mine", date(2026, 12, 1), "boss", {"one": 11, "two": 3}, {})
    codes = {(p.field, p.code) for p in validate_measurement(bad, scale, today)}
    assert codes == {
        ("rated_on", "future"),
        ("rater", "unknown"),
        ("scores.one", "range"),
        ("scores.two", "unknown"),
    }
    assert (
        validate_measurement(MeasurementDraft("mine", today, "citizen"), scale, today)[0].code == "required"
    )
