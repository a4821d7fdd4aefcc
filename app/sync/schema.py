"""What a travelling record may hold, table by table: the shape check of every incoming change.

A bundle's signature proves which device wrote it, not that the device is honest: a laptop can
be stolen, its database edited, its app replaced. So each record of a bundle is checked as it
is read (``bundle.decode`` calls ``check_record``), before anything is merged: the op's own
fields (table, id, partition, stamp, author, kind, version vector) and every value against
the rule of its column. The rules are derived once per synced table from its SQLAlchemy
model (column type, length, nullability, links to other records and to reference data), so
a new column is checked the day it is added; the enumerations are the keys of
``app/models/enums.py`` named per column in ``schema_values.py``, as the models'
validators name them (a test holds the two together). The first problem refuses the whole
bundle with a sentence naming the record and the field, never the value (it may be ten
megabytes or a terminal escape): a message of the catalogue (``bundle.invalid_record``)
whose reason is a message too.

What needs the database (which partition a stored record is in, whether a commune code
exists) is checked in ``inbound.py``; the rules of values together (an end of service
before its start) in the models' own checks, which ``inbound.py`` also asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

from app.messages import Message, message
from app.models import JournalEntry
from app.models.base import STAMP_COLUMNS

from .bundle_header import RECORD_ID, Header
from .errors import InvalidContentError
from .ops import TABLES
from .schema_values import (  # noqa: F401 (UNBOUNDED_TEXT: the bound tests hold it to)
    CONTROL,
    UNBOUNDED_TEXT,
    ValueRule,
    matches,
    value_problem,
    value_rule,
    value_test,
)

OP_KEYS = frozenset({"t", "id", "p", "h", "d", "o", "v", "vv"})
OPTIONAL_OP_KEYS = frozenset({"a"})  # the account that made the change (journal.account)
_ACCOUNT_LENGTH = JournalEntry.__table__.c.account.type.length
_ALL_OP_KEYS = OP_KEYS | OPTIONAL_OP_KEYS
OP_KINDS = frozenset({"insert", "update", "delete"})
RECEIPT_KEYS = frozenset({"bundle_id", "first_seq", "last_seq"})
STAMP = re.compile(r"[0-9]{18}\.[0-9]{5}\Z")
# A change's author as the journal keeps it (its column's length, enforced by PostgreSQL).
_AUTHOR_LENGTH = JournalEntry.__table__.c.device_id.type.length
AUTHOR = re.compile(rf"[A-Za-z0-9][A-Za-z0-9._:-]{{0,{_AUTHOR_LENGTH - 1}}}\Z")
PARTITION = re.compile(r"(?:commune:[0-9]{5}|province:[0-9]{2})\Z")
EARLIEST_STAMP_MS = int(datetime(2000, 1, 1, tzinfo=UTC).timestamp() * 1000)
LATEST_STAMP_MS = int(datetime(9999, 12, 31, tzinfo=UTC).timestamp() * 1000)
MAX_VECTOR = 1000  # devices that ever changed one record
_SHOWABLE = re.compile(r"[a-z_]{1,40}\Z")
_NOT_VALUES = STAMP_COLUMNS | {"id"}  # the op carries these itself

@dataclass(frozen=True)
class TableRules:
    """A table's rules, with the few columns that name reference codes (column, reference
    table, its column) or other records (column, synced table) listed once: the checks
    that need the database visit those columns only, not every value of every change."""

    name: str
    values: Mapping[str, ValueRule]
    required: frozenset[str]  # what a new record must carry
    references: tuple[tuple[str, str, str], ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    nullable: frozenset[str] = frozenset()
    # per column, a test of a value that is not None: True only where ``value_problem``
    # finds nothing (a bundle of thousands of changes is judged with one call per value)
    fine: Mapping[str, Callable[[Any], bool]] = field(default_factory=dict)


@cache
def rules_of(table_name: str) -> TableRules:
    """The rules of one synced table, derived from its columns once."""
    table = TABLES[table_name]
    values = {c.name: value_rule(table_name, c) for c in table.columns
              if c.name not in _NOT_VALUES}
    required = frozenset(
        c.name for c in table.columns if not c.nullable and c.default is None
        and c.server_default is None and c.name not in _NOT_VALUES | {"partition"})
    references = tuple((name, *rule.reference.split("."))
                       for name, rule in values.items() if rule.reference is not None)
    links = tuple((name, rule.link) for name, rule in values.items() if rule.link is not None)
    nullable = frozenset(name for name, rule in values.items() if rule.nullable)
    fine = {name: value_test(rule) for name, rule in values.items()}
    return TableRules(table_name, values, required, references, links, nullable, fine)


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
    if (set(record) != RECEIPT_KEYS or not matches(record["bundle_id"], RECORD_ID)
            or not _count(first) or not _count(last) or last < first):
        raise refuse(number, message("bundle.where_receipt"),
                     message("bundle.reason_receipt_shape"))


def check_change(op: dict[str, Any], number: int) -> None:
    """Refuse a change whose shape or values no copy of this app writes."""
    if not OP_KEYS <= op.keys() <= _ALL_OP_KEYS:
        raise refuse(number, "", message("bundle.reason_op_keys"))
    table = op["t"]
    if not isinstance(table, str) or table not in TABLES:
        raise refuse(number, "", message("bundle.reason_unknown_table"))
    problem = _op_problem(op) or _values_problem(rules_of(table), op)
    if problem:
        where = (message("bundle.where_record", table=table, record=op["id"])
                 if matches(op["id"], RECORD_ID) else message("bundle.where_table", table=table))
        raise refuse(number, where, problem)


def _op_fine(op: dict[str, Any]) -> bool:
    """``_op_problem``'s common answer (nothing wrong) in one expression, without the
    tuple of every check it builds: True only where ``_op_problem`` finds nothing."""
    record, partition, author, stamp, vector = op["id"], op["p"], op["d"], op["h"], op["vv"]
    account = op.get("a", "")
    return (type(record) is str and RECORD_ID.match(record) is not None
            and type(partition) is str and PARTITION.match(partition) is not None
            and _stamp(stamp)
            and type(author) is str and AUTHOR.match(author) is not None
            and type(op["o"]) is str and op["o"] in OP_KINDS
            and type(op["v"]) is dict
            and type(vector) is dict
            and (len(vector) == 1 and vector.get(author) == stamp  # the author's own, checked
                 or _vector(vector))
            and type(account) is str and len(account) <= _ACCOUNT_LENGTH
            and not CONTROL.search(account)
            and (op["t"] != "audit_event" or op["o"] == "insert"))


def _op_problem(op: dict[str, Any]) -> Message | None:
    if _op_fine(op):
        return None
    checks = (
        (matches(op["id"], RECORD_ID), "bundle.reason_record_id"),
        (matches(op["p"], PARTITION), "bundle.reason_partition"),
        (_stamp(op["h"]), "bundle.reason_stamp"),
        (matches(op["d"], AUTHOR), "bundle.reason_author"),
        (op["o"] in OP_KINDS if isinstance(op["o"], str) else False, "bundle.reason_op_kind"),
        (isinstance(op["v"], dict), "bundle.reason_values_shape"),
        (_vector(op["vv"]), "bundle.reason_vector"),
        (_account(op.get("a", "")), "bundle.reason_op_keys"),
        (op["t"] != "audit_event" or op["o"] == "insert", "audit.reason_log_rewritten"),
    )
    return next((message(reason) for ok, reason in checks if not ok), None)


def _values_problem(rules: TableRules, op: dict[str, Any]) -> Message | None:
    values: dict[str, Any] = op["v"]
    problem = None if _plainly_valid(rules, values) else _first_value_problem(rules, values)
    if problem:
        return problem
    if "partition" in values and values["partition"] != op["p"]:
        return message("bundle.reason_partition_field")
    if op["o"] == "insert" and not rules.required <= values.keys():
        return message("bundle.reason_fields_missing",
                       fields=sorted(rules.required - values.keys()))
    return None


def _plainly_valid(rules: TableRules, values: dict[str, Any]) -> bool:
    """The common case of ``_first_value_problem`` finding nothing, told in one plain loop
    (measured faster than set arithmetic on a change of thirty fields): every field known,
    the empty ones allowed to be, each other value passing its column's test. True only
    where ``_first_value_problem`` finds nothing; anything else goes there."""
    fine, nullable = rules.fine, rules.nullable
    for name, value in values.items():
        if value is None:
            if name not in nullable:
                return False
        elif not fine.get(name, _unknown)(value):
            return False
    return True


def _unknown(_value: Any) -> bool:
    """The test of a field the table does not have: it never passes."""
    return False


def _first_value_problem(rules: TableRules, values: dict[str, Any]) -> Message | None:
    """The first field of ``values`` (in their order) that its column refuses, told."""
    for name, value in values.items():
        rule = rules.values.get(name) if isinstance(name, str) else None
        if rule is None:
            if isinstance(name, str) and _SHOWABLE.match(name):
                return message("bundle.reason_field_unknown", field=name, table=rules.name)
            return message("bundle.reason_field_unnamed", table=rules.name)
        problem = value_problem(rule, value)
        if problem:
            return message("bundle.reason_field", field=name, problem=problem)
    return None


def _stamp(value: Any) -> bool:
    return (matches(value, STAMP)
            and EARLIEST_STAMP_MS <= int(value[:18]) <= LATEST_STAMP_MS)


def _vector(value: Any) -> bool:
    return (isinstance(value, dict) and len(value) <= MAX_VECTOR
            and all(matches(k, AUTHOR) and _stamp(v) for k, v in value.items()))


def _account(value: Any) -> bool:
    """An account name as the journal keeps it: short text without control characters."""
    return (isinstance(value, str) and len(value) <= _ACCOUNT_LENGTH
            and not CONTROL.search(value))


def _count(value: Any) -> bool:
    return type(value) is int and 0 <= value < 2 ** 63
