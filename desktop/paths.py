"""Where things live: resources (also inside the PyInstaller bundle), the default data folder and the
administrator's policy file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_DISPLAY_NAME, APP_NAME
from desktop.domain.policy import Policy, parse_policy
from desktop.errors import PolicyError

DATA_DIR_ENV = "CASENOTES_DATA_DIR"
POLICY_FILE_ENV = "CASENOTES_POLICY_FILE"
POLICY_FILE_NAME = "policy.toml"


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


def policy_path() -> Path:
    """The administrator's policy file: ``$CASENOTES_POLICY_FILE`` if set, else a system-wide place that only
    an administrator can write (Windows ``%PROGRAMDATA%\\Casenotes``, macOS ``/Library/Application
    Support/Casenotes``, elsewhere ``/etc/casenotes``)."""
    override = os.environ.get(POLICY_FILE_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / APP_DISPLAY_NAME / POLICY_FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_DISPLAY_NAME / POLICY_FILE_NAME
    return Path("/etc") / APP_NAME / POLICY_FILE_NAME


def load_policy(path: Path) -> Policy:
    """The policy in ``path``; no file means no policy (``Policy()``).

    A file that is there but cannot be read or parsed raises ``PolicyError``: the program fails closed
    rather than run without the settings the organisation fixed.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        raise PolicyError(str(path), "", f"cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        text = data.decode("utf-8-sig")  # Notepad may add a byte-order mark
    except UnicodeDecodeError:
        raise PolicyError(str(path), "", "is not UTF-8 text") from None
    return parse_policy(text, str(path))
