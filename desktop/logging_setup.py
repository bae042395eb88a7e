"""Logging to a rotating file in the data folder: event names and ids only, never personal data."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from desktop.paths import log_dir

LOG_FILE_NAME = "casenotes.log"


def configure_logging(data_dir: Path, verbose: bool = False) -> Path | None:
    """Send log records to ``<data dir>/logs/casenotes.log``; returns the file, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    folder = log_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / LOG_FILE_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    if os.name == "posix":
        os.chmod(path, 0o600)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if getattr(h, "casenotes", False)]:
        root.removeHandler(old)
        old.close()
    handler.casenotes = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    # Alembic announces every plugin at INFO; only its warnings belong in our log.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
