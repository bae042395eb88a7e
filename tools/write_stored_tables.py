"""Write desktop/storage/records/stored_tables.py from the SQLModel tables (``make stored-tables``).

The SQLModel classes in ``desktop/storage/records/tables.py`` are the one declaration of what is stored.
Loading SQLModel and building those classes takes about 0.3 s, which the program should not pay when a
notebook is unlocked, so the repositories read the tables' column names from this generated module;
``tests/unit/storage/test_record_shapes.py`` fails when it no longer matches the tables.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from sqlmodel import SQLModel

import desktop.storage.records.tables  # noqa: F401  (registers the tables on the metadata)

TARGET = Path(__file__).resolve().parent.parent / "desktop" / "storage" / "records" / "stored_tables.py"
HEADER = '''"""The stored tables' names and columns, in declared order, as the repositories use them.

Written by ``make stored-tables`` (tools/write_stored_tables.py) from the SQLModel tables in
``tables.py``, which are the one declaration of what is stored; do not edit by hand. A generated copy,
so that reading and writing records does not load SQLModel at unlock (about 0.3 s); a test fails when
it no longer matches the tables.
"""

from desktop.storage.records.columns import StoredTable
'''


def stored_tables_source() -> str:
    """The module's text (``make stored-tables`` then formats it): one ``StoredTable`` per SQLModel
    table, named as its class, its columns as words (a column a line would repeat the migrations)."""
    classes = {
        mapper.class_.__table__.name: mapper.class_.__name__ for mapper in SQLModel._sa_registry.mappers
    }
    parts = [HEADER]
    for table in sorted(SQLModel.metadata.tables.values(), key=lambda t: classes[t.name]):
        lines = textwrap.wrap(" ".join(column.name for column in table.columns), width=96)
        columns = "".join(
            f'    "{line}{" " if n < len(lines) - 1 else ""}"\n' for n, line in enumerate(lines)
        )
        parts.append(f'\n{classes[table.name]} = StoredTable.of(\n    "{table.name}",\n{columns})\n')
    return "".join(parts)


def main() -> int:
    TARGET.write_text(stored_tables_source(), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
