"""Where an export may go: never into the data folder (where it would sit in plaintext beside the
encrypted vault, and travel with it), and a target that cannot be written is named, with nothing left."""

from __future__ import annotations

import os

import pytest

from desktop.errors import ExportInsideDataFolder, OutputNotWritable
from tests.citizen_world import fill_citizen


def _exports_logged(services, citizen_id):
    return [
        e.action
        for e in services.citizens.access_log(citizen_id)
        if e.action in ("citizen.access_exported", "citizen.exported")
    ]


def _everything_under(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def anna(services):
    return fill_citizen(services, "A").citizen_id


@pytest.mark.parametrize("fmt", ["json", "pdf"])
@pytest.mark.parametrize("where", ["top", "subfolder", "through a link"])
def test_an_access_export_into_the_data_folder_is_refused(
    services, unlocked, anna, tmp_path, fmt, where, qapp
):
    data = unlocked.folder
    before = _everything_under(data)
    if where == "top":
        target = data / f"indsigt.{fmt}"
    elif where == "subfolder":
        (data / "logs").mkdir(exist_ok=True)
        before = _everything_under(data)
        target = data / "logs" / f"indsigt.{fmt}"
    else:
        link = tmp_path / "looks-harmless"
        os.symlink(data, link)
        target = link / f"indsigt.{fmt}"

    with pytest.raises(ExportInsideDataFolder):
        services.privacy.export_access(anna, fmt, target)

    after = [p for p in _everything_under(data) if not p.startswith("vault.db")]
    assert after == [p for p in before if not p.startswith("vault.db")]
    assert _exports_logged(services, anna) == []


def test_the_plan_pdf_into_the_data_folder_is_refused(services, unlocked, anna, qapp):
    before = _everything_under(unlocked.folder)
    with pytest.raises(ExportInsideDataFolder):
        services.goals.export_plan_pdf(anna, unlocked.folder / "Min plan.pdf")
    assert not (unlocked.folder / "Min plan.pdf").exists()
    assert [p for p in _everything_under(unlocked.folder) if p not in before and "vault.db" not in p] == []
    assert _exports_logged(services, anna) == []


@pytest.mark.parametrize("fmt", ["json", "pdf"])
@pytest.mark.parametrize("problem", ["no such folder", "a folder given as the file", "no permission"])
def test_an_export_target_that_cannot_be_written_is_named_and_nothing_is_left(
    services, anna, tmp_path, fmt, problem, qapp
):
    out = tmp_path / "out"
    out.mkdir()
    if problem == "no such folder":
        target = out / "missing" / f"indsigt.{fmt}"
    elif problem == "a folder given as the file":
        target = out / f"indsigt.{fmt}"
        target.mkdir()
    else:
        if os.geteuid() == 0:
            pytest.skip("root may write anywhere")
        target = out / f"indsigt.{fmt}"
        out.chmod(0o500)

    try:
        with pytest.raises(OutputNotWritable) as caught:
            services.privacy.export_access(anna, fmt, target)
    finally:
        out.chmod(0o700)

    assert str(target) in caught.value.detail
    leftovers = [p.name for p in out.rglob("*") if p != target]
    assert leftovers == []


def test_the_plan_pdf_to_a_missing_folder_is_an_error_not_silence(services, anna, tmp_path, qapp):
    target = tmp_path / "missing" / "Min plan.pdf"
    with pytest.raises(OutputNotWritable) as caught:
        services.goals.export_plan_pdf(anna, target)
    assert str(target) in caught.value.detail
    assert _exports_logged(services, anna) == []
