"""The date field: typed dates, a calendar that opens on today, explicit clearing."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop.views.widgets.date_field import OptionalDateField

TODAY = date.today()


@pytest.fixture
def form(qtbot, app):
    """Two date fields and a line in a window, the first field focused."""
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second, after = OptionalDateField("Due"), OptionalDateField("Given"), QLineEdit()
    for widget in (first, second, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    first.setFocus()
    qtbot.waitUntil(lambda: in_focus(first))
    yield first, second, after
    window.close()


def in_focus(field) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is field or field.isAncestorOf(focused))


def type_into(qtbot, field, text):
    """Type where the keyboard focus is, inside ``field``, and press Enter."""
    target = QApplication.focusWidget()
    assert target is field or field.isAncestorOf(target)
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("15.12", date(TODAY.year, 12, 15)),
        ("15-12-2026", date(2026, 12, 15)),
        ("15122026", date(2026, 12, 15)),
        ("151226", date(2026, 12, 15)),
        ("+7", TODAY + timedelta(days=7)),
        ("i dag", TODAY),
        ("today", TODAY),
        ("i morgen", TODAY + timedelta(days=1)),
    ],
)
def test_an_empty_field_takes_a_typed_date(qtbot, form, danish, typed, meant):
    field = form[0]
    heard = []
    field.dateChanged.connect(heard.append)
    type_into(qtbot, field, typed)
    assert field.value() == meant
    assert heard and heard[-1] == meant
    assert (
        QApplication.focusWidget().text() == f"{meant.day:02d}-{meant.month:02d}-{meant.year:04d}"
    )  # dd-mm-åååå


def test_a_typed_date_counts_before_the_field_is_left(qtbot, form):
    """A save by shortcut reads the field while the cursor is still in it."""
    field = form[0]
    qtbot.keyClicks(field.edit, "24.12.2026")
    assert field.value() == date(2026, 12, 24)


def test_text_that_is_no_date_says_so_in_danish_and_changes_nothing(qtbot, form, danish):
    field = form[0]
    field.set_value(date(2026, 3, 1))
    field.edit.selectAll()
    type_into(qtbot, field, "31.02")
    assert field.value() == date(2026, 3, 1)
    assert field.error_text() == "Den dato findes ikke."
    field.edit.selectAll()
    type_into(qtbot, field, "på fredag")
    assert field.value() == date(2026, 3, 1)
    assert field.error_text().startswith("Ikke en dato")
    assert field.edit.text() == "på fredag"  # the typing is kept to correct
    field.edit.selectAll()
    type_into(qtbot, field, "2.3")
    assert field.value() == date(TODAY.year, 3, 2)
    assert field.error_text() == ""


def test_the_calendar_opens_on_today_with_alt_down_and_escape_changes_nothing(qtbot, form):
    field = form[0]
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup()
    assert popup is not None and popup.isVisible()
    shown = popup.calendar.selectedDate()
    assert (shown.year(), shown.month(), shown.day()) == (TODAY.year, TODAY.month, TODAY.day)
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (TODAY.year, TODAY.month)
    qtbot.keyClick(QApplication.focusWidget() or popup.calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert field.value() is None


def test_f4_opens_the_calendar_on_the_fields_date_and_enter_picks_a_day(qtbot, form):
    field = form[0]
    field.set_value(date(2027, 5, 10))
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    popup = field.popup()
    assert popup.isVisible()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2027, 5)
    view = popup.calendar.focusWidget() or popup.calendar
    qtbot.keyClick(view, Qt.Key.Key_Right)
    with qtbot.waitSignal(field.dateChanged):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert field.value() == date(2027, 5, 11)
    assert not popup.isVisible()


def test_clearing_is_explicit_by_button_or_by_emptying_the_text(qtbot, form):
    field = form[0]
    field.set_value(date(2026, 12, 15))
    with qtbot.waitSignal(field.dateChanged):
        qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.value() is None and field.edit.text() == ""
    field.set_value(date(2026, 12, 15))
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert field.value() is None and field.edit.text() == ""
    field.set_value(date(2026, 12, 15))
    field.edit.end(False)
    for _ in range(10):
        qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.value() is None


def test_up_and_down_step_a_day(qtbot, form):
    field = form[0]
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == TODAY + timedelta(days=1)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.value() == TODAY - timedelta(days=1)


def test_tab_leaves_the_field_in_one_press(qtbot, form):
    first, second, after = form
    qtbot.keyClick(first.edit, Qt.Key.Key_Tab)
    assert second.edit.hasFocus()
    second.set_value(date(2026, 1, 2))
    qtbot.keyClick(second.edit, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_a_read_only_field_neither_takes_typing_nor_opens_the_calendar(qtbot, form):
    field = form[0]
    field.set_value(date(2026, 1, 2))
    field.setReadOnly(True)
    qtbot.keyClicks(field.edit, "9")
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == date(2026, 1, 2)
    assert field.popup() is None
    assert not field.clear_button.isEnabled()


def test_the_accessible_name_is_kept_for_callers_and_screen_readers(form):
    assert form[0].accessibleName() == "Due"
    assert form[0].edit.accessibleName() == "Due"


def test_every_date_in_the_views_is_asked_with_the_one_date_field():
    views = Path(__file__).parents[2] / "desktop" / "views"
    offenders = [
        str(path.relative_to(views))
        for path in views.rglob("*.py")
        if path.name not in ("date_field.py", "date_popup.py")
        and any(
            name in path.read_text(encoding="utf-8")
            for name in ("QDateEdit", "QDateTimeEdit", "QCalendarWidget")
        )
    ]
    assert offenders == []


def test_a_form_hears_of_a_typed_date_before_the_field_is_left(qtbot, form):
    """The form marks itself edited (and its draft keeps the date) while the cursor is in the field."""
    field = form[0]
    with qtbot.waitSignal(field.changed):
        qtbot.keyClicks(field.edit, "24.12.2026")
    assert field.value() == date(2026, 12, 24)
    assert field.edit.text() == "24.12.2026"  # tidied only when the field is left
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.edit.text() in ("24-12-2026", "2026-12-24")
