"""``casenotes colleagues`` and ``casenotes transfer``: hand a citizen's file to a colleague headless.

The same service the program's *Mere → Overdrag til kollega…* uses (``services.transfers``); the vault
must sync with a server where the colleague has an account (``casenotes sync`` once on each side).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.policy import Policy
from desktop.errors import SyncNotSetUp, SyncOffline

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
    action.add_argument("--open", metavar="FILE", type=Path, help="put a .cntransfer file in your inbox")
    action.add_argument(
        "--take-receipt",
        metavar="FILE",
        type=Path,
        help="the colleague's .cnreceipt file: finish the handover",
    )
    action.add_argument(
        "--withdraw", action="store_true", help="take back the handover of --citizen not sent yet"
    )
    action.add_argument(
        "--reply", metavar="TRANSFER", help="answer a colleague's request for peer reflection"
    )
    transfer.add_argument("--citizen", metavar="ID", help="the citizen's id or CPR number (with --to)")
    transfer.add_argument(
        "--file",
        metavar="FILE",
        type=Path,
        help="with --to: write a .cntransfer file (USB stick) instead of sending",
    )
    transfer.add_argument(
        "--receipt-out",
        metavar="FILE",
        type=Path,
        help="with --accept/--decline of a file: write the .cnreceipt",
    )
    transfer.add_argument("--text", default="", help="with --reply: your reply")
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
    if (bool(args.to) or args.withdraw) != bool(args.citizen):
        return fail(
            "Give --citizen ID with --to NAME (to hand a file over) or with --withdraw, and only then."
        )
    if args.reply and not args.text.strip():
        return fail('Give your reply with --text "…".')
    session = unlock()
    try:
        services = _services(session, policy)
        transfers = services.transfers
        if args.citizen:
            matches = services.citizens.find(args.citizen)
            if len(matches) != 1:
                return fail(f"No single citizen has the id or CPR number {args.citizen!r}.")
            citizen_id = matches[0]
        if args.withdraw:
            taken = transfers.withdraw(citizen_id)
            print(
                "Withdrawn: the file stays here."
                if taken
                else "No handover of this citizen can be taken back."
            )
            return EXIT_OK
        if args.to and args.file:
            transfer_id = transfers.files.write(
                citizen_id, args.to, args.file, args.reason, not args.without_reflections
            )
            print(
                f"Wrote {args.file} ({transfer_id}); your copy is erased when the colleague's receipt file is taken in."
            )
            return EXIT_OK
        if args.to:
            transfer_id = transfers.hand_over(citizen_id, args.to, args.reason, not args.without_reflections)
            pending = transfers.pending_for(citizen_id)
            state = pending.state if pending else "answered"
            print(f"Handed over as {transfer_id}: {_STATES.get(state, state)}")
            return EXIT_OK
        if args.open:
            transfer_id = transfers.files.open(args.open)
            print(f"In your inbox as {transfer_id}:")
            for entry in transfers.waiting():
                if entry.id == transfer_id:
                    print(_waiting_line(entry))
            return EXIT_OK
        if args.take_receipt:
            print(round_line(transfers.files.take_receipt(args.take_receipt)))
            return EXIT_OK
        if args.accept or args.decline:
            if args.accept:
                citizen_id = transfers.accept(args.accept)
                print(f"Accepted: the citizen {citizen_id} is in your notebook.")
            else:
                transfers.decline(args.decline)
                print("Declined: the colleague keeps the file.")
            if args.receipt_out:
                transfers.files.write_receipt(args.accept or args.decline, args.receipt_out)
                print(f"Wrote your signed answer to {args.receipt_out}; give it to the colleague.")
            return EXIT_OK
        if args.reply:
            transfers.peers.reply(args.reply, args.text.strip())
            print("Replied; your answer goes to the colleague sealed.")
            return EXIT_OK
        done: TransferRound | None = None
        try:
            done = transfers.round()
        except (SyncNotSetUp, SyncOffline) as exc:
            print(f"Not sent or fetched now: {exc.message}")
        waiting = transfers.waiting()
    finally:
        session.lock()
    if done is not None:
        print(round_line(done))
    for entry in waiting:
        print(_waiting_line(entry))
    if args.inbox and not waiting:
        print("Nothing waits for you.")
    return EXIT_OK


_STATES = {
    "queued": "waiting to be sent (the server could not be reached; `casenotes transfer` sends it later)",
    "sent": "sent; your copy is erased when the colleague's signed receipt comes back",
}


def round_line(done: TransferRound) -> str:
    return (
        f"Transfers: {done.sent} sent, {done.fetched} received, {done.answered} answers sent, "
        f"{done.erased} handed over and erased here, {done.declined} declined, "
        f"{done.kept_changed} kept (changed here after sealing), {done.replies} peer replies"
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
    if entry.kind == "peer_request":
        return (
            f"{entry.id}  from {entry.sender} ({entry.sender_fingerprint}): a request for peer reflection"
            f"\n    Question: {entry.question}\n    Excerpt: {entry.excerpt}\n"
            f'    Reply: casenotes transfer --reply {entry.id} --text "…"'
        )
    return (
        f"{entry.id}  from {entry.sender} ({entry.sender_fingerprint}): {entry.citizen_name}, "
        f"{entry.records} records, sent {entry.sent_at[:10]}"
        + (f"; reason: {entry.reason}" if entry.reason else "")
    )


def _services(session: VaultSession, policy: Policy) -> Services:
    from desktop.services.registry import Services

    return Services.for_session(session, policy=policy)
