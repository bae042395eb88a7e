"""Sign-in limits that slow a guesser without locking the caseworker out.

Two ledgers of failed attempts, each kept for a window:

* **Per client address** (an IPv6 /64 counts as one) — a few failures are free (an office behind one address mistypes too); after
  that the address must wait before its next attempt, twice as long after each further failure (429
  with Retry-After). Only this ledger ever refuses, so a guesser slows only its own address.
* **Per account name** — once a name has had a few failures from anywhere, every attempt on it is
  *answered later*: the server waits, then checks the key. The wait doubles with each failure up to a
  ceiling inside the desktop's timeout, so the right key still gets in during an attack, and knowing a
  caseworker's name is not enough to lock her out.

An attempt is written down as a failure when it is admitted, before its key is checked, so parallel
requests from one address cannot all slip in before the first is answered; a success takes back the
failures of that name from that address (a mistyped password followed by the right one costs nothing).
A success does *not* clear the address's failures on other names, or a guesser with an account of its
own could reset its limit by signing in to it between guesses.

Setting up a new account starts with a sign-in that fails (the desktop tries to join first, then
creates the name); creating a name forgives the failures recorded against that name, so an office that
sets up one caseworker after another is never counted as guessing. A failure on a name that does not
exist counts like any other: treating them differently would tell a prober which names exist.

The ledgers live in this process's memory: they start empty when the server restarts, and with
``casenotes-server --workers N`` each worker process keeps its own (``syncserver.serve`` says what that
costs). Each holds at most ``tracked_keys`` addresses or names (the least recently
used are forgotten first), so a flood of made-up names cannot exhaust memory.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

from syncserver.config import Settings

# Doubling a delay more often than this passes every sane ceiling (2**40 seconds), so a key needs to
# remember only its free failures and this many more.
_MAX_DOUBLINGS = 40


def address_key(host: str) -> str:
    """Whom the per-address limits count: an IPv4 address, or an IPv6 address's /64 network (one
    subscriber's share, which it can fill with as many addresses as it likes)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host  # not an IP address (a test client, a Unix socket): the name itself
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


@dataclass(frozen=True)
class Admission:
    """``retry_after`` > 0: refused (429) for ``reason``, nothing recorded. Otherwise wait ``delay``,
    then check the key."""

    retry_after: float
    delay: float
    reason: str = ""


class _Ledger:
    """Timed entries per key, oldest key forgotten first when there are too many keys."""

    def __init__(self, max_keys: int, per_key: int) -> None:
        self._entries: OrderedDict[str, deque[tuple[float, str]]] = OrderedDict()
        self._max_keys = max_keys
        self._per_key = per_key

    def recent(self, key: str, since: float) -> deque[tuple[float, str]]:
        entries = self._entries.get(key)
        if entries is None:
            return deque()
        while entries and entries[0][0] <= since:
            entries.popleft()
        if not entries:
            del self._entries[key]
        return entries

    def add(self, key: str, at: float, tag: str) -> None:
        entries = self._entries.setdefault(key, deque(maxlen=self._per_key))
        entries.append((at, tag))
        self._entries.move_to_end(key)
        while len(self._entries) > self._max_keys:
            self._entries.popitem(last=False)

    def drop(self, key: str, tag: str | None = None) -> None:
        """Forget ``key``'s entries tagged ``tag`` (all of them when ``tag`` is None)."""
        entries = self._entries.get(key)
        if entries is None:
            return
        kept = deque((e for e in entries if tag is not None and e[1] != tag), maxlen=self._per_key)
        if kept:
            self._entries[key] = kept
        else:
            del self._entries[key]

    def __len__(self) -> int:
        return len(self._entries)


class SignInGuard:
    """The two ledgers and the creation count; thread-safe, time from ``clock`` (seconds)."""

    def __init__(self, settings: Settings, clock: Callable[[], float] = time.monotonic) -> None:
        self._s = settings
        self._clock = clock
        self._lock = threading.Lock()
        keys = settings.tracked_keys
        # address -> (time, name) of failures; name -> (time, address) of failures
        self._by_address = _Ledger(keys, settings.address_free_failures + _MAX_DOUBLINGS + 1)
        self._by_name = _Ledger(keys, settings.account_free_failures + _MAX_DOUBLINGS + 1)
        self._creations = _Ledger(keys, settings.creations_per_address)  # address -> (time, name)

    def admit(self, address: str, name: str, creating: bool = False) -> Admission:
        """Decide about one attempt on ``name`` from ``address``; an admitted one counts as failed
        until ``succeeded`` or ``created`` says otherwise."""
        s = self._s
        with self._lock:
            now = self._clock()
            failures = self._by_address.recent(address, now - s.address_window_seconds)
            retry_after, reason = 0.0, ""
            if len(failures) >= s.address_free_failures:
                doublings = min(len(failures) - s.address_free_failures, _MAX_DOUBLINGS)
                wait = min(s.address_backoff_seconds * 2**doublings, s.address_backoff_max_seconds)
                last = max(at for at, _ in failures)
                retry_after = max(0.0, last + wait - now)
                reason = "too many failed sign-ins; wait and try again"
            if creating:
                made = self._creations.recent(address, now - s.address_window_seconds)
                if len(made) >= s.creations_per_address and retry_after <= 0:
                    retry_after = made[0][0] + s.address_window_seconds - now
                    reason = "too many accounts created from this address; wait and try again"
            if retry_after > 0:
                return Admission(retry_after, 0.0, reason)
            on_name = self._by_name.recent(name, now - s.account_window_seconds)
            delay = 0.0
            if len(on_name) >= s.account_free_failures:
                doublings = min(len(on_name) - s.account_free_failures, _MAX_DOUBLINGS)
                delay = min(s.account_delay_seconds * 2**doublings, s.account_delay_max_seconds)
            # The attempt happens when its key is checked, after the delay: the address's next wait
            # counts from then, as its owner sees it.
            self._by_address.add(address, now + delay, name)
            self._by_name.add(name, now + delay, address)
            return Admission(0.0, delay)

    def succeeded(self, address: str, name: str) -> None:
        """The right key for ``name`` came from ``address``: its failures on that name were typos."""
        with self._lock:
            self._by_address.drop(address, name)
            self._by_name.drop(name, address)

    def created(self, address: str, name: str) -> None:
        """``address`` created ``name``: every failure on the name was against a name nobody had."""
        with self._lock:
            self._by_address.drop(address, name)
            self._by_name.drop(name)
            self._creations.add(address, self._clock(), name)

    def tracked(self) -> tuple[int, int, int]:
        """How many addresses, names and creating addresses are remembered."""
        with self._lock:
            return len(self._by_address), len(self._by_name), len(self._creations)
