"""Every shipped conversation tool loads, follows schema.json, and broken files are reported by name."""

import json
from pathlib import Path

import jsonschema
import pytest

from desktop.domain.data_file import DataFileError
from desktop.domain.guides import parse_guide
from desktop.paths import resource_path
from desktop.services.guides import GuideLibrary

GUIDES = resource_path("guides")
SHIPPED = sorted(p for p in GUIDES.glob("*.json") if p.name != "schema.json")
REQUIRED = {
    "network_map",
    "motivational_interviewing",
    "goal_staircase",
    "energy_cup",
    "recovery_chime",
    "scale_questions",
}


def test_the_required_tools_ship_and_load_without_problems():
    guides, problems = GuideLibrary([GUIDES]).load()
    assert problems == []
    assert {g.id for g in guides} >= REQUIRED
    network = next(g for g in guides if g.id == "network_map")
    sectors = [s.en for f in network.fields if f.kind == "network" for s in f.sectors]
    assert sectors[:2] == ["Family", "Relatives"] and "Professionals" in sectors


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_each_file_follows_the_published_schema(path):
    schema = json.loads((GUIDES / "schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(path.read_text("utf-8")), schema)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda g: g.pop("title"), "title"),
        (lambda g: g["title"].pop("en"), "title.en"),
        (lambda g: g.update(version=0), "version"),
        (lambda g: g.update(id="Has Spaces"), "id"),
        (lambda g: g.update(colour="red"), "colour"),
        (
            lambda g: g["fields"].append({"id": "x1", "kind": "slider", "label": {"da": "a", "en": "b"}}),
            "fields[4].kind",
        ),
        (lambda g: g["fields"].append(dict(g["fields"][0])), "fields"),
    ],
)
def test_the_parser_names_what_is_wrong(change, where):
    data = json.loads((GUIDES / "scale_questions.json").read_text("utf-8"))
    change(data)
    with pytest.raises(DataFileError) as info:
        parse_guide(data)
    assert info.value.path == where


def test_a_broken_file_is_skipped_and_reported_while_the_rest_load(tmp_path: Path):
    extra = tmp_path / "admin"
    extra.mkdir()
    (extra / "broken.json").write_text("{ not json", "utf-8")
    (extra / "huge.json").write_bytes(b" " * 1_100_000)
    custom = json.loads((GUIDES / "energy_cup.json").read_text("utf-8"))
    custom["id"], custom["title"]["da"] = "kommunens_egen", "Kommunens eget værktøj"
    (extra / "own.json").write_text(json.dumps(custom), "utf-8")
    guides, problems = GuideLibrary([GUIDES, extra]).load()
    assert {p.file for p in problems} == {"broken.json", "huge.json"}
    assert "kommunens_egen" in {g.id for g in guides}
    assert {g.id for g in guides} >= REQUIRED
