"""Administrator policy: settings the municipality's IT fixes for every user of a computer.

The policy is a TOML file in a place only an administrator can write (see ``desktop.paths.policy_path``;
``$CASENOTES_POLICY_FILE`` points elsewhere, for tests). Every key is optional; a key that is missing
leaves that setting to the user. A setting the policy fixes is shown as "Set by your organisation" and
cannot be changed in the program::

    # /etc/casenotes/policy.toml (Windows: %PROGRAMDATA%\\Casenotes\\policy.toml,
    # macOS: /Library/Application Support/Casenotes/policy.toml)
    idle_lock_minutes = 5            # lock after this many minutes without activity (1–60)
    allow_remember = false           # may the key be remembered in the OS keychain? (true/false)
    case_retention_years = 5         # keep a case this many years after it is closed (1–30)
    log_retention_months = 12        # keep the access log this many months (6–120; never below 6)
    sync_server = "https://sync.kommune.dk"   # the only sync server allowed (https://)

A value of the wrong type or out of range makes the whole file invalid (``PolicyError`` naming the file,
the key and the problem): the program then refuses to start rather than run without the policy. So does
a known key under a ``[section]`` (or ``[[section]]``, or a dotted name such as ``casenotes.allow_remember``):
TOML puts it in that table, where the program does not look, and ignoring it would leave the setting
to the user while the administrator believes it fixed. Keys and sections the program does not know are
ignored with a warning in the log (a newer policy on an older program).
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import urlsplit

from desktop.errors import PolicyError

log = logging.getLogger(__name__)

DEFAULT_CASE_RETENTION_YEARS = 5
DEFAULT_LOG_RETENTION_MONTHS = 6
MIN_LOG_RETENTION_MONTHS = 6

IDLE_LOCK_RANGE = (1, 60)
CASE_RETENTION_RANGE = (1, 30)
LOG_RETENTION_RANGE = (MIN_LOG_RETENTION_MONTHS, 120)


@dataclass(frozen=True)
class Policy:
    """The settings an administrator fixes; ``None`` leaves a setting to the user.

    ``source`` is the file the policy came from ("" when there is none).
    """

    idle_lock_minutes: int | None = None
    allow_remember: bool | None = None
    case_retention_years: int | None = None
    log_retention_months: int | None = None
    sync_server: str | None = None
    source: str = ""

    def fixes(self, name: str) -> bool:
        """Whether the policy sets ``name`` (a field name such as ``"idle_lock_minutes"``)."""
        return name in _SETTINGS and getattr(self, name) is not None

    @property
    def is_empty(self) -> bool:
        """True when the policy fixes nothing."""
        return not any(self.fixes(name) for name in _SETTINGS)


_SETTINGS = tuple(f.name for f in fields(Policy) if f.name != "source")


def parse_policy(text: str, source: str) -> Policy:
    """The policy in ``text`` (TOML) read from the file ``source``; ``PolicyError`` if anything is wrong."""
    import tomllib  # only where there is a policy file: not every start pays for the parser

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(source, "", f"is not valid TOML ({exc})") from None
    values: dict[str, Any] = {}
    for key, value in data.items():
        check = _CHECKS.get(key)
        if check is None:
            _refuse_known_keys_inside(source, value, key, array=False)
            log.warning("policy: unknown key ignored: %s", key)
            continue
        values[key] = check(source, key, value)
    return Policy(**values, source=source)


def _refuse_known_keys_inside(source: str, value: Any, path: str, array: bool) -> None:
    """Refuse a setting the program knows that sits in a table (``[section]``, ``[[section]]``, a dotted
    name or an inline table): the program reads the top of the file only, and an administrator who wrote
    ``[casenotes]`` above ``idle_lock_minutes = 1`` must not believe the computer locks after a minute."""
    tables = value if isinstance(value, list) else [value]
    array = array or isinstance(value, list)
    for table in tables:
        if not isinstance(table, dict):
            continue
        for key, inner in table.items():
            if key in _CHECKS:
                where = f"[[{path}]]" if array else f"[{path}]"
                raise PolicyError(
                    source,
                    key,
                    f"is under {where}, where it has no effect: put the keys at the top of the file, "
                    "before any [section] and without a dotted name",
                )
            _refuse_known_keys_inside(source, inner, f"{path}.{key}", array)


def acceptable_sync_server(address: str) -> bool:
    """HTTPS to a named host, or plain HTTP to this computer only (loopback); no user name, query or
    fragment in the address."""
    try:
        parts = urlsplit(address)
        host = parts.hostname
        parts.port  # noqa: B018 - a malformed port raises here
    except ValueError:
        return False
    if not host or parts.username is not None or parts.query or parts.fragment:
        return False
    if parts.scheme == "https":
        return True
    return parts.scheme == "http" and _is_loopback(host)


def normalise_server(address: str) -> str:
    """The form a server address is stored and compared in: no spaces, no trailing slash."""
    return address.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _whole_number(low: int, high: int, unit: str) -> Callable[[str, str, Any], int]:
    def check(source: str, key: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise PolicyError(
                source, key, f"must be a whole number of {unit} from {low} to {high} (found {_shown(value)})"
            )
        if not low <= value <= high:
            raise PolicyError(source, key, f"must be from {low} to {high} {unit} (found {value})")
        return value

    return check


def _yes_no(source: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise PolicyError(source, key, f"must be true or false, without quotes (found {_shown(value)})")
    return value


def _server(source: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise PolicyError(source, key, f"must be an address in quotes (found {_shown(value)})")
    address = normalise_server(value)
    if not acceptable_sync_server(address):
        raise PolicyError(
            source,
            key,
            f"must be an https:// address of a server (plain http:// only to this computer) "
            f"(found {_shown(value)})",
        )
    return address


def _shown(value: Any) -> str:
    """A value as the administrator wrote it, short enough for one line."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = f'"{value}"'
    elif isinstance(value, dict):
        text = "a table"
    elif isinstance(value, list):
        text = "a list"
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


_CHECKS = {
    "idle_lock_minutes": _whole_number(*IDLE_LOCK_RANGE, "minutes"),
    "allow_remember": _yes_no,
    "case_retention_years": _whole_number(*CASE_RETENTION_RANGE, "years"),
    "log_retention_months": _whole_number(*LOG_RETENTION_RANGE, "months"),
    "sync_server": _server,
}
assert set(_CHECKS) == set(_SETTINGS)
