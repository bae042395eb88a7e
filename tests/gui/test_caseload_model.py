from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPersistentModelIndex, Qt

from desktop.domain.citizen import CaseloadRow
from desktop.views.labels import PROGRAMMES, label
from desktop.views.models.caseload_filter import CaseloadFilterProxy
from desktop.views.models.caseload_model import CITIZEN_ID_ROLE, CaseloadTableModel, Column

TODAY = date(2026, 11, 18)  # a Wednesday


def rows():
    return [
        CaseloadRow(
            "a", "Åse Ærø", "211062-5629", "sygedagpenge", "active", date(2026, 11, 20), date(2026, 11, 1)
        ),
        CaseloadRow("b", "Bo Berg", "010203-1234", "ressourceforloeb", "active", date(2026, 12, 24), None),
        CaseloadRow("c", "Cilla Dam", None, "fleksjob", "closed", date(2026, 11, 19), date(2025, 1, 1)),
        CaseloadRow("d", "Dorte Eg", "111111-1111", "kontanthjaelp", "active", date(2026, 11, 10), None),
    ]


def make(qtmodeltester=None):
    model = CaseloadTableModel(today=TODAY)
    model.set_rows(rows())
    if qtmodeltester is not None:
        qtmodeltester.check(model)
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def shown(proxy):
    return [proxy.index(r, 0).data(CITIZEN_ID_ROLE) for r in range(proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester):
    make(qtmodeltester)


def test_cpr_is_masked_and_overdue_follow_ups_are_red(qapp):
    model, _ = make()
    assert model.index(0, Column.CPR).data() == "211062-XXXX"
    assert model.index(2, Column.CPR).data() == ""
    assert model.index(3, Column.NEXT_FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, Column.NEXT_FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole) is None


def test_filters(qapp):
    _, proxy = make()
    assert shown(proxy) == ["a", "b", "d"]  # active by default
    proxy.set_text("åse")
    assert shown(proxy) == ["a"]
    proxy.set_text("2110625629")  # CPR digits without the dash find the citizen
    assert shown(proxy) == ["a"]
    proxy.set_text("")
    proxy.set_status(CaseloadFilterProxy.ALL)
    proxy.set_due_this_week(True)
    assert shown(proxy) == ["a", "c", "d"]  # due by Sunday 22-11, overdue included
    proxy.set_status("closed")
    assert shown(proxy) == ["c"]


def test_sorting_by_dates_puts_missing_dates_last(qapp):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    _, proxy = make()
    proxy.set_status(CaseloadFilterProxy.ALL)
    proxy.sort(Column.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    assert shown(proxy)[:2] == ["a", "c"]  # b and d have no contact yet
    proxy.sort(Column.NEXT_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["d", "c", "a", "b"]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ["a", "d", "c", "b"]  # Å is the last letter of the Danish alphabet


@pytest.fixture
def english_locale():
    """The program in English: the names stay Danish, and so does their order."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def test_the_model_sorts_itself_keeping_the_order_through_a_reload_and_indexes_in_place(qapp, english_locale):
    model, proxy = make()
    proxy.set_status(CaseloadFilterProxy.ALL)
    bo = QPersistentModelIndex(proxy.index(shown(proxy).index("b"), Column.NAME))  # as a selection holds it
    extra = CaseloadRow("e", "aabenraa Aase", None, "fleksjob", "active", None, None)

    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)  # the header's click, through the proxy

    assert proxy.sortColumn() == -1  # the proxy keeps the model's order, it does not sort again
    assert shown(proxy) == ["b", "c", "d", "a"]
    assert bo.isValid() and bo.data(CITIZEN_ID_ROLE) == "b" and bo.row() == 0
    model.set_rows([*rows(), extra])
    assert shown(proxy) == ["b", "c", "d", "e", "a"]  # "aabenraa" reads "åbenrå": after D, before "Åse"
    proxy.sort(Column.CPR, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data(CITIZEN_ID_ROLE) for r in range(model.rowCount())][:2] == ["a", "d"]


def test_the_roles_a_view_and_the_filter_ask_for(qapp):
    from desktop.views.models.caseload_model import FILTER_TEXT_ROLE

    model, _ = make()
    overdue = model.index(3, Column.NEXT_FOLLOW_UP)
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) == "The follow-up date has passed"
    assert overdue.data(Qt.ItemDataRole.AccessibleTextRole) == overdue.data()
    assert model.index(0, Column.NAME).data(FILTER_TEXT_ROLE) == model.filter_text(0)
    assert "åse ærø" in model.filter_text(0) and "2110625629" in model.filter_text(0)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.TextAlignmentRole):
        assert model.index(0, Column.NAME).data(role) is None


# -- a save redraws its row -----------------------------------------------------------------


def ids_in_order(model):
    return [model.index(r, 0).data(CITIZEN_ID_ROLE) for r in range(model.rowCount())]


def test_update_rows_passes_the_model_tester_while_rows_change_move_come_and_go(qtmodeltester):
    model, proxy = make()
    qtmodeltester.check(model)  # the tester stays connected and checks every change that follows
    proxy.sort(Column.NEXT_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    assert ids_in_order(model) == ["d", "c", "a", "b"]
    moved = CaseloadRow("d", "Dorte Eg", "111111-1111", "kontanthjaelp", "active", date(2027, 1, 5), None)
    new = CaseloadRow("e", "Erik Fjord", None, "fleksjob", "active", date(2026, 11, 19), None)
    model.update_rows([moved, new], gone=["a"])
    assert ids_in_order(model) == ["c", "e", "b", "d"]  # "e" after "c": the equal date first
    model.update_rows([], gone=["not-here"])  # an id not shown is nothing to remove
    qtmodeltester.check(model)


def test_a_changed_row_is_redrawn_in_place_with_one_data_change_and_no_reset(qtbot):
    model, proxy = make()
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    before = ids_in_order(model)
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom, _roles: changes.append((top.row(), bottom.row())))
    bo = rows()[1]
    model.update_rows([CaseloadRow(bo.id, bo.name, bo.cpr, "fleksjob", "active", None, date(2026, 11, 18))])
    assert ids_in_order(model) == before and not resets
    row = before.index("b")
    assert changes == [(row, row)]
    assert model.index(row, Column.LAST_CONTACT).data() != ""
    assert label(PROGRAMMES, "fleksjob").lower() in model.filter_text(row)


def test_update_rows_keeps_the_sorted_order_in_both_directions(qapp, english_locale):
    model, proxy = make()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(Column.NAME, order)
        model.update_rows(
            [
                CaseloadRow("b", "Øjvind Berg", "010203-1234", "ressourceforloeb", "active", None, None),
                CaseloadRow("f", "Bente Ask", None, "fleksjob", "active", None, None),
            ]
        )
        everything = [model.row_at(r) for r in range(model.rowCount())]
        fresh = CaseloadTableModel(today=TODAY)
        fresh.set_rows(everything)
        fresh.sort(Column.NAME, order)
        assert ids_in_order(model) == ids_in_order(fresh)


def test_a_row_that_changes_in_place_or_moves_past_the_selected_one_keeps_the_selection(qtbot):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    model, proxy = make()
    proxy.set_status(CaseloadFilterProxy.ALL)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    proxy.sort(Column.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ["a", "c", "b", "d"]
    view.selectionModel().setCurrentIndex(
        proxy.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    # A note for Dorte today moves her row to the top, past Cilla's; then Cilla's changes in place.
    model.update_rows(
        [CaseloadRow("d", "Dorte Eg", "111111-1111", "kontanthjaelp", "active", None, date(2026, 11, 18))]
    )
    model.update_rows(
        [CaseloadRow("c", "Cilla Dam", None, "ressourceforloeb", "closed", None, date(2025, 1, 1))]
    )
    assert shown(proxy) == ["d", "a", "c", "b"]
    assert [index.data(CITIZEN_ID_ROLE) for index in view.selectionModel().selectedRows()] == ["c"]
    assert view.selectionModel().currentIndex().data(CITIZEN_ID_ROLE) == "c"


def test_a_row_among_equal_keys_stays_where_it_is(qapp):
    model, proxy = make()
    proxy.sort(Column.LAST_CONTACT, Qt.SortOrder.AscendingOrder)  # b and d: no contact, equal keys
    before = ids_in_order(model)
    assert before[:2] == ["b", "d"]
    moves = []
    model.rowsRemoved.connect(lambda *_: moves.append(1))
    model.update_rows([rows()[1]])  # Bo saved again with nothing changed
    assert ids_in_order(model) == before and not moves


def test_the_page_keeps_the_selected_citizen_selected_when_their_row_moves(qtbot):
    from desktop.domain.citizen import CaseloadUpdate
    from desktop.views.pages.caseload_page import CaseloadPage

    page = CaseloadPage()
    qtbot.addWidget(page)
    page.set_rows(rows())
    page.table.sortByColumn(Column.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    page.select_citizen("d")
    dorte = CaseloadRow("d", "Dorte Eg", "111111-1111", "kontanthjaelp", "active", None, date(2026, 11, 18))
    page.update_rows(CaseloadUpdate((dorte,), ()))
    assert page.proxy.index(0, 0).data(CITIZEN_ID_ROLE) == "d"
    assert page.selected_citizen_id() == "d"
    page.update_rows(CaseloadUpdate((), ("d",)))  # erased: the row goes, another is selected
    assert page.model.row_of("d") == -1 and page.selected_citizen_id() is not None


def test_a_row_that_no_longer_passes_the_filter_is_hidden_and_a_new_one_that_does_is_shown(qapp):
    model, proxy = make()  # active cases only
    assert shown(proxy) == ["a", "b", "d"]
    model.update_rows(
        [
            CaseloadRow("b", "Bo Berg", "010203-1234", "ressourceforloeb", "closed", None, None),
            CaseloadRow("e", "Erik Fjord", None, "fleksjob", "active", None, None),
        ]
    )
    assert sorted(shown(proxy)) == ["a", "d", "e"]


def test_rows_prepared_on_a_worker_thread_show_as_set_rows_shows_them(qapp, english_locale):
    import threading

    from desktop.views.models.caseload_model import prepare_rows

    more = [*rows(), CaseloadRow("e", "aabenraa Aase", None, "fleksjob", "active", None, None)]
    for column in (Column.NAME, Column.NEXT_FOLLOW_UP, Column.STATUS, -1):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            expected = CaseloadTableModel(today=TODAY)
            expected.sort(column, order)
            expected.set_rows(more)
            model = CaseloadTableModel(today=TODAY)
            model.sort(column, order)
            made = []
            worker = threading.Thread(target=lambda: made.append(prepare_rows(more, model.order)))  # noqa: B023
            worker.start()
            worker.join()
            model.set_prepared(made[0])
            assert ids_in_order(model) == ids_in_order(expected)
            assert [model.filter_text(r) for r in range(5)] == [expected.filter_text(r) for r in range(5)]
            model.update_rows([CaseloadRow("f", "Bente Ask", None, "fleksjob", "active", None, None)])
            expected.update_rows([CaseloadRow("f", "Bente Ask", None, "fleksjob", "active", None, None)])
            assert ids_in_order(model) == ids_in_order(expected)


def test_prepared_rows_are_sorted_again_if_the_order_changed_meanwhile(qapp):
    from desktop.views.models.caseload_model import prepare_rows

    model = CaseloadTableModel(today=TODAY)
    prepared = prepare_rows(rows(), model.order)  # asked for unsorted
    model.sort(Column.NEXT_FOLLOW_UP, Qt.SortOrder.AscendingOrder)  # then the header was clicked
    model.set_prepared(prepared)
    assert ids_in_order(model) == ["d", "c", "a", "b"]
