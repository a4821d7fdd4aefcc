"""What a travelling record may hold, table by table: the shape check of every incoming change.

A bundle's signature proves which device wrote it, not that the device is honest: a laptop can
be stolen, its database edited, its app replaced. So each record of a bundle is checked as it
is read (``bundle.decode`` calls ``check_record``), before anything is merged: the op's own
fields (table, id, partition, stamp, author, kind, version vector) and every value against
the rule of its column. The rules are derived once per synced table from its SQLAlchemy
model (column type, length, nullability, links to other records and to reference data), so
a new column is checked the day it is added; the enumerations are the keys of
``app/models/enums.py`` named per column below, as the models' validators name them (a test
holds the two together). The first problem refuses the whole bundle with a sentence naming
the record and the field, never the value (it may be ten megabytes or a terminal escape):
a message of the catalogue (``bundle.invalid_record``) whose reason is a message too.

What needs the database (which partition a stored record is in, whether a commune code
exists) is checked in ``inbound.py``; the rules of values together (an end of service
before its start) in the models' own checks, which ``inbound.py`` also asks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, String
from sqlalchemy.types import BigInteger, SmallInteger

from app.messages import Message, message
from app.models import JournalEntry, enums
from app.models.base import STAMP_COLUMNS
from app.models.stocktake import CONDITIONS

from .bundle_header import RECORD_ID, Header
from .errors import InvalidContentError
from .ops import TABLES

OP_KEYS = frozenset({"t", "id", "p", "h", "d", "o", "v", "vv"})
OPTIONAL_OP_KEYS = frozenset({"a"})  # the account that made the change (journal.account)
_ACCOUNT_LENGTH = JournalEntry.__table__.c.account.type.length
OP_KINDS = frozenset({"insert", "update", "delete"})
RECEIPT_KEYS = frozenset({"bundle_id", "first_seq", "last_seq"})
STAMP = re.compile(r"[0-9]{18}\.[0-9]{5}\Z")
# A change's author as the journal keeps it (its column's length, enforced by PostgreSQL).
_AUTHOR_LENGTH = JournalEntry.__table__.c.device_id.type.length
AUTHOR = re.compile(rf"[A-Za-z0-9][A-Za-z0-9._:-]{{0,{_AUTHOR_LENGTH - 1}}}\Z")
PARTITION = re.compile(r"(?:commune:[0-9]{5}|province:[0-9]{2})\Z")
EARLIEST_STAMP_MS = int(datetime(2000, 1, 1, tzinfo=UTC).timestamp() * 1000)
LATEST_STAMP_MS = int(datetime(9999, 12, 31, tzinfo=UTC).timestamp() * 1000)
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)
MAX_VECTOR = 1000  # devices that ever changed one record
MAX_FLOAT = 1e9
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # tab, LF and CR may stay
_SHOWABLE = re.compile(r"[a-z_]{1,40}\Z")
_NOT_VALUES = STAMP_COLUMNS | {"id"}  # the op carries these itself

# The enumerated columns and their keys (the models' validators use the same constants).
CHOICES: Mapping[tuple[str, str], Mapping[str, str]] = {
    ("staff", "gender"): enums.GENDER,
    ("staff", "unit"): enums.UNIT,
    ("staff", "legacy_title"): enums.LEGACY_TITLE,
    ("staff", "professional_level"): enums.PROFESSIONAL_LEVEL,
    ("staff", "political_theory_level"): enums.POLITICAL_THEORY,
    ("staff", "state_management_level"): enums.STATE_MANAGEMENT,
    ("staff", "it_certificate"): enums.IT_CERTIFICATE,
    ("staff", "digital_skills_method"): enums.DIGITAL_SKILLS_METHOD,
    ("equipment", "category"): enums.EQUIPMENT_CATEGORY,
    ("equipment", "status"): enums.EQUIPMENT_STATUS,
    ("equipment_status_event", "status"): enums.EQUIPMENT_STATUS,
    ("enrollment", "result"): enums.TRAINING_RESULT,
    ("attendance", "status"): enums.ATTENDANCE,
    ("stocktake_count", "condition"): CONDITIONS,
}
# What a value of each kind must be, as the reason of a refusal.
_KIND_NEEDS = {"text": "bundle.value_needs_text", "bool": "bundle.value_needs_bool",
               "int": "bundle.value_needs_int", "float": "bundle.value_needs_float",
               "date": "bundle.value_needs_date"}

# A text column without a length (a committee, an event's details) still has a bound in a
# bundle: a value longer than any such field holds is refused, not stored.
UNBOUNDED_TEXT = 10_000


@dataclass(frozen=True)
class ValueRule:
    """What one column may hold in a change: ``link`` names the synced table an id points
    at, ``reference`` the reference table (``table.column``) a code must exist in."""

    kind: str  # text | bool | int | float | date
    nullable: bool
    length: int | None = None
    bound: int = 0  # an integer's magnitude stays below it
    choices: frozenset[str] | None = None
    link: str | None = None
    reference: str | None = None


@dataclass(frozen=True)
class TableRules:
    name: str
    values: Mapping[str, ValueRule]
    required: frozenset[str]  # what a new record must carry


@cache
def rules_of(table_name: str) -> TableRules:
    """The rules of one synced table, derived from its columns once."""
    table = TABLES[table_name]
    values = {c.name: _value_rule(table_name, c) for c in table.columns
              if c.name not in _NOT_VALUES}
    required = frozenset(
        c.name for c in table.columns if not c.nullable and c.default is None
        and c.server_default is None and c.name not in _NOT_VALUES | {"partition"})
    return TableRules(table_name, values, required)


def _value_rule(table_name: str, column: Column) -> ValueRule:
    targets = [fk.column for fk in column.foreign_keys]
    link = next((t.table.name for t in targets if t.table.name in TABLES), None)
    reference = next((f"{t.table.name}.{t.name}" for t in targets
                      if t.table.name not in TABLES), None)
    labels = CHOICES.get((table_name, column.name))
    common = dict(nullable=bool(column.nullable), link=link, reference=reference,
                  choices=None if labels is None else frozenset(labels))
    kind = column.type
    if isinstance(kind, Boolean):
        return ValueRule("bool", **common)
    if isinstance(kind, Date):
        return ValueRule("date", **common)
    if isinstance(kind, Integer):
        bits = 63 if isinstance(kind, BigInteger) else 15 if isinstance(kind, SmallInteger) else 31
        return ValueRule("int", bound=2 ** bits, **common)
    if isinstance(kind, Float):
        return ValueRule("float", **common)
    if isinstance(kind, String):
        return ValueRule("text", length=kind.length or UNBOUNDED_TEXT, **common)
    raise TypeError(f"no sync rule for {table_name}.{column.name} ({kind!r}): teach schema.py")


# ---------------------------------------------------------------- checking


def refuse(number: int, where: Message | str, reason: Message) -> InvalidContentError:
    """The refusal of record ``number``; ``where`` names it (a ``bundle.where_*`` message)."""
    return InvalidContentError("bundle.invalid_record", number=number, where=where,
                               reason=reason)


def check_record(header: Header, record: dict[str, Any], number: int) -> None:
    """The check ``bundle.decode`` runs on each record as it reads it."""
    if header.kind == "receipt":
        check_receipt(record, number)
    else:
        check_change(record, number)


def check_receipt(record: dict[str, Any], number: int) -> None:
    first, last = record.get("first_seq"), record.get("last_seq")
    if (set(record) != RECEIPT_KEYS or not _matches(record["bundle_id"], RECORD_ID)
            or not _count(first) or not _count(last) or last < first):
        raise refuse(number, message("bundle.where_receipt"),
                     message("bundle.reason_receipt_shape"))


def check_change(op: dict[str, Any], number: int) -> None:
    """Refuse a change whose shape or values no copy of this app writes."""
    if not OP_KEYS <= set(op) <= OP_KEYS | OPTIONAL_OP_KEYS:
        raise refuse(number, "", message("bundle.reason_op_keys"))
    table = op["t"]
    if not isinstance(table, str) or table not in TABLES:
        raise refuse(number, "", message("bundle.reason_unknown_table"))
    where = (message("bundle.where_record", table=table, record=op["id"])
             if _matches(op["id"], RECORD_ID) else message("bundle.where_table", table=table))
    problem = _op_problem(op) or _values_problem(rules_of(table), op)
    if problem:
        raise refuse(number, where, problem)


def _op_problem(op: dict[str, Any]) -> Message | None:
    checks = (
        (_matches(op["id"], RECORD_ID), "bundle.reason_record_id"),
        (_matches(op["p"], PARTITION), "bundle.reason_partition"),
        (_stamp(op["h"]), "bundle.reason_stamp"),
        (_matches(op["d"], AUTHOR), "bundle.reason_author"),
        (op["o"] in OP_KINDS if isinstance(op["o"], str) else False, "bundle.reason_op_kind"),
        (isinstance(op["v"], dict), "bundle.reason_values_shape"),
        (_vector(op["vv"]), "bundle.reason_vector"),
        (_account(op.get("a", "")), "bundle.reason_op_keys"),
        (op["t"] != "audit_event" or op["o"] == "insert", "audit.reason_log_rewritten"),
    )
    return next((message(reason) for ok, reason in checks if not ok), None)


def _values_problem(rules: TableRules, op: dict[str, Any]) -> Message | None:
    values: dict[str, Any] = op["v"]
    for name, value in values.items():
        rule = rules.values.get(name) if isinstance(name, str) else None
        if rule is None:
            if isinstance(name, str) and _SHOWABLE.match(name):
                return message("bundle.reason_field_unknown", field=name, table=rules.name)
            return message("bundle.reason_field_unnamed", table=rules.name)
        problem = None if _plainly_valid(rule, value) else value_problem(rule, value)
        if problem:
            return message("bundle.reason_field", field=name, problem=problem)
    if "partition" in values and values["partition"] != op["p"]:
        return message("bundle.reason_partition_field")
    missing = sorted(rules.required - set(values)) if op["o"] == "insert" else []
    if missing:
        return message("bundle.reason_fields_missing", fields=missing)
    return None


def value_problem(rule: ValueRule, value: Any) -> Message | None:
    """What is wrong with one value for its column (None: nothing)."""
    if value is None:
        return None if rule.nullable else message("bundle.value_empty")
    if rule.link is not None:
        return None if _matches(value, RECORD_ID) else message("bundle.reason_record_id")
    check = _CHECKS[rule.kind]
    if not check(value):
        return message(_KIND_NEEDS[rule.kind])
    if rule.kind == "text":
        if rule.length is not None and len(value) > rule.length:
            return message("bundle.value_too_long", length=len(value), limit=rule.length)
        if _CONTROL.search(value):
            return message("bundle.value_control")
        if rule.choices is not None and value not in rule.choices:
            return message("bundle.value_not_listed")
    if rule.kind == "int" and not -rule.bound <= value < rule.bound:
        return message("bundle.value_out_of_range")
    return None


def _plainly_valid(rule: ValueRule, value: Any) -> bool:
    """The common case of ``value_problem`` returning None, told in a few tests: text of
    the right length without control characters, in its list if it has one, or a
    boolean. True only where ``value_problem`` finds nothing; anything else goes there."""
    if value is None:
        return rule.nullable
    if rule.link is not None:
        return False
    if type(value) is str and rule.kind == "text":
        return (len(value) <= (rule.length or 0) and not _CONTROL.search(value)
                and (rule.choices is None or value in rule.choices))
    return type(value) is bool and rule.kind == "bool"


def _day(value: Any) -> bool:
    if not isinstance(value, str) or not _DAY.match(value):
        return False
    try:
        return FIRST_DAY <= date.fromisoformat(value) <= LAST_DAY
    except ValueError:
        return False


_CHECKS = {
    "text": lambda v: isinstance(v, str),
    "bool": lambda v: type(v) is bool,
    "int": lambda v: type(v) is int,
    "float": lambda v: type(v) in (int, float) and math.isfinite(v) and abs(v) <= MAX_FLOAT,
    "date": _day,
}


def _matches(value: Any, pattern: re.Pattern[str]) -> bool:
    return isinstance(value, str) and pattern.match(value) is not None


def _stamp(value: Any) -> bool:
    return (_matches(value, STAMP)
            and EARLIEST_STAMP_MS <= int(value[:18]) <= LATEST_STAMP_MS)


def _vector(value: Any) -> bool:
    return (isinstance(value, dict) and len(value) <= MAX_VECTOR
            and all(_matches(k, AUTHOR) and _stamp(v) for k, v in value.items()))


def _account(value: Any) -> bool:
    """An account name as the journal keeps it: short text without control characters."""
    return (isinstance(value, str) and len(value) <= _ACCOUNT_LENGTH
            and not _CONTROL.search(value))


def _count(value: Any) -> bool:
    return type(value) is int and 0 <= value < 2 ** 63
