"""The citizen's rights in the main window: access export, erasure with a typed name, retention review."""

from __future__ import annotations

import json

from sqlalchemy import text

from desktop.errors import ExportInsideDataFolder
from desktop.views.i18n import translate_error
from desktop.views.privacy.erase_dialog import EraseCitizenDialog
from desktop.views.privacy.retention_dialog import RetentionDialog
from tests.citizen_world import fill_citizen
from tests.gui.conftest import open_citizen_and_wait


def _services(win):
    return win.services


def test_access_export_from_the_citizen_page(qtbot, main_window, runner, tmp_path):
    anna = fill_citizen(_services(main_window), "A")
    open_citizen_and_wait(main_window, qtbot, anna.citizen_id)
    target = tmp_path / "indsigt.json"
    main_window.privacy.choose_path = lambda suggested, fmt: str(target) if fmt == "json" else ""

    main_window.citizen_page.header.access_json_action.trigger()
    runner.wait_for_all()

    assert json.loads(target.read_text("utf-8"))["citizen_id"] == anna.citizen_id
    assert "indsigt.json" in main_window.citizen_page.banner.text()
    main_window.citizen_page.header.access_pdf_action.trigger()  # cancelled in the file dialog: nothing happens
    runner.wait_for_all()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".json", ".pdf")) == ["indsigt.json"]


def test_erasing_asks_for_the_name_and_then_removes_the_citizen(qtbot, main_window, runner):
    services = _services(main_window)
    anna, bo = fill_citizen(services, "A"), fill_citizen(services, "B")
    open_citizen_and_wait(main_window, qtbot, anna.citizen_id)
    main_window.privacy.confirm_erase = lambda name: False
    main_window.citizen_page.header.erase_action.trigger()
    runner.wait_for_all()
    assert len(services.citizens.caseload()) == 2

    main_window.privacy.confirm_erase = lambda name: True
    main_window.citizen_page.header.erase_action.trigger()
    runner.wait_for_all()

    assert [row.id for row in services.citizens.caseload()] == [bo.citizen_id]
    assert main_window.citizen_page.citizen_id is None
    assert main_window.current_page().name == "CASELOAD"
    assert "deleted permanently" in main_window.statusBar().currentMessage()


def test_the_erase_dialog_needs_the_exact_name(qtbot):
    dialog = EraseCitizenDialog("Åse  Ærø")
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    dialog.name_field.setText("Åse Ær")
    assert not dialog.delete_button.isEnabled()
    dialog.name_field.setText("åse ærø")
    assert dialog.delete_button.isEnabled()


def test_retention_review_lists_due_cases_and_deletes_after_confirming(qtbot, main_window, runner, unlocked):
    services = _services(main_window)
    anna, bo = fill_citizen(services, "A"), fill_citizen(services, "B")
    services.citizens.close_case(anna.citizen_id)
    with unlocked.vault.transaction() as conn:
        conn.execute(
            text("UPDATE citizen SET closed_at = '2019-01-15T09:00:00+00:00' WHERE id = :id"),
            {"id": anna.citizen_id},
        )
    dialog = RetentionDialog(services.privacy, main_window.privacy, runner, lambda: 5, main_window)
    qtbot.addWidget(dialog)
    runner.wait_for_all()
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.table.topLevelItem(0).text(0).startswith("Borger mrka")
    assert dialog.table.topLevelItem(0).text(2) in ("15-01-2024", "2024-01-15")

    main_window.privacy.confirm_erase = lambda name: True
    dialog.delete_button.click()
    runner.wait_for_all()
    runner.wait_for_all()  # the list reloads after the deletion
    assert dialog.table.topLevelItemCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert [row.id for row in services.citizens.caseload()] == [bo.citizen_id]


def test_an_access_export_into_the_data_folder_is_refused_with_a_message(
    qtbot, main_window, runner, unlocked
):
    anna = fill_citizen(_services(main_window), "A")
    open_citizen_and_wait(main_window, qtbot, anna.citizen_id)
    target = unlocked.folder / "indsigt.json"
    main_window.privacy.choose_path = lambda suggested, fmt: str(target)

    main_window.citizen_page.header.access_json_action.trigger()
    runner.wait_for_all()

    assert not target.exists()
    banner = main_window.citizen_page.banner
    assert banner.property("kind") == "error"
    assert banner.text() == translate_error(ExportInsideDataFolder())
