"""Entry point: ``python -m desktop`` and the ``casenotes`` console script."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Run a headless command, or the GUI when none is given."""
    # Every file this process creates (WAL, logs, exports) is private to the user unless said otherwise.
    if os.name == "posix":
        os.umask(0o077)
    from desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
