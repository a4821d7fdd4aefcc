"""The province's apply, faster (issue 17, item 2): each short way the import now takes
gives what the long way gives.

A new record whose every field passes its plain test skips the loop over every rule
(``validation._plainly_new``); an op whose every field is plainly right skips the tuple of
every check (``schema._op_fine``); the clock of a new record and a vector of one device are
written without the encoder (``clock._one_device``, ``merge_write._vector_text``); a bulk
row is read in one call (``bulk._Prepared``); a stamp's wall time is read without making a
``Stamp``; a bundle line is parsed by one decoder made once. Each is held here to the long
way over values right and wrong, and a bundle merged into another copy leaves its journal
text, vectors and clocks byte for byte as the sending copy wrote them.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.models import JournalEntry, Staff
from app.models import validation as validation_module
from app.models.bulk import insert_rows
from app.models.clock import _ENCODER, RecordClock
from app.models.equipment_ops import EQUIPMENT_RULES, check_equipment
from app.models.hlc import Stamp
from app.models.journal import VECTOR_TEXT
from app.models.records import create
from app.models.staff_ops import STAFF_RULES, check_staff
from app.models.training_results import RESULT_RULES, check_result
from app.sync import inbound, safejson, schema
from app.sync.merge import _wall_ms
from app.sync.merge_write import _vector_text
from app.sync.ops import values_from_json
from tests.helpers import MUONG_PHANG, make_store
from tests.sync_helpers import ship

TODAY = date(2026, 6, 15)
RECORD = "82e442cc-8f1b-4fe2-8b34-dd3e4bdd6ffe"
DEVICE = "f4d2e961-e499-4d47-bc2d-618a144feb81"
STAMP = "000001796493539737.00000"
OFFICIAL = {"full_name": "Sùng Thị Hùng", "gender": "male", "birth_date": date(1964, 9, 4),
            "ethnicity_code": "08", "position": "Công chức", "professional_level": "none",
            "it_certificate": "a", "uses_official_email": False, "phone": "0900000000",
            "digital_skills": False, "unit": None, "email": None}
WRONG: list[Any] = [None, "", "  ", "x" * 200, "a\x1bb", "robot", 5, True, -1, 10 ** 13,
                    TODAY + timedelta(days=1), date(1900, 1, 1), "2026-01-01", "0900 000 000",
                    "a@b", "a@b.vn", date(2020, 1, 1)]
CHECKS = [(STAFF_RULES, check_staff), (EQUIPMENT_RULES, check_equipment),
          (RESULT_RULES, check_result)]


def _told(check, values: dict) -> list[tuple] | str:
    """The problems a check finds, or the error it raises (a blank text where a date goes
    reaches a rule that reads the date: the long way raises, the short way must too)."""
    try:
        problems = check(values, None, TODAY)
    except (AttributeError, TypeError) as exc:
        return type(exc).__name__
    return [(p.field, p.code, p.message, p.involves) for p in problems]


def _records(rules: dict) -> list[dict]:
    """A typical official, then every field of the rules set to every value of WRONG, an
    unknown field, and nothing at all."""
    base = dict(OFFICIAL) if rules is STAFF_RULES else {}
    out = [base, {}, {**base, "nickname": "A"}]
    out += [{**base, name: value} for name in rules for value in WRONG]
    return out


@pytest.mark.parametrize(("rules", "check"), CHECKS)
def test_a_new_record_judged_the_short_way_is_judged_as_the_long_way(rules, check,
                                                                     monkeypatch) -> None:
    records = _records(rules)
    short = [_told(check, values) for values in records]
    monkeypatch.setattr(validation_module, "_plainly_new", lambda *_args: None)
    assert short == [_told(check, values) for values in records]
    assert any(short[3:]) and (short[0] == [] or rules is not STAFF_RULES)


def test_a_typical_new_official_takes_the_short_way() -> None:
    merged = validation_module._plainly_new(STAFF_RULES, OFFICIAL, TODAY)
    assert merged is not None and merged["it_certificate"] == "a"
    assert merged["uses_official_email"] is False and merged.get("unit") is None
    assert validation_module._plainly_new(STAFF_RULES, {**OFFICIAL, "full_name": " "},
                                          TODAY) is None


def _op(**changed: Any) -> dict[str, Any]:
    op = {"t": "staff", "id": RECORD, "p": "commune:03325", "h": STAMP, "d": DEVICE,
          "o": "insert", "v": {"full_name": "A"}, "vv": {DEVICE: STAMP}}
    op.update(changed)
    return op


OP_WRONG: list[Any] = [None, 1, "", "x", "commune:1", "province:01", "000001796493539737",
                       "099999999999999999.00000", "insert", "delete", "audit_event",
                       {}, {DEVICE: "x"}, {"bad id!": STAMP}, {DEVICE: STAMP, "b": STAMP},
                       {RECORD: STAMP}, "lan", "x" * 61, "a\x07", [], {"a": 1}]


def test_an_op_judged_the_short_way_is_judged_as_the_long_way(monkeypatch) -> None:
    ops = [_op()] + [_op(**{key: value}) for key in ("id", "p", "h", "d", "o", "v", "vv",
                                                    "a", "t") for value in OP_WRONG]
    ops.append(_op(t="audit_event", o="update"))
    short = [schema._op_problem(op) for op in ops]
    assert short[0] is None and schema._op_fine(ops[0])
    monkeypatch.setattr(schema, "_op_fine", lambda _op: False)
    assert short == [schema._op_problem(op) for op in ops]


TEXTS = ["plain", "Lò Văn Thắng", 'quote " and \\ back', "tab\tline\n", "\x00\x1f\x7f",
         "\u2028", "😀"]


@pytest.mark.parametrize("text", TEXTS)
def test_a_new_records_clock_is_written_as_the_encoder_writes_it(text: str) -> None:
    for clock in (RecordClock(created=(STAMP, text), vector={text: STAMP}),
                  RecordClock(created=(text, DEVICE), vector={DEVICE: text})):
        assert clock.to_json() == _ENCODER.encode({"c": list(clock.created),
                                                   "vv": clock.vector})
    with_fields = RecordClock(created=(STAMP, DEVICE), vector={DEVICE: STAMP, text: STAMP})
    with_fields.record(["phone"], (STAMP[:-1] + "1", text))
    assert json.loads(with_fields.to_json())["f"] == {"phone": [STAMP[:-1] + "1", text]}
    assert RecordClock.from_json(with_fields.to_json()) == with_fields


@pytest.mark.parametrize("vector", [{DEVICE: STAMP}, {t: STAMP for t in TEXTS}, {},
                                    {"k": 1}, *({text: text} for text in TEXTS)])
def test_a_vector_is_written_as_the_journal_encoder_writes_it(vector: dict) -> None:
    assert _vector_text(vector) == VECTOR_TEXT.encode(vector)


def test_a_stamps_wall_time_is_read_as_the_stamp_reads_it() -> None:
    for text in (STAMP, "1.2", "000001796493539737.99999"):
        assert _wall_ms(text) == Stamp.decode(text).wall_ms
    for text in ("", "x", "1.", ".1", "1.2.3", "-1.0", "1 .0"):
        with pytest.raises(ValueError):
            Stamp.decode(text)
        with pytest.raises(ValueError):
            _wall_ms(text)


def test_the_values_a_change_is_judged_on_are_those_its_rules_name() -> None:
    values = {"full_name": "A", "birth_date": "1964-09-04", "commune_code": "03325",
              "deleted": False, "erased": True, "name_key": "a", "partition": "commune:1"}
    for given in (values, {**values, "nickname": "B"}, {}):
        expected = values_from_json("staff", given, given.keys() - STAFF_RULES.keys())
        got = inbound._checked_values("staff", given, STAFF_RULES)
        assert got == expected and list(got) == list(expected)
    assert got is not values


def test_one_decoder_for_every_line_still_refuses_what_it_refused() -> None:
    assert safejson.loads(b'{"a": [1, 2.5, "\\u00e9"]}') == {"a": [1, 2.5, "é"]}
    for raw in (b"NaN", b'{"a": Infinity}', b"[1e400]", b"[" * 9 + b"]" * 9, b"\xff",
                b"{", b"\xef\xbb\xbf{}"):
        with pytest.raises(ValueError):
            safejson.loads(raw)
    pairs = safejson.loads(b'{"a": 1, "a": 2}', object_pairs_hook=lambda p: p)
    assert pairs == [("a", 1), ("a", 2)]
    assert safejson.loads(b'{"b": 1.5}') == {"b": 1.5}  # the hook is not kept


def test_bulk_rows_without_a_column_write_it_empty(tmp_path) -> None:
    store = make_store(tmp_path / "s")
    try:
        with store.sessions.begin() as session:
            connection = session.connection()
            entries = [dict(hlc=STAMP[:-1] + str(i), device_id=DEVICE, table_name="staff",
                            row_id=f"{RECORD[:-1]}{i}", partition="commune:03325", op="insert",
                            changes="{}", vector=None if i else "{}", origin=None)
                       for i in range(3)]
            entries[1]["account"] = "lan"
            insert_rows(connection, JournalEntry.__table__, entries)
        with store.sessions() as session:
            got = session.execute(select(JournalEntry.row_id, JournalEntry.vector,
                                         JournalEntry.account).where(
                JournalEntry.device_id == DEVICE).order_by(JournalEntry.row_id)).all()
        assert [tuple(r) for r in got] == [(f"{RECORD[:-1]}0", "{}", None),
                                           (f"{RECORD[:-1]}1", None, "lan"),
                                           (f"{RECORD[:-1]}2", None, None)]
    finally:
        store.close()


def test_a_merged_bundle_keeps_the_senders_journal_text_vectors_and_clocks(tmp_path) -> None:
    sender, receiver = make_store(tmp_path / "a"), make_store(tmp_path / "b")
    try:
        with sender.sessions.begin() as session:
            ids = [create(session, Staff, full_name=name, commune_code=MUONG_PHANG,
                          position=f'Cán bộ "{i}" \\ {name}', birth_date=date(1980, 1, 1 + i),
                          digital_skills=bool(i % 2), phone="0912345678").id
                   for i, name in enumerate(["Lò Văn Thắng", "Quàng Thị Mai", "Giàng A Páo"])]
        with sender.sessions.begin() as session:
            session.get(Staff, ids[0]).phone = "0987654321"  # an edit: a clock with fields
        result = ship(sender, receiver)
        assert result.applied == 4
        sent, got = _written(sender), _written(receiver)
        assert got == sent and len(got[0]) == 4 and len(got[1]) == 3
    finally:
        sender.close()
        receiver.close()


def _written(store) -> tuple[list[tuple], list[tuple]]:
    """Each journal entry's text as stored, and each official's clock text."""
    with store.sessions() as session:
        entries = session.execute(select(
            JournalEntry.hlc, JournalEntry.row_id, JournalEntry.changes,
            JournalEntry.vector).where(JournalEntry.table_name == "staff")
            .order_by(JournalEntry.hlc)).all()
        clocks = session.execute(select(Staff.id, Staff.clock, Staff.hlc, Staff.phone)
                                 .order_by(Staff.id)).all()
    return [tuple(e) for e in entries], [tuple(c) for c in clocks]
