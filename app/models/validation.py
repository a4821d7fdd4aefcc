"""One set of checks for every door a record comes in by: form, import, demo, sync.

DESIGN.md asks that a birth date in the future, an end of service before its start or a
malformed e-mail be refused everywhere alike. So the rules live here, once, as plain
functions of a dict of field values, and every writer asks them: the window's forms (to
show each problem beside its field), the import (to name each bad row and column), the
demo, and the sync reader. A check returns every problem, not the first, with its field, a
kind the window's forms word in their own language, and a ``Message`` (a code of the one
catalogue, app/messages) that the import, the sync reader and the command line show in
theirs.

A change is judged on the record it makes (the stored values with the change laid over
them), because a rule may join two fields; but a problem is reported only when the change
touches one of its fields. A value already stored is not judged again by an edit that
leaves it alone: an official of 81 who left service years ago keeps the phone number an
officer corrects today, and a file exported and read back changes nothing and is refused
nothing. A new record is judged whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from app.messages import Message, message

from .errors import ValidationError
from .records import same
from .vntext import nfc

# What is wrong, as a code: the window words each in its own language.
REQUIRED = "required"
TYPE = "type"
CHOICE = "choice"
TOO_LONG = "too_long"
FUTURE = "future"
NEGATIVE = "negative"
TOO_LARGE = "too_large"
CONTROL = "control"  # a character a terminal or a spreadsheet would obey, not show
ORDER = "order"  # an end before its start
AGE = "age"
PHONE_FORMAT = "phone"
EMAIL_FORMAT = "email"
UNKNOWN = "unknown_field"
DEPENDS = "depends"  # a value another field rules out (a certificate number without a pass)

# The most a sum of money may be: one thousand billion đồng, more than anything a commune
# owns, far inside SQLite's 64-bit INTEGER (and PostgreSQL's BIGINT), and within the 15
# digits a spreadsheet keeps exactly, so an export reads back as it was written.
MAX_MONEY = 10**12
# C0 controls (tab and line breaks included: no field holds more than one line), DEL and
# C1 controls. ESC starts a terminal's escape sequences; none of them is ever typed.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

_KIND_NAMES = {"text": "validation.kind_text", "date": "validation.kind_date",
               "enum": "validation.kind_text", "bool": "validation.kind_bool",
               "money": "validation.kind_money", "ref": "validation.kind_ref"}
_KIND_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,), "date": (date,), "enum": (str,), "bool": (bool,), "money": (int,),
    "ref": (str,),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record: shown beside ``field``; ``code`` is its kind (the
    form words it), ``message`` the catalogue's sentence; ``involves`` are the other fields
    the rule read (the start of an end-before-start)."""

    field: str
    code: str
    message: Message
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)
    involves: tuple[str, ...] = ()


class RecordRefused(ValidationError):
    """A write refused by the checks; ``problems`` holds each, with its field."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("validation.refused",
                         problems=one_after_another([p.message for p in self.problems]))


def one_after_another(messages: list[Message]) -> Message | str:
    """Several sentences as one message, each after the other as a paragraph reads (a list
    value would be joined with commas)."""
    if not messages:
        return ""
    first, *rest = messages
    return message("validation.problems", first=first, rest=one_after_another(rest)) if rest \
        else first


def refuse_if_any(problems: list[Problem]) -> None:
    if problems:
        raise RecordRefused(problems)


@dataclass(frozen=True)
class FieldRule:
    """What one field may hold. ``label`` names it in the sentences; ``choices``
    are an enumeration's keys (a callable when loaded on first use); ``past`` forbids a
    date after today; ``default`` is what a new record holds when the field is not given."""

    label: Message
    kind: str  # text date enum bool money ref
    length: int | None = None
    choices: Collection[str] | Callable[[], Collection[str]] | None = None
    required: bool = False
    past: bool = False
    default: Any = None
    # ``field_problem``'s common answer (nothing wrong) told in one call (``_plain_test``)
    plain: Callable[[Any, date], bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "plain", _plain_test(self))


RecordCheck = Callable[[Mapping[str, Any], date, set[str]], list[Problem]]


def check_record(rules: Mapping[str, FieldRule], values: Mapping[str, Any],
                 current: Mapping[str, Any] | None, today: date | None,
                 joined: RecordCheck) -> list[Problem]:
    """Every problem of the record ``values`` make (laid over ``current``, the stored
    values, or over the defaults for a new record) that the change is responsible for.

    ``joined`` judges the rules that join fields or read a format; it is given the fields
    already found bad, to leave them alone."""
    today = today or date.today()
    if current is None and values.keys() <= rules.keys():
        plain = _plainly_new(rules, values, today)
        if plain is not None:  # no field wrong on its own: only the joined rules to ask
            return joined(plain, today, set())
    found = [Problem(name, UNKNOWN, message("validation.unknown_field", field=name))
             for name in sorted(values.keys() - rules.keys())]
    if current is None:  # a new record: a field given as None (or not at all) its default
        merged = {name: rule.default if (value := values.get(name)) is None else value
                  for name, rule in rules.items()}
    else:
        merged = dict(current)
        merged.update({name: value for name, value in values.items() if name in rules})
    for name, rule in rules.items():
        value = merged.get(name)
        if value is None:
            if not rule.required:
                continue  # nothing to judge (most fields of most records): no call for it
        elif rule.plain(value, today):
            continue  # plainly right (most other fields): the whole judgement not needed
        problem = field_problem(name, rule, value, today)
        if problem is not None:
            found.append(problem)
        elif rule.kind != "text" and isinstance(value, str) and not value.strip():
            merged[name] = None  # empty, as field_problem reads a blank: no date to join
    found += joined(merged, today, {p.field for p in found})
    if current is None:
        return found
    changed = {name for name, value in values.items() if not same(current.get(name), value)}
    return [p for p in found if p.code == UNKNOWN or changed & {p.field, *p.involves}]


def _plainly_new(rules: Mapping[str, FieldRule], values: Mapping[str, Any], today: date
                 ) -> dict[str, Any] | None:
    """The record new ``values`` make (an empty field its default) if each field passes
    its plain test and each required one is filled, as nearly every new record of an import
    or a sync does, found without a loop over every rule; None: judge it whole."""
    defaults, required, tests = _shape(rules)
    merged = dict(values)
    for name, default in defaults.items():
        if merged.get(name) is None:
            merged[name] = default
    for name in required:
        if merged.get(name) is None:
            return None
    for name, value in merged.items():
        if value is not None and not tests[name](value, today):
            return None
    return merged


_Shape = tuple[dict[str, Any], frozenset[str], dict[str, Callable[[Any, date], bool]]]
_SHAPES: dict[int, tuple[Mapping[str, FieldRule], _Shape]] = {}


def _shape(rules: Mapping[str, FieldRule]) -> _Shape:
    """The defaults that are not None, the required fields and the plain tests of a set
    of rules (a module's constant, never changed), found once; the set is kept with them,
    so that its id cannot name another."""
    kept = _SHAPES.get(id(rules))
    if kept is None or kept[0] is not rules:
        kept = _SHAPES[id(rules)] = (rules, (
            {name: rule.default for name, rule in rules.items() if rule.default is not None},
            frozenset(name for name, rule in rules.items() if rule.required),
            {name: rule.plain for name, rule in rules.items()}))
    return kept[1]


def field_problem(name: str, rule: FieldRule, value: Any, today: date) -> Problem | None:
    """What is wrong with one value on its own (None: nothing)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if rule.required:
            return Problem(name, REQUIRED, message("validation.required", label=rule.label))
        return None
    if not isinstance(value, _KIND_TYPES[rule.kind]) or (
            isinstance(value, bool) and rule.kind != "bool") or (
            isinstance(value, datetime) and rule.kind == "date"):
        return Problem(name, TYPE, message("validation.wrong_kind", label=rule.label,
                                           value=value, kind=message(_KIND_NAMES[rule.kind])))
    if rule.kind == "text":
        return _text_problem(name, rule, value)
    if rule.kind == "enum" and value not in _choices(rule):
        return Problem(name, CHOICE, message("validation.not_a_choice", label=rule.label,
                                             value=value))
    if rule.kind == "date" and rule.past and value > today:
        return Problem(name, FUTURE, message("validation.future", label=rule.label,
                                             value=value))
    if rule.kind == "money" and value < 0:
        return Problem(name, NEGATIVE, message("validation.negative", label=rule.label))
    if rule.kind == "money" and value > MAX_MONEY:
        return Problem(name, TOO_LARGE, message("validation.too_large", label=rule.label),
                       {"limit": MAX_MONEY})
    return None


def _plain_test(rule: FieldRule) -> Callable[[Any, date], bool]:
    """A test of a value that is not None: True only where ``field_problem`` finds nothing
    (False sends the value to ``field_problem``, which says what, if anything, is wrong).
    A sync of ten thousand officials judges a hundred thousand values with it."""
    filled: Callable[[str], bool] = str.strip if rule.required else lambda _text: True
    if rule.kind == "text":  # within its limit whatever NFC does (ASCII it leaves alone)
        limit = rule.length
        if not rule.required and limit is not None:  # most text fields: no call to spare
            return lambda value, _today: (
                type(value) is str and not _CONTROL.search(value)
                and (3 * len(value) <= limit or (len(value) <= limit and value.isascii())))
        return lambda value, _today: (
            type(value) is str and not _CONTROL.search(value) and bool(filled(value))
            and (limit is None or 3 * len(value) <= limit
                 or (len(value) <= limit and value.isascii())))
    if rule.kind == "enum":
        return _plain_choice(rule, filled)
    if rule.kind == "ref":
        return lambda value, _today: type(value) is str and bool(filled(value))
    if rule.kind == "bool":
        return lambda value, _today: type(value) is bool
    if rule.kind == "date":
        past = rule.past
        return lambda value, today: type(value) is date and not (past and value > today)
    if rule.kind == "money":
        return lambda value, _today: type(value) is int and 0 <= value <= MAX_MONEY
    return lambda _value, _today: False  # a kind of its own: always judged whole


def _plain_choice(rule: FieldRule, filled: Callable[[str], bool]
                  ) -> Callable[[Any, date], bool]:
    """An enumeration's plain test: a fixed list of keys looked in without a call."""
    if callable(rule.choices):
        return lambda value, _today: (type(value) is str and value in _choices(rule)
                                      and bool(filled(value)))
    keys = rule.choices if rule.choices is not None else ()
    if rule.required:
        return lambda value, _today: (type(value) is str and value in keys
                                      and bool(value.strip()))
    return lambda value, _today: type(value) is str and value in keys


def _text_problem(name: str, rule: FieldRule, value: str) -> Problem | None:
    if found := _CONTROL.search(value):
        code = ord(found.group())
        return Problem(name, CONTROL, message("validation.control_character",
                                              label=rule.label, char=f"{code:#04x}"),
                       {"code": code})
    # NFC makes a text at most three times longer: a text that short needs no NFC here.
    if rule.length is not None and 3 * len(value) > rule.length and len(nfc(value)) > rule.length:
        return Problem(name, TOO_LONG, message("validation.too_long", label=rule.label,
                                               length=len(nfc(value)), limit=rule.length),
                       {"limit": rule.length})
    return None


def _choices(rule: FieldRule) -> Collection[str]:
    choices = rule.choices
    if callable(choices):
        choices = choices()
    return choices or ()


def text_lengths(model: type, rules: Mapping[str, FieldRule]) -> dict[str, FieldRule]:
    """The rules with each text field's limit taken from the model's column, so the limit
    a form, an import and the province's PostgreSQL apply is one number."""
    columns = model.__table__.c  # type: ignore[attr-defined]
    return {name: (replace(rule, length=columns[name].type.length) if rule.kind == "text"
                   else rule)
            for name, rule in rules.items()}
