"""A keyring for the startup benchmark only: the cached data key in a plain JSON file.

The startup figure is "process start → caseload shown, key from the keychain cache" in a fresh
``python -m desktop`` process. An in-memory keyring cannot cross into that process, and the benchmark must
not touch the developer's or CI's real keychain, so the harness points keyring at this backend through
keyring's own environment variable and names a file in its temporary run folder:

    PYTHON_KEYRING_BACKEND=benchmarks.bench_keyring.BenchmarkKeyring
    CASENOTES_BENCH_KEYRING=/tmp/…/keyring.json

The key is stored in the clear, so this is only ever used for a throw-away vault of fictional people; the
program never selects it by itself (nothing under ``desktop/`` names it), and without the file variable it
refuses to work.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "CASENOTES_BENCH_KEYRING"
BACKEND_NAME = f"{__name__}.BenchmarkKeyring"


class BenchmarkKeyring(KeyringBackend):
    """Passwords in the JSON file named by ``CASENOTES_BENCH_KEYRING`` (benchmark vaults only)."""

    @properties.classproperty
    def priority(self) -> float:
        """Viable only when a benchmark names its file: keyring's own search for a backend (in a process
        that merely imported this module, e.g. a unit test of the harness) passes it over otherwise."""
        if not os.environ.get(FILE_ENV):
            raise RuntimeError(f"{FILE_ENV} is not set")
        return 1

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        named = path or os.environ.get(FILE_ENV)
        if not named:
            raise RuntimeError(f"{FILE_ENV} must name the benchmark's keyring file")
        self.path = Path(named)

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, entries: dict[str, str]) -> None:
        self.path.write_text(json.dumps(entries), "utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}/{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._save(entries)
