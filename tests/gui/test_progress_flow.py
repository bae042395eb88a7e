"""The progress tab in the real main window: rating with the keyboard alone, the citizen and the
caseworker separately; both series in the radar and the line chart; PNG export; charts in the plan PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop.domain.citizen import CitizenDraft
from tests.gui.conftest import open_citizen_and_wait

SCALE = "small_steps"  # sleep, getting out, energy, next step


@pytest.fixture
def window(main_window):
    return main_window


@pytest.fixture
def citizen_id(open_citizen):
    return open_citizen("progress_panel")


@pytest.fixture
def panel(citizen_id, window):
    panel = window.citizen_page.tabs.progress_panel
    panel.scale.setCurrentIndex(panel.scale.findData(SCALE))
    return panel


def rate_with_keys(qtbot, panel, digits, on=None):
    """Type one digit per indicator, as a caseworker would: each digit moves on to the next indicator."""
    if on is not None:
        panel.form.rated_on.set_value(on)
    panel.form.focus_first()
    for digit in digits:
        qtbot.keyClick(panel.focusWidget() or panel, digit)
    return panel


def test_rating_twice_by_both_raters_shows_both_series(qtbot, window, citizen_id, panel):
    measurements = window.services.measurements
    earlier = date.today() - timedelta(days=14)
    fields = list(panel.form.scores.values())

    # The citizen rates first, two weeks ago: digits move the cursor on; 0 means 10.
    assert panel.form.rater.currentData() == "citizen"
    rate_with_keys(qtbot, panel, "7503", on=earlier)
    assert [f.value() for f in fields] == [7, 5, 10, 3]
    assert panel.save_button.hasFocus()  # the last digit leads to the save button
    qtbot.keyClick(panel.save_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = measurements.measurements(citizen_id, SCALE)
    assert len(stored) == 1 and stored[0].draft.rater == "citizen"
    assert stored[0].draft.scores == {"sleep": 7, "getting_out": 5, "energy": 10, "next_step": 3}

    # The form is ready for the caseworker; a comment is reached with Tab.
    assert panel.form.rater.currentData() == "caseworker"
    assert not panel.form.is_dirty()
    panel.form.rated_on.set_value(earlier)
    panel.form.focus_first()
    qtbot.keyClick(panel.focusWidget(), "6")
    qtbot.keyClick(panel.form.scores["getting_out"], Qt.Key.Key_Tab)
    assert panel.form.comments["getting_out"].hasFocus()
    qtbot.keyClicks(panel.form.comments["getting_out"], "Kom til alle aftaler")
    panel.form.scores["getting_out"].setFocus()
    qtbot.keyClick(panel.form.scores["getting_out"], Qt.Key.Key_End)
    qtbot.keyClick(panel.form.scores["getting_out"], Qt.Key.Key_Left)
    assert panel.form.scores["getting_out"].value() == 9
    assert panel.save()

    radar = panel.radar.data
    assert radar.scores == {"citizen": (7, 5, 10, 3), "caseworker": (6, 9, None, None)}
    assert len(panel.radar.series_points()) == 2

    # A second round today: the line chart of one indicator has two points per rater.
    panel.form.rater.setCurrentIndex(panel.form.rater.findData("citizen"))
    rate_with_keys(qtbot, panel, "8")
    assert panel.save()
    rate_with_keys(qtbot, panel, "7")
    assert panel.save()
    panel.indicator.setCurrentIndex(panel.indicator.findData("sleep"))
    lines = panel.line.series_points()
    assert lines == {
        "Citizen": [(earlier, 7), (date.today(), 8)],
        "Caseworker": [(earlier, 6), (date.today(), 7)],
    }
    assert panel.radar.data.scores["citizen"][0] == 8  # the radar shows the newest rating
    assert "Kom til alle aftaler" not in panel.history.toPlainText()  # that comment was on another indicator
    panel.indicator.setCurrentIndex(panel.indicator.findData("getting_out"))
    assert "Kom til alle aftaler" in panel.history.toPlainText()
    actions = [e.action for e in window.services.citizens.access_log(citizen_id)]
    assert actions.count("measurement.recorded") == 4


def test_nothing_scored_is_not_saved_and_says_why(qtbot, window, citizen_id, panel):
    panel.form.comments["energy"].setText("træt")
    assert panel.is_dirty()
    assert not panel.save()
    assert panel.form.error.isVisible() and "at least one" in panel.form.error.text()
    assert window.services.measurements.measurements(citizen_id) == []


def test_a_future_date_is_refused(qtbot, window, citizen_id, panel):
    rate_with_keys(qtbot, panel, "5", on=date.today() + timedelta(days=3))
    assert not panel.save()
    assert "future" in panel.form.error.text()
    assert window.services.measurements.measurements(citizen_id) == []


def test_charts_are_saved_as_pictures_and_go_into_the_plan_when_ticked(
    qtbot, window, citizen_id, panel, tmp_path
):
    rate_with_keys(qtbot, panel, "4567")
    assert panel.save()
    rate_with_keys(qtbot, panel, "5566")
    assert panel.save()

    target = tmp_path / "radar.png"
    panel.choose_image_path = lambda _suggested: str(target)
    panel.export_chart(panel.radar, "radar")
    assert not QImage(str(target)).isNull()
    actions = [e.action for e in window.services.citizens.access_log(citizen_id)]
    assert "citizen.exported" in actions

    page = window.citizen_page
    assert panel.plan_charts() == []  # not ticked: the plan has no charts
    panel.include_in_plan.setChecked(True)
    pictures = panel.plan_charts()
    assert [caption for caption, _image in pictures] == ["Small steps", "", "", "", ""]
    assert all(not image.isNull() for _caption, image in pictures)

    plain, with_charts = tmp_path / "plain.pdf", tmp_path / "charts.pdf"
    panel.include_in_plan.setChecked(False)
    page.plan_export.choose_path = lambda _suggested: str(plain)
    page.export_plan()
    panel.include_in_plan.setChecked(True)
    page.plan_export.choose_path = lambda _suggested: str(with_charts)
    page.export_plan()
    assert with_charts.stat().st_size > plain.stat().st_size + 20_000  # the pictures are in it
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(with_charts), "-"], capture_output=True, text=True).stdout
        assert "Sådan går det" in text and "Small steps" in text
        assert (
            "Sådan går det"
            not in subprocess.run(["pdftotext", str(plain), "-"], capture_output=True, text=True).stdout
        )


def test_the_citizen_opens_on_the_scale_last_rated(qtbot, window, citizen_id, panel):
    rate_with_keys(qtbot, panel, "3")
    assert panel.save()
    panel.scale.setCurrentIndex(0 if panel.scale.currentData() != panel.scale.itemData(0) else 1)
    other = window.services.citizens.create_citizen(CitizenDraft(name="Bo Berg"))
    open_citizen_and_wait(window, qtbot, other)
    open_citizen_and_wait(window, qtbot, citizen_id)
    assert panel.scale.currentData() == SCALE
    window.citizen_page.tabs.setCurrentWidget(panel)
    assert panel.radar.data is not None


def test_opening_a_citizen_draws_no_chart_out_of_sight(qtbot, window, citizen_id, panel):
    """A profile of opening a citizen: a third of the GUI thread's time went to drawing the progress
    charts on a hidden tab. They are drawn when the tab is shown, from the file already read."""
    rate_with_keys(qtbot, panel, "3")
    assert panel.save()
    other = window.services.citizens.create_citizen(CitizenDraft(name="Bo Berg"))
    drawn = []
    draw = panel.radar.set_data
    panel.radar.set_data = lambda data: (drawn.append(data), draw(data))
    open_citizen_and_wait(window, qtbot, other)
    open_citizen_and_wait(window, qtbot, citizen_id)
    assert window.citizen_page.tabs.currentWidget() is not panel
    assert drawn == []  # not drawn while out of sight
    window.citizen_page.tabs.setCurrentWidget(panel)
    assert len(drawn) == 1 and drawn[0] is not None and panel.radar.data is drawn[0]
    assert panel.line.data is not None
