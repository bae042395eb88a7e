"""Where things live: resources (also inside the PyInstaller bundle) and the default data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_NAME

DATA_DIR_ENV = "CASENOTES_DATA_DIR"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from a source checkout or from a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base.joinpath("resources", *parts)


def default_data_dir() -> Path:
    """The per-user data folder: ``$CASENOTES_DATA_DIR`` if set, else the platform's (platformdirs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def log_dir(data_dir: Path) -> Path:
    """Log files live in the data folder, so one folder is all an administrator has to look at."""
    return Path(data_dir) / "logs"
