"""``casenotes-server``: start the sync server (SQLite file by default; PostgreSQL with --database-url);
``casenotes-server admin ...`` administers it (``syncserver.admin``)."""

from __future__ import annotations

import argparse
import os
import sys

from syncserver.config import DATABASE_URL_VARIABLE, DEFAULT_DATABASE_URL


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["admin"]:  # casenotes-server admin ...: syncserver/admin.py
        from syncserver.admin import main as admin

        return admin(argv[1:])
    parser = argparse.ArgumentParser(
        prog="casenotes-server",
        description="The Casenotes sync server.",
        epilog="Accounts, devices and keys: casenotes-server admin --help",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(DATABASE_URL_VARIABLE, DEFAULT_DATABASE_URL),
        help=f"SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db (default: ${DATABASE_URL_VARIABLE}, "
        "else a SQLite file here)",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--workers", type=_positive, default=1, help="worker processes (each keeps its own sign-in limits)"
    )
    args = parser.parse_args(argv)

    from syncserver.serve import configure_logging, migrate_database, run

    configure_logging()
    try:
        migrate_database(args.database_url)
    except Exception as exc:  # a bad URL or an unreachable database: one readable line
        # The message may hold the URL and its password: name the kind of fault only.
        print(
            f"casenotes-server: cannot open the database ({type(exc).__name__}); check --database-url",
            file=sys.stderr,
        )
        return 1
    run(args.database_url, args.host, args.port, args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
