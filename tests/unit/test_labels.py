"""Every code the domain stores has its label, and the labels are keyed by the domain's own codes."""

from __future__ import annotations

from enum import StrEnum

import pytest

from desktop.domain import citizen, coordination, goals, notes, reflection
from desktop.views import labels

LABELLED = [
    (labels.PROGRAMMES, citizen.Programme),
    (labels.STATUSES, citizen.CaseStatus),
    (labels.MEETING_FORMS, citizen.MeetingForm),
    (labels.RATERS, citizen.Rater),
    (labels.PLACES, notes.Place),
    (labels.FILING_STATUSES, notes.FilingStatus),
    (labels.GOAL_KINDS, goals.GoalKind),
    (labels.AUTHORS, goals.Author),
    (labels.GOAL_STATUSES, goals.GoalStatus),
    (labels.ACTORS, goals.Actor),
    (labels.PHASES, reflection.Phase),
    (labels.ROLES, coordination.ActorRole),
    (labels.DIRECTIONS, coordination.Direction),
    (labels.CONSENT_FORMS, coordination.ConsentForm),
    (labels.CHANNELS, coordination.Channel),
]


@pytest.mark.parametrize(("table", "codes"), LABELLED, ids=[codes.__name__ for _t, codes in LABELLED])
def test_each_code_of_the_domain_has_a_label_keyed_by_the_domain_enum(
    table: dict, codes: type[StrEnum]
) -> None:
    assert set(table) == set(codes)
    assert all(isinstance(key, codes) for key in table)


def test_a_stored_code_read_back_as_text_finds_its_label() -> None:
    # The vault gives back plain strings; StrEnum keys hash and compare as their values.
    assert labels.PROGRAMMES["fleksjob"] == labels.PROGRAMMES[citizen.Programme.FLEKSJOB]
