import pytest

from desktop.domain.citizen import CitizenDraft
from desktop.domain.reflection import DiscretionDraft, ReflectionDraft, pseudonymise
from desktop.errors import InvalidInput


@pytest.fixture
def citizen_id(services) -> str:
    return services.citizens.create_citizen(CitizenDraft(name="Åse Marie Ærø", cpr="211062-5629"))


def test_pseudonymise_removes_names_parts_of_names_and_cpr_numbers():
    text = "Åse sagde, at ÅSE MARIE Ærø (2110625629) og Ærø-familien… Cpr 111111-1111. Åsebjerg er et sted."
    out = pseudonymise(text, ["Åse Marie Ærø"], ["211062-5629"])
    assert "Åse" not in out.replace("Åsebjerg", "") and "Ærø " not in out and "Marie" not in out
    assert "2110625629" not in out and "111111-1111" not in out
    assert out.startswith("[borger] sagde, at [borger] ([cpr])")
    assert "Åsebjerg" in out  # a longer word that merely starts with the name stays


def test_reflections_with_a_model_and_a_peer_excerpt(services, citizen_id):
    reflection_id = services.reflections.add_reflection(
        citizen_id,
        ReflectionDraft(
            phase="after",
            model="three_questions",
            sections={
                "what_happened": "Åse blev vred, da jeg nævnte sygedagpengeopfølgningen.",
                "what_i_thought": "Jeg pressede for hurtigt på med timetallet.",
                "what_i_will_do": "Næste gang spørger jeg Åse Ærø først, hvad hun selv vil.",
            },
        ),
    )
    [stored] = services.reflections.reflections(citizen_id)
    assert stored.id == reflection_id and stored.draft.model == "three_questions"
    excerpt = services.reflections.peer_excerpt(reflection_id)
    assert "Åse" not in excerpt and "Ærø" not in excerpt and "[borger] blev vred" in excerpt
    assert [r.citizen_id for r in services.search.search("timetallet")] == [citizen_id]
    assert "reflection.created" in [e.action for e in services.citizens.access_log(citizen_id)]


@pytest.mark.parametrize(
    "draft",
    [
        ReflectionDraft("sometime", "free", {"text": "x"}),
        ReflectionDraft("after", "unknown", {"text": "x"}),
        ReflectionDraft("after", "free", {"text": "   "}),
        ReflectionDraft("after", "free", {"feelings": "x"}),
    ],
)
def test_bad_reflections_are_refused(services, citizen_id, draft):
    with pytest.raises(InvalidInput):
        services.reflections.add_reflection(citizen_id, draft)
    assert services.reflections.reflections(citizen_id) == []


def test_discretion_records(services, citizen_id):
    with pytest.raises(InvalidInput) as info:
        services.reflections.add_discretion(citizen_id, DiscretionDraft("Fakta", "", "", "Beslutning"))
    assert {p.field for p in info.value.problems} == {"considerations", "guidelines_in_conflict"}
    services.reflections.add_discretion(
        citizen_id,
        DiscretionDraft(
            facts="Borgeren udeblev fra to samtaler under en indlæggelse.",
            considerations="Sanktion ville ramme en borger, der var indlagt.",
            guidelines_in_conflict="Rådighedsreglerne mod hensynet til helbredet.",
            decision="Ingen sanktion; samtalen flyttes til efter udskrivning.",
            consulted="Teamleder Hanne",
        ),
    )
    [(_id, record, _at)] = services.reflections.discretion_records(citizen_id)
    assert record.consulted == "Teamleder Hanne"
    assert "discretion.recorded" in [e.action for e in services.citizens.access_log(citizen_id)]
