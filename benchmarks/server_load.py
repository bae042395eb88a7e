"""What one simulated computer does in the server's load test, and the summary of a run, without locust.

``benchmarks.bench_server`` runs these under locust (which patches the standard library with gevent when
it is imported); kept apart here, ``tests/server/test_server_load.py`` can drive a computer against the app
in-process and check the summary, so ``make test`` keeps them from rotting without starting a load test.
"""

from __future__ import annotations

import base64
import os
import random
import statistics
import uuid
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx

KDF = {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4}
RECORD_TYPES = ("citizen", "note", "goal")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass
class Computer:
    """One desktop's sync state: its device token, its feed cursor and the versions of its own records.

    Each cycle pushes a page: mostly new records, some edits of records this computer wrote before (on
    top of the version it knows, so they are accepted), as sealed-looking random bytes.
    """

    token: str
    page_size: int = 20
    edit_share: float = 0.3
    cursor: int = 0
    versions: dict[tuple[str, str], int] = field(default_factory=dict)
    rng: random.Random = field(default_factory=random.Random)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def push_body(self) -> dict:
        """The next push: a page of changes, each record once."""
        changes, chosen = [], set()
        known = list(self.versions)
        for _ in range(self.page_size):
            if known and self.rng.random() < self.edit_share:
                key = self.rng.choice(known)
                if key in chosen:
                    continue
            else:
                key = (self.rng.choice(RECORD_TYPES), str(uuid.uuid4()))
            chosen.add(key)
            blob = os.urandom(self.rng.randint(200, 1200) + 28)  # a sealed record: nonce, text, tag
            changes.append(
                {
                    "record_type": key[0],
                    "record_id": key[1],
                    "base_version": self.versions.get(key, 0),
                    "blob": _b64(blob),
                    "deleted": False,
                }
            )
        return {"request_id": str(uuid.uuid4()), "changes": changes}

    def pushed(self, answer: dict) -> tuple[int, int]:
        """Take in a push's answer; returns how many changes were accepted and how many conflicted."""
        accepted = conflicts = 0
        for result in answer["results"]:
            key = (result["record_type"], result["record_id"])
            self.versions[key] = result["version"]
            if result["status"] == "accepted":
                accepted += 1
            else:
                conflicts += 1
        return accepted, conflicts

    def feed_path(self, limit: int = 500) -> str:
        return f"/v1/changes?after={self.cursor}&limit={limit}"

    def pulled(self, feed: dict) -> int:
        """Take in a page of the feed (the next pull starts after it); returns its number of entries."""
        self.cursor = feed["cursor"]
        return len(feed["changes"])


def account_body(name: str, device: str) -> dict:
    """A new account as a desktop makes it (its keys random: nobody ever signs in with a password)."""
    return {
        "name": name,
        "vault_id": str(uuid.uuid4()),
        "auth_key": _b64(os.urandom(32)),
        "client_salt": _b64(os.urandom(16)),
        "kdf": dict(KDF),
        "wrapped_key": _b64(os.urandom(60)),
        "device_name": device,
    }


def prepare_devices(url: str, accounts: int, devices: int, threads: int = 16) -> list[str]:
    """Create ``accounts`` accounts with ``devices`` signed-in devices each; returns their tokens.

    Slow on purpose (the server hashes each auth key with scrypt), so it happens before the timed part.
    """

    def make(index: int) -> list[str]:
        # Each account from a loopback address of its own (127.0.1.2, ...), as each caseworker's computer:
        # the sign-in guard counts an attempt as failed until it succeeds, so many creations at once from
        # one address would look like guessing and be refused (429).
        address = f"127.0.{1 + index // 250}.{2 + index % 250}"
        transport = httpx.HTTPTransport(local_address=address, retries=2)
        with httpx.Client(base_url=url, transport=transport, timeout=60) as client:
            body = account_body(f"load-{index:05d}-{uuid.uuid4().hex[:6]}", "laptop-0")
            answer = client.post("/v1/accounts", json=body)
            answer.raise_for_status()
            tokens = [answer.json()["device_token"]]
            for number in range(1, devices):
                signed = client.post(
                    "/v1/sessions",
                    json={"name": body["name"], "auth_key": body["auth_key"], "device_name": f"pc-{number}"},
                )
                signed.raise_for_status()
                tokens.append(signed.json()["device_token"])
            return tokens

    with ThreadPoolExecutor(threads) as pool:
        return [token for tokens in pool.map(make, range(accounts)) for token in tokens]


@dataclass
class Tally:
    """Everything a run measured: each request's kind, time and outcome, and the records moved."""

    times_ms: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)  # what failed: a status, an exception's name
    records_pushed: int = 0
    records_pulled: int = 0
    conflicts: int = 0

    def request(self, kind: str, ms: float, ok: bool, reason: str = "") -> None:
        self.times_ms.setdefault(kind, []).append(ms)
        if not ok:
            self.errors[kind] = self.errors.get(kind, 0) + 1
            why = f"{kind}: {reason or 'failed'}"
            self.reasons[why] = self.reasons.get(why, 0) + 1


def percentile(values: Iterable[float], share: float) -> float:
    """The ``share`` quantile (0.5, 0.99) of ``values``, interpolated; 0 for none."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=1000, method="inclusive")[round(share * 1000) - 1]


def summarise(tally: Tally, seconds: float) -> dict:
    """Throughput, p50/p99 latency per kind of request and the error count of a run of ``seconds``."""
    kinds = {
        kind: {
            "requests": len(times),
            "errors": tally.errors.get(kind, 0),
            "per_s": round(len(times) / seconds, 1),
            "p50_ms": round(percentile(times, 0.5), 1),
            "p99_ms": round(percentile(times, 0.99), 1),
        }
        for kind, times in sorted(tally.times_ms.items())
    }
    requests = sum(len(times) for times in tally.times_ms.values())
    return {
        "seconds": round(seconds, 1),
        "requests": requests,
        "requests_per_s": round(requests / seconds, 1),
        "records_pushed_per_s": round(tally.records_pushed / seconds, 1),
        "records_pulled_per_s": round(tally.records_pulled / seconds, 1),
        "conflicts": tally.conflicts,
        "errors": sum(tally.errors.values()),
        "error_reasons": dict(sorted(tally.reasons.items(), key=lambda item: -item[1])[:10]),
        "by_kind": kinds,
    }
