"""Which of a bundle's records a copy holds: text columns read by id, many ids a statement.

A bundle of 10,000 changes asks the database three times about its records (already in the
journal? stored, and where? stored, and how?), 500 ids a statement. Built by SQLAlchemy,
each statement renders and converts its 500 parameters in Python, which cost more than
the database's answer, nearly always "none of them" for a bundle of new records. Here the
statement is text made once per (database, table, columns, number of ids) and the ids go to
the driver as they are. Only for columns the driver returns as the values SQLAlchemy
would (text: ids, stamps, partitions, codes); a row of other columns is read through
SQLAlchemy, by the ids found here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect

CHUNK = 500  # ids a statement: far below every database's limit of parameters


def text_rows(connection: Connection, table: Table, columns: Sequence[str],
              ids: Iterable[str], key: str = "id") -> Iterator[tuple[Any, ...]]:
    """The ``columns`` (text) of the rows of ``table`` whose ``key`` is one of ``ids``, as
    the driver's tuples, in no particular order."""
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), CHUNK):
        part = tuple(wanted[start:start + CHUNK])
        sql = _statement(connection.dialect, table.name, tuple(columns), key, len(part))
        yield from connection.exec_driver_sql(sql, part)


@lru_cache(maxsize=512)  # per engine's dialect: a test run opens hundreds
def _statement(dialect: Dialect, table: str, columns: tuple[str, ...], key: str,
               count: int) -> str:
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite; psycopg's format style
    return (f"SELECT {', '.join(map(quote, columns))} FROM {quote(table)} "
            f"WHERE {quote(key)} IN ({', '.join([mark] * count)})")
