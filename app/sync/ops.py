"""Changes as they travel: one journal entry becomes one compact op.

An op carries the table, record id, partition, the change's stamp and device, what kind of
change it was, the changed values and the record's version vector after the change:
``{"t": "staff", "id": …, "p": "commune:03325", "h": …, "d": …, "o": "update",
"v": {"phone": "0912…"}, "vv": {device: stamp}}``, and ``"a"``, the account that made it,
when one was signed in. Values are JSON (dates as ISO text).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Table

from app.models import SYNCED_MODELS, JournalEntry

# Parents before children, so one bundle can be applied in order.
TABLE_ORDER: tuple[str, ...] = (
    "staff", "equipment", "equipment_status_event", "course", "course_session",
    "enrollment", "attendance", "stocktake_round", "stocktake_count", "audit_event",
)
TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in SYNCED_MODELS}
META_FIELDS = frozenset({"id", "hlc", "device_id", "clock", "partition"})
# Fields derived from another on every copy; a conflict on them is the source's conflict.
DERIVED_FIELDS = frozenset({"name_key", "title_key"})
# Records that are events: an attendance mark or a status change made later simply
# supersedes an earlier one, wherever it was made; two marks never need review. So is a
# stock-take count: the same item counted on two laptops is one record, the later answer.
EVENT_TABLES = frozenset({"attendance", "equipment_status_event", "stocktake_count"})
Op = dict[str, Any]


def entry_to_op(entry: JournalEntry) -> Op:
    """The op of a journal entry; ``"a"``, the account that made the change, only when one
    was signed in (a plain store's changes, and older apps', travel without it)."""
    op = {
        "t": entry.table_name, "id": entry.row_id, "p": entry.partition, "h": entry.hlc,
        "d": entry.device_id, "o": entry.op, "v": json.loads(entry.changes),
        "vv": json.loads(entry.vector) if entry.vector else {entry.device_id: entry.hlc},
    }
    if entry.account:
        op["a"] = entry.account
    return op


def ordered(ops: Iterable[Op]) -> list[Op]:
    rank = {name: i for i, name in enumerate(TABLE_ORDER)}
    return sorted(ops, key=lambda op: (rank[op["t"]], op["h"], op["d"]))


def chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@cache
def _converters(table_name: str) -> dict[str, Any]:
    out = {}
    for column in TABLES[table_name].columns:
        try:
            kind = column.type.python_type
        except NotImplementedError:
            kind = str
        out[column.name] = kind
    return out


def from_json(table_name: str, field: str, value: Any) -> Any:
    """A travelling JSON value as the column's Python value (ISO text → date…)."""
    if value is None:
        return None
    kind = _converters(table_name).get(field)
    if kind is None:
        raise KeyError(field)
    if kind is date and isinstance(value, str):
        return date.fromisoformat(value)
    if kind is datetime and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind is bool:
        return bool(value)
    return value


def values_from_json(table_name: str, values: dict[str, Any], skip: AbstractSet[str] = frozenset()
                     ) -> dict[str, Any]:
    """``from_json`` of every value of a change but those named in ``skip``. A merge of
    thousands of changes calls it for each: the values are copied whole (at C speed), the
    skipped ones dropped, and only the few columns that need it (dates, booleans) converted."""
    kinds = _converters(table_name)
    out = dict(values)
    for name in skip & out.keys() if skip else ():
        del out[name]
    if not out.keys() <= kinds.keys():
        raise KeyError(next(name for name in out if name not in kinds))
    for name, convert in _special(table_name).items():
        value = out.get(name)
        if value is not None:
            out[name] = convert(value)
    return out


@cache
def _special(table_name: str) -> dict[str, Callable[[Any], Any]]:
    """The columns whose JSON value is not already the column's value, with what makes it
    so: ``from_json`` of one of them, for a value that is not None."""
    return {name: _CONVERT[kind] for name, kind in _converters(table_name).items()
            if kind in _CONVERT}


def _iso(kind: type[date]) -> Callable[[Any], Any]:
    return lambda value: kind.fromisoformat(value) if isinstance(value, str) else value


_CONVERT: dict[type, Callable[[Any], Any]] = {date: _iso(date), datetime: _iso(datetime),
                                              bool: bool}


def to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
