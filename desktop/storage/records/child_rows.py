"""Replacing the ordered children of a record (a note's agreements, a goal's activities) in place.

The row at each position keeps its id when the list is saved again, so an edit is an update of that
row, not a deletion and a new row. That matters for sync: two devices editing the same note change the
same agreement rows, which merge field by field, instead of each adding a fresh copy of every row.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, text


def replace_children(
    conn: Connection,
    table: str,
    parent_column: str,
    parent_id: str,
    rows: list[dict],
    created_at: str | None = None,
) -> None:
    """Store ``rows`` (dicts of column values with ``position`` set) as the children of ``parent_id``;
    a new row also gets ``created_at`` when one is given.

    ``table`` and ``parent_column`` are constants of the calling module, never user input.
    """
    existing = [
        r[0]
        for r in conn.execute(
            text(f"SELECT id FROM {table} WHERE {parent_column} = :parent ORDER BY position, id"),  # noqa: S608
            {"parent": parent_id},
        )
    ]
    for index, row in enumerate(rows):
        values = {**row, parent_column: parent_id}
        columns = sorted(values)
        if index < len(existing):
            assignments = ", ".join(f"{c} = :{c}" for c in columns)
            conn.execute(
                text(f"UPDATE {table} SET {assignments} WHERE id = :id"),  # noqa: S608
                {**values, "id": existing[index]},
            )
        else:
            if created_at is not None:
                values["created_at"] = created_at
                columns = sorted(values)
            conn.execute(
                text(
                    f"INSERT INTO {table} (id, {', '.join(columns)}) "  # noqa: S608
                    f"VALUES (:id, {', '.join(':' + c for c in columns)})"
                ),
                {**values, "id": str(uuid.uuid4())},
            )
    for surplus in existing[len(rows) :]:
        conn.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": surplus})  # noqa: S608
