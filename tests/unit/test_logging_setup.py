"""The log never holds an exception's message (it may quote citizen data): type names and code lines."""

from __future__ import annotations

import logging

import pytest

from desktop.logging_setup import LOG_FILE_NAME, WITHHELD, describe_exception
from desktop.paths import log_dir
from tests.helpers import app_log

MARKER = "Fejlmarkør-Åse-7c41"


@pytest.fixture
def log_file(tmp_path):
    with app_log(tmp_path) as path:
        yield path


def _fail_with(text: str) -> None:
    try:
        {}[text]
    except KeyError as exc:
        raise ValueError(f"could not save {text}") from exc


def test_describe_exception_keeps_types_and_lines_and_drops_messages():
    with pytest.raises(ValueError) as caught:
        _fail_with(MARKER)
    text = describe_exception(caught.value)
    assert MARKER not in text
    assert "builtins.KeyError" in text and "builtins.ValueError" in text
    assert "direct cause" in text and "_fail_with" in text and WITHHELD in text


def test_log_exception_writes_no_message(log_file):
    try:
        _fail_with(MARKER)
    except ValueError:
        logging.getLogger("desktop.test").exception("saving failed")
    written = log_file.read_text("utf-8")
    assert "saving failed" in written and "builtins.ValueError" in written
    assert MARKER not in written


def test_a_full_traceback_cached_by_another_handler_is_not_reused(log_file):
    other = logging.Handler()
    other.format = logging.Formatter().format  # type: ignore[method-assign]
    other.emit = lambda record: other.format(record)  # type: ignore[method-assign]
    logger = logging.getLogger("desktop.test.other")
    logger.addHandler(other)
    try:
        try:
            _fail_with(MARKER)
        except ValueError:
            logger.exception("saving failed")
    finally:
        logger.removeHandler(other)
    assert MARKER not in log_file.read_text("utf-8")


def test_the_command_line_reports_a_bug_without_its_message(tmp_path, capsys, monkeypatch):
    from desktop import cli

    root = logging.getLogger()
    level = root.level

    def broken(*_args):
        _fail_with(MARKER)

    monkeypatch.setattr(cli, "_check", broken)
    folder = tmp_path / "vault"
    folder.mkdir()
    try:
        code = cli.run(["check", "--data-dir", str(folder)])
    finally:
        for handler in [h for h in root.handlers if getattr(h, "casenotes", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    out, err = capsys.readouterr()
    assert code == cli.EXIT_FAULT
    assert "ValueError" in err and MARKER not in err and MARKER not in out
    logged = (log_dir(folder) / LOG_FILE_NAME).read_text("utf-8")
    assert "builtins.ValueError" in logged and MARKER not in logged
