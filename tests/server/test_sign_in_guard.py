"""Sign-in limits slow the guesser, not the caseworker.

One address that keeps failing waits longer and longer (429 with Retry-After); an account under attack
answers more slowly but still lets the right key in; an office that sets up one account after another
from behind one address is never counted as guessing; and creating an account that exists answers
exactly as a failed sign-in does. Time is a fake clock: the waits are recorded, not slept.
"""

from __future__ import annotations

import hashlib

from syncserver.config import Settings
from syncserver.sign_in_guard import SignInGuard, address_key
from tests.server.api_helpers import (
    account_body,
    account_count,
    b64,
    new_account,
    sign_in_body,
)

ATTACKER = "203.0.113.66"
OWNER = "198.51.100.7"
OFFICE = "192.0.2.10"
WRONG = sign_in_body(auth=b"w" * 32, device="stolen")


def test_an_attacker_from_one_address_cannot_lock_the_owner_out(client_at, clock):
    attacker, owner = client_at(ATTACKER), client_at(OWNER)
    new_account(owner)
    statuses = [attacker.post("/v1/sessions", json=WRONG).status_code for _ in range(12)]
    assert statuses[:3] == [401, 401, 401] and set(statuses[3:]) == {429}

    assert (
        attacker.post("/v1/sessions", json=sign_in_body()).status_code == 429
    )  # it waits, whatever it sends

    signed = owner.post("/v1/sessions", json=sign_in_body())
    assert signed.status_code == 201, signed.text


def test_the_right_key_gets_in_during_an_attack_from_many_addresses(client_at, clock, settings):
    new_account(client_at(OWNER))
    for n in range(8):  # a botnet: each address stays under its own limit
        bot = client_at(f"203.0.113.{n}")
        assert [bot.post("/v1/sessions", json=WRONG).status_code for _ in range(2)] == [401, 401]
    clock.waits.clear()

    owner = client_at("198.51.100.99")
    signed = owner.post("/v1/sessions", json=sign_in_body())
    assert signed.status_code == 201, signed.text
    # The account answered slowly, at most the configured longest delay, and then let the owner in.
    assert clock.waits == [settings.account_delay_max_seconds]

    guess = client_at("203.0.113.200").post("/v1/sessions", json=WRONG)
    assert guess.status_code == 401  # slowed, never a lock-out answer for the account
    assert clock.waits[-1] == settings.account_delay_max_seconds


def test_the_account_delay_grows_with_recent_failures_and_fades(client_at, clock, settings):
    new_account(client_at(OWNER))
    delays = []
    for n in range(6):
        clock.waits.clear()
        assert client_at(f"203.0.113.{n}").post("/v1/sessions", json=WRONG).status_code == 401
        delays.append(sum(clock.waits))
    base = settings.account_delay_seconds
    assert delays == [0, 0, base, 2 * base, 4 * base, 8 * base]

    clock.advance(settings.account_window_seconds + 1)
    clock.waits.clear()
    assert client_at(OWNER).post("/v1/sessions", json=sign_in_body()).status_code == 201
    assert clock.waits == []


def test_an_address_that_keeps_guessing_waits_twice_as_long_each_time(client_at, clock, settings):
    new_account(client_at(OWNER))
    attacker = client_at(ATTACKER)
    for _ in range(3):
        assert attacker.post("/v1/sessions", json=WRONG).status_code == 401
    waits = []
    for _ in range(4):
        refused = attacker.post("/v1/sessions", json=WRONG)
        assert refused.status_code == 429
        assert refused.json() == {"detail": "too many failed sign-ins; wait and try again"}
        waits.append(int(refused.headers["Retry-After"]))
        clock.advance(waits[-1])
        assert attacker.post("/v1/sessions", json=WRONG).status_code == 401
    base = settings.address_backoff_seconds
    assert waits == [base, 2 * base, 4 * base, 8 * base]


def test_parallel_guesses_from_one_address_do_not_slip_past_the_limit(settings, clock):
    guard = SignInGuard(settings, clock=clock)
    # Ten requests that all arrive before any of them is answered: each counts as a failure until it
    # succeeds, so only the free ones get through.
    admissions = [guard.admit(ATTACKER, "lene") for _ in range(10)]
    assert sum(a.retry_after == 0 for a in admissions) == settings.address_free_failures


def test_many_set_ups_from_one_office_address_all_work(client_at, settings):
    office = client_at(OFFICE)
    outcomes = []
    for n in range(3 * settings.address_free_failures + 4):
        name = f"sagsbehandler{n}"
        # What the desktop does for a new name: ask, try to sign in, then create the account.
        assert office.post("/v1/prelogin", json={"name": name}).status_code == 200
        tried = office.post("/v1/sessions", json=sign_in_body(name=name))
        created = office.post("/v1/accounts", json=account_body(name=name))
        outcomes.append((tried.status_code, created.status_code))
    assert outcomes == [(401, 201)] * len(outcomes)
    # Nothing was held against the office: a mistyped password later is an ordinary failure.
    assert (
        office.post("/v1/sessions", json=sign_in_body(name="sagsbehandler0", auth=b"w" * 32)).status_code
        == 401
    )


def test_a_mistyped_password_followed_by_the_right_one_is_forgiven(client_at, settings):
    laptop = client_at(OFFICE)
    new_account(laptop)
    for _ in range(4):
        for _ in range(settings.address_free_failures - 1):
            assert laptop.post("/v1/sessions", json=WRONG).status_code == 401
        assert laptop.post("/v1/sessions", json=sign_in_body()).status_code == 201


def test_creating_an_existing_account_with_another_key_is_a_failed_sign_in(client_at):
    new_account(client_at(OWNER))
    prober = client_at(ATTACKER)
    failed_create = prober.post("/v1/accounts", json=account_body(auth=b"w" * 32, device="stolen"))
    failed_sign_in = prober.post("/v1/sessions", json=WRONG)
    assert failed_create.status_code == failed_sign_in.status_code == 401
    assert failed_create.content == failed_sign_in.content
    assert _headers(failed_create) == _headers(failed_sign_in)
    # It counts as one: the address is now at its limit, whichever way it asks.
    assert prober.post("/v1/accounts", json=account_body(auth=b"v" * 32)).status_code == 401
    assert prober.post("/v1/accounts", json=account_body(auth=b"u" * 32)).status_code == 429
    assert prober.post("/v1/sessions", json=WRONG).status_code == 429


def test_a_failed_create_of_an_existing_name_does_the_same_work_as_a_failed_sign_in(client_at, monkeypatch):
    new_account(client_at(OWNER))
    calls = []
    real = hashlib.scrypt
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: calls.append(1) or real(*a, **k))
    counts = {}
    for label, path, body in [
        ("sign-in, known name", "/v1/sessions", WRONG),
        ("sign-in, unknown name", "/v1/sessions", sign_in_body(name="nobody", auth=b"w" * 32)),
        ("create, known name", "/v1/accounts", account_body(auth=b"w" * 32)),
    ]:
        calls.clear()
        assert client_at(f"192.0.2.{len(counts) + 50}").post(path, json=body).status_code == 401
        counts[label] = len(calls)
    assert set(counts.values()) == {1}, counts


def test_creating_the_same_account_again_with_its_key_signs_in(client, server_engine):
    first = new_account(client)
    again = client.post("/v1/accounts", json=account_body(wrapped_key=b64(b"another-wrapping")))
    assert again.status_code == 201, again.text
    body = again.json()
    assert body["account_id"] == first["account_id"] and body["vault_id"] == first["vault_id"]
    assert body["wrapped_key"] == b64(b"wrapped-sync-key")  # what is stored, not what was sent again
    assert body["device_token"] != first["device_token"]
    assert account_count(server_engine) == 1


def test_account_creation_per_address_is_limited(client_at, settings):
    busy = client_at(ATTACKER)
    statuses = [
        busy.post("/v1/accounts", json=account_body(name=f"squat{n}")).status_code
        for n in range(settings.creations_per_address + 1)
    ]
    assert statuses == [201] * settings.creations_per_address + [429]
    refused = busy.post("/v1/accounts", json=account_body(name="squat-again"))
    assert refused.json()["detail"] == "too many accounts created from this address; wait and try again"
    assert 0 < int(refused.headers["Retry-After"]) <= settings.address_window_seconds
    assert client_at(OFFICE).post("/v1/accounts", json=account_body(name="lene")).status_code == 201


def test_the_guard_forgets_the_oldest_entries_beyond_its_size(clock):
    guard = SignInGuard(Settings(tracked_keys=100), clock=clock)
    for n in range(1000):
        guard.admit(f"10.0.{n // 250}.{n % 250}", f"name{n}", creating=True)
    assert all(size <= 100 for size in guard.tracked()), guard.tracked()


def _headers(answer):
    return {k: v for k, v in answer.headers.items() if k not in {"date"}}


def test_signing_in_to_an_own_account_does_not_reset_an_address_that_guesses(client_at, settings):
    new_account(client_at(OWNER))
    attacker = client_at(ATTACKER)
    new_account(attacker, name="mallory", auth=b"m" * 32)
    for _ in range(settings.address_free_failures - 1):
        assert attacker.post("/v1/sessions", json=WRONG).status_code == 401
    own = sign_in_body(name="mallory", auth=b"m" * 32)
    assert attacker.post("/v1/sessions", json=own).status_code == 201
    assert attacker.post("/v1/sessions", json=WRONG).status_code == 401
    assert attacker.post("/v1/sessions", json=WRONG).status_code == 429


def test_the_recovery_key_signs_in_from_anywhere(client_at):
    new_account(client_at(OWNER))
    recovery = sign_in_body(auth=b"r" * 32, method="recovery", device="new laptop")
    assert client_at(OFFICE).post("/v1/sessions", json=recovery).status_code == 201


def test_the_addresses_of_one_ipv6_network_share_one_limit(client_at, settings):
    new_account(client_at(OWNER))
    statuses = [
        client_at(f"2001:db8:1:2::{n:x}").post("/v1/sessions", json=WRONG).status_code
        for n in range(settings.address_free_failures + 1)
    ]
    assert statuses == [401] * settings.address_free_failures + [429]
    assert client_at("2001:db8:1:3::1").post("/v1/sessions", json=sign_in_body()).status_code == 201
    assert address_key("::ffff:192.0.2.1") == "192.0.2.1" and address_key("testclient") == "testclient"
