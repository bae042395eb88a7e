"""Logging to a rotating file in the data folder: event names and ids only, never personal data.

An exception's message can quote citizen data (a ``KeyError`` names the missing key, a database error
quotes the row), so no exception message is ever written: not by ``log.exception``, not for a crash,
not on stderr. What is written is the exception's type and the code lines it passed through.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from desktop.paths import log_dir

# What ``sys.exc_info()`` gives, as ``logging.Formatter.formatException`` receives it.
_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]

LOG_FILE_NAME = "casenotes.log"
WITHHELD = "(message not logged: it may hold personal data)"

log = logging.getLogger("desktop.crash")


def describe_exception(exc: BaseException, tb: TracebackType | None = None) -> str:
    """A traceback of ``exc`` and the exceptions it was raised from, without any of their messages."""
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_tb = tb or exc.__traceback__
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, current_tb, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above exception was the direct cause of the following:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "During handling of the above exception, another occurred:"
        else:
            current = None
        current_tb = current.__traceback__ if current is not None else None
    parts: list[str] = []
    for error, error_tb, next_link in reversed(chain):
        if error_tb is not None:
            parts.append("Traceback (most recent call last):\n" + "".join(traceback.format_tb(error_tb)))
        parts.append(f"{type(error).__module__}.{type(error).__qualname__} {WITHHELD}\n")
        if next_link:
            parts.append(f"\n{next_link}\n\n")
    return "".join(parts).rstrip("\n")


class PrivacyFormatter(logging.Formatter):
    """Formats exceptions with ``describe_exception``: type names and code lines, never messages."""

    def formatException(self, ei: _ExcInfo) -> str:
        _type, exc, tb = ei
        return describe_exception(exc, tb) if exc is not None else str(_type)

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full text of the exception on the record: ignore it.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


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
    handler.setFormatter(PrivacyFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if getattr(h, "casenotes", False)]:
        root.removeHandler(old)
        old.close()
    handler.casenotes = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    # Alembic announces every plugin at INFO; only its warnings belong in our log.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def log_uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: an exception that escaped (a Qt slot, say) is logged without its message."""
    log.error("uncaught %s\n%s", exc_type.__name__, describe_exception(exc, tb))
    _tell_stderr(exc_type.__name__)


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """``sys.unraisablehook`` (an error in ``__del__``, or in a Qt virtual overridden in Python)."""
    exc_type = unraisable.exc_type
    if unraisable.exc_value is not None:
        text = describe_exception(unraisable.exc_value, unraisable.exc_traceback)
    else:
        text = f"{exc_type.__module__}.{exc_type.__qualname__}"
    log.error("unraisable %s\n%s", exc_type.__name__, text)  # the object's repr is left out too
    _tell_stderr(exc_type.__name__)


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: an exception that ended a thread."""
    if args.exc_type is SystemExit:
        return
    text = (
        describe_exception(args.exc_value, args.exc_traceback)
        if args.exc_value is not None
        else args.exc_type.__qualname__
    )
    log.error("uncaught %s in a thread\n%s", args.exc_type.__name__, text)
    _tell_stderr(args.exc_type.__name__)


def _tell_stderr(name: str) -> None:
    stream = sys.stderr
    if stream is None:  # a windowed build has no console
        return
    try:
        stream.write(
            f"casenotes: unexpected error ({name}); the log has the details, without personal data\n"
        )
        stream.flush()
    except (OSError, ValueError):
        pass


def install_crash_handlers() -> None:
    """Route every exception nobody caught (main thread, other threads, ``__del__``) through the log,
    without messages, instead of Python's default printing of the full text on stderr."""
    sys.excepthook = log_uncaught
    sys.unraisablehook = _log_unraisable
    threading.excepthook = _log_thread_exception
