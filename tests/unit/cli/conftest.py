"""Fixtures for the command-line tests."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture(autouse=True)
def _no_log_file_left_open():
    """``cli.run`` in this process sends the log to the vault folder; stop that after each test."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "casenotes", False)]:
        root.removeHandler(handler)
        handler.close()
