"""Colleagues as the server's key directory lists them, checked against the keys pinned here.

A colleague's keys are pinned the first time a file goes to them or comes from them (trust on first
use, as Signal does); the fingerprint is shown so the two can compare it by phone or in person. When
the directory later lists other keys for the name, nothing is sealed to them and nothing signed by them
is opened until a person has compared the new fingerprint and confirmed it (``confirm``): a server
that swaps a key to read a file is caught here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from desktop.errors import ColleagueKeyChanged, ColleagueUnknown
from desktop.services.base import VaultService
from desktop.storage.records import transfers as stored
from desktop.sync.identity import PublicIdentity
from desktop.sync.transfer_client import Listed

NEW, PINNED, CHANGED = "new", "pinned", "changed"


@dataclass(frozen=True)
class Colleague:
    """A colleague in the directory: ``state`` is new (not pinned yet), pinned, or changed (the
    directory shows other keys than the pinned ones; ``pinned_fingerprint`` is the old number)."""

    account: str
    fingerprint: str
    state: str
    pinned_fingerprint: str | None = None


def pinned_identity(pin: stored.PinnedKey) -> PublicIdentity:
    return PublicIdentity(pin.receive, pin.sign)


class ColleagueKeys(VaultService):
    """The pinned keys of this vault, and how the directory's keys compare with them."""

    def compare(self, listed: list[Listed], own_account: str) -> list[Colleague]:
        """Every colleague of the directory (not oneself), by name, with their state here."""
        with self._vault.engine.connect() as conn:
            pins = stored.pinned_keys(conn)
        found = []
        for entry in sorted(listed, key=lambda e: e.account.casefold()):
            if entry.account == own_account:
                continue
            pin = pins.get(entry.account)
            fingerprint = entry.identity.fingerprint()
            if pin is None:
                found.append(Colleague(entry.account, fingerprint, NEW))
            elif pinned_identity(pin) == entry.identity:
                found.append(Colleague(entry.account, fingerprint, PINNED))
            else:
                found.append(
                    Colleague(entry.account, fingerprint, CHANGED, pinned_identity(pin).fingerprint())
                )
        return found

    def pinned(self) -> list[Colleague]:
        """The colleagues whose keys are pinned here, by name (for a handover on a USB stick, offline)."""
        with self._vault.engine.connect() as conn:
            pins = stored.pinned_keys(conn)
        return [
            Colleague(account, pinned_identity(pin).fingerprint(), PINNED)
            for account, pin in sorted(pins.items(), key=lambda item: item[0].casefold())
        ]

    def trusted(self, conn: Connection, account: str, listed: list[Listed] | None) -> PublicIdentity:
        """The colleague's keys to seal to or check against, inside the caller's transaction: the pinned
        ones when the directory (``None``: offline) agrees or is not at hand; the directory's, pinned
        now, at first use. ``ColleagueKeyChanged`` when they differ; ``ColleagueUnknown`` when neither
        knows the name."""
        pin = stored.pinned_key(conn, account)
        entry = next((e for e in listed or [] if e.account == account), None)
        if pin is not None:
            kept = pinned_identity(pin)
            if entry is not None and entry.identity != kept:
                raise ColleagueKeyChanged(account, kept.fingerprint(), entry.identity.fingerprint())
            return kept
        if entry is None:
            raise ColleagueUnknown(account)
        stored.pin_key(conn, account, entry.identity.receive, entry.identity.sign)
        self._log(
            conn,
            "colleague.key_pinned",
            detail={"account": account, "fingerprint": entry.identity.fingerprint()},
        )
        return entry.identity

    def confirm(self, account: str, fingerprint: str, listed: list[Listed]) -> None:
        """Pin the directory's keys for ``account`` after a person compared ``fingerprint`` with the
        colleague; refused (``ColleagueKeyChanged``) when the directory now shows another number."""
        entry = next((e for e in listed if e.account == account), None)
        if entry is None:
            raise ColleagueUnknown(account)
        presented = entry.identity.fingerprint()
        with self._vault.transaction() as conn:
            pin = stored.pinned_key(conn, account)
            if presented != fingerprint:
                old = pinned_identity(pin).fingerprint() if pin else ""
                raise ColleagueKeyChanged(account, old, presented)
            stored.pin_key(conn, account, entry.identity.receive, entry.identity.sign)
            self._log(conn, "colleague.key_confirmed", detail={"account": account, "fingerprint": presented})
