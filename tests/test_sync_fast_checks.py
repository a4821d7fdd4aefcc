"""The quick tests a bundle's changes pass on their way in never let through what the full
judgement refuses (issue 17: the province's apply, faster).

Each check of an incoming change has a short way for the common case: a value the schema
(``schema_values.value_test``) or the models' rules (``FieldRule.plain``) call plainly
right skips the judgement that words a refusal. Here every rule of every synced table and
of every form is given the same battery of values, right and wrong, and a quick "yes" must
always be the full judgement's "nothing wrong"; a typical right value must take the short
way (else the speed quietly goes). The values of a change, converted once for the merge,
are those the field-by-field conversion gives; the journal and the rows a real import of
a laptop's bundle writes are tested by the sync suites.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from app.models.equipment_ops import EQUIPMENT_RULES
from app.models.staff_ops import STAFF_RULES
from app.models.training_results import RESULT_RULES
from app.models.validation import MAX_MONEY, FieldRule, field_problem
from app.sync.ops import TABLES, from_json, values_from_json
from app.sync.schema import _first_value_problem, _plainly_valid, rules_of
from app.sync.schema_values import ValueRule, value_problem, value_test

TODAY = date(2026, 6, 15)
RECORD = "82e442cc-8f1b-4fe2-8b34-dd3e4bdd6ffe"

# Values a hostile or careless bundle, form or file may carry, for any column.
BATTERY: list[Any] = [
    "", " ", "\t", "a\tb", "line\nbreak", "\x1b[31m", "\x85", "Lò Văn Thử", "x" * 9,
    "x" * 40, "x" * 121, "x" * 10_001, "Ä" * 41, "A\u0308" * 41, RECORD, RECORD.upper(),
    "none", "male", "a", "01", "03325", "2026-06-15", "2026-06-16", "1899-12-31",
    "2199-12-31", "2200-01-01", "2026-02-30", "20260615", True, False, 0, 1, -1, 2 ** 15,
    2 ** 31, -(2 ** 31), 2 ** 63, 1.5, float("inf"), float("nan"), 1e10, [], {}, ["a"],
    {"a": 1}, TODAY, TODAY + timedelta(days=1), datetime(2020, 1, 1), MAX_MONEY,
    MAX_MONEY + 1,
]
FORM_RULES = {"staff": STAFF_RULES, "equipment": EQUIPMENT_RULES, "result": RESULT_RULES}


def _schema_rules() -> list[tuple[str, str, ValueRule]]:
    return [(table, name, rule) for table in TABLES
            for name, rule in rules_of(table).values.items()]


@pytest.mark.parametrize(("table", "name", "rule"), _schema_rules(),
                         ids=lambda item: item if isinstance(item, str) else "")
def test_a_value_the_schema_calls_plainly_right_is_right(table: str, name: str,
                                                         rule: ValueRule) -> None:
    test = value_test(rule)
    for value in BATTERY:
        if test(value):
            assert value_problem(rule, value) is None, (table, name, value)


def test_typical_right_values_take_the_short_way() -> None:
    staff = rules_of("staff").fine
    for name, value in [("full_name", "Lò Văn Thử"), ("gender", "male"),
                        ("birth_date", "1964-09-04"), ("digital_skills", False),
                        ("commune_code", "03325"), ("phone", "0912 345 678")]:
        assert staff[name](value), name
    assert rules_of("enrollment").fine["staff_id"](RECORD)
    assert _plainly_valid(rules_of("staff"), {"full_name": "A", "unit": None, "erased": True})


@pytest.mark.parametrize("values", [
    {"full_name": "A", "unit": None}, {"full_name": None}, {"nickname": "A"},
    {"full_name": "A", "gender": "other"}, {"birth_date": "2026-02-30"},
    {"full_name": "A\x1b"}, {"deleted": 1}, {"full_name": "x" * 121}, {1: "x"},
    {"erased": None}, {"full_name": "A", "service_end": "2030-01-01"},
])
def test_the_short_way_over_a_change_agrees_with_the_full_one(values: dict) -> None:
    rules = rules_of("staff")
    assert _plainly_valid(rules, values) == (_first_value_problem(rules, values) is None)


def _form_rules() -> list[tuple[str, FieldRule]]:
    return [(name, rule) for rules in FORM_RULES.values() for name, rule in rules.items()]


@pytest.mark.parametrize(("name", "rule"), _form_rules(),
                         ids=lambda item: item if isinstance(item, str) else "")
def test_a_value_a_form_rule_calls_plainly_right_is_right(name: str, rule: FieldRule) -> None:
    for value in BATTERY:
        if rule.plain(value, TODAY):
            assert field_problem(name, rule, value, TODAY) is None, (name, value)


def test_typical_form_values_take_the_short_way() -> None:
    for name, value in [("full_name", "Lò Văn Thử"), ("gender", "male"),
                        ("birth_date", date(1964, 9, 4)), ("digital_skills", False),
                        ("ethnicity_code", "01"), ("phone", "0912345678")]:
        assert STAFF_RULES[name].plain(value, TODAY), name
    assert not STAFF_RULES["full_name"].plain("  ", TODAY)  # blank and required: judged
    assert not STAFF_RULES["birth_date"].plain(TODAY + timedelta(days=1), TODAY)


def test_a_rule_made_anew_with_another_limit_tests_that_limit() -> None:
    """``text_lengths`` makes the rules again with the column's limit (``replace``)."""
    rule = STAFF_RULES["full_name"]
    assert rule.length is not None
    assert rule.plain("x" * (rule.length // 3), TODAY)
    assert field_problem("full_name", rule, "x" * (rule.length + 1), TODAY) is not None
    assert not rule.plain("x" * (rule.length + 1), TODAY)


CHANGES = [
    {"full_name": "A", "birth_date": "1964-09-04", "digital_skills": 1, "erased": False,
     "service_end": None, "partition": "commune:03325", "hlc": "x"},
    {"deleted": True},
    {},
]


@pytest.mark.parametrize("values", CHANGES)
@pytest.mark.parametrize("skip", [frozenset(), frozenset({"partition", "hlc", "clock"})])
def test_values_converted_at_once_are_those_converted_one_by_one(values: dict,
                                                                 skip: frozenset) -> None:
    expected = {name: from_json("staff", name, value) for name, value in values.items()
                if name not in skip}
    got = values_from_json("staff", values, skip)
    assert got == expected and list(got) == list(expected)
    assert all(type(got[name]) is type(expected[name]) for name in got)
    assert values is not got


def test_an_unknown_field_is_still_a_key_error() -> None:
    with pytest.raises(KeyError, match="nickname"):
        values_from_json("staff", {"full_name": "A", "nickname": "B"})
    assert values_from_json("staff", {"full_name": "A", "nickname": "B"},
                            {"nickname"}) == {"full_name": "A"}


def test_the_columns_that_need_the_database_are_listed_once() -> None:
    for table in TABLES:
        rules = rules_of(table)
        assert rules.references == tuple(
            (name, *rule.reference.split(".")) for name, rule in rules.values.items()
            if rule.reference is not None)
        assert rules.links == tuple((name, rule.link) for name, rule in rules.values.items()
                                    if rule.link is not None)
    assert ("commune_code", "commune", "code") in rules_of("staff").references
    assert ("holder_id", "staff") in rules_of("equipment").links
