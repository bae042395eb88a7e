"""``export --out`` and ``backup PATH`` on the command line: never into the data folder, and a target that
cannot be written is named in the one error line (not blamed on the data folder), with nothing left."""

from __future__ import annotations

import io

import pytest

from desktop import cli
from desktop.domain.citizen import CitizenDraft
from desktop.services.registry import Services
from desktop.services.vault_session import VaultSession
from desktop.storage.vault.keychain import KeyCache
from tests.conftest import PASSWORD

BACKUP_PASSWORD = "en sætning kun til backuppen"


@pytest.fixture
def vault(tmp_path, fast_kdf):
    """A vault (quick KDF) with one citizen; returns the data folder and the citizen's id."""
    folder = tmp_path / "data"
    session = VaultSession(folder, KeyCache(), kdf=fast_kdf)
    session.create(PASSWORD)
    citizen_id = Services.for_session(session).citizens.create_citizen(CitizenDraft(name="Åse Ærø"))
    session.lock()
    return folder, citizen_id


def _run(folder, monkeypatch, *arguments, stdin=PASSWORD + "\n"):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.run(["--data-dir", str(folder), *arguments, "--password-stdin"])


def _listing(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if "logs" not in p.parts)


@pytest.mark.parametrize(
    ("scope", "fmt", "where"),
    [
        ("all", "json", "export.json"),
        ("citizen", "json", "indsigt.json"),
        ("citizen", "pdf", "logs/indsigt.pdf"),
    ],
)
def test_export_into_the_data_folder_is_refused(vault, monkeypatch, capsys, scope, fmt, where, qapp):
    folder, citizen_id = vault
    (folder / "logs").mkdir(exist_ok=True)
    before = [p for p in _listing(folder) if "vault.db" not in p]
    chosen = ["--all"] if scope == "all" else ["--citizen", citizen_id]
    target = folder / where

    code = _run(folder, monkeypatch, "export", *chosen, "--format", fmt, "--out", str(target))

    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert "outside the notebook's own folder" in err and "Nothing was written" in err
    assert not target.exists()
    assert [p for p in _listing(folder) if "vault.db" not in p] == before


@pytest.mark.parametrize("scope", ["all", "citizen"])
@pytest.mark.parametrize("problem", ["no such folder", "a folder given as the file", "a file as the folder"])
def test_an_out_problem_names_the_output_path(vault, monkeypatch, capsys, tmp_path, scope, problem):
    folder, citizen_id = vault
    out = tmp_path / "out"
    out.mkdir()
    if problem == "no such folder":
        target = out / "missing" / "export.json"
    elif problem == "a folder given as the file":
        target = out / "export.json"
        target.mkdir()
    else:
        (out / "plain-file").write_text("x")
        target = out / "plain-file" / "export.json"
    chosen = ["--all"] if scope == "all" else ["--citizen", citizen_id]

    code = _run(folder, monkeypatch, "export", *chosen, "--out", str(target))

    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert str(target) in err, err
    assert f"Could not use the folder {folder}" not in err
    assert sorted(p.name for p in out.rglob("*")) == sorted(
        p.name for p in (target, target.parent) if p.exists() and p != out
    )


def test_a_backup_onto_a_folder_names_the_path_and_leaves_nothing(vault, monkeypatch, capsys, tmp_path):
    folder, _citizen = vault
    target = tmp_path / "usb" / "uge-10.cnbackup"
    target.mkdir(parents=True)

    code = _run(
        folder,
        monkeypatch,
        "backup",
        str(target),
        "--backup-password-stdin",
        stdin=f"{PASSWORD}\n{BACKUP_PASSWORD}\n",
    )

    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert str(target) in err, err
    assert [p.name for p in target.parent.iterdir()] == ["uge-10.cnbackup"]
    assert not any(".backup-staging-" in p for p in _listing(folder))
