"""Many rows of one table written with one statement, prepared once per table and database.

A bundle writes thousands of rows into a few tables. Handed a list of dictionaries,
SQLAlchemy's ``execute`` checks, orders and converts every parameter of every row in
Python before the driver sees it, which cost the province several times the insert itself.
Here the statement is compiled once per (database, table, columns), each column's value
conversion is taken from its type once (dates, booleans: what SQLAlchemy itself would do
on this database), and the rows go to the driver as one ``executemany`` of plain tuples
(or mappings, for a driver that names its parameters). A column a row does not give takes
its model default, as SQLAlchemy's insert would give it. The database's own checks
(constraints, the journal guard's triggers) run on every row as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, update
from sqlalchemy.engine import Dialect

Convert = Callable[[Any], Any] | None
_ID = "id_"  # the bind name of the record id an update is keyed by


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]
                ) -> None:
    """INSERT ``rows`` (column name to value) into ``table``."""
    if not rows:
        return
    given = set().union(*rows).intersection(table.c.keys())  # at C speed, 10,000 rows
    defaults = {c.name: c.default for c in table.columns if _has_default(c)}
    names = tuple(c.name for c in table.columns if c.name in given or c.name in defaults)
    prepared = _prepared_insert(connection.dialect, table, names)
    _run(connection, prepared, [row if defaults.keys() <= row.keys() else _filled(row, defaults)
                                for row in rows])


def _filled(row: Mapping[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` with the model default of each column it does not give (a function's
    default made for this row), as SQLAlchemy's insert fills them in."""
    filled = {name: default.arg(None) if default.is_callable else default.arg
              for name, default in defaults.items() if name not in row}
    filled.update(row)
    return filled


def update_rows(connection: Connection, table: Table, names: Sequence[str],
                rows: Sequence[Mapping[str, Any]]) -> None:
    """UPDATE the columns ``names`` of each row of ``rows`` (keyed by its ``id``)."""
    if not rows:
        return
    prepared = _prepared_update(connection.dialect, table, tuple(names))
    _run(connection, prepared, [{**row, _ID: row["id"]} for row in rows])


class _Prepared:
    """A compiled statement: its SQL, its parameters in order, and which of them need a
    conversion (most columns are text and go to the driver as they are)."""

    def __init__(self, compiled: Any, converters: Mapping[str, Convert]) -> None:
        self.sql = str(compiled)
        self.positional = bool(compiled.positional)
        self.order = tuple(compiled.positiontup or compiled.binds)
        self.converts = [(i, convert) for i, name in enumerate(self.order)
                         if (convert := converters.get(name)) is not None]
        # a row that gives every parameter is read in one call at C speed
        self.every = _getter(self.order)

    def parameters(self, row: Mapping[str, Any]) -> tuple | dict:
        try:
            values: tuple | list = self.every(row)
        except KeyError:  # a row without some column: None for it
            values = tuple(map(row.get, self.order))
        if self.converts:
            values = list(values)
            for i, convert in self.converts:
                if (value := values[i]) is not None:
                    values[i] = convert(value)
        return tuple(values) if self.positional else dict(zip(self.order, values, strict=True))


def _getter(names: tuple[str, ...]) -> Callable[[Mapping[str, Any]], tuple]:
    """The values of ``names`` of a row, as a tuple (KeyError if one is missing)."""
    if len(names) > 1:
        return itemgetter(*names)
    return lambda row: tuple(row[name] for name in names)


def _run(connection: Connection, prepared: _Prepared, rows: list[Mapping[str, Any]]) -> None:
    parameters = prepared.parameters
    connection.exec_driver_sql(prepared.sql, [parameters(row) for row in rows])


@lru_cache(maxsize=256)  # per engine's dialect: a test run opens hundreds
def _prepared_insert(dialect: Dialect, table: Table, names: tuple[str, ...]) -> _Prepared:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    return _Prepared(compiled, {name: _converter(dialect, table, name) for name in names})


@lru_cache(maxsize=256)
def _prepared_update(dialect: Dialect, table: Table, names: tuple[str, ...]) -> _Prepared:
    statement = update(table).where(table.c.id == bindparam(_ID)).values(
        {name: bindparam(name) for name in names})
    converters = {name: _converter(dialect, table, name) for name in names}
    converters[_ID] = _converter(dialect, table, "id")
    return _Prepared(statement.compile(dialect=dialect), converters)


def _converter(dialect: Dialect, table: Table, name: str) -> Convert:
    """What SQLAlchemy does to a value of this column before the driver gets it (None:
    nothing). Applied here to non-null values only, as the types' processors leave None."""
    return table.c[name].type._cached_bind_processor(dialect)


def _has_default(column: Any) -> bool:
    """Whether the column has a model default that is a plain value or a function."""
    default = column.default
    return default is not None and (default.is_scalar or default.is_callable)
