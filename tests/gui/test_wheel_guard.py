"""The mouse wheel scrolls the page, never a value the person is not working on."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def wheel(widget: QWidget, steps: int = -3) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the person, scrolling down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def long_form(qtbot, app):
    """A scrolling page with a spin box, a combo box and a slider among many lines."""
    page = QWidget()
    layout = QVBoxLayout(page)
    spin, combo, slider = QSpinBox(), QComboBox(), QSlider(Qt.Orientation.Horizontal)
    spin.setRange(1, 10)
    spin.setValue(7)
    combo.addItems(["a", "b", "c", "d"])
    combo.setCurrentIndex(2)
    slider.setRange(0, 10)
    slider.setValue(5)
    first = QLineEdit()
    layout.addWidget(first)
    for widget in (spin, combo, slider):
        layout.addWidget(widget)
    for _ in range(40):
        layout.addWidget(QLineEdit())
    area = QScrollArea()
    area.setWidget(page)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    return area, spin, combo, slider


def test_the_wheel_over_an_unfocused_value_scrolls_the_page_and_changes_nothing(long_form):
    area, spin, combo, slider = long_form
    bar = area.verticalScrollBar()
    for widget in (spin, combo, slider):
        before = bar.value()
        wheel(widget)
        assert bar.value() > before, type(widget).__name__
    assert (spin.value(), combo.currentIndex(), slider.value()) == (7, 2, 5)


def test_the_wheel_changes_a_value_that_has_the_focus(qtbot, long_form):
    _area, spin, _combo, _slider = long_form
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin, steps=1)
    assert spin.value() == 8


def test_value_widgets_do_not_take_the_focus_from_the_wheel(long_form):
    for widget in long_form[1:]:
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus, type(widget).__name__


def test_no_value_widget_in_the_main_window_takes_the_focus_from_the_wheel(main_window, open_citizen):
    open_citizen("progress_panel")
    widgets = [
        w
        for w in main_window.findChildren(QWidget)
        if isinstance(w, QAbstractSpinBox | QComboBox | QAbstractSlider)
        and w.metaObject().className() != "QScrollBar"
    ]
    assert widgets
    for widget in widgets:
        widget.ensurePolished()
        assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus, widget.accessibleName()
