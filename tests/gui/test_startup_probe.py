"""The startup benchmark's hook: times of the first paint, of the caseload on screen and of the notebook open,
then a clean quit."""

import json

from desktop.app import build
from desktop.domain.citizen import CitizenDraft
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.views.startup_probe import StartupProbe
from tests.conftest import PASSWORD


def _vault(vault_dir, key_cache, fast_kdf, remember: bool) -> VaultSession:
    session = VaultSession(vault_dir, key_cache, kdf=fast_kdf)
    session.create(PASSWORD, remember=remember)
    Services.for_session(session).citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    session.lock()
    return session


def _start(qtbot, vault_dir, session, report):
    app, controller = build(vault_dir.parent, session)
    StartupProbe(controller, report)
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.start()
    assert controller._runner.wait_for_all()  # the integrity check started on unlocking
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    return controller, json.loads(report.read_text("utf-8"))


def test_with_a_remembered_key_it_reports_the_caseload_on_screen_and_quits(
    qtbot, vault_dir, key_cache, fast_kdf, tmp_path
):
    session = _vault(vault_dir, key_cache, fast_kdf, remember=True)

    controller, report = _start(qtbot, vault_dir, session, tmp_path / "report.json")

    marks = report["marks"]
    assert report["state"] == "unlocked"
    # The window is painted while the vault opens, the caseload read early is shown next, and
    # the report comes once the notebook is open.
    assert marks["gui_started"] <= marks["state_opening"] <= marks["first_paint"]
    assert marks["first_paint"] <= marks["caseload_shown"] <= marks["state_unlocked"]
    assert report["peak_rss_kib"] > 10_000
    assert controller.main_window is None and not session.is_unlocked  # closed and locked as by hand


def test_without_a_remembered_key_it_reports_the_unlock_dialog_and_quits(
    qtbot, vault_dir, key_cache, fast_kdf, tmp_path
):
    session = _vault(vault_dir, key_cache, fast_kdf, remember=False)

    _controller, report = _start(qtbot, vault_dir, session, tmp_path / "report.json")

    assert report["state"] == "locked"
    assert "first_paint" in report["marks"] and "caseload_shown" not in report["marks"]
