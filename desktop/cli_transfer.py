"""``casenotes colleagues`` and ``casenotes transfer``: hand a citizen's file to a colleague headless.

The same service the program's *Mere → Overdrag til kollega…* uses (``services.transfers``); the vault
must sync with a server where the colleague has an account (``casenotes sync`` once on each side).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.domain.policy import Policy

EXIT_OK = 0

if TYPE_CHECKING:
    from desktop.services.registry import Services
    from desktop.services.transfers import TransferRound, Waiting
    from desktop.services.vault_session import VaultSession


Unlock = Callable[[], "VaultSession"]
Fail = Callable[[str], int]


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The two commands, on the command line's parser."""
    colleagues = commands.add_parser(
        "colleagues",
        parents=[common],
        help="list the colleagues of the sync server with their fingerprints (and confirm a changed one)",
    )
    colleagues.add_argument("--confirm", metavar="NAME", help="trust NAME's new keys, after comparing")
    colleagues.add_argument(
        "--fingerprint", help="with --confirm: the number you compared with the colleague (in quotes)"
    )
    transfer = commands.add_parser(
        "transfer",
        parents=[common],
        help="hand a citizen's file to a colleague, or answer one handed to you (no option: send and fetch)",
    )
    action = transfer.add_mutually_exclusive_group()
    action.add_argument("--to", metavar="NAME", help="the colleague's account name (with --citizen)")
    action.add_argument("--inbox", action="store_true", help="list the files colleagues handed to you")
    action.add_argument("--accept", metavar="TRANSFER", help="take the file into your notebook")
    action.add_argument("--decline", metavar="TRANSFER", help="say no; the colleague keeps the file")
    transfer.add_argument("--citizen", metavar="ID", help="the citizen's id or CPR number (with --to)")
    transfer.add_argument("--reason", default="", help="why the file is handed over (kept in its history)")
    transfer.add_argument(
        "--without-reflections", action="store_true", help="leave your reflection log out of the file"
    )


def run_colleagues(unlock: Unlock, args: argparse.Namespace, policy: Policy, fail: Fail) -> int:
    """``unlock`` opens the vault (the command line's password handling); ``fail`` prints an error."""
    if args.confirm and not args.fingerprint:
        return fail('Give the number you compared with the colleague: --fingerprint "…".')
    session = unlock()
    try:
        transfers = _services(session, policy).transfers
        if args.confirm:
            transfers.confirm_colleague(args.confirm, " ".join(args.fingerprint.split()))
            print(f"Confirmed {args.confirm}'s new fingerprint.")
        found = transfers.colleagues()
    finally:
        session.lock()
    words = {"new": "not used yet", "pinned": "compared before", "changed": "CHANGED: compare before use"}
    for colleague in found:
        print(f"{colleague.account:<24} {colleague.fingerprint}   {words[colleague.state]}")
        if colleague.pinned_fingerprint:
            print(f"{'':<24} (was {colleague.pinned_fingerprint})")
    if not found:
        print("No colleague has published a key on this server yet.")
    return EXIT_OK


def run_transfer(unlock: Unlock, args: argparse.Namespace, policy: Policy, fail: Fail) -> int:
    """As ``run_colleagues``."""
    if bool(args.to) != bool(args.citizen):
        return fail("Give both --to NAME and --citizen ID to hand a file over.")
    session = unlock()
    try:
        services = _services(session, policy)
        transfers = services.transfers
        if args.to:
            matches = services.citizens.find(args.citizen)
            if len(matches) != 1:
                return fail(f"No single citizen has the id or CPR number {args.citizen!r}.")
            transfer_id = transfers.hand_over(matches[0], args.to, args.reason, not args.without_reflections)
            pending = transfers.pending_for(matches[0])
            state = pending.state if pending else "answered"
            print(f"Handed over as {transfer_id}: {_STATES.get(state, state)}")
            return EXIT_OK
        if args.accept:
            citizen_id = transfers.accept(args.accept)
            print(f"Accepted: the citizen {citizen_id} is in your notebook; the colleague gets your receipt.")
            return EXIT_OK
        if args.decline:
            transfers.decline(args.decline)
            print("Declined: the colleague keeps the file.")
            return EXIT_OK
        done = transfers.round()
        waiting = transfers.waiting()
    finally:
        session.lock()
    print(round_line(done))
    for entry in waiting:
        print(_waiting_line(entry))
    if args.inbox and not waiting:
        print("No file waits for you.")
    return EXIT_OK


_STATES = {
    "queued": "waiting to be sent (the server could not be reached; `casenotes transfer` sends it later)",
    "sent": "sent; your copy is erased when the colleague's signed receipt comes back",
}


def round_line(done: TransferRound) -> str:
    return (
        f"Transfers: {done.sent} sent, {done.fetched} received, {done.answered} answers sent, "
        f"{done.erased} handed over and erased here, {done.declined} declined, "
        f"{done.kept_changed} kept (changed here after sealing)"
    )


def _waiting_line(entry: Waiting) -> str:
    if entry.problem == "key_changed":
        return (
            f"{entry.id}  from {entry.sender}: the sender's fingerprint changed (was {entry.pinned_fingerprint}, "
            f"now {entry.sender_fingerprint}); compare, then: casenotes colleagues --confirm {entry.sender} "
            f'--fingerprint "{entry.sender_fingerprint}"'
        )
    if entry.problem:
        return f"{entry.id}  from {entry.sender}: cannot be opened ({entry.problem})"
    return (
        f"{entry.id}  from {entry.sender} ({entry.sender_fingerprint}): {entry.citizen_name}, "
        f"{entry.records} records, sent {entry.sent_at[:10]}"
        + (f"; reason: {entry.reason}" if entry.reason else "")
    )


def _services(session: VaultSession, policy: Policy) -> Services:
    from desktop.services.registry import Services

    return Services.for_session(session, policy=policy)
