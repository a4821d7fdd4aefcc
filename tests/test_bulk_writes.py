"""Thousands of records written with one prepared statement per table (issue 17): the
officials a staff import creates (``journal.insert_new``) and the rows a bundle merges
(``merge_write`` through ``app.models.bulk``) are written exactly as the session's flush
of objects writes them — the same values, defaults, search keys, journal entries and
clocks — and the journal guard still refuses a row without its entry."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.models import Device, JournalEntry, Staff
from app.models.bulk import insert_rows, update_rows
from app.models.errors import ValidationError
from app.models.journal import insert_new
from app.models.store import Store
from tests.helpers import MUONG_PHANG, make_store

PARTITION = f"commune:{MUONG_PHANG}"
PEOPLE = [
    dict(id="0e2c39a8-1111-4c1e-9a2e-000000000001", full_name="  Lò   Văn Thắng ",
         gender="male", birth_date=date(1985, 3, 2), phone="0912345678"),
    dict(id="0e2c39a8-1111-4c1e-9a2e-000000000002", full_name="Quàng Thị Mai",
         professional_level="college", uses_official_email=True, it_certificate="basic"),
    dict(id="0e2c39a8-1111-4c1e-9a2e-000000000003", full_name="Giàng A Páo",
         service_start=date(2010, 1, 4)),
]
STAMPED = {"hlc", "device_id", "clock"}


def stored(store: Store) -> tuple[dict, dict]:
    """Each official's row (stamps left out) and each journal entry's (op, values), by id."""
    with store.sessions() as session:
        rows = {s.id: {c.name: getattr(s, c.name) for c in Staff.__table__.columns
                       if c.name not in STAMPED} for s in session.scalars(select(Staff))}
        entries = {e.row_id: (e.op, e.partition, json.loads(e.changes))
                   for e in session.scalars(select(JournalEntry))}
    return rows, entries


def clocks(store: Store) -> dict[str, tuple[str, str, dict]]:
    """Each official's stamp, author and clock, and the vector its journal entry carries."""
    with store.sessions() as session:
        vectors = {e.row_id: (e.hlc, json.loads(e.vector))
                   for e in session.scalars(select(JournalEntry))}
        return {s.id: (s.hlc, s.device_id, json.loads(s.clock), vectors[s.id])
                for s in session.scalars(select(Staff))}


@pytest.fixture
def two_stores(tmp_path):
    first, second = make_store(tmp_path / "objects"), make_store(tmp_path / "bulk")
    yield first, second
    first.close()
    second.close()


def test_insert_new_writes_what_the_flush_of_objects_writes(two_stores):
    by_objects, by_bulk = two_stores
    with by_objects.sessions.begin() as session:
        session.add_all([Staff(commune_code=MUONG_PHANG, partition=PARTITION, **p)
                         for p in PEOPLE])
    with by_bulk.sessions.begin() as session:
        insert_new(session, Staff, [dict(commune_code=MUONG_PHANG, partition=PARTITION, **p)
                                    for p in PEOPLE])
    assert stored(by_bulk) == stored(by_objects)
    rows, _entries = stored(by_bulk)
    first = rows[PEOPLE[0]["id"]]
    assert (first["full_name"], first["name_key"]) == ("Lò Văn Thắng", "lo van thang")
    assert (first["professional_level"], first["it_certificate"], first["deleted"]) == (
        "none", "none", False)  # the model's defaults


def test_insert_new_stamps_each_record_and_its_entry_alike(two_stores):
    _, store = two_stores
    with store.sessions.begin() as session:
        insert_new(session, Staff, [dict(commune_code=MUONG_PHANG, **p) for p in PEOPLE])
    stamps = clocks(store)
    assert len({hlc for hlc, _d, _c, _v in stamps.values()}) == len(PEOPLE)  # one tick each
    for hlc, device, clock, (entry_hlc, vector) in stamps.values():
        assert entry_hlc == hlc
        assert clock["c"] == [hlc, device] and clock["vv"] == vector == {device: hlc}
    with store.sessions() as session:  # the device's clock moved past every stamp
        me = session.scalars(select(Device)).one()
        newest = max(hlc for hlc, _d, _c, _v in stamps.values())
        assert f"{me.clock_wall_ms:018d}.{me.clock_counter:05d}" >= newest


def test_insert_new_keeps_the_models_refusals(two_stores):
    _, store = two_stores
    with pytest.raises(ValidationError), store.sessions.begin() as session:
        insert_new(session, Staff, [dict(commune_code=MUONG_PHANG, full_name="A",
                                         gender="robot")])
    with pytest.raises(ValidationError), store.sessions.begin() as session:
        insert_new(session, Staff, [dict(commune_code=MUONG_PHANG, full_name="   ")])
    assert stored(store) == ({}, {})


def test_bulk_rows_still_meet_the_journal_guard(two_stores):
    """A bulk statement goes around the session, not around the journal's triggers."""
    _, store = two_stores
    with pytest.raises(IntegrityError, match="unjournaled insert"), \
            store.sessions.begin() as session:
        insert_rows(session.connection(), Staff.__table__, [dict(
            id=PEOPLE[0]["id"], commune_code=MUONG_PHANG, full_name="Lò Văn Thắng",
            name_key="lo van thang", partition=PARTITION, hlc="000001733400000000.00000",
            device_id="nobody")])
    with store.sessions.begin() as session:
        insert_new(session, Staff, [dict(commune_code=MUONG_PHANG, **PEOPLE[0])])
    with pytest.raises(IntegrityError, match="unjournaled update"), \
            store.sessions.begin() as session:
        update_rows(session.connection(), Staff.__table__, ["phone", "hlc"], [dict(
            id=PEOPLE[0]["id"], phone="0987654321", hlc="000001733400000000.00001")])


def test_bulk_insert_converts_values_as_sqlalchemy_does(two_stores, tmp_path):
    """Dates and booleans reach SQLite in the form the ORM writes them, so the two paths
    read back alike (an ``executemany`` of Python values would store other text)."""
    by_objects, by_bulk = two_stores
    with by_objects.sessions.begin() as session:
        session.add_all([Staff(commune_code=MUONG_PHANG, **p) for p in PEOPLE])
    with by_bulk.sessions.begin() as session:
        insert_new(session, Staff, [dict(commune_code=MUONG_PHANG, **p) for p in PEOPLE])
    query = ("SELECT id, birth_date, service_start, uses_official_email, deleted FROM staff "
             "ORDER BY id")
    raw = []
    for store in (by_objects, by_bulk):
        with sqlite3.connect(store.path) as db:
            raw.append(db.execute(query).fetchall())
    assert raw[0] == raw[1]
    assert raw[1][0][1] == "1985-03-02"
