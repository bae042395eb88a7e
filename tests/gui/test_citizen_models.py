"""The meeting notes list and the goals tree are item models (qtmodeltester checks they keep Qt's rules)."""

from datetime import date

from desktop.views.models.note_list_model import NoteListModel

ROWS = [
    ("n3", date(2026, 11, 9), "Samtale", "draft", None),
    ("n2", date(2026, 11, 6), "", "filed", None),
    ("n1", date(2026, 11, 3), "Rettelse", "filed", "n2"),
]


def title(row, dates):
    _note_id, held_on, agenda, status, corrects = row
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


class Stored:
    def __init__(self, goal_id, text, status="active"):
        from desktop.domain.goals import GoalDraft

        self.id = goal_id
        self.draft = GoalDraft("employment", text, "together", status=status)


def test_the_goals_model_keeps_qts_rules_and_holds_goals_with_their_sub_goals(qtmodeltester):
    from PySide6.QtCore import Qt

    from desktop.views.models.goal_tree_model import GoalTreeModel

    model = GoalTreeModel(lambda draft: f"{draft.text} ({draft.status})")
    plan = [
        (Stored("g1", "Job i detail"), [Stored("s1", "Praktik"), Stored("s2", "Kursus", "done")]),
        (Stored("g2", "Uddannelse"), []),
    ]
    model.set_plan(plan)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 2
    assert model.rowCount(model.index(1, 0)) == 0
    sub = model.index(1, 0, model.index(0, 0))
    assert sub.data() == "Kursus (done)" and sub.data(Qt.ItemDataRole.UserRole) == "s2"
    assert sub.parent() == model.index(0, 0) and not model.index(0, 0).parent().isValid()
    assert model.index_of("s2") == sub and model.index_of("g2") == model.index(1, 0)
    assert not model.index_of("nope").isValid()
    model.set_plan([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_a_stored_note_is_put_in_its_place_without_the_list_read_again(qtmodeltester):
    model = NoteListModel(title)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    # New: above the notes of its date (the newest stored first), below the newer ones.
    assert model.put(("n4", date(2026, 11, 6), "Ny", "draft", None))
    assert [model.note_id(r) for r in range(4)] == ["n3", "n4", "n2", "n1"]
    assert model.put(("n5", date(2026, 12, 1), "Nyest", "draft", None))
    assert model.put(("n0", date(2026, 1, 1), "Ældst", "draft", None))
    assert [model.note_id(r) for r in range(6)] == ["n5", "n3", "n4", "n2", "n1", "n0"]
    # Changed where it stands, its title said again (a correction names the date of what it corrects).
    assert model.put(("n1", date(2026, 11, 3), "Rettelse", "ready", "n2"))
    assert model.index(4).data() == "2026-11-03 Rettelse (corrects 2026-11-06) ready"
    assert model.put(("n6", date(2026, 11, 9), "Ret", "draft", "n4"))
    assert model.index(model.row_of("n6")).data() == "2026-11-09 Ret (corrects 2026-11-06) draft"
    # A note whose date changed: its place among the notes of the new date is not known here.
    assert not model.put(("n3", date(2026, 10, 1), "Samtale", "draft", None))
    assert model.rows()[model.row_of("n3")][1] == date(2026, 11, 9)
    qtmodeltester.check(model)
