"""Column lists and SQL statements taken from the stored tables, made once when a module is imported.

The SQLModel tables in ``tables.py`` are the one declaration of what is stored; ``stored_tables.py`` is
their names and columns, generated from them (it loads no SQLModel). A repository asks here for the
columns it writes or reads instead of typing their names again; a name that is not a column of the
table fails at import, not at the first save. The statements are the same plain SQL a repository would
write by hand, built at import time into module constants, so the hot paths run no extra code per call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import TextClause, text


@dataclass(frozen=True)
class StoredTable:
    """A table's name and its columns in declared order (see ``stored_tables.py``)."""

    name: str
    columns: tuple[str, ...]

    @classmethod
    def of(cls, name: str, columns: str) -> StoredTable:
        """The table ``name`` with these columns, written as words: ``"id created_at name"``."""
        return cls(name, tuple(columns.split()))


def column_names(model: StoredTable, *, without: Iterable[str] = ()) -> tuple[str, ...]:
    """The table's columns in declared order, less ``without`` (each of which must be a column)."""
    names = model.columns
    left_out = set(without)
    _check(model, left_out)
    return tuple(name for name in names if name not in left_out)


def insert_sql(model: StoredTable, names: Sequence[str]) -> TextClause:
    """``INSERT INTO table (a, b) VALUES (:a, :b)``: the parameters are named as the columns."""
    _check(model, names)
    columns = ", ".join(names)
    values = ", ".join(f":{name}" for name in names)
    return text(f"INSERT INTO {model.name} ({columns}) VALUES ({values})")  # noqa: S608 (column names)


def update_sql(model: StoredTable, names: Sequence[str]) -> TextClause:
    """``UPDATE table SET a = :a, b = :b WHERE id = :id``: one row by its id, parameters named as columns."""
    _check(model, [*names, "id"])
    assignments = ", ".join(f"{name} = :{name}" for name in names)
    return text(f"UPDATE {model.name} SET {assignments} WHERE id = :id")  # noqa: S608 (column names)


def select_sql(model: StoredTable, names: Sequence[str]) -> str:
    """``SELECT a, b FROM table``, for the caller to add its ``WHERE`` and ``ORDER BY`` to."""
    return f"SELECT {column_list(model, names)} FROM {model.name}"  # noqa: S608 (column names)


def column_list(model: StoredTable, names: Sequence[str]) -> str:
    """``a, b``: the names, checked to be columns of the table, for a statement that needs more."""
    _check(model, names)
    return ", ".join(names)


def _check(model: StoredTable, names: Iterable[str]) -> None:
    """Fail (at import) when a repository names a column the table does not declare."""
    unknown = set(names) - set(model.columns)
    if unknown:
        raise ValueError(f"{model.name} has no column {', '.join(sorted(unknown))}")
