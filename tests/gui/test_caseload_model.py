from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPersistentModelIndex, Qt

from desktop.domain.citizen import CaseloadRow
from desktop.views.models.caseload_model import (
    CITIZEN_ID_ROLE,
    CaseloadFilterProxy,
    CaseloadTableModel,
    Column,
)

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
