"""``casenotes-server``: start the sync server (SQLite file by default; PostgreSQL with --database-url);
``casenotes-server admin ...`` administers it (``syncserver.admin``)."""

from __future__ import annotations

import argparse
import logging
import sys

from syncserver.config import DEFAULT_DATABASE_URL, Settings


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
        default=DEFAULT_DATABASE_URL,
        help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)

    import uvicorn

    from syncserver.api import create_app

    try:
        app = create_app(Settings(database_url=args.database_url))
    except Exception as exc:  # a bad URL or an unreachable database: one readable line
        # The message may hold the URL and its password: name the kind of fault only.
        print(
            f"casenotes-server: cannot open the database ({type(exc).__name__}); check --database-url",
            file=sys.stderr,
        )
        return 1
    # Uvicorn's access log prints paths with query strings; ours prints route templates only.
    uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_level="info")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
