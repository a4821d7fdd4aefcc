"""A journal that stays small, and a compaction that costs nothing when there is nothing to
compact (issue 17, items 5 and 2).

Real stores on disk: the bench's own year of daily syncs, shortened (bench/journal_size.py);
the USB world (province, office and trainer laptops) for what the province keeps and what a
device enrolled after its compaction builds from it; the bench's laptop and province for the
compaction right after an import of new records.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlalchemy import select

from app.models import JournalEntry, Staff
from app.models.compaction_search import newest_seq
from app.ops.sync import compact_journal
from app.server import province
from app.sync import compaction, device
from app.sync.outbox import watermark
from app.sync.status import status
from bench import journal_size
from tests.helpers import MUONG_PHANG, make_store
from tests.usb_helpers import Laptop, World, assert_ok, new_stick

# ------------------------------------------------------------------ the size, over weeks


def test_a_laptop_that_syncs_daily_stays_within_twice_its_records(tmp_path):
    """Forty days of fifty edits a day on a hundred officials, synced daily by stick."""
    laptop, _province = journal_size.year(tmp_path / "run", compacting=True, days=40)
    figures = journal_size.Figures(laptop, tmp_path, journal_size.empty_size(tmp_path))
    # the province has confirmed every change: of each record only its stamp's entry stays
    assert figures.entries == journal_size.OFFICIALS
    with sqlite3.connect(laptop) as db:  # forty bundles sent, one row left to tell of them
        assert db.execute("SELECT count(*) FROM sync_outbox").fetchone() == (1,)
    assert figures.whole <= 2, f"{figures.whole:.2f} x its records"


# ------------------------------------------------------------------ helpers of the world


def edit(laptop: Laptop, row_id: str, **values) -> None:
    with laptop.session() as session:
        staff = session.get(Staff, row_id)
        for name, value in values.items():
            setattr(staff, name, value)


def round_trip(world: World, laptop: Laptop, tmp: Path, name: str) -> None:
    up, down = new_stick(tmp, f"{name}-up"), new_stick(tmp, f"{name}-down")
    assert_ok(laptop.export(up))
    assert_ok(world.province.take(up))
    assert_ok(world.province.export(MUONG_PHANG, down))
    assert_ok(laptop.take(down))


def staff_values(laptop) -> dict[str, tuple]:
    with laptop.session() as session:
        return {s.id: (s.full_name, s.phone, s.email, s.position, s.birth_date, s.gender,
                       s.ethnicity_code, s.it_certificate, s.deleted, s.clock)
                for s in session.scalars(select(Staff).where(
                    Staff.commune_code == MUONG_PHANG))}


def journal_rows(holder) -> list[JournalEntry]:
    with holder.session() as session:
        rows = list(session.scalars(select(JournalEntry).order_by(JournalEntry.seq)))
        session.expunge_all()
        return rows


# ------------------------------------------------------------------ what is kept, and used


def test_a_device_enrolled_after_compaction_makes_every_record_from_what_is_kept(
        world, tmp_path):
    office, trainer = world.office, world.trainer
    with office.session() as session:
        rows = list(session.scalars(select(Staff.id).where(Staff.commune_code == MUONG_PHANG)
                                    .order_by(Staff.full_name).limit(3)))
    for n in range(3):
        for row in rows:
            edit(office, row, phone=f"09150000{n}{rows.index(row)}",
                 email=f"cb{n}{rows.index(row)}@dienbien.gov.vn")
        round_trip(world, office, tmp_path, f"office-{n}")
    round_trip(world, trainer, tmp_path, "trainer-1")  # the trainer takes them...
    round_trip(world, trainer, tmp_path, "trainer-2")  # ...and its receipt confirms them
    with world.province.store() as store:
        compact_journal(store)
    kept = [e for e in journal_rows(world.province) if e.row_id in rows]
    inserts = [json.loads(e.changes) for e in kept if e.op == "insert"]
    assert len(inserts) == 3 and all(None not in values.values() for values in inserts)
    # a vector that says no more than the entry's own stamp is left empty
    assert all(e.vector is None or json.loads(e.vector) != {e.device_id: e.hlc} for e in kept)
    assert any(e.vector is None for e in kept)
    for row in rows:  # each field's newest version, once
        assert [json.loads(e.changes) for e in kept if e.row_id == row and e.op == "update"
                ] == [{"phone": f"091500002{rows.index(row)}",
                       "email": f"cb2{rows.index(row)}@dienbien.gov.vn"}]
    # a second office laptop of Mường Phăng, enrolled now, starts from that journal
    newcomer = Laptop(tmp_path / "newcomer", "machine-office-newcomer")
    make_store(newcomer.dir, (MUONG_PHANG,), False, "Máy văn phòng mới").close()
    newcomer.enroll(world.province.issue(MUONG_PHANG, "Máy văn phòng mới",
                                         tmp_path / "newcomer.json"))
    round_trip(world, newcomer, tmp_path, "newcomer")
    made = staff_values(newcomer)
    assert made == staff_values(world.province)
    assert {made[row][1] for row in rows} == {f"091500002{i}" for i in range(3)}


def test_the_outbox_keeps_one_row_for_what_the_province_confirmed(world, tmp_path):
    office = world.office
    with office.session() as session:
        row = session.scalars(select(Staff.id).where(Staff.commune_code == MUONG_PHANG)).first()
    for n in range(4):
        edit(office, row, phone=f"091600000{n}")
        round_trip(world, office, tmp_path, f"day-{n}")
    with office.session() as session:
        sent = status(session).last_sent
        mark = watermark(session, "province")
    with office.store() as store:
        compact_journal(store)
    with office.session() as session:
        assert status(session).last_sent == sent  # the newest sending is still told
        assert watermark(session, "province") == mark == newest_seq(session.connection())
    with sqlite3.connect(office.dir / office.db_name) as db:
        assert db.execute("SELECT count(*) FROM sync_outbox").fetchone() == (1,)
    stick = new_stick(tmp_path, "again")  # nothing confirmed is sent again
    assert_ok(office.export(stick))
    assert not [p for p in stick.iterdir() if "-changes-" in p.name]


# ------------------------------------------------------------------ the cost of nothing


def test_compaction_after_an_import_of_new_records_reads_none_of_them(tmp_path, monkeypatch):
    """The province takes a laptop's first bundle of new officials: nothing can be compacted
    (each record has its one entry), and compaction finds that out without reading the
    records or the peers' acknowledgements; later edits are compacted as before."""
    laptop, server, ids = journal_size.build(tmp_path)
    stick = new_stick(tmp_path, "first")
    assert device.export_to(laptop, stick).ok
    monkeypatch.setattr(province, "compact_store", lambda _store: None)
    assert province.import_paths(server, [stick]).ok

    def no_reading(_session):
        raise AssertionError("the peers' acknowledgements were read")

    with monkeypatch.context() as patched:
        patched.setattr(compaction, "limits", no_reading)
        done = compaction.compact_store(server)
    assert (done.records, done.dropped) == (0, 0)
    monkeypatch.undo()  # from here on, imports compact
    with laptop.sessions.begin() as session:
        session.get(Staff, ids[0]).phone = "0917000001"
    with laptop.sessions.begin() as session:
        session.get(Staff, ids[0]).phone = "0917000002"
    stick, back = new_stick(tmp_path, "second"), new_stick(tmp_path, "back")
    assert device.export_to(laptop, stick).ok
    assert province.import_paths(server, [stick]).ok
    assert province.export_commune(server, MUONG_PHANG, back).ok
    assert device.import_paths(laptop, [back]).ok
    with server.sessions() as session:
        phones = [json.loads(c)["phone"] for c in session.scalars(
            select(JournalEntry.changes).where(JournalEntry.row_id == ids[0],
                                               JournalEntry.op == "update"))]
    assert phones == ["0917000002"]
    laptop.close()
    server.close()


def test_a_compaction_beside_another_writer_is_put_off_not_failed(tmp_path, monkeypatch, caplog):
    """A stick's import beside ``server serve``: the other process holds SQLite's write lock
    for longer than the store waits (5 s); the compaction is put off with a warning (the
    import it follows has committed), and the next run does it."""
    laptop, server, ids = journal_size.build(tmp_path)
    for phone in ("0917000011", "0917000012"):
        with laptop.sessions.begin() as session:
            session.get(Staff, ids[1]).phone = phone
    monkeypatch.setattr(province, "compact_store", lambda _store: None)
    stick = new_stick(tmp_path, "edits")
    assert device.export_to(laptop, stick).ok
    assert province.import_paths(server, [stick]).ok
    other = sqlite3.connect(server.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        assert compaction.compact_store(server).dropped == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "journal compaction put off" in caplog.text
    assert compaction.compact_store(server).dropped == 1
    laptop.close()
    server.close()
