"""``casenotes-server admin``: what an administrator of a jobcentre's server does by hand.

List the accounts and their devices, disable an account (a caseworker who left: its devices and
sign-ins are refused, it leaves the directory, nothing of it is deleted) or enable it again, revoke a
lost device or all of an account's devices, and print the key directory with each key's fingerprint,
the same digits the desktop shows, so a caseworker can read them to the administrator to compare.

The commands are plain functions over an Engine (the tests call them directly); ``main`` prints them
as tables. Nothing printed or logged holds the database URL (it may carry a password) or a secret.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, and_, case, func, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from syncserver.config import DEFAULT_DATABASE_URL
from syncserver.db import account, device, identity_key, make_engine
from syncserver.migrate import MIGRATIONS_DIR
from syncserver.routes.context import now_iso

log = logging.getLogger("syncserver")

# The desktop's fingerprint (desktop/sync/identity.py, PublicIdentity.fingerprint), written out again
# because the server shares no code with it; tests/server/test_admin.py checks that the two agree.
_FINGERPRINT_LABEL = b"casenotes-identity/1"
_GROUPS = 6


class AdminError(Exception):
    """A command that cannot be done as asked; the message is one sentence for the administrator."""


@dataclass(frozen=True)
class AccountSummary:
    name: str
    created_at: str
    active_devices: int
    revoked_devices: int
    last_seen_at: str | None
    disabled_at: str | None
    identity_published: bool


@dataclass(frozen=True)
class DeviceSummary:
    id: str
    name: str
    created_at: str
    last_seen_at: str | None
    revoked_at: str | None


@dataclass(frozen=True)
class DirectoryLine:
    name: str
    published_at: str
    fingerprint: str


def fingerprint(receive: bytes, sign: bytes) -> str:
    """Six groups of five digits for an identity's two public keys (as the desktop prints them)."""
    digest = hashlib.sha256(_FINGERPRINT_LABEL + receive + sign).digest()
    groups = (int.from_bytes(digest[5 * i : 5 * i + 5], "big") % 100_000 for i in range(_GROUPS))
    return " ".join(f"{group:05d}" for group in groups)


def list_accounts(engine: Engine) -> list[AccountSummary]:
    """Every account, by name, with its devices counted and when one of them was last seen."""
    active = func.sum(case((device.c.revoked_at.is_(None), 1), else_=0))
    revoked = func.sum(case((device.c.revoked_at.is_not(None), 1), else_=0))
    per_account = (
        select(
            device.c.account_id,
            active.label("active"),
            revoked.label("revoked"),
            func.max(device.c.last_seen_at).label("last_seen_at"),
        )
        .group_by(device.c.account_id)
        .subquery()
    )
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                account.c.name,
                account.c.created_at,
                account.c.disabled_at,
                per_account.c.active,
                per_account.c.revoked,
                per_account.c.last_seen_at,
                identity_key.c.account_id.label("published"),
            )
            .outerjoin(per_account, per_account.c.account_id == account.c.id)
            .outerjoin(identity_key, identity_key.c.account_id == account.c.id)
            .order_by(account.c.name)
        ).all()
    return [
        AccountSummary(
            name=r.name,
            created_at=r.created_at,
            active_devices=int(r.active or 0),
            revoked_devices=int(r.revoked or 0),
            last_seen_at=r.last_seen_at,
            disabled_at=r.disabled_at,
            identity_published=r.published is not None,
        )
        for r in rows
    ]


def set_disabled(engine: Engine, name: str, disabled: bool) -> bool:
    """Disable (or enable) the account; False if it already was. Disabling keeps its devices as they
    are, so enabling it again lets them back in."""
    with engine.begin() as conn:
        account_id, disabled_at = _account(conn, name)
        if (disabled_at is not None) == disabled:
            return False
        conn.execute(
            update(account)
            .where(account.c.id == account_id)
            .values(disabled_at=now_iso() if disabled else None)
        )
    event = "admin.account_disabled" if disabled else "admin.account_enabled"
    log.info(json.dumps({"event": event, "account": account_id}))
    return True


def list_devices(engine: Engine, name: str) -> list[DeviceSummary]:
    """The account's devices, oldest first, revoked ones included."""
    with engine.connect() as conn:
        account_id, _ = _account(conn, name)
        rows = conn.execute(
            select(
                device.c.id, device.c.name, device.c.created_at, device.c.last_seen_at, device.c.revoked_at
            )
            .where(device.c.account_id == account_id)
            .order_by(device.c.created_at, device.c.id)
        ).all()
    return [DeviceSummary(r.id, r.name, r.created_at, r.last_seen_at, r.revoked_at) for r in rows]


def revoke(engine: Engine, name: str, device_id: str | None) -> int:
    """Revoke one device of the account (``device_id``) or all of them (None); how many were revoked
    now (a device revoked before keeps its time)."""
    with engine.begin() as conn:
        account_id, _ = _account(conn, name)
        mine = device.c.account_id == account_id
        if device_id is not None:
            known = conn.execute(select(device.c.id).where(and_(mine, device.c.id == device_id))).first()
            if known is None:
                raise AdminError(f"{name} has no device {device_id}")
            mine = and_(mine, device.c.id == device_id)
        revoked = conn.execute(
            update(device).where(and_(mine, device.c.revoked_at.is_(None))).values(revoked_at=now_iso())
        ).rowcount
    log.info(
        json.dumps(
            {"event": "admin.devices_revoked", "account": account_id, "device": device_id, "count": revoked}
        )
    )
    return revoked


def directory(engine: Engine) -> list[DirectoryLine]:
    """Every published identity, by account name, with its fingerprint."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(account.c.name, identity_key.c.published_at, identity_key.c.receive, identity_key.c.sign)
            .join(account, account.c.id == identity_key.c.account_id)
            .order_by(account.c.name)
        ).all()
    return [DirectoryLine(r.name, r.published_at, fingerprint(r.receive, r.sign)) for r in rows]


def _account(conn: Connection, name: str) -> tuple[str, str | None]:
    row = conn.execute(select(account.c.id, account.c.disabled_at).where(account.c.name == name)).first()
    if row is None:
        raise AdminError(f"there is no account named {name!r}")
    return row.id, row.disabled_at


def main(argv: Sequence[str] | None = None) -> int:
    """``casenotes-server admin [--database-url URL] <command>``: print the answer, 1 on an error."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    try:
        engine = _open(args.database_url)
    except AdminError as exc:
        return _fail(str(exc))
    try:
        _run(engine, args)
    except AdminError as exc:
        return _fail(str(exc))
    except SQLAlchemyError as exc:  # the message may hold the URL: name the kind of fault only
        return _fail(f"the database failed ({type(exc).__name__})")
    finally:
        engine.dispose()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casenotes-server admin", description="Administer the sync server.")
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL, help="as for casenotes-server")
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    commands.add_parser("accounts", help="list the accounts")
    for command, what in (
        ("disable", "refuse the account's devices and sign-ins"),
        ("enable", "undo disable"),
    ):
        commands.add_parser(command, help=what).add_argument("name")
    commands.add_parser("devices", help="list an account's devices").add_argument("name")
    revoking = commands.add_parser("revoke", help="sign one device, or all, of an account out for good")
    revoking.add_argument("name")
    which = revoking.add_mutually_exclusive_group(required=True)
    which.add_argument("device_id", nargs="?", help="the device's id (see: devices NAME)")
    which.add_argument("--all", action="store_true", help="every device of the account")
    commands.add_parser("directory", help="the published identity keys and their fingerprints")
    return parser


def _open(url: str) -> Engine:
    """An engine on the server's database, refused if it is not there or not at this schema (the
    server migrates it when it starts; an administrator's typo must not create an empty database)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise AdminError("the --database-url is not a database URL") from None
    database = parsed.database or ""
    if (
        parsed.get_backend_name() == "sqlite"
        and database not in ("", ":memory:")
        and not Path(database).exists()
    ):
        raise AdminError("there is no SQLite database file at the --database-url")
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    try:
        engine = make_engine(url)
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except Exception as exc:  # a driver missing, a server unreachable, a wrong password: never the URL
        raise AdminError(f"cannot open the database ({type(exc).__name__}); check --database-url") from None
    if current != head:
        engine.dispose()
        raise AdminError("the database is not at this version's schema; start casenotes-server once first")
    return engine


def _run(engine: Engine, args: argparse.Namespace) -> None:
    if args.command == "accounts":
        _table(
            ("name", "created", "devices (active/revoked)", "last seen", "disabled", "identity key"),
            [
                (
                    a.name,
                    _when(a.created_at),
                    f"{a.active_devices}/{a.revoked_devices}",
                    _when(a.last_seen_at),
                    _when(a.disabled_at) if a.disabled_at else "no",
                    "published" if a.identity_published else "none",
                )
                for a in list_accounts(engine)
            ],
        )
    elif args.command in ("disable", "enable"):
        changed = set_disabled(engine, args.name, args.command == "disable")
        print(f"{args.name}: {args.command}d" if changed else f"{args.name} was already {args.command}d")
    elif args.command == "devices":
        _table(
            ("id", "name", "created", "last seen", "revoked"),
            [
                (d.id, d.name, _when(d.created_at), _when(d.last_seen_at), _when(d.revoked_at) or "no")
                for d in list_devices(engine, args.name)
            ],
        )
    elif args.command == "revoke":
        count = revoke(engine, args.name, None if args.all else args.device_id)
        print(f"{args.name}: {count} device{'s' if count != 1 else ''} revoked")
    elif args.command == "directory":
        _table(
            ("name", "published", "fingerprint"),
            [(d.name, _when(d.published_at), d.fingerprint) for d in directory(engine)],
        )


def _when(iso: str | None) -> str:
    """A stored time to the minute ("2026-01-31 14:05"), or "" for none."""
    return iso[:16].replace("T", " ") if iso else ""


def _table(header: Sequence[str], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=False)]
    for line in (header, *rows):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    if not rows:
        print("(none)")


def _fail(message: str) -> int:
    print(f"casenotes-server admin: {message}", file=sys.stderr)
    return 1
