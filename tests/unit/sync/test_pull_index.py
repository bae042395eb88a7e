"""A pull indexes the notes it wrote from what arrived, without reading them back (reading
them back took a seventh of a first pull), and the index it builds finds what a search asks for."""

from __future__ import annotations

from datetime import date

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import Agreement, NoteDraft
from desktop.services import search_reindex
from desktop.storage.records import notes as note_rows
from tests.conftest import PASSWORD
from tests.unit.sync.conftest import SERVER_URL

WORDS = ("hestestald", "cykelværksted", "bageriet")


def _spy_on_read_back(monkeypatch) -> list[list[str]]:
    asked: list[list[str]] = []
    real = note_rows.index_drafts

    def spy(conn, note_ids):
        asked.append(list(note_ids))
        return real(conn, note_ids)

    monkeypatch.setattr(note_rows, "index_drafts", spy)
    return asked


def test_pulled_notes_are_indexed_from_what_arrived(make_device, monkeypatch):
    office, field = make_device("office"), make_device("field")
    citizen_id = office.services.citizens.create_citizen(CitizenDraft(name="Testperson Ærlig"))
    for day, word in enumerate(WORDS, start=1):
        office.services.notes.add_note(
            citizen_id,
            NoteDraft(
                held_on=date(2026, 11, day), agenda=f"Praktik i {word}", agreements=[Agreement("Ring")]
            ),
        )
    office.sync.connect(SERVER_URL, "lene", PASSWORD)
    office.sync.sync_now()
    field.sync.connect(SERVER_URL, "lene", PASSWORD)

    asked = _spy_on_read_back(monkeypatch)
    field.sync.sync_now()

    assert [ids for ids in asked if ids] == []
    for word in WORDS:
        hits = field.services.search.search(word)
        assert [hit.citizen_id for hit in hits] == [citizen_id], word


def test_a_row_without_every_indexed_field_is_read_back(make_device, monkeypatch):
    device = make_device("office")
    citizen_id = device.services.citizens.create_citizen(CitizenDraft(name="Testperson Ærlig"))
    note_id = device.services.notes.add_note(
        citizen_id, NoteDraft(held_on=date(2026, 11, 1), agenda="Praktik i hestestald", read_back="Læst op")
    )
    asked = _spy_on_read_back(monkeypatch)
    older = {
        "id": note_id,
        "citizen_id": citizen_id,
        "held_on": "2026-11-01",
        "agenda": "Praktik i hestestald",
    }
    with device.session.vault.transaction() as conn:
        search_reindex.reindex(conn, {("meeting_note", note_id)}, {("meeting_note", note_id): older})
    assert asked == [[note_id]]
    assert [hit.citizen_id for hit in device.services.search.search("hestestald")] == [citizen_id]


def test_a_deleted_row_is_left_out_as_a_read_one_is():
    row = dict.fromkeys(note_rows.INDEX_COLUMNS, "")
    row.update(id="n1", citizen_id="c1", held_on="2026-11-01", agenda="Praktik", deleted_at=None)
    assert [found[0] for found in note_rows.index_drafts_from_rows([row])] == ["n1"]
    assert note_rows.index_drafts_from_rows([{**row, "deleted_at": "2026-11-02T10:00:00"}]) == []
