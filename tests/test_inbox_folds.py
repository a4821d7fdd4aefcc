"""The inbox folded as it ages (issue 17, item 5: a province of a thousand laptops syncing
daily would otherwise keep 365,000 rows a year): a sender's bundles older than the
receipts' window become one row that still counts them, still tells the last sync of each
way, and still recognises a stick brought in again.

Real stores on disk: hand-made rows for the rules (gaps, receipts, each way), and the USB
world (office laptop and province) for what a user sees: the console's count of bundles,
``sync status``, a stick imported a second time.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from app.models import InboxBundle, Staff
from app.ops.sync import compact_journal
from app.server.console.commune import received_from
from app.sync.folds import RECEIPT_DAYS, covered, fold_inbox
from app.sync.status import status
from tests.helpers import MUONG_PHANG, make_store
from tests.usb_helpers import Laptop, World, assert_ok, data_of, new_stick, state_of

SENDER = "9f3c2a10-0000-4000-8000-00000000beef"
NOW = datetime(2026, 12, 6, 9, 0)
OLD = NOW - timedelta(days=RECEIPT_DAYS + 30)


def _row(name: str, first: int, last: int, days_ago: int = 0, *, kind: str = "changes",
         via: str = "usb") -> dict:
    return dict(bundle_id=f"00000000-0000-4000-8000-{name:0>12}", sender=SENDER, kind=kind,
                first_seq=first, last_seq=last, count=last - first + 1 if first else 3,
                applied_at=OLD + timedelta(days=days_ago), via=via)


def _inbox(store) -> list[tuple]:
    table = InboxBundle.__table__
    with store.sessions() as session:
        return [tuple(row) for row in session.execute(
            select(table.c.kind, table.c.first_seq, table.c.last_seq, table.c.count,
                   table.c.bundles, table.c.via).order_by(table.c.kind, table.c.first_seq))]


def test_old_bundles_with_nothing_missing_fold_into_one_row_that_counts_them(tmp_path):
    store = make_store(tmp_path)
    rows = [_row("1", 1, 10), _row("2", 11, 20, 1), _row("3", 21, 30, 2),
            _row("5", 41, 50, 3),  # 31-40 never came: what lies after the gap stays
            _row("6", 51, 60, RECEIPT_DAYS + 29)]  # inside the receipts' window
    with store.sessions.begin() as session:
        session.execute(insert(InboxBundle.__table__), rows)
        assert fold_inbox(session, NOW) == 2
    assert _inbox(store) == [("changes", 1, 30, 30, 3, "usb"), ("changes", 41, 50, 10, 1, "usb"),
                             ("changes", 51, 60, 10, 1, "usb")]
    with store.sessions() as session:
        assert received_from(session, [SENDER])[SENDER][1] == 5
        assert covered(session, SENDER, 11, 20) and covered(session, SENDER, 1, 30)
        assert not covered(session, SENDER, 25, 35)  # reaches into the gap
        assert not covered(session, SENDER, 41, 50)  # not folded: its own id tells it
        assert not covered(session, "another-sender", 1, 10)
    with store.sessions.begin() as session:  # folded again later: nothing is lost
        session.execute(insert(InboxBundle.__table__), [_row("4", 31, 40, 4)])
        assert fold_inbox(session, NOW) == 1  # the newest one applied by stick stays
    assert _inbox(store) == [("changes", 1, 50, 40, 4, "usb"), ("changes", 31, 40, 10, 1, "usb"),
                             ("changes", 51, 60, 10, 1, "usb")]
    with store.sessions() as session:
        assert received_from(session, [SENDER])[SENDER][1] == 6
    store.close()


def test_the_newest_bundle_of_each_way_and_the_receipts_count_stay_told(tmp_path):
    store = make_store(tmp_path)
    rows = [_row("1", 1, 10, 0, via="http"), _row("2", 11, 20, 1), _row("3", 21, 30, 2),
            _row("4", 31, 40, 3, via="http"), _row("5", 41, 50, 4),
            *(_row(f"9{n}", 0, 0, n, kind="receipt", via="usb" if n % 2 else "http")
              for n in range(5))]
    with store.sessions.begin() as session:
        session.execute(insert(InboxBundle.__table__), rows)
        fold_inbox(session, NOW)
    with store.sessions() as session:
        assert received_from(session, [SENDER])[SENDER][1] == 10
        kept = session.execute(select(InboxBundle.kind, InboxBundle.via,
                                      InboxBundle.applied_at)).all()
    assert sorted(kept) == sorted([
        ("changes", "http", OLD + timedelta(days=3)), ("changes", "usb", OLD + timedelta(days=4)),
        ("receipt", "http", OLD + timedelta(days=4)), ("receipt", "usb", OLD + timedelta(days=3))])
    store.close()


# ------------------------------------------------------------------ the USB world


def _edit(laptop: Laptop, phone: str) -> None:
    with laptop.session() as session:
        person = session.scalars(select(Staff).where(Staff.commune_code == MUONG_PHANG)).first()
        person.phone = phone


def _age(path: Path) -> None:
    """As if every bundle had been applied long before the receipts' window."""
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sync_inbox SET applied_at = datetime(applied_at, ?)",
                   (f"-{RECEIPT_DAYS + 10} days",))


def test_a_province_keeps_one_row_for_a_laptop_s_old_sticks_and_knows_them_again(
        world: World, tmp_path):
    office, province = world.office, world.province
    sticks = []
    for n in range(4):
        _edit(office, f"09170000{n:02d}")
        sticks.append(new_stick(tmp_path, f"up-{n}"))
        assert_ok(office.export(sticks[-1]))
        assert_ok(province.take(sticks[-1]))
        down = new_stick(tmp_path, f"down-{n}")
        assert_ok(province.export(MUONG_PHANG, down))
        assert_ok(office.take(down))
    me = office.device_id
    with province.session() as session:
        counted = received_from(session, [me])[me]
    _age(province.dir / province.db_name)
    _age(office.dir / office.db_name)
    with office.session() as session:
        heard = status(session).last_received
    for computer in (province, office):
        with computer.store() as store:
            compact_journal(store)
    with province.session() as session:
        assert received_from(session, [me])[me][1] == counted[1]
        rows = session.scalars(select(InboxBundle).where(InboxBundle.sender == me)).all()
    assert len(rows) < 4 <= counted[1]
    with office.session() as session:
        assert status(session).last_received == heard  # the last sync by stick is still told
        assert session.scalar(select(func.max(InboxBundle.bundles))) > 1
    before = state_of_province(province)
    again = province.take(sticks[0])  # the first stick, brought in again
    assert_ok(again)
    assert again.skipped and not again.applied
    assert data_of(state_of_province(province)) == data_of(before)


def state_of_province(province) -> dict:
    with province.store() as store:
        return state_of(store)
