"""The province's clock (issue 9, item 4): a clock that jumps years ahead during one import
must not let a future stamp in; one that did get in is held back by the laptops (the rest
of the answer is applied) and is stamped anew by ``server repair-clock``, after which real
edits win again.

The laptops and the province are the real stores of a synced world (tests/usb_helpers.py);
a wrong clock is ``app.models.hlc.now_ms`` moved for the in-process step that runs "on" the
wrong computer, and the repair runs as a real ``commune-it`` process on the right clock.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import delete, select

from app.models import JournalEntry, Setting, Staff, hlc
from app.sync.clock_rules import HELD_KEY, TRUSTED_KEY, hold_back_future
from app.sync.ops import TABLES
from tests.helpers import MUONG_PHANG, THANH_NUA
from tests.usb_helpers import (
    Laptop,
    World,
    assert_cli_ok,
    assert_ok,
    assert_refused,
    bundles_on,
    new_stick,
    only,
)

YEARS_AHEAD_MS = 3 * 365 * 86_400_000


def person(laptop: Laptop, commune: str) -> str:
    with laptop.session() as session:
        return session.scalars(select(Staff.id).where(Staff.commune_code == commune)
                               .order_by(Staff.full_name)).first()


def phone_of(laptop: Laptop, staff_id: str) -> str | None:
    with laptop.session() as session:
        return session.get(Staff, staff_id).phone


def set_phone(laptop: Laptop, staff_id: str, phone: str) -> None:
    with laptop.session() as session:
        session.get(Staff, staff_id).phone = phone


def trusted_bound(world: World) -> int | None:
    with world.province.session() as session:
        stored = session.get(Setting, TRUSTED_KEY)
        return None if stored is None else int(stored.value)


def ahead(monkeypatch, ms: int) -> None:
    real = hlc.now_ms()
    monkeypatch.setattr(hlc, "now_ms", lambda: real + ms)


def export_ahead(laptop: Laptop, stick, monkeypatch) -> None:
    """The laptop's clock runs three years ahead while it edits and exports."""
    ahead(monkeypatch, YEARS_AHEAD_MS)
    assert_ok(laptop.export(stick))
    monkeypatch.undo()


def test_a_province_clock_that_jumped_refuses_a_future_stamp(world, tmp_path, monkeypatch):
    """Both clocks three years ahead during one import: before, the stamp was accepted."""
    office, server = world.office, world.province
    staff_id = person(office, MUONG_PHANG)
    ahead(monkeypatch, YEARS_AHEAD_MS)
    set_phone(office, staff_id, "0900000009")
    stick = new_stick(tmp_path)
    assert_ok(office.export(stick))
    before = server.state()
    assert_refused(server.take(only(bundles_on(stick, kind="changes"))),
                   "đồng hồ máy chủ tỉnh", "repair-clock")
    monkeypatch.undo()
    assert server.state() == before


def test_a_jumped_province_clock_takes_right_stamps_and_warns(world, tmp_path, monkeypatch,
                                                               caplog):
    """A laptop with a right clock is not refused because the province's clock is wrong;
    the jump is told in the import's notes and the log, and teaches the province nothing."""
    office, server = world.office, world.province
    bound = trusted_bound(world)
    assert bound is not None  # learnt in the world's first round, where the clocks agreed
    staff_id = person(office, MUONG_PHANG)
    set_phone(office, staff_id, "0900000010")
    stick = new_stick(tmp_path)
    assert_ok(office.export(stick))
    ahead(monkeypatch, YEARS_AHEAD_MS)
    with caplog.at_level(logging.WARNING):
        report = assert_ok(server.take(stick))
    monkeypatch.undo()
    assert report.applied == 1
    assert any("Cảnh báo: đồng hồ máy chủ tỉnh" in str(note) for note in report.notes), \
        report.notes
    assert any("clock jumped" in r.getMessage() for r in caplog.records)
    assert trusted_bound(world) == bound
    assert phone_of(server, staff_id) == "0900000010"


def test_agreeing_clocks_move_the_trusted_bound(world, tmp_path):
    office, server = world.office, world.province
    bound = trusted_bound(world)
    set_phone(office, person(office, MUONG_PHANG), "0900000011")
    stick = new_stick(tmp_path)
    assert_ok(office.export(stick))
    assert_ok(server.take(stick))
    assert trusted_bound(world) > bound


def test_a_future_stamp_already_in_is_held_back_then_repaired(world, tmp_path, monkeypatch):
    """A province without a trusted bound yet (as one upgraded from before the check) takes
    a future stamp while its clock is wrong. The trainer's laptop, which reads both
    communes, then gets it in one answer with Thanh Nưa's ordinary edit: it applies the
    edit and holds the future value back (before: the whole answer refused, every time).
    ``server repair-clock`` restamps it; the value reaches the trainer, and a later real
    edit beats it at the province."""
    office, office2, trainer, server = world.office, world.office2, world.trainer, \
        world.province
    with server.session() as session:
        session.execute(delete(Setting).where(Setting.key == TRUSTED_KEY))
    muong_phang, thanh_nua = person(office, MUONG_PHANG), person(office2, THANH_NUA)
    up = new_stick(tmp_path, "up")
    ahead(monkeypatch, YEARS_AHEAD_MS)
    set_phone(office, muong_phang, "0900000012")
    assert_ok(office.export(up))
    assert_ok(server.take(up))  # the province's clock is wrong too: accepted
    monkeypatch.undo()
    set_phone(office2, thanh_nua, "0900000013")
    up2 = new_stick(tmp_path, "up2")
    assert_ok(office2.export(up2))
    assert_ok(server.take(up2))

    down = new_stick(tmp_path, "down")
    assert_ok(server.export(MUONG_PHANG, down))
    report = assert_ok(trainer.take(*bundles_on(down, receiver=trainer.device_id)))
    assert phone_of(trainer, thanh_nua) == "0900000013"
    assert phone_of(trainer, muong_phang) != "0900000012"
    assert any("được giữ lại" in str(note) and "repair-clock" in str(note)
               for note in report.notes), report.notes

    out = assert_cli_ok(server.cli("server", "repair-clock"))
    assert "Đã ghi lại theo giờ này 1 thay đổi" in out and office.device_id in out
    assert_cli_ok(server.cli("server", "repair-clock", "--db",
                             server.dir / server.db_name))  # again: nothing more
    down2 = new_stick(tmp_path, "down2")
    assert_ok(server.export(MUONG_PHANG, down2))
    report = assert_ok(trainer.take(*bundles_on(down2, receiver=trainer.device_id)))
    assert phone_of(trainer, muong_phang) == "0900000012"
    assert not any("được giữ lại" in str(note) for note in report.notes)
    assert held_on(trainer) == []  # the restamped copy replaced the one held back

    set_phone(office, muong_phang, "0900000014")  # a real edit, after the repair
    again = new_stick(tmp_path, "again")
    assert_ok(office.export(again))
    assert_ok(server.take(again))
    assert phone_of(server, muong_phang) == "0900000014"
    limit = f"{hlc.now_ms() + 86_400_000:018d}"
    for store in (server, office, trainer):
        with store.session() as session:
            assert not session.scalars(select(JournalEntry.hlc).where(
                JournalEntry.hlc > limit)).all(), store.dir.name


def held_on(laptop: Laptop) -> list[dict]:
    with laptop.session() as session:
        stored = session.get(Setting, HELD_KEY)
        return [] if stored is None else json.loads(stored.value)


def test_a_laptop_whose_clock_is_slow_gets_held_values_once_it_catches_up(world, tmp_path,
                                                                         monkeypatch):
    """Held back is not dropped: the trainer's clock two days slow holds Thanh Nưa's edit
    back (it looks two days ahead); the next answer, once the clock is right, brings it in
    with the new edit, though the province never sends it again."""
    office2, trainer, server = world.office2, world.trainer, world.province
    thanh_nua = person(office2, THANH_NUA)
    set_phone(office2, thanh_nua, "0900000021")
    up = new_stick(tmp_path, "up")
    assert_ok(office2.export(up))
    assert_ok(server.take(up))
    down = new_stick(tmp_path, "down")
    assert_ok(server.export(THANH_NUA, down))
    ahead(monkeypatch, -2 * 86_400_000)
    report = assert_ok(trainer.take(*bundles_on(down, receiver=trainer.device_id)))
    monkeypatch.undo()
    assert any("được giữ lại" in str(note) for note in report.notes), report.notes
    assert phone_of(trainer, thanh_nua) != "0900000021" and len(held_on(trainer)) == 1

    with office2.session() as session:
        session.get(Staff, thanh_nua).email = "thanhnua@dienbien.gov.vn"
    up2, down2 = new_stick(tmp_path, "up2"), new_stick(tmp_path, "down2")
    assert_ok(office2.export(up2))
    assert_ok(server.take(up2))
    assert_ok(server.export(THANH_NUA, down2))
    assert_ok(trainer.take(*bundles_on(down2, receiver=trainer.device_id)))
    with trainer.session() as session:
        official = session.get(Staff, thanh_nua)
        assert (official.phone, official.email) == ("0900000021", "thanhnua@dienbien.gov.vn")
    assert held_on(trainer) == []


def test_holding_back_keeps_what_depends_on_a_held_creation():
    """A new official stamped in the future is held back with every later change of it and
    with the records pointing at it; the rest of the answer is applied."""
    now, future = 1_800_000_000_000, 1_900_000_000_000
    stamp = f"{now:018d}.00000"
    ops = [
        {"t": "staff", "id": "s-new", "o": "insert", "h": f"{future:018d}.00000", "v": {}},
        {"t": "staff", "id": "s-new", "o": "update", "h": stamp, "v": {"phone": "1"}},
        {"t": "enrollment", "id": "e-1", "o": "insert", "h": stamp,
         "v": {"staff_id": "s-new", "course_id": "c-1"}},
        {"t": "attendance", "id": "a-1", "o": "insert", "h": stamp,
         "v": {"enrollment_id": "e-1"}},
        {"t": "staff", "id": "s-old", "o": "update", "h": stamp, "v": {"phone": "2"}},
    ]
    assert ("staff_id", "staff") in {(fk.parent.name, fk.column.table.name)
                                     for fk in TABLES["enrollment"].foreign_keys}
    kept, held = hold_back_future(ops, now)
    assert [op["id"] for op in kept] == ["s-old"]
    assert {op["id"] for op in held} == {"s-new", "e-1", "a-1"}
    assert hold_back_future(ops[1:2], now) == (ops[1:2], [])
