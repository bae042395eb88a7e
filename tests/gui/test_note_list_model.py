"""The meeting notes list is an item model (qtmodeltester checks it keeps Qt's rules)."""

from datetime import date

from desktop.views.models.note_list_model import NoteListModel

ROWS = [
    ("n3", date(2026, 11, 9), "Samtale", "draft", None),
    ("n2", date(2026, 11, 6), "", "filed", None),
    ("n1", date(2026, 11, 3), "Rettelse", "filed", "n2"),
]


def title(row, dates):
    note_id, held_on, agenda, status, corrects = row
    about = f" (corrects {dates[corrects]})" if corrects else ""
    return f"{held_on} {agenda or '-'}{about} {status}"


def test_the_notes_model_keeps_qts_rules_and_says_each_note(qtmodeltester):
    model = NoteListModel(title)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(2).data() == "2026-11-03 Rettelse (corrects 2026-11-06) filed"
    assert [model.note_id(r) for r in range(3)] == ["n3", "n2", "n1"] and model.note_id(3) is None
    assert model.row_of("n2") == 1 and model.row_of("nope") == -1
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0
