import json
from datetime import date

import pytest
from sqlalchemy import text

from desktop.domain.citizen import CitizenDraft, Rater
from desktop.errors import InvalidInput, NotFound
from desktop.services.registry import Services
from desktop.storage.vault import audit
from tests.conftest import PASSWORD
from tests.helpers import casenotes

OWN_WORDS = "Jeg vil gerne arbejde med heste på en rideskole"


def actions(services: Services, citizen_id: str) -> list[str]:
    return [entry.action for entry in reversed(services.citizens.access_log(citizen_id))]


def make(services: Services, **values) -> str:
    draft = CitizenDraft(name="Åse Ærø", cpr="2110625629", own_wishes=OWN_WORDS, **values)
    return services.citizens.create_citizen(draft)


def test_create_open_update_close_reopen_are_logged(services):
    changes = []
    services.bus.subscribe(changes.append)
    citizen_id = make(services)
    profile = services.citizens.open_citizen(citizen_id)
    assert profile.draft.cpr == "211062-5629" and profile.masked_cpr == "211062-XXXX"
    edited = CitizenDraft(
        **{**profile.draft.__dict__, "own_problems": "Mange mennesker", "phone": "12345678"}
    )
    assert sorted(services.citizens.update_citizen(citizen_id, edited)) == ["own_problems", "phone"]
    assert services.citizens.update_citizen(citizen_id, edited) == []  # nothing changed: nothing logged
    services.citizens.close_case(citizen_id)
    services.citizens.reopen_case(citizen_id)
    assert actions(services, citizen_id) == [
        "citizen.created",
        "citizen.viewed",
        "citizen.updated",
        "citizen.closed",
        "citizen.reopened",
    ]
    updated = next(e for e in services.citizens.access_log(citizen_id) if e.action == "citizen.updated")
    assert sorted(updated.detail["fields"]) == ["own_problems", "phone"]  # names only, never the values
    assert "Mange mennesker" not in json.dumps(updated.detail)
    assert [c.entity for c in changes] == ["citizen"] * 4
    with services.session.vault.engine.connect() as conn:
        assert audit.verify_chain(conn).ok


def test_invalid_input_changes_nothing(services):
    with pytest.raises(InvalidInput) as info:
        services.citizens.create_citizen(CitizenDraft(name=" ", cpr="320162-1234", email="nope"))
    assert {p.field for p in info.value.problems} == {"name", "cpr", "email"}
    with pytest.raises(InvalidInput):
        services.citizens.create_citizen(CitizenDraft(name="x", own_situation="y" * 10_000_001))
    assert services.citizens.caseload() == []


def test_reveal_is_logged_and_duplicates_are_named(services):
    first = make(services)
    assert services.citizens.reveal_cpr(first) == "211062-5629"
    assert "citizen.cpr_revealed" in actions(services, first)
    assert services.citizens.duplicates_of("2110625629") == [(first, "Åse Ærø")]
    assert services.citizens.duplicates_of("211062-5629", excluding=first) == []
    assert services.citizens.duplicates_of("garbage") == []


def test_belief_ratings_and_handovers(services):
    citizen_id = make(services, responsible_caseworker="Lene")
    services.citizens.rate_belief(citizen_id, Rater.CITIZEN, 7, date(2026, 11, 1), "Jeg tror på det")
    services.citizens.rate_belief(citizen_id, Rater.CASEWORKER, 4, date(2026, 11, 1))
    with pytest.raises(InvalidInput):
        services.citizens.rate_belief(citizen_id, Rater.CITIZEN, 11, date(2026, 11, 1))
    services.citizens.hand_over(citizen_id, "Karim", date(2026, 11, 20), "Barsel")
    profile = services.citizens.open_citizen(citizen_id)
    assert {(b.rater, b.value) for b in profile.beliefs} == {("citizen", 7), ("caseworker", 4)}
    assert profile.draft.responsible_caseworker == "Karim"
    assert [(h.from_caseworker, h.to_caseworker, h.reason) for h in profile.handovers] == [
        ("Lene", "Karim", "Barsel")
    ]


def test_search_finds_names_and_own_words_but_never_health_data(services):
    citizen_id = make(services, diagnoses="Skizofreni")
    by_name = services.search.search("ærø")
    assert [r.citizen_id for r in by_name] == [citizen_id]
    by_words = services.search.search("heste rideskole")
    assert by_words and "\ue000heste\ue001" in by_words[0].hits[0].snippet
    assert services.search.search("skizofreni") == []
    with services.session.vault.engine.connect() as conn:
        terms = [
            json.loads(row[0])["term"]
            for row in conn.execute(
                text("SELECT detail FROM audit_event WHERE action = 'search' ORDER BY seq")
            )
        ]
    assert terms == ["ærø", "heste rideskole", "skizofreni"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        'heste"',
        "AND",
        "OR heste",
        "NEAR(heste",
        "heste*",
        "*",
        "😀",
        "x" * 10_000,
        "  ",
        "heste AND NOT",
    ],
)
def test_any_input_gives_results_or_none_never_an_error(services, query):
    make(services)
    results = services.search.search(query)
    assert isinstance(results, list)


def test_edits_reindex_the_profile(services):
    citizen_id = make(services)
    profile = services.citizens.open_citizen(citizen_id)
    services.citizens.update_citizen(
        citizen_id, CitizenDraft(**{**profile.draft.__dict__, "own_wishes": "Lager og logistik"})
    )
    assert services.search.search("rideskole") == []
    assert [r.citizen_id for r in services.search.search("logistik")] == [citizen_id]


def test_drafts_round_trip_and_are_encrypted(services, vault_dir):
    services.citizens.save_profile_draft(None, {"name": "UGEMT-KLADDE-Ø"})
    values, _saved_at = services.citizens.load_profile_draft(None)
    assert values == {"name": "UGEMT-KLADDE-Ø"}
    from tests.helpers import files_containing

    assert files_containing(vault_dir, "UGEMT-KLADDE") == []
    services.citizens.discard_profile_draft(None)
    assert services.citizens.load_profile_draft(None) is None


def test_unknown_citizen(services):
    with pytest.raises(NotFound):
        services.citizens.open_citizen("no-such-id")


@pytest.mark.slow
def test_a_tampered_audit_row_makes_check_fail(services, vault_dir):
    citizen_id = make(services)
    services.citizens.open_citizen(citizen_id)
    with services.session.vault.transaction() as conn:
        conn.execute(text("UPDATE audit_event SET actor = 'someone else' WHERE action = 'citizen.viewed'"))
    services.session.lock()
    result = casenotes("check", "--password-stdin", stdin=PASSWORD + "\n", data_dir=vault_dir)
    assert result.returncode == 1
    assert "audit chain broken" in result.stderr


def test_caseload_update_reads_the_rows_a_change_touched_as_the_whole_caseload_shows_them(services):
    from desktop.domain.notes import NoteDraft

    first, second, third = (
        services.citizens.create_citizen(CitizenDraft(name=f"Borger {n}")) for n in range(3)
    )
    note = services.notes.add_note(second, NoteDraft(held_on=date(2026, 3, 4), agenda="Samtale"))
    whole = {row.id: row for row in services.citizens.caseload()}

    by_note = services.citizens.caseload_update("note", [note, "no-such-note"])
    assert by_note.rows == (whole[second],) and by_note.gone == ()
    assert by_note.rows[0].last_contact == date(2026, 3, 4)
    by_id = services.citizens.caseload_update("citizen", [third, first, first])
    assert sorted(by_id.rows, key=lambda r: r.id) == sorted([whole[first], whole[third]], key=lambda r: r.id)

    services.privacy.erase_citizen(first)
    gone = services.citizens.caseload_update("citizen", [first, third])
    assert gone.rows == (whole[third],) and gone.gone == (first,)
    with pytest.raises(ValueError):
        services.citizens.caseload_update("goal", [third])


def test_caseload_update_is_not_an_access_log_event(services):
    citizen = make(services)
    before = actions(services, citizen)
    services.citizens.caseload_update("citizen", [citizen])
    assert actions(services, citizen) == before  # the list shows a name and a masked CPR only
