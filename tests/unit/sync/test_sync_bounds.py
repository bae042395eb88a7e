"""Bounds and sync: a text merged by hand in a conflict is held to the field's bound; a record another
device sends over a bound (an older version of the program had none) is taken as it comes, neither
cut nor quarantined, and shows whole; the person is told when an edit of it must shorten it first."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.notes import NoteDraft
from desktop.errors import InvalidInput
from desktop.storage.records import notes as note_rows
from tests.unit.sync.test_sync_round import _citizen, _connect, _edit, _pair, _profile


def test_a_text_merged_by_hand_over_the_bound_is_refused_and_the_conflict_stays(make_device):
    office, field, citizen_id = _pair(make_device)
    _edit(office, citizen_id, phone="11111111")
    _edit(field, citizen_id, phone="22222222")
    office.sync.sync_now()
    field.sync.sync_now()
    [conflict] = field.sync.conflicts()

    with pytest.raises(InvalidInput) as caught:
        field.sync.resolve(conflict.id, "3" * 501)  # a phone field holds 500 characters

    assert [(p.field, p.code, p.limit) for p in caught.value.problems] == [("phone", "too_long", 500)]
    assert [c.id for c in field.sync.conflicts()] == [conflict.id]
    assert _profile(field, citizen_id).phone == "22222222"
    field.sync.resolve(conflict.id, conflict.remote)  # one side's value as it is: always possible
    assert field.sync.conflicts() == [] and _profile(field, citizen_id).phone == "11111111"


def test_a_pulled_note_over_the_bound_is_kept_whole_and_not_quarantined(make_device):
    office, field = make_device("office"), make_device("field")
    citizen_id = _citizen(office)
    long_answer = "Svar fra en ældre version. " * 20_000  # 540 000 characters, under the server's 2 MB
    with office.session.vault.transaction() as conn:  # written as a version without the bound wrote it
        note_id = note_rows.insert_note(
            conn,
            citizen_id,
            NoteDraft(held_on=date(2026, 11, 1), agenda="Gammel", tool_answers={"what_helped": long_answer}),
        )
    _connect(office)
    office.sync.sync_now()
    _connect(field)
    report = field.sync.sync_now()

    assert report.quarantined == 0 and field.sync.quarantined() == []
    stored = field.services.notes.get(note_id)
    assert stored.draft.tool_answers == {"what_helped": long_answer}
    with pytest.raises(InvalidInput) as caught:  # an edit must shorten it: said, not done silently
        field.services.notes.update_note(note_id, NoteDraft(**{**stored.draft.__dict__, "agenda": "Ny"}))
    assert [p.field for p in caught.value.problems] == ["tool_answers.what_helped"]
    shortened = NoteDraft(
        **{**stored.draft.__dict__, "agenda": "Ny", "tool_answers": {"what_helped": "Kort"}}
    )
    field.services.notes.update_note(note_id, shortened)
    assert field.services.notes.get(note_id).draft.agenda == "Ny"
