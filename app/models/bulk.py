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

On SQLite, rows of a table with a trigger (every synced table has the journal guard's) go
in groups, one ``INSERT … VALUES (…), (…), …`` each: such a table makes SQLite open a
statement journal at each execution and copy into it every page the row touches, so one
execution per row cost the province's import of 10,000 officials twice the insert itself;
once per group, the copying is shared by the group's rows. A table without a trigger (the
journal) needs no statement journal for one row, and a group would add one: its rows go one
execution each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, update
from sqlalchemy.engine import Dialect

Convert = Callable[[Any], Any] | None
_ID = "id_"  # the bind name of the record id an update is keyed by
# Parameters of one grouped statement: SQLite's smallest limit of any build (999, its
# default before 3.32; a build may set its own), and as fast here as its newer 32,766: the
# statement journal's cost is shared by 40 rows of a table of 25 columns already.
MAX_PARAMETERS = 999
_DAY = date(2001, 2, 3)  # what a column's processor is asked, to know what it does


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
                                for row in rows],
         grouped=len(rows) > 1 and prepared.group > 1 and _has_trigger(connection, table))


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

    def __init__(self, compiled: Any, converters: Mapping[str, Convert],
                 limit: int = 0) -> None:
        self.sql = str(compiled)
        self.positional = bool(compiled.positional)
        self.order = tuple(compiled.positiontup or compiled.binds)
        # rows one execution may insert (``limit``: parameters a statement may have; 0: one)
        self.group = max(1, limit // len(self.order)) if self.positional and self.order else 1
        self.converts = [(i, convert) for i, name in enumerate(self.order)
                         if (convert := converters.get(name)) is not None]
        # a row that gives every parameter is read in one call at C speed
        self.every = _getter(self.order)
        self._grouped: dict[int, str] = {}

    def grouped_sql(self, count: int) -> str:
        """The statement inserting ``count`` rows at once (made once per count)."""
        sql = self._grouped.get(count)
        if sql is None:
            head, values, one = self.sql.rpartition(" VALUES ")
            sql = self._grouped[count] = f"{head}{values}{', '.join([one] * count)}"
        return sql

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


def _run(connection: Connection, prepared: _Prepared, rows: list[Mapping[str, Any]],
         grouped: bool = False) -> None:
    """One execution per row, or (``grouped``) per group of ``prepared.group`` rows."""
    parameters = prepared.parameters
    values = [parameters(row) for row in rows]
    size = prepared.group
    if not grouped or size == 1:
        connection.exec_driver_sql(prepared.sql, values)
        return
    whole = len(values) - len(values) % size
    if whole:
        connection.exec_driver_sql(prepared.grouped_sql(size), [
            tuple(chain.from_iterable(values[start:start + size]))
            for start in range(0, whole, size)])
    if whole < len(values):
        rest = values[whole:]
        connection.exec_driver_sql(prepared.grouped_sql(len(rest)),
                                   tuple(chain.from_iterable(rest)))


@lru_cache(maxsize=256)  # per engine's dialect: a test run opens hundreds
def _prepared_insert(dialect: Dialect, table: Table, names: tuple[str, ...]) -> _Prepared:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    return _Prepared(compiled, {name: _converter(dialect, table, name) for name in names},
                     _parameter_limit(dialect))


def _parameter_limit(dialect: Dialect) -> int:
    """How many parameters one grouped insert may have (0: no groups, not SQLite)."""
    return MAX_PARAMETERS if dialect.name == "sqlite" else 0


def _has_trigger(connection: Connection, table: Table) -> bool:
    """Whether ``table`` has a trigger on SQLite (every synced table has the journal
    guard's on insert). Asked at each call, as a migration may add one: a look-up in the
    schema's own table is microseconds, a bundle's rows are thousands."""
    return connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? LIMIT 1",
        (table.name,)).first() is not None


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
    processor = table.c[name].type._cached_bind_processor(dialect)
    return None if processor is None else _quicker(processor)


def _quicker(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``processor``, or, where it writes a day as its ISO text or a boolean as 1 or 0
    (SQLite's dates and booleans, found by asking it), the same answer for a plain ``date``,
    True or False without its calls (a tenth of an import's parameters), and its own for
    anything else."""
    if _answer(processor, _DAY) == _DAY.isoformat():
        def as_day(value: Any) -> Any:
            return value.isoformat() if type(value) is date else processor(value)
        return as_day
    yes, no = _answer(processor, True), _answer(processor, False)
    if type(yes) is int and type(no) is int and (yes, no) == (1, 0):
        def as_number(value: Any) -> Any:
            return 1 if value is True else 0 if value is False else processor(value)
        return as_number
    return processor


def _answer(processor: Callable[[Any], Any], value: Any) -> Any:
    """What ``processor`` makes of ``value``, or None where it refuses it."""
    try:
        return processor(value)
    except (TypeError, ValueError, AttributeError, LookupError):
        return None


def _has_default(column: Any) -> bool:
    """Whether the column has a model default that is a plain value or a function."""
    default = column.default
    return default is not None and (default.is_scalar or default.is_callable)
