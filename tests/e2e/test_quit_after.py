"""The windowed entry point in a real process, quit by ``CASENOTES_QUIT_AFTER`` as the smoke run of the
packaged build does (tools/smoke_bundle.py): the first window comes up, then the program quits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.logging_setup import LOG_FILE_NAME
from desktop.paths import log_dir
from desktop.storage.vault.vault import DATABASE_NAME

ROOT = Path(__file__).resolve().parents[2]


def run_gui(data_dir: Path, quit_after: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",  # never the real keychain
        "CASENOTES_QUIT_AFTER": quit_after,
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop.gui_main", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_the_windowed_program_shows_the_setup_and_quits_when_asked(tmp_path):
    data_dir = tmp_path / "data"
    result = run_gui(data_dir, "0.5")
    assert result.returncode == 0, result.stderr
    logged = (log_dir(data_dir) / LOG_FILE_NAME).read_text("utf-8")
    assert "quitting after 0.5 s as CASENOTES_QUIT_AFTER asks; windows open: SetupDialog" in logged
    assert logged.rstrip().endswith("casenotes stopped")
    assert " WARNING " not in logged and " ERROR " not in logged, logged
    assert not (data_dir / DATABASE_NAME).exists()  # quitting the setup creates nothing
