"""The province's apply, faster again (issue 17, item 2): guarded rows inserted a group a
statement, records looked up by id in plain statements, the collector held off while a
stick is imported. Each short way is held to what the long way gave: every row written as
before, the journal guard refusing the one row without its entry, every stored id found."""

from __future__ import annotations

import gc
from datetime import date, datetime

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError

from app.models import JournalEntry, Staff, bulk
from app.models.bulk import insert_rows
from app.models.journal import insert_new
from app.server import province
from app.sync import lookups
from app.sync.ops import TABLES
from tests.helpers import MUONG_PHANG, make_province, make_store

PARTITION = f"commune:{MUONG_PHANG}"
DEVICE = "f4d2e961-e499-4d47-bc2d-618a144feb81"
OFFICIALS = 1_000  # groups of at most 999 parameters: several groups and a rest


@pytest.fixture(autouse=True)
def fresh_statements():
    """Statements prepared by another test (another limit) are forgotten before and after."""
    bulk._prepared_insert.cache_clear()
    yield
    bulk._prepared_insert.cache_clear()


def _statements(store):
    """The INSERT statements sent to the driver from now on: (table, rows each, many)."""
    sent: list[tuple[str, int, bool]] = []

    def note(_conn, _cursor, statement, parameters, _context, executemany):
        if statement.startswith("INSERT INTO"):
            table = statement.split()[2]
            per = statement.count("), (") + 1
            sent.append((table, per, len(parameters) if executemany else 1))

    event.listen(store.engine, "before_cursor_execute", note)
    return sent


def test_guarded_rows_go_a_group_a_statement_and_every_one_arrives(tmp_path) -> None:
    store = make_store(tmp_path / "s")
    try:
        sent = _statements(store)
        people = [dict(commune_code=MUONG_PHANG, full_name=f"Lò Văn {i}", phone="0912345678",
                       birth_date=date(1980, 1, 1 + i % 28), uses_official_email=bool(i % 2))
                  for i in range(OFFICIALS)]
        with store.sessions.begin() as session:
            insert_new(session, Staff, people)
        staff = [(per, runs) for table, per, runs in sent if table == "staff"]
        journal = [(per, runs) for table, per, runs in sent if table == "change_journal"]
        assert sum(per * runs for per, runs in staff) == OFFICIALS
        assert min(per for per, _runs in staff) > 1 and len(staff) == 2  # groups, the rest
        assert journal == [(1, OFFICIALS)]  # no trigger there: one row an execution
        with store.sessions() as session:
            rows = session.execute(select(Staff.full_name, Staff.birth_date,
                                          Staff.uses_official_email, Staff.hlc)).all()
            entries = set(session.execute(select(JournalEntry.row_id, JournalEntry.hlc)))
            ids = session.scalars(select(Staff.id)).all()
        assert sorted(r.full_name for r in rows) == sorted(p["full_name"] for p in people)
        assert {(r.birth_date, r.uses_official_email) for r in rows} == {
            (p["birth_date"], p["uses_official_email"]) for p in people}
        assert len(entries) == OFFICIALS and {i for i, _h in entries} == set(ids)
    finally:
        store.close()


def _guarded(count: int, missing: int | None) -> tuple[list[dict], list[dict]]:
    """``count`` official rows and the journal entries of all but the ``missing``-th."""
    rows = [dict(id=f"0e2c39a8-1111-4c1e-9a2e-{i:012d}", commune_code=MUONG_PHANG,
                 full_name=f"Quàng Thị {i}", name_key=f"quang thi {i}", partition=PARTITION,
                 hlc=f"000001796493539737.{i:05d}", device_id=DEVICE) for i in range(count)]
    entries = [dict(hlc=r["hlc"], device_id=DEVICE, table_name="staff", row_id=r["id"],
                    partition=PARTITION, op="insert", changes="{}")
               for i, r in enumerate(rows) if i != missing]
    return rows, entries


@pytest.mark.parametrize("missing", [0, 500, 1_000, 1_001])
def test_the_guard_refuses_a_group_with_one_row_unjournaled(tmp_path, missing) -> None:
    """Wherever the row without its entry falls (first, inside a group, in the rest),
    nothing of the statement stands; journaled, every row goes in."""
    store = make_store(tmp_path / "s")
    try:
        rows, entries = _guarded(1_002, missing)
        with pytest.raises(IntegrityError, match="unjournaled insert"), \
                store.sessions.begin() as session:
            insert_rows(session.connection(), JournalEntry.__table__, entries)
            insert_rows(session.connection(), Staff.__table__, rows)
        rows, entries = _guarded(1_002, None)
        with store.sessions.begin() as session:
            insert_rows(session.connection(), JournalEntry.__table__, entries)
            insert_rows(session.connection(), Staff.__table__, rows)
        with store.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Staff)) == 1_002
    finally:
        store.close()


def test_plain_lookups_find_every_stored_id_across_statements(tmp_path) -> None:
    store = make_store(tmp_path / "s")
    try:
        rows, entries = _guarded(lookups.CHUNK + 20, None)
        with store.sessions.begin() as session:
            insert_rows(session.connection(), JournalEntry.__table__, entries)
            insert_rows(session.connection(), Staff.__table__, rows)
        stored = {r["id"] for r in rows[::7]}
        asked = [*stored, *stored, *(f"{i:08d}-0000-4000-8000-000000000000" for i in range(600))]
        with store.sessions() as session:
            found = list(lookups.text_rows(session.connection(), Staff.__table__,
                                           ("id", "partition"), asked))
            codes = list(lookups.text_rows(session.connection(), Staff.__table__,
                                           ("commune_code",), [MUONG_PHANG], "commune_code"))
        assert sorted(found) == sorted((i, PARTITION) for i in stored)
        assert len(codes) == len(rows)
        assert list(lookups.text_rows(session.connection(), Staff.__table__, ("id",), [])) == []
    finally:
        store.close()


def test_a_stick_is_imported_with_the_collector_held_off(tmp_path, monkeypatch) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(province, "take_each", lambda *_args: seen.append(gc.isenabled()))
    server = make_province(tmp_path / "p")
    try:
        assert gc.isenabled()
        province.import_paths(server, [tmp_path])
        assert seen == [False] and gc.isenabled()

        def failing(*_args):
            raise RuntimeError("stick pulled out")
        monkeypatch.setattr(province, "take_each", failing)
        with pytest.raises(RuntimeError):
            province.import_paths(server, [tmp_path])
        assert gc.isenabled()
    finally:
        server.close()


ODD_VALUES = [date(2001, 2, 3), date(1, 1, 1), datetime(2020, 5, 6, 7, 8, 9), True, False, 1, 0,
              2, "2001-02-03", "yes", 1.5]


def _told(convert, value):
    try:
        return ("value", convert(value))
    except Exception as exc:  # noqa: BLE001 (whatever it raises, the other must raise too)
        return ("refused", type(exc).__name__)


def test_quicker_conversions_give_what_sqlalchemys_give(tmp_path) -> None:
    """A date and a boolean reach SQLite as the column's processor writes them, whatever
    the value; every other column keeps the processor itself."""
    store = make_store(tmp_path / "s")
    try:
        dialect, quick = store.engine.dialect, 0
        for table in TABLES.values():
            for column in table.columns:
                processor = column.type._cached_bind_processor(dialect)
                convert = bulk._converter(dialect, table, column.name)
                assert (processor is None) == (convert is None)
                if processor is None:
                    continue
                quick += convert is not processor
                for value in ODD_VALUES:
                    assert _told(convert, value) == _told(processor, value), (column, value)
        assert quick >= 20  # the dates and booleans of the synced tables
    finally:
        store.close()
