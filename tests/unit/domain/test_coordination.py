from datetime import date

import pytest

from desktop.domain.coordination import (
    ActorDraft,
    Consent,
    ConsentDraft,
    ContactDraft,
    covering_consent,
    is_generic_information,
    sector_of,
    validate_actor,
    validate_consent,
    validate_contact,
)

TODAY = date(2026, 11, 22)


def consent(**changes) -> ConsentDraft:
    values = dict(
        actor_id="a1",
        information="Status på behandlingen og anbefalet timetal",
        direction="from",
        purpose="Planlægge opstart i praktik med passende timetal",
        legal_basis="Samtykke, databeskyttelsesforordningen art. 6(1)(a) og 9(2)(a)",
        form="written",
        given_on=date(2026, 11, 1),
        expires_on=date(2027, 5, 1),
    )
    values.update(changes)
    return ConsentDraft(**values)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "alle oplysninger",
        "Alle relevante oplysninger",
        "relevante oplysninger om borgeren",
        "data",
        "All information",
        "alt",
    ],
)
def test_generic_information_is_recognised(text):
    assert is_generic_information(text)


@pytest.mark.parametrize(
    "text", ["Status på behandlingen", "Lægeattest om skånehensyn", "Arbejdstider i praktikken"]
)
def test_specific_information_is_not_generic(text):
    assert not is_generic_information(text)


def test_a_specific_consent_is_accepted_and_a_generic_one_refused_with_the_reason():
    assert validate_consent(consent(), TODAY) == []
    problems = validate_consent(
        consent(information="alle relevante oplysninger", purpose="sagsbehandling"), TODAY
    )
    assert {(p.field, p.code) for p in problems} == {("information", "generic"), ("purpose", "generic")}
    oral = validate_consent(consent(form="oral"), TODAY)
    assert [(p.field, p.code) for p in oral] == [("recorded_by", "required")]
    assert validate_consent(consent(form="oral", recorded_by="Lene Bundgaard"), TODAY) == []
    bad_dates = validate_consent(consent(given_on=date(2026, 12, 1), expires_on=date(2026, 11, 30)), TODAY)
    assert {p.code for p in bad_dates} == {"future", "before_start"}


def test_a_consent_covers_a_contact_only_in_its_direction_and_period():
    stored = Consent("c1", "z", consent(direction="to"))
    contact = ContactDraft(
        "a1", date(2026, 11, 20), "phone", "Aftalt opstart", shared="Timetal", direction="to"
    )
    assert covering_consent([stored], contact) is stored
    assert (
        covering_consent([stored], ContactDraft("a1", date(2026, 11, 20), "phone", "x", "Timetal", "from"))
        is None
    )
    assert (
        covering_consent([stored], ContactDraft("a2", date(2026, 11, 20), "phone", "x", "Timetal", "to"))
        is None
    )
    assert (
        covering_consent([stored], ContactDraft("a1", date(2027, 6, 1), "phone", "x", "Timetal", "to"))
        is None
    )
    withdrawn = Consent("c1", "z", consent(direction="both"), withdrawn_on=date(2026, 11, 15))
    assert covering_consent([withdrawn], contact) is None
    assert (
        covering_consent([stored], ContactDraft("a1", date(2026, 11, 20), "phone", "Hilsen")) is None
    )  # nothing shared


def test_actor_and_contact_checks():
    assert validate_actor(ActorDraft("Region Hovedstadens Psykiatri", "psychiatry")) == []
    assert {p.field for p in validate_actor(ActorDraft("", "wizard", email="nope"))} == {
        "organisation",
        "role",
        "email",
    }
    assert {p.field for p in validate_contact(ContactDraft("a1", date(2026, 12, 1), "fax", ""), TODAY)} == {
        "summary",
        "channel",
        "contacted_on",
    }
    assert sector_of("gp") == "health" and sector_of("mentor") == "work" and sector_of("???") == "private"
