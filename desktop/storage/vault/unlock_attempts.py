"""Failed unlock attempts, kept beside the vault until the next successful unlock.

The vault cannot be written while it is locked, so failures wait here (times only, nothing about any
person) and are moved into the audit log when the vault opens. Keeping them on disk also means that
restarting the program does not reset the delay between attempts.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop.storage.vault.atomic import write_private_file

log = logging.getLogger(__name__)

FILE_NAME = "unlock-attempts.json"


@dataclass
class AttemptLog:
    """Times (UNIX seconds) of failed attempts since the last successful unlock."""

    failures: list[float] = field(default_factory=list)

    @property
    def consecutive(self) -> int:
        """How many attempts failed in a row."""
        return len(self.failures)

    @property
    def last_failure(self) -> float | None:
        """When the newest failure happened."""
        return self.failures[-1] if self.failures else None


class UnlockAttemptStore:
    """Reads and writes ``unlock-attempts.json`` in the vault folder."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / FILE_NAME

    def load(self) -> AttemptLog:
        """The stored attempts; an unreadable file counts as none (and is logged)."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return AttemptLog([float(t) for t in data.get("failures", [])])
        except FileNotFoundError:
            return AttemptLog()
        except (ValueError, TypeError, AttributeError):
            log.warning("unlock attempts file unreadable; starting from zero")
            return AttemptLog()

    def record_failure(self, when: float) -> AttemptLog:
        """Add one failure and return the new state."""
        state = self.load()
        state.failures.append(when)
        if self.path.parent.exists():
            write_private_file(self.path, json.dumps({"failures": state.failures}).encode())
        return state

    def take(self) -> AttemptLog:
        """Return the stored failures and clear them (after a successful unlock)."""
        state = self.load()
        if state.failures:
            self.path.unlink(missing_ok=True)
        return state
