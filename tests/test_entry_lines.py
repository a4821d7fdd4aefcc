"""A journal entry's bundle line is put together from the journal's texts (app/sync/lines.py)
and is byte for byte what decoding the entry and encoding it again makes: on real journals
(a laptop's edits and the province's merge of them) and on texts written otherwise (with
spaces by older versions, with escapes, with a number JSON has not)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import select

from app.models import JournalEntry, Staff
from app.sync import lines
from app.sync.bundle_body import record_line
from app.sync.ops import entry_to_op
from tests.helpers import MUONG_PHANG
from tests.usb_helpers import assert_ok, new_stick


def the_long_way(monkeypatch) -> list[object]:
    """The entries ``entry_line`` sends the long way, from now on."""
    taken: list[object] = []
    real = lines.entry_to_op

    def counted(entry):
        taken.append(entry)
        return real(entry)

    monkeypatch.setattr(lines, "entry_to_op", counted)
    return taken


def journal_rows(holder) -> list:
    with holder.store() as store, store.sessions.begin() as session:
        return list(session.connection().execute(
            select(JournalEntry.__table__).order_by(JournalEntry.seq)))


def test_every_line_of_a_laptops_and_the_provinces_journal_is_the_long_ways(
        world, tmp_path, monkeypatch):
    office = world.office
    with office.session() as session:
        official = session.scalars(select(Staff).where(Staff.commune_code == MUONG_PHANG)
                                   .order_by(Staff.full_name)).first()
        official.position = 'Phó chủ tịch "phụ trách" văn hoá: xã hội\\ngày'
        official.phone = "0912 345 678"
        official.minority_languages = "Thái, Mông, Dao"
    up, down = new_stick(tmp_path, "up"), new_stick(tmp_path, "down")
    assert_ok(office.export(up))
    assert_ok(world.province.take(up))
    assert_ok(world.province.export(MUONG_PHANG, down))
    assert_ok(office.take(down))
    for holder in (office, world.province):
        rows = journal_rows(holder)
        taken = the_long_way(monkeypatch)
        assert [lines.entry_line(row) for row in rows] == [
            record_line(entry_to_op(row)) for row in rows]
        # the edit's text holds '": ' inside the position, so it alone goes the long way
        assert len(rows) > 20 and len(taken) <= 1, (len(rows), len(taken))


def entry(changes: str, vector: str | None = None, account: str | None = None):
    return SimpleNamespace(table_name="staff", row_id="3f0c2a9e-1b7d-4c55-9a0e-5d2f8b6c1e47",
                           partition="commune:03325", hlc="000001796561171452.00024",
                           device_id="8df10886-38a3-4ca2-a000-93aa8407156d", op="update",
                           changes=changes, vector=vector, account=account)


@pytest.mark.parametrize(("changes", "vector", "account", "long_way"), [
    ('{"phone":"0912","deleted":false,"value_vnd":12000000,"x":0.1,"n":null}', None, None,
     False),
    ('{"full_name":"Lò Văn Thắng"}', '{"8df10886-38a3-4ca2-a000-93aa8407156d":'
     '"000001796561171452.00024"}', "lan", False),
    ('{"position":"Chủ tịch \\"xã\\" \\\\ Mường Phăng\\n"}', "", "", False),
    ('{"a":[1,2,{"b":"c"}]}', None, "Quàng Thị Mai", False),
    ('{"phone": "0912", "deleted": false}', None, None, True),  # an older version's spaces
    ('{"full_name":"L\\u00f2 V\\u0103n"}', None, None, True),  # escaped letters
    ('{"email":"a@b"}', '{"8df10886-38a3-4ca2-a000-93aa8407156d": '
     '"000001796561171452.00024"}', None, True),  # an older version's vector
    ('{"position":"ghi chú: \\"x\\": y"}', None, None, True),  # '": ' inside a value
    ('{"unit":"\\u0007bell"}', None, None, True),  # a control character, escaped
    ("{}", None, None, False),
])
def test_a_text_written_otherwise_goes_the_long_way_to_the_same_line(
        monkeypatch, changes, vector, account, long_way):
    taken = the_long_way(monkeypatch)
    row = entry(changes, vector, account)
    assert lines.entry_line(row) == record_line(entry_to_op(row))
    assert bool(taken) == long_way


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity"])
def test_a_number_json_has_not_is_refused_as_the_long_way_refuses_it(number):
    with pytest.raises(ValueError):
        record_line(entry_to_op(entry(f'{{"x":{number}}}')))
    with pytest.raises(ValueError):
        lines.entry_line(entry(f'{{"x":{number}}}'))
