"""Reading many rows by key: ``WHERE column IN (…)`` in chunks SQLite's parameter limit allows.

The statement goes to the driver as it is (``?`` placeholders), without SQLAlchemy's ``text()``
parsing, which cost more than the query itself for a first sync's tens of thousands of rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection

CHUNK = 500


def select_in(conn: Connection, sql: str, values: Sequence[Any], leading: tuple = ()) -> Iterator[tuple]:
    """Rows of ``sql`` whose ``{in}`` marker becomes ``?, ?, …`` for each chunk of ``values``.

    ``sql`` is a constant of the calling module; ``leading`` are the parameters before the list.
    """
    for start in range(0, len(values), CHUNK):
        chunk = tuple(values[start : start + CHUNK])
        # fetchall: one call into the driver per chunk, not one per row
        yield from conn.exec_driver_sql(
            sql.replace("{in}", ", ".join("?" * len(chunk))), leading + chunk
        ).fetchall()
