"""A list of editable rows (agreements, activities, decisions): showing other values uses the rows on show
again instead of building new ones (opening a citizen or a goal costs far less), shows exactly the values
given, and announces no edit."""

from __future__ import annotations

from datetime import date

from desktop.domain.notes import Agreement
from desktop.views.citizen.note_editor import AgreementRow
from desktop.views.widgets.row_list import RowList


def test_set_values_uses_the_rows_on_show_again_and_shows_exactly_the_values(qtbot):
    rows = RowList(AgreementRow, "Add")
    qtbot.addWidget(rows)
    edits: list[None] = []
    rows.edited.connect(lambda: edits.append(None))
    first = [
        Agreement("Ringe til lægen", "Borgeren", date(2026, 12, 15)),
        Agreement("Sende CV", "Mette", None),
    ]
    rows.set_values(first)
    built = rows.rows()
    assert rows.values() == first

    second = [Agreement("Møde i butikken", "", date(2027, 1, 4))]
    rows.set_values(second)
    assert rows.rows() == built[:1]  # the same widget, not a new one
    assert rows.values() == second  # nothing of the earlier value is left in it

    third = [*second, Agreement("Ny aftale", "Lene", None), Agreement("En til", "", None)]
    rows.set_values(third)
    assert rows.rows()[0] is built[0] and len(rows.rows()) == 3
    assert rows.values() == third
    assert edits == []  # showing values is not an edit
