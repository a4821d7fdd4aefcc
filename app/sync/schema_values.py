"""What one value of a travelling record may be: the rule of its column, and the test of it.

``schema.py`` judges a change whole (its op fields, which fields it carries); each value is
judged here against the rule derived from its column (type, length, nullability, a list of
keys, a link to another record). Two tests answer the same question: ``value_problem``
says what is wrong, for the sentence of a refusal; ``value_test`` only whether nothing is,
made once per column so that a bundle of thousands of changes costs one call per value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, String
from sqlalchemy.types import BigInteger, SmallInteger

from app.messages import Message, message
from app.models import enums
from app.models.stocktake import CONDITIONS

from .bundle_header import RECORD_ID
from .ops import TABLES

FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)
MAX_FLOAT = 1e9
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # tab, LF and CR may stay

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


def value_rule(table_name: str, column: Column) -> ValueRule:
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
    raise TypeError(f"no sync rule for {table_name}.{column.name} ({kind!r}): "
                    "teach schema_values.py")


def value_problem(rule: ValueRule, value: Any) -> Message | None:
    """What is wrong with one value for its column (None: nothing)."""
    if value is None:
        return None if rule.nullable else message("bundle.value_empty")
    if rule.link is not None:
        return None if matches(value, RECORD_ID) else message("bundle.reason_record_id")
    check = _CHECKS[rule.kind]
    if not check(value):
        return message(_KIND_NEEDS[rule.kind])
    if rule.kind == "text":
        if rule.length is not None and len(value) > rule.length:
            return message("bundle.value_too_long", length=len(value), limit=rule.length)
        if CONTROL.search(value):
            return message("bundle.value_control")
        if rule.choices is not None and value not in rule.choices:
            return message("bundle.value_not_listed")
    if rule.kind == "int" and not -rule.bound <= value < rule.bound:
        return message("bundle.value_out_of_range")
    return None


def value_test(rule: ValueRule) -> Callable[[Any], bool]:
    """A column's test of a value that is not None: True only where ``value_problem``
    finds nothing (a stricter test is allowed, as the caller then asks ``value_problem``)."""
    if rule.link is not None:
        return lambda value: matches(value, RECORD_ID)
    if rule.kind == "text":
        length, choices = rule.length if rule.length is not None else math.inf, rule.choices
        if choices is None:
            return lambda value: (type(value) is str and len(value) <= length
                                  and not CONTROL.search(value))
        return lambda value: type(value) is str and value in choices and len(value) <= length \
            and not CONTROL.search(value)
    if rule.kind == "int":
        bound = rule.bound
        return lambda value: type(value) is int and -bound <= value < bound
    return _CHECKS[rule.kind]  # bool, float, date: the kind's test is the whole rule


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


def matches(value: Any, pattern: re.Pattern[str]) -> bool:
    return isinstance(value, str) and pattern.match(value) is not None
