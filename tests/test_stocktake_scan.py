"""The stock-take's operations as the window's Stock-take page calls them (``app.ops.
stocktake``), on real SQLite files: a scan's tag look-up goes through the index (the
50 ms answer on a 50,000-item register depends on it; ``bench/stocktake_scan.py`` times
it), ticked rows with condition and place, the progress, and what closing writes into the
register as history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, select

from app.models import Equipment, StatusEvent
from app.models.records import create
from app.models.stocktake import tag_key
from app.ops import stocktake
from tests.helpers import MUONG_PHANG, make_store

DAY = date(2026, 1, 1)


@pytest.fixture
def store(tmp_path):
    opened = make_store(tmp_path / "office")
    with opened.sessions.begin() as session:
        for number, status in enumerate(("in_use", "in_use", "broken", "in_storage", "lost")):
            create(session, Equipment, commune_code=MUONG_PHANG, category="desktop",
                   asset_tag=f"MP-PC-2020-{number:02d}", status=status, value_vnd=1_000_000,
                   location="Kho")
    yield opened
    opened.close()


def items(store) -> dict[str, Equipment]:
    with store.sessions() as session:
        return {e.asset_tag: e for e in session.scalars(select(Equipment))}


def test_tags_compare_without_spaces_and_case():
    assert tag_key(" mp-pc 2020-01\r") == "MP-PC2020-01"
    assert tag_key("\ufeffMP-PC-2020-01") == "MP-PC-2020-01"


def test_a_scan_looks_the_tag_up_in_the_index(store):
    stocktake.open_round(store, [("Lò Văn Ánh", "Trưởng ban")])
    seen: list[tuple[str, tuple]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        if "upper(replace(" in statement:
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", remember)
    try:
        assert stocktake.scan_tag(store, "mp-pc-2020-01").kind == "found"
    finally:
        event.remove(store.engine, "before_cursor_execute", remember)
    assert len(seen) == 1
    with store.engine.connect() as connection:
        plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + seen[0][0],
                                          seen[0][1]).fetchall()
    assert any("USING INDEX ix_equipment_tag_key" in row[-1] for row in plan), plan


def test_ticked_rows_and_closing_write_history(store):
    stocktake.open_round(store, [("Lò Văn Ánh", "Trưởng ban")], today=DAY)
    book = items(store)
    stocktake.mark_item(store, book["MP-PC-2020-00"].id, True, condition="under_repair",
                        place="Phòng Văn hóa - Xã hội", today=DAY)
    stocktake.mark_item(store, book["MP-PC-2020-01"].id, False, today=DAY)
    assert stocktake.scan_tag(store, "MP-PC-2020-04", today=DAY).kind == "found"  # was lost
    assert stocktake.scan_tag(store, "MP-PC-2020-02", today=DAY).kind == "found"
    assert stocktake.scan_tag(store, "MP-PC-2020-02", today=DAY).kind == "duplicate"
    assert stocktake.scan_tag(store, "LA-1", today=DAY).kind == "unknown"
    rows = {row.tag: (row.found, row.condition, row.place) for row in stocktake.round_rows(store)}
    assert rows == {"MP-PC-2020-00": (True, "under_repair", "Phòng Văn hóa - Xã hội"),
                    "MP-PC-2020-01": (False, None, None), "MP-PC-2020-02": (True, None, None),
                    "MP-PC-2020-03": (None, None, None), "MP-PC-2020-04": (True, None, None),
                    "LA-1": (True, None, None)}
    progress = stocktake.round_progress(store)
    assert (progress.book, progress.found, progress.missing, progress.not_counted,
            progress.unknown) == (5, 3, 1, 1, 1)  # the lost item found is back in the book
    closing = stocktake.close_round(store, today=DAY)
    assert (closing.checked, closing.lost, closing.unconfirmed) == (3, 0, 2)
    after = items(store)
    assert (after["MP-PC-2020-00"].status, after["MP-PC-2020-00"].location) == (
        "under_repair", "Phòng Văn hóa - Xã hội")
    assert after["MP-PC-2020-04"].status == "in_use"  # a lost item found is back in use
    assert after["MP-PC-2020-02"].status == "broken"  # found as it was
    assert [after[f"MP-PC-2020-{n:02d}"].last_inventory_check for n in range(5)] == [
        DAY, None, DAY, None, DAY]
    with store.sessions() as session:
        events = session.execute(select(StatusEvent.status, StatusEvent.changed_on).where(
            StatusEvent.equipment_id == after["MP-PC-2020-00"].id)
            .order_by(StatusEvent.hlc)).all()
    assert events[-1] == ("under_repair", DAY)
    assert stocktake.current_round(store) is None
